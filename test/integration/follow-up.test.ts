import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { ddb, keys } from '#shared/platform/db';
import { followUpDueDates, followUpKey, type FollowUpKind } from '#shared/follow-up/records';
import { sweepFollowUps } from '#shared/follow-up/sweep';
import { logger } from '#shared/platform/logger';
import { uniqueEmail } from '../support/fixtures.ts';
import { confirm, eventsOf, type Pair, form, getItem, mailsAbout, proposedPair, TABLE } from '../support/flow.ts';
import { busEvents, emailsTo, linkIn, urls, waitFor, waitForEmail, type StoredEmail } from '../support/stack.ts';

/*
 * A placement's follow-up, end to end on the local stack: a placement walked to confirmation over HTTP,
 * then the follow-up sweep driven with a moved clock (never by waiting); emails read from the
 * mail store, links followed. The placements lie far in the future (about 600 days), so no
 * other test's placement is due in the same sweep: theirs are by then over four weeks late,
 * which the sweep only marks, never sends.
 */

const DAY = 86_400_000;
const isoDate = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);

type Placement = Omit<Pair, 'coordinatorMail'> & { periodTo: string };

/** A one-place role (contact in Lithuanian) and an Estonian-speaking applicant, walked to a confirmed placement. */
async function confirmedPlacement(field: string): Promise<Placement> {
  // The applicant is available for exactly the 4 weeks both sides need: the placement is those weeks.
  const periodTo = isoDate(627);
  const pair = await proposedPair(field, 'FollowUp', {
    role: {
      contact: { name: 'Rūta Kontaktė', email: uniqueEmail('followup-contact'), language: 'lt' },
      sector: 'technology',
      periodFrom: isoDate(590),
      periodTo: isoDate(700),
      minWeeks: 4,
    },
    application: { firstName: 'Kadri', language: 'et', sectors: ['technology'], availableFrom: isoDate(600), availableTo: periodTo, minWeeks: 4 },
  });
  await confirm(pair);
  // The placement confirmations must be in first (receipt + proposal + confirmation; verification +
  // role open + decision + confirmation), or one arriving late would be counted as a follow-up.
  await waitForEmail(pair.applicantEmail, 3);
  await waitForEmail(pair.contactEmail, 4);
  const { coordinatorMail: _mail, ...placement } = pair;
  return { ...placement, periodTo };
}

const followUp = (matchId: string, kind: FollowUpKind) => getItem(followUpKey(matchId, kind));
const waitForFollowUps = (matchId: string) =>
  waitFor(async () => ((await followUp(matchId, 'companyFeedback')) && (await followUp(matchId, 'sixMonths')) ? true : undefined), 'the follow-ups scheduled');

const SUBJECTS = {
  endEt: 'Kuidas Teie praktika läks? – Liike',
  sixMonthsEt: 'Kuidas Teil praegu läheb? – Liike',
  feedbackLt: 'Atsiliepimas apie praktiką – Liike',
  feedbackReminderLt: 'Priminimas: Atsiliepimas apie praktiką – Liike',
};
const withSubject = async (address: string, subject: string) => (await emailsTo(address)).filter((e) => e.subject === subject);
const arrived = (address: string, subject: string, count = 1) =>
  waitFor(async () => {
    const found = await withSubject(address, subject);
    return found.length >= count ? found : undefined;
  }, `${count} × "${subject}" to ${address}`);
const linkOf = (mail: StoredEmail) => linkIn(mail.body.text!);

