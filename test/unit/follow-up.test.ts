import { describe, expect, it } from 'vitest';
import { followUpAnswered } from '#events/contracts';
import { companyFeedbackEmail, followUpEndEmail, followUpSixMonthsEmail } from '#shared/follow-up/emails';
import {
  addMonths,
  dueAction,
  followUpDueDates,
  followUpItems,
  isErased,
  parseAnswer,
  PENDING_FOLLOW_UPS,
} from '#shared/follow-up/records';
import { LANGUAGES } from '#shared/platform/i18n';
import { companyFeedbackPage, followUpEndPage, followUpSixMonthsPage, followUpThanksPage } from '#shared/follow-up/pages';
import { linkExpiredPage, linkUsedPage } from '#shared/links/link-pages';

const DAY = 86_400_000;
const at = (iso: string, plusDays = 0) => new Date(Date.parse(iso) + plusDays * DAY);
const form = (fields: Record<string, string> | [string, string][]) => new URLSearchParams(fields);

describe('follow-up schedule', () => {
  it('adds calendar months, clamping to the last day of the month', () => {
    expect(addMonths('2027-06-30', 6)).toBe('2027-12-30');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-11-15', 6)).toBe('2028-05-15');
  });

  it('is due the morning after the period ends, and six months after that', () => {
    expect(followUpDueDates('2027-06-30')).toEqual({
      end: '2027-07-01T07:00:00.000Z',
      companyFeedback: '2027-07-01T07:00:00.000Z',
      sixMonths: '2027-12-31T07:00:00.000Z',
    });
  });

  it('stores three follow-ups per placement on the due-date index', () => {
    const items = followUpItems(
      { matchId: 'm1', applicationId: 'a1', roleId: 'r1', periodFrom: '2027-03-01', periodTo: '2027-06-30' },
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(items.map((i) => [i.pk, i.sk, i.status])).toEqual([
      ['MATCH#m1', 'FOLLOWUP#END', 'SCHEDULED'],
      ['MATCH#m1', 'FOLLOWUP#6M', 'SCHEDULED'],
      ['MATCH#m1', 'FEEDBACK#COMPANY', 'SCHEDULED'],
    ]);
    expect(items[0]).toMatchObject({ gsi1pk: PENDING_FOLLOW_UPS, gsi1sk: '2027-07-01T07:00:00.000Z#m1#end', nextAt: '2027-07-01T07:00:00.000Z' });
    // Ids and dates only: nothing personal on the record.
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['dueAt', 'gsi1pk', 'gsi1sk', 'kind', 'matchId', 'applicationId', 'roleId', 'nextAt', 'periodFrom', 'periodTo', 'pk', 'scheduledAt', 'sk', 'status', 'type'].sort(),
    );
  });

  const due = '2027-07-01T07:00:00.000Z';
  it('sends once due, not before', () => {
    const item = { status: 'SCHEDULED' as const, dueAt: due };
    expect(dueAction(item, at(due, -1 / 24))).toBeUndefined();
    expect(dueAction(item, at(due))).toBe('send');
    expect(dueAction(item, at(due, 27))).toBe('send');
    // Four weeks late it is no longer an answer "upon leaving": not sent at all.
    expect(dueAction(item, at(due, 29))).toBe('skipLate');
  });

  it('reminds once, 7 days after it was sent, then nothing more', () => {
    const sentAt = at(due, 0.01).toISOString();
    const sent = { status: 'SENT' as const, dueAt: due, sentAt };
    expect(dueAction(sent, at(sentAt, 6.9))).toBeUndefined();
    expect(dueAction(sent, at(sentAt, 7))).toBe('remind');
    const reminded = { ...sent, remindedAt: at(sentAt, 7).toISOString() };
    for (const days of [7, 8, 14, 30, 400]) expect(dueAction(reminded, at(sentAt, days))).toBeUndefined();
    expect(dueAction(sent, at(sentAt, 40))).toBe('stop');
  });

  it('does nothing for answered or skipped follow-ups', () => {
    for (const status of ['ANSWERED', 'SKIPPED'] as const) {
      for (const days of [0, 7, 30]) expect(dueAction({ status, dueAt: due, sentAt: due }, at(due, days))).toBeUndefined();
    }
  });

  it('treats an application marked erased, or gone, as erased', () => {
    expect(isErased(undefined)).toBe(true);
    expect(isErased({ email: 'a@b.example', erasedAt: '2027-01-01T00:00:00Z' })).toBe(true);
    expect(isErased({ email: '' })).toBe(true);
    expect(isErased({ email: 'a@b.example' })).toBe(false);
  });
});