describe('follow-up of a confirmed placement', () => {
  it('end of period: both emails in their language, answers recorded once, one reminder, then the six-month survey', async () => {
    const p = await confirmedPlacement('0723');
    await waitForFollowUps(p.matchId);
    const due = followUpDueDates(p.periodTo);
    expect(await followUp(p.matchId, 'end')).toMatchObject({ status: 'SCHEDULED', dueAt: due.end, applicationId: p.applicationId });
    expect(await followUp(p.matchId, 'sixMonths')).toMatchObject({ status: 'SCHEDULED', dueAt: due.sixMonths });

    // Not before the end.
    const mailsBefore = (await emailsTo(p.applicantEmail)).length;
    await sweepFollowUps(plus(due.end, -3_600_000));
    expect((await emailsTo(p.applicantEmail)).length).toBe(mailsBefore);
    expect(await followUp(p.matchId, 'end')).toMatchObject({ status: 'SCHEDULED' });

    // The clock moves to the morning after the period: the participant (et) and the company (lt).
    const endSweep = plus(due.end, 60_000);
    const logged = [vi.spyOn(logger, 'info'), vi.spyOn(logger, 'warn')];
    await sweepFollowUps(endSweep);
    // The sweep logs ids, kinds and counts: never a name or an address.
    const logLines = JSON.stringify(logged.flatMap((spy) => spy.mock.calls));
    logged.forEach((spy) => spy.mockRestore());
    expect(logLines).toContain(p.matchId);
    for (const personal of [p.marker, 'Kadri', p.applicantEmail, p.contactEmail, 'Rūta']) expect(logLines).not.toContain(personal);
    const [participantMail] = await arrived(p.applicantEmail, SUBJECTS.endEt);
    const [companyMail] = await arrived(p.contactEmail, SUBJECTS.feedbackLt);
    expect(participantMail!.body.text).toContain('Kadri');
    expect(companyMail!.body.text).toContain(p.marker);
    expect(await followUp(p.matchId, 'end')).toMatchObject({ status: 'SENT', sentAt: endSweep.toISOString() });
    // A second sweep at the same time sends nothing more.
    await sweepFollowUps(plus(due.end, 120_000));
    expect(await withSubject(p.applicantEmail, SUBJECTS.endEt)).toHaveLength(1);

    // GET and HEAD only show the form; nothing changes.
    const link = linkOf(participantMail!);
    for (let i = 0; i < 5; i++) {
      const page = await fetch(link);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(/<form method="post"/);
      expect(html).toContain('<html lang="et"');
    }
    expect((await fetch(link, { method: 'HEAD' })).status).toBe(200);
    expect(await followUp(p.matchId, 'end')).toMatchObject({ status: 'SENT' });
    expect(await followUp(p.matchId, 'end')).not.toHaveProperty('answer');

    // Bad input: 422 with the fields named, nothing written.
    const bad = await form(link, { outcome: 'interrupted', qualificationGained: 'no', situation: 'seeking_work' });
    expect(bad.status).toBe(422);
    const badPage = await bad.text();
    expect(badPage).toContain('role="alert"');
    expect(badPage).toContain('href="#interruptionReason"');
    expect(await followUp(p.matchId, 'end')).toMatchObject({ status: 'SENT' });
    expect((await form(link, { outcome: 'finished', qualificationGained: 'no', situation: 'employed' })).status).toBe(422);

    // The answer: recorded with its codes; the free text stays in the table.
    const answered = await form(link, {
      outcome: 'interrupted',
      interruptionReason: 'found_work',
      interruptionDetail: 'Secret-detail-42',
      qualificationGained: 'partial',
      situation: 'employed',
    });
    expect(answered.status).toBe(200);
    expect(await answered.text()).not.toMatch(/<form/i);
    expect(await followUp(p.matchId, 'end')).toMatchObject({
      status: 'ANSWERED',
      answer: { outcome: 'interrupted', interruptionReason: 'found_work', interruptionDetail: 'Secret-detail-42', qualificationGained: 'partial', situation: 'employed' },
    });
    expect(await followUp(p.matchId, 'end')).not.toHaveProperty('gsi1pk');
    const events = await waitFor(async () => {
      const found = await eventsOf('followup.answered', 'matchId', p.matchId);
      return found.length ? found : undefined;
    }, 'followup.answered');
    expect((events[0]!.detail as { data: unknown }).data).toEqual({ matchId: p.matchId, applicationId: p.applicationId, roleId: p.roleId, kind: 'end' });
    expect(JSON.stringify(await busEvents())).not.toContain('Secret-detail-42');

    // A second POST gets the "already used" page, and writes nothing.
    const again = await form(link, { outcome: 'completed', qualificationGained: 'yes', situation: 'other' });
    expect(again.status).toBe(200);
    expect(await again.text()).not.toMatch(/<form/i);
    expect(await followUp(p.matchId, 'end')).toMatchObject({ answer: { situation: 'employed' } });
    expect(await (await fetch(link)).text()).not.toMatch(/<form/i);

    // Seven days on: the unanswered company feedback is reminded once; the answered survey is not.
    const sentAt = (await followUp(p.matchId, 'companyFeedback'))!.sentAt as string;
    await sweepFollowUps(plus(sentAt, 7 * DAY - 60_000));
    expect(await withSubject(p.contactEmail, SUBJECTS.feedbackReminderLt)).toHaveLength(0);
    await sweepFollowUps(plus(sentAt, 7 * DAY + 60_000));
    const [reminder] = await arrived(p.contactEmail, SUBJECTS.feedbackReminderLt);
    for (const days of [8, 14, 20]) await sweepFollowUps(plus(sentAt, days * DAY));
    expect(await withSubject(p.contactEmail, SUBJECTS.feedbackReminderLt)).toHaveLength(1);
    expect((await emailsTo(p.applicantEmail)).filter((e) => e.subject.includes(SUBJECTS.endEt))).toHaveLength(1);

    // The company answers through the reminder; the first link then says it was answered.
    const feedbackLink = linkOf(reminder!);
    expect(await (await fetch(feedbackLink)).text()).toContain('<html lang="lt"');
    expect((await form(feedbackLink, { overall: 'very_good', preparation: 'partly', wouldHostAgain: 'yes', comment: 'Puikus darbas' })).status).toBe(200);
    expect(await followUp(p.matchId, 'companyFeedback')).toMatchObject({
      status: 'ANSWERED',
      answer: { overall: 'very_good', preparation: 'partly', wouldHostAgain: 'yes', comment: 'Puikus darbas' },
    });
    const firstLink = await fetch(linkOf(companyMail!));
    expect(firstLink.status).toBe(200);
    expect(await firstLink.text()).not.toMatch(/<form/i);
    expect((await form(linkOf(companyMail!), { overall: 'poor', preparation: 'poorly', wouldHostAgain: 'no' })).status).toBe(200);
    expect(await followUp(p.matchId, 'companyFeedback')).toMatchObject({ answer: { overall: 'very_good' } });

    // Six months after the end: the second survey, in Estonian.
    await sweepFollowUps(plus(due.sixMonths, -60_000));
    expect(await withSubject(p.applicantEmail, SUBJECTS.sixMonthsEt)).toHaveLength(0);
    await sweepFollowUps(plus(due.sixMonths, 60_000));
    const [sixMonths] = await arrived(p.applicantEmail, SUBJECTS.sixMonthsEt);
    const sixLink = linkOf(sixMonths!);
    expect((await form(sixLink, { situation: 'retired' })).status).toBe(422);
    expect((await form(sixLink, { situation: 'in_education_or_training' })).status).toBe(200);
    expect(await followUp(p.matchId, 'sixMonths')).toMatchObject({ status: 'ANSWERED', answer: { situation: 'in_education_or_training' } });
    // Answered: no reminder a week later.
    await sweepFollowUps(plus(due.sixMonths, 8 * DAY));
    expect((await emailsTo(p.applicantEmail)).filter((e) => e.subject.includes(SUBJECTS.sixMonthsEt))).toHaveLength(1);
  });

  it('an unanswered survey is reminded once, then never again', async () => {
    const p = await confirmedPlacement('0724');
    await waitForFollowUps(p.matchId);
    const due = followUpDueDates(p.periodTo);
    await sweepFollowUps(plus(due.end, 60_000));
    await arrived(p.applicantEmail, SUBJECTS.endEt);
    const sentAt = (await followUp(p.matchId, 'end'))!.sentAt as string;
    await sweepFollowUps(plus(sentAt, 7 * DAY + 60_000));
    await arrived(p.applicantEmail, `Meeldetuletus: ${SUBJECTS.endEt}`);
    for (const days of [8, 15, 27]) await sweepFollowUps(plus(sentAt, days * DAY));
    expect(await withSubject(p.applicantEmail, `Meeldetuletus: ${SUBJECTS.endEt}`)).toHaveLength(1);
    expect(await withSubject(p.applicantEmail, SUBJECTS.endEt)).toHaveLength(1);
    expect(await followUp(p.matchId, 'end')).toMatchObject({ status: 'SENT' });
    expect(await followUp(p.matchId, 'end')).toHaveProperty('remindedAt');
    expect(await followUp(p.matchId, 'end')).not.toHaveProperty('gsi1pk');
    // Close the rest of this placement, so later tests' sweeps see nothing of it.
    for (const mail of await mailsAbout(p.contactEmail, p.marker)) if (mail.subject === SUBJECTS.feedbackLt) await form(linkOf(mail), { overall: 'good', preparation: 'well', wouldHostAgain: 'maybe' });
  });

  it('nothing is sent for an erased participant, to them or to the company', async () => {
    const p = await confirmedPlacement('0322');
    await waitForFollowUps(p.matchId);
    // What the erasure sets on the application (shared/erasure/erasure.ts): the marker; here only the marker.
    await ddb.send(
      new UpdateCommand({ TableName: TABLE(), Key: keys.application(p.applicationId), UpdateExpression: 'SET erasedAt = :now', ExpressionAttributeValues: { ':now': new Date().toISOString() } }),
    );
    const before = { applicant: (await emailsTo(p.applicantEmail)).length, company: (await emailsTo(p.contactEmail)).length };
    const due = followUpDueDates(p.periodTo);
    await sweepFollowUps(plus(due.end, 60_000));
    await sweepFollowUps(plus(due.end, 8 * DAY));
    await sweepFollowUps(plus(due.sixMonths, 60_000));
    for (const kind of ['end', 'sixMonths', 'companyFeedback'] as const) {
      expect(await followUp(p.matchId, kind)).toMatchObject({ status: 'SKIPPED', skipReason: 'erased' });
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await emailsTo(p.applicantEmail)).length).toBe(before.applicant);
    expect((await emailsTo(p.contactEmail)).length).toBe(before.company);
  });

  it('on the local stack, `npm run tick` runs the sweep as at a given time: the end-of-period emails go out', async () => {
    const p = await confirmedPlacement('1012');
    await waitForFollowUps(p.matchId);
    const due = followUpDueDates(p.periodTo);
    // What a developer types against `npm start`: the ports instead of the table names.
    const port = (url: string) => new URL(url).port;
    const { TABLE_NAME: _table, ...rest } = process.env;
    const env = {
      ...rest,
      LIIKE_PORT: port(urls().api),
      LIIKE_MAIL_PORT: port(urls().mail),
      LIIKE_DYNAMODB_PORT: port(urls().dynamodb),
      LIIKE_BUS_PORT: port(urls().bus),
    };
    const tick = (...args: string[]) => promisify(execFile)('npx', ['tsx', 'scripts/tick.ts', ...args], { env, timeout: 60_000 });
    // The day the period ends: not yet due (07:00 UTC the next morning).
    await tick('sweepFollowUps', '--at', p.periodTo);
    expect(await followUp(p.matchId, 'end')).toMatchObject({ status: 'SCHEDULED' });
    const { stdout } = await tick('sweepFollowUps', '--at', plus(due.end, 60_000).toISOString());
    expect(stdout).toContain('sweepFollowUps ran');
    await arrived(p.applicantEmail, SUBJECTS.endEt);
    await arrived(p.contactEmail, SUBJECTS.feedbackLt);
    expect(await followUp(p.matchId, 'end')).toMatchObject({ status: 'SENT', sentAt: plus(due.end, 60_000).toISOString() });
    // Not a scheduled function, or against a deployed table: refused, nothing run.
    await expect(tick('notifyPlacement')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('not a scheduled function') });
    await expect(
      promisify(execFile)('npx', ['tsx', 'scripts/tick.ts', 'sweepFollowUps'], { env: { ...env, TABLE_NAME: 'liike-prod' }, timeout: 60_000 }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('local stack only') });
  }, 90_000);

  it('one follow-up that fails does not hold back the others: they go out, it stays due, the sweep reports the failure', async () => {
    const failing = await confirmedPlacement('0721');
    const other = await confirmedPlacement('1011');
    await waitForFollowUps(failing.matchId);
    await waitForFollowUps(other.matchId);
    const due = followUpDueDates(failing.periodTo);
    // Reading the failing placement's end-of-period follow-up fails, as a throttled read would.
    const send = ddb.send.bind(ddb);
    const spy = vi.spyOn(ddb, 'send').mockImplementation(((command: { constructor: { name: string }; input: { Key?: { pk?: string; sk?: string } } }) => {
      const key = followUpKey(failing.matchId, 'end');
      if (command.constructor.name === 'GetCommand' && command.input.Key?.pk === key.pk && command.input.Key.sk === key.sk) {
        return Promise.reject(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
      }
      return send(command as never);
    }) as never);
    try {
      await expect(sweepFollowUps(plus(due.end, 60_000))).rejects.toThrow(/follow-up sweep: 1 of \d+ items failed/);
    } finally {
      spy.mockRestore();
    }
    await arrived(other.applicantEmail, SUBJECTS.endEt);
    await arrived(failing.contactEmail, SUBJECTS.feedbackLt);
    expect(await followUp(failing.matchId, 'end')).toMatchObject({ status: 'SCHEDULED' });
    // The next tick sends it.
    await sweepFollowUps(plus(due.end, 30 * 60_000));
    await arrived(failing.applicantEmail, SUBJECTS.endEt);
    expect(await followUp(failing.matchId, 'end')).toMatchObject({ status: 'SENT' });
  });

  it('an answer is refused once the participant erased their data: nothing written', async () => {
    const p = await confirmedPlacement('0522'); // erasure.test.ts uses 0522 too, for a wellbeing role: no cross-match
    await waitForFollowUps(p.matchId);
    const due = followUpDueDates(p.periodTo);
    await sweepFollowUps(plus(due.end, 60_000));
    const [mail] = await arrived(p.applicantEmail, SUBJECTS.endEt);
    await ddb.send(
      new UpdateCommand({ TableName: TABLE(), Key: keys.application(p.applicationId), UpdateExpression: 'SET erasedAt = :now', ExpressionAttributeValues: { ':now': new Date().toISOString() } }),
    );
    const answered = await form(linkOf(mail!), { outcome: 'interrupted', interruptionReason: 'other', interruptionDetail: 'Private-detail-7', qualificationGained: 'no', situation: 'other' });
    expect(answered.status).toBeLessThan(500);
    expect(await followUp(p.matchId, 'end')).toMatchObject({ status: 'SENT' });
    expect(JSON.stringify(await followUp(p.matchId, 'end'))).not.toContain('Private-detail-7');
  });
});