describe('follow-up answers', () => {
  it('accepts a completed placement and drops a stray reason', () => {
    const parsed = parseAnswer('end', form({ outcome: 'completed', interruptionReason: 'health', interruptionDetail: 'x', qualificationGained: 'yes', situation: 'employed' }));
    expect(parsed).toEqual({ ok: true, answer: { outcome: 'completed', qualificationGained: 'yes', situation: 'employed' } });
  });

  it('needs a reason for an interrupted placement; the free text is optional', () => {
    const missing = parseAnswer('end', form({ outcome: 'interrupted', qualificationGained: 'no', situation: 'seeking_work', interruptionDetail: '' }));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(Object.keys(missing.errors)).toEqual(['interruptionReason']);
    const given = parseAnswer('end', form({ outcome: 'interrupted', interruptionReason: 'found_work', qualificationGained: 'partial', situation: 'employed', interruptionDetail: '  ' }));
    expect(given).toEqual({ ok: true, answer: { outcome: 'interrupted', interruptionReason: 'found_work', qualificationGained: 'partial', situation: 'employed' } });
  });

  it('names every missing or invalid field, and refuses unknown and repeated fields', () => {
    const empty = parseAnswer('end', form({}));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(Object.keys(empty.errors).sort()).toEqual(['outcome', 'qualificationGained', 'situation']);
    const bad = parseAnswer('sixMonths', form({ situation: 'retired' }));
    expect(bad.ok).toBe(false);
    const unknown = parseAnswer('sixMonths', form({ situation: 'employed', name: 'Aino' }));
    expect(unknown.ok).toBe(false);
    const twice = parseAnswer('sixMonths', form([['situation', 'employed'], ['situation', 'other']]));
    expect(twice.ok).toBe(false);
    const long = parseAnswer('companyFeedback', form({ overall: 'good', preparation: 'well', wouldHostAgain: 'yes', comment: 'x'.repeat(2001) }));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(Object.keys(long.errors)).toEqual(['comment']);
  });

  it('keeps the company comment, trimmed', () => {
    expect(parseAnswer('companyFeedback', form({ overall: 'very_good', preparation: 'partly', wouldHostAgain: 'maybe', comment: ' Great work \n' }))).toEqual({
      ok: true,
      answer: { overall: 'very_good', preparation: 'partly', wouldHostAgain: 'maybe', comment: 'Great work' },
    });
  });

  it('the event carries ids and the kind, nothing else', () => {
    const ids = { matchId: crypto.randomUUID(), applicationId: crypto.randomUUID(), roleId: crypto.randomUUID() };
    expect(() => followUpAnswered.outbox({ ...ids, kind: 'end' })).not.toThrow();
    expect(() => followUpAnswered.outbox({ ...ids, kind: 'end', situation: 'employed' } as never)).toThrow();
  });
});

describe('follow-up pages and emails', () => {
  const placement = { companyName: 'UAB Testas', roleTitle: 'Slaugytojo padėjėjas', city: 'Vilnius', country: 'LT', periodFrom: '2027-03-01', periodTo: '2027-06-30' };
  const pages = { end: followUpEndPage, sixMonths: followUpSixMonthsPage, companyFeedback: companyFeedbackPage };

  it('each page is a POST form of radio groups with legends, in every language, and the languages differ', () => {
    for (const [kind, page] of Object.entries(pages)) {
      const titles = new Set<string>();
      for (const language of LANGUAGES) {
        const html = page(language, { formAction: '/t/abc', placement, participantName: 'Aino Tester' });
        expect(html).toContain(`<html lang="${language}"`);
        expect(html).toMatch(/<form method="post" action="\/t\/abc"/);
        expect(html).toMatch(/<fieldset[^>]*>\s*<legend/);
        expect(html).toContain('type="radio" name="');
        expect(html).not.toContain('role="alert"');
        titles.add(/<h1>(.*?)<\/h1>/.exec(html)![1]!);
        if (kind === 'companyFeedback') expect(html).toContain('Aino Tester');
      }
      expect(titles.size).toBe(LANGUAGES.length);
    }
  });

  it('a refused answer shows what to fix, keeps what was chosen, and escapes what was typed', () => {
    const html = followUpEndPage('lt', {
      formAction: '/t/abc',
      placement,
      errors: { interruptionReason: 'is required' },
      values: { outcome: 'interrupted', interruptionDetail: '<script>x</script>' },
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain('href="#interruptionReason"');
    expect(html).toMatch(/value="interrupted"[^>]* checked/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('thanks, used and expired pages exist in every language', () => {
    for (const language of LANGUAGES) {
      for (const kind of ['end', 'sixMonths', 'companyFeedback'] as const) expect(followUpThanksPage(language, kind)).not.toContain('<form');
      for (const decision of ['followUpAnswered', 'feedbackGiven']) {
        // A known decision: the page says what was done, not just "it was used".
        expect(linkUsedPage(language, { decision, decidedAt: '2027-07-02T08:00:00Z' })).not.toBe(linkUsedPage(language, { decision: 'unknown', decidedAt: '2027-07-02T08:00:00Z' }));
      }
      for (const purpose of ['followUpEnd', 'followUpSixMonths', 'companyFeedback'] as const) expect(linkExpiredPage(language, { purpose })).toContain('<h2>');
    }
  });

  it('emails in every language carry the link; a reminder says so in the subject', () => {
    const participant = { firstName: 'Aino', companyName: 'UAB Testas', roleTitle: 'Role', city: 'Vilnius', country: 'LT', periodFrom: '2027-03-01', periodTo: '2027-06-30', url: 'http://x/t/TOKEN', validUntil: '2027-07-31T07:00:00Z' };
    for (const language of LANGUAGES) {
      for (const email of [followUpEndEmail, followUpSixMonthsEmail]) {
        const first = email.render(language, { ...participant, reminder: false });
        const again = email.render(language, { ...participant, reminder: true });
        expect(first.text).toContain('http://x/t/TOKEN');
        expect(first.html).toContain('href="http://x/t/TOKEN"');
        expect(first.text).toContain('Aino');
        expect(again.subject).not.toBe(first.subject);
      }
      const company = companyFeedbackEmail.render(language, { recipientName: 'Contact', participantName: 'Aino Tester', roleTitle: 'Role', periodFrom: '2027-03-01', periodTo: '2027-06-30', url: 'http://x/t/TOKEN', validUntil: '2027-07-31T07:00:00Z', reminder: false, manageRoleUrl: 'http://x/t/MANAGE' });
      expect(company.text).toContain('Aino Tester');
      expect(company.text).toContain('http://x/t/TOKEN');
      // As every email to the company contact: the role's management link, after the survey's.
      expect(company.html).toContain('href="http://x/t/MANAGE"');
      expect(company.text.indexOf('http://x/t/MANAGE')).toBeGreaterThan(company.text.indexOf('http://x/t/TOKEN'));
    }
    expect(new Set(LANGUAGES.map((l) => followUpEndEmail.render(l, { ...participant, reminder: false }).subject)).size).toBe(5);
  });
});
