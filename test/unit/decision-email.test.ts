import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '#shared/decisions/emails';
import type { ApplicantFacts, PlacementFacts, Score } from '#shared/decisions/match-facts';
import { renderEmail, type EmailVars } from '../support/emails.ts';
import { escapeHtml } from '#shared/platform/html';
import { fieldOfStudyName } from '#shared/vocabulary/labels';
import { formatCount, formatDate, languageLevels, languageName, LANGUAGES, type Language } from '#shared/platform/i18n';
import { estonianDate, type EstonianDateCase } from '#shared/platform/estonian';

/** A date as the text shows it: in Estonian after "hiljemalt" (by), "kuni" (until) or a verb (on), in that case. */
const shownDate = (iso: string, language: Language, estonian: EstonianDateCase) =>
  language === 'et' ? estonianDate(formatDate(iso, 'et'), estonian) : formatDate(iso, language);

const url = (n: number) => `https://liike.example/t/${String(n).repeat(43).slice(0, 43)}`;
const HOSTILE = '<img src=x onerror=alert(1)>';

const applicant: ApplicantFacts = {
  firstName: 'Анна',
  lastName: 'Смирнова',
  applicantType: 'student',
  schoolName: 'Narva Kutseõppekeskus',
  homeCountry: 'EE',
  fieldOfStudy: '0732',
  languages: [
    { code: 'en', level: 'C1' },
    { code: 'fi', level: 'A2' },
  ],
};
const placement: PlacementFacts = {
  companyName: 'Rakennus Oy',
  roleTitle: 'Kirvesmies',
  sector: 'construction',
  city: 'Tampere',
  region: 'Pirkanmaa',
  country: 'FI',
  periodFrom: '2025-09-01',
  periodTo: '2025-10-26',
  windowFrom: '2025-09-01',
  windowTo: '2025-12-19',
};
const score: Score = {
  overlap: 30,
  language: 20,
  waiting: 15,
  total: 65,
  overlapWeeks: 14,
  languageMargin: 2,
  waitingDays: 45,
  destinationRank: 0,
  rolePreferenceRank: 1,
};
const decideBy = '2025-06-15T09:05:00.000Z';

const coordinator: EmailVars['coordinatorProposal'] = {
  recipientName: 'Mari Tamm',
  applicant,
  placement,
  requiredLanguages: [{ code: 'en', level: 'B1' }],
  score,
  requiredWeeks: 8,
  decideUrl: url(1),
  decideBy,
  reminder: false,
  deputy: false,
};
const company: EmailVars['companyProposal'] = {
  recipientName: 'Matti Meikäläinen',
  applicant,
  placement,
  motivation: 'Хочу научиться строить деревянные дома.\nI can start early.',
  decideUrl: url(2),
  decideBy,
  manageRoleUrl: url(3),
  reminder: false,
};
const contacts = {
  company: { name: 'Matti Meikäläinen', email: 'matti@rakennus.example' },
  coordinator: { name: 'Mari Tamm', email: 'mari@kool.example' },
  applicant: { email: 'anna@example.ee' },
};
const confirmed = (audience: EmailVars['placementConfirmed']['audience']): EmailVars['placementConfirmed'] => ({
  audience,
  recipientName: { applicant: 'Анна', company: 'Matti Meikäläinen', coordinator: 'Mari Tamm' }[audience],
  applicant,
  placement,
  contacts,
  // Only the company's email shows it (notify.ts gives it to that one alone).
  ...(audience === 'company' ? { manageRoleUrl: url(6) } : {}),
});
const continues = (outcome: SearchOutcome): EmailVars['searchContinues'] => ({ firstName: 'Анна', outcome, statusUrl: url(4) });
const DESCRIPTION = 'Duties: timber framing on site.\nHours: 7–15, Mon–Fri.\nEquipment: boots and helmet provided.\nHousing: we help find a room.';
const proposedToApplicant: EmailVars['placementProposed'] = { firstName: 'Анна', placement, roleDescription: DESCRIPTION, statusUrl: url(5) };
const declined: EmailVars['companyDeclined'] = { recipientName: 'Mari Tamm', applicant, placement, backInSearch: true };
const withdrew: EmailVars['applicantWithdrew'] = { recipientName: 'Mari Tamm', applicant, cancelledProposal: { companyName: 'Rakennus Oy', roleTitle: 'Kirvesmies', city: 'Tampere' } };

type Sample = { [K in keyof EmailVars]: { kind: K; name: string; vars: EmailVars[K]; links: string[] } }[keyof EmailVars];

const samples: Sample[] = [
  { kind: 'coordinatorProposal', name: 'coordinator', vars: coordinator, links: [url(1)] },
  { kind: 'coordinatorProposal', name: 'coordinator reminder to deputy', vars: { ...coordinator, reminder: true, deputy: true }, links: [url(1)] },
  { kind: 'companyProposal', name: 'company', vars: company, links: [url(2), url(3)] },
  { kind: 'companyProposal', name: 'company reminder', vars: { ...company, reminder: true }, links: [url(2), url(3)] },
  { kind: 'placementConfirmed', name: 'to applicant', vars: confirmed('applicant'), links: [] },
  { kind: 'placementConfirmed', name: 'to company', vars: confirmed('company'), links: [url(6)] },
  { kind: 'placementConfirmed', name: 'to coordinator', vars: confirmed('coordinator'), links: [] },
  ...(['rejected', 'declined', 'expired', 'released'] as const).map(
    (outcome): Sample => ({ kind: 'searchContinues', name: outcome, vars: continues(outcome), links: [url(4)] }),
  ),
  { kind: 'withdrawalConfirmed', name: 'withdrawn', vars: { firstName: 'Анна' }, links: [] },
  { kind: 'placementProposed', name: 'to applicant', vars: proposedToApplicant, links: [url(5)] },
  { kind: 'placementProposed', name: 'to applicant, no description', vars: { ...proposedToApplicant, roleDescription: undefined }, links: [url(5)] },
  { kind: 'companyDeclined', name: 'to coordinator', vars: declined, links: [] },
  { kind: 'companyDeclined', name: 'to coordinator, application held', vars: { ...declined, backInSearch: false }, links: [] },
  { kind: 'applicantWithdrew', name: 'to coordinator, proposal cancelled', vars: withdrew, links: [] },
  { kind: 'applicantWithdrew', name: 'to coordinator, nothing pending', vars: { ...withdrew, cancelledProposal: undefined }, links: [] },
  { kind: 'roleClosed', name: 'closed', vars: { recipientName: 'Matti Meikäläinen', companyName: 'Rakennus Oy', roleTitle: 'Kirvesmies', manageRoleUrl: url(7) }, links: [url(7)] },
];

const render = (sample: Sample, language: Language) => renderEmail(sample.kind, language, sample.vars as never);

describe('every decision email in every language', () => {
  for (const sample of samples) {
    it(`${sample.kind} (${sample.name})`, () => {
      const emails = LANGUAGES.map((language) => {
        const email = render(sample, language);
        expect(email.subject.trim()).not.toBe('');
        expect(email.subject).not.toMatch(/[\r\n]/);
        expect(email.subject).toMatch(/– Liike$/);
        expect(email.text.trim()).not.toBe('');
        expect(email.html).toMatch(/^<!doctype html>/i);
        expect(email.html).toContain(`<html lang="${language}"`);
        expect(email.html).toContain('name="viewport"');
        expect(email.html).not.toMatch(/<img|<link|<script|@import|url\(/i);
        for (const link of sample.links) {
          expect(email.text).toContain(link);
          expect(email.html).toContain(`href="${link}"`);
        }
        return email;
      });
      // Real translations: no language falls back to another's subject or body.
      expect(new Set(emails.map((e) => e.subject)).size).toBe(LANGUAGES.length);
      expect(new Set(emails.map((e) => e.text)).size).toBe(LANGUAGES.length);
    });
  }
});

describe('coordinator proposal', () => {
  it('has one button to the decision page, with the address as a fallback', () => {
    for (const language of LANGUAGES) {
      const email = renderEmail('coordinatorProposal', language, coordinator);
      // The button, the fallback link's href and its visible text.
      expect(email.html.split(url(1)).length - 1).toBe(3);
      expect(email.html.match(/<a /g)).toHaveLength(3); // and the footer's privacy notice
    }
    expect(renderEmail('coordinatorProposal', 'en', coordinator).html).toContain('>Review and decide</a>');
  });

  it('says who, where, when and the deadline', () => {
    const email = renderEmail('coordinatorProposal', 'en', coordinator);
    for (const fact of [
      'Анна Смирнова',
      'Narva Kutseõppekeskus, Estonia',
      '0732 Building and civil engineering',
      'English C1, Finnish A2',
      'Rakennus Oy',
      'Kirvesmies',
      'Tampere, Pirkanmaa, Finland',
      '1 September 2025 – 19 December 2025',
      formatDate(decideBy, 'en'),
    ]) {
      expect(email.text).toContain(fact);
      expect(email.html).toContain(escapeHtml(fact));
    }
    expect(email.text).toContain('Required languages: English B1');
  });

  it('explains the fit in plain words, never as points or a total', () => {
    const en = renderEmail('coordinatorProposal', 'en', coordinator).text;
    expect(en).toContain('Time in common: 14 weeks, 6 weeks more than the 8 weeks needed: plenty of room to set the dates');
    expect(en).toContain('Languages: Meets the requirement, 2 levels above it');
    expect(en).toContain('Waiting time: 45 days in the search');
    expect(en).toContain('Destination: Finland, the applicant’s first choice');
    expect(en).toContain('Role preference: No. 2 among the roles the applicant ranked');

    const said: Record<Language, string[]> = {
      fi: ['14 viikkoa, eli 6 viikkoa yli vaaditun vähimmäiskeston (8 viikkoa)', 'Täyttää vaatimuksen, 2 tasoa yli vaaditun', 'Hakemus on ollut haussa 45 päivää', 'Suomi, hakijan ensisijainen toive'],
      en: ['14 weeks', '2 levels above it', '45 days in the search'],
      et: ['14 nädalat, ehk 6 nädalat rohkem', 'Vastab nõuetele, 2 taset üle nõutu', 'Avaldus on olnud otsingus 45 päeva', 'Soome, kandidaadi esimene eelistus'],
      lt: ['14 savaičių (mažiausia trukmė – 8 savaitės, atsarga – 6 savaitės)', 'Atitinka reikalavimus, atsarga – 2 lygiai', 'Paraiška paieškoje – 45 dienos'],
      ru: ['14 недель (минимум — 8 недель, запас — 6 недель)', 'Соответствует требованиям, запас — 2 уровня', 'Заявка в поиске 45 дней', 'Финляндия, первый выбор кандидата'],
    };
    for (const language of LANGUAGES) {
      const email = renderEmail('coordinatorProposal', language, coordinator);
      for (const part of said[language]) {
        expect(email.text, language).toContain(part);
        expect(email.html, language).toContain(part);
      }
      // No points and no total, in any language.
      expect(email.text, language).not.toMatch(/\b(40|100)\b|points|pistettä|punkti|taškų|баллов|Total|Yhteensä|Kokku|Iš viso|Итого/);
    }
  });

  it('says what each value of each part means', () => {
    const rows = (changes: Partial<typeof score>, extra: Partial<typeof coordinator> = {}) =>
      renderEmail('coordinatorProposal', 'en', { ...coordinator, ...extra, score: { ...score, ...changes } }).text;
    // Time in common: exactly the minimum, a little room, plenty of room.
    expect(rows({ overlapWeeks: 8 })).toContain('Time in common: 8 weeks, just the 8 weeks needed: no room to move the dates');
    expect(rows({ overlapWeeks: 10 })).toContain('Time in common: 10 weeks, 2 weeks more than the 8 weeks needed: some room to set the dates');
    expect(rows({ overlapWeeks: 12 })).toContain('Time in common: 12 weeks, 4 weeks more than the 8 weeks needed: plenty of room to set the dates');
    // Languages: exactly the required levels is a fit that meets the requirement, not "0 points".
    expect(rows({ language: 0, languageMargin: 0 })).toContain('Languages: Meets the requirement\n');
    expect(rows({ language: 10, languageMargin: 1 })).toContain('Languages: Meets the requirement, 1 level above it');
    expect(rows({}, { requiredLanguages: [] })).toContain('Languages: No language is required');
    // Waiting time: none yet, some days.
    expect(rows({ waiting: 0, waitingDays: 0 })).toContain('Waiting time: Joined the search today');
    expect(rows({ waiting: 0, waitingDays: 1 })).toContain('Waiting time: 1 day in the search');
    // Preference ranks: the first choice, a later one, no ranked roles.
    expect(rows({ destinationRank: 2 })).toContain('Destination: Finland, no. 3 on the applicant’s list');
    expect(rows({ rolePreferenceRank: 0 })).toContain('Role preference: The applicant’s first choice among the roles');
    expect(rows({ rolePreferenceRank: null })).not.toContain('Role preference');
    // Each value is said differently, in every language.
    for (const language of LANGUAGES) {
      const texts = [{ overlapWeeks: 8 }, { overlapWeeks: 10 }, { overlapWeeks: 12 }, { languageMargin: 0 }, { waitingDays: 0 }, { destinationRank: 2 }, { rolePreferenceRank: 0 }].map(
        (changes) => renderEmail('coordinatorProposal', language, { ...coordinator, score: { ...score, ...changes } }).text,
      );
      expect(new Set(texts).size, language).toBe(texts.length);
    }
  });

  it('without required weeks or required languages, and with an unranked role', () => {
    const email = renderEmail('coordinatorProposal', 'en', {
      ...coordinator,
      requiredLanguages: [],
      requiredWeeks: undefined,
      score: { ...score, language: 15, languageMargin: 0, rolePreferenceRank: null },
    });
    expect(email.text).toContain('Required languages: None required');
    expect(email.text).toContain('Languages: No language is required');
    expect(email.text).toContain('Time in common: 14 weeks\n');
    expect(email.text).not.toContain('Role preference');
  });

  it('shows the applicant’s motivation and the company’s description of the role, escaped, only when there are some', () => {
    const withWords = {
      ...coordinator,
      motivation: 'Хочу научиться строить деревянные дома.\n<b>I can start early.</b>',
      roleDescription: 'Duties: framing.\nHours: 7–15.\nHousing: we help find a flat.',
    };
    for (const language of LANGUAGES) {
      const email = renderEmail('coordinatorProposal', language, withWords);
      expect(email.text).toContain('Хочу научиться строить деревянные дома.\n<b>I can start early.</b>');
      expect(email.html).toContain('&lt;b&gt;I can start early.&lt;/b&gt;');
      expect(email.text).toContain('Duties: framing.\nHours: 7–15.\nHousing: we help find a flat.');
      // The applicant's words follow the applicant, the role's follow the placement.
      expect(email.text.indexOf('Хочу')).toBeLessThan(email.text.indexOf('Duties: framing'));
      expect(email.subject).not.toMatch(/Хочу|Duties/);
    }
    const en = renderEmail('coordinatorProposal', 'en', withWords).text;
    expect(en).toContain('IN THE APPLICANT’S OWN WORDS');
    expect(en).toContain('THE ROLE, IN THE COMPANY’S WORDS');
    for (const blank of [undefined, '  ']) {
      const text = renderEmail('coordinatorProposal', 'en', { ...coordinator, motivation: blank, roleDescription: blank }).text;
      expect(text).not.toContain('OWN WORDS');
      expect(text).not.toContain('COMPANY’S WORDS');
    }
  });

  it('a reminder says so in the subject and the intro, with the expiry', () => {
    for (const language of LANGUAGES) {
      const first = renderEmail('coordinatorProposal', language, coordinator);
      const reminder = renderEmail('coordinatorProposal', language, { ...coordinator, reminder: true });
      expect(reminder.subject).not.toBe(first.subject);
      expect(reminder.text).not.toBe(first.text);
      const intro = reminder.text.split('\n\n').slice(1, 3).join('\n');
      expect(intro).toContain(shownDate(decideBy, language, 'translative'));
    }
    expect(renderEmail('coordinatorProposal', 'en', { ...coordinator, reminder: true }).subject).toMatch(/^Reminder:/);
  });

  it('tells a deputy that they decide on the coordinator’s behalf', () => {
    for (const language of LANGUAGES) {
      const coordinatorText = renderEmail('coordinatorProposal', language, coordinator).text;
      const deputyText = renderEmail('coordinatorProposal', language, { ...coordinator, deputy: true }).text;
      expect(deputyText.length).toBeGreaterThan(coordinatorText.length);
      expect(deputyText).toContain(applicant.schoolName);
    }
    expect(renderEmail('coordinatorProposal', 'en', { ...coordinator, deputy: true }).text).toContain('deputy coordinator of Narva Kutseõppekeskus');
  });
});

describe('company proposal', () => {
  it('has the decision button and a quieter link to change or close the role', () => {
    for (const language of LANGUAGES) {
      const email = renderEmail('companyProposal', language, company);
      expect(email.html.split(url(2)).length - 1).toBe(3);
      // The close link is a plain link, once, after the button.
      expect(email.html.split(url(3)).length - 1).toBe(1);
      expect(email.html.indexOf(url(3))).toBeGreaterThan(email.html.indexOf(url(2)));
      expect(email.text.indexOf(url(3))).toBeGreaterThan(email.text.indexOf(url(2)));
    }
    const en = renderEmail('companyProposal', 'en', company);
    expect(en.html).toContain('>Review the applicant</a>');
    expect(en.html).toContain('>Change or close this role</a>');
  });

  it('shows the applicant’s own words, escaped, only when there are some', () => {
    const email = renderEmail('companyProposal', 'en', { ...company, motivation: '<b>I love wood</b> & "nails"' });
    expect(email.html).toContain('&lt;b&gt;I love wood&lt;/b&gt; &amp; &quot;nails&quot;');
    expect(email.text).toContain('<b>I love wood</b> & "nails"');
    expect(renderEmail('companyProposal', 'en', company).text).toContain('Хочу научиться строить деревянные дома.\nI can start early.');
    for (const motivation of [undefined, '  ']) {
      const without = renderEmail('companyProposal', 'en', { ...company, motivation });
      expect(without.text).not.toContain('own words');
    }
  });

  it('a reminder differs from the first email and names the expiry', () => {
    for (const language of LANGUAGES) {
      const first = renderEmail('companyProposal', language, company);
      const reminder = renderEmail('companyProposal', language, { ...company, reminder: true });
      expect(reminder.subject).not.toBe(first.subject);
      expect(reminder.text.split('\n\n').slice(1, 3).join('\n')).toContain(shownDate(decideBy, language, 'translative'));
    }
  });
});

describe('placement confirmed', () => {
  const emailsIn = (audience: 'applicant' | 'company' | 'coordinator') =>
    LANGUAGES.map((language) => renderEmail('placementConfirmed', language, confirmed(audience)));

  it('gives everyone the dates and the place', () => {
    for (const audience of ['applicant', 'company', 'coordinator'] as const) {
      const en = renderEmail('placementConfirmed', 'en', confirmed(audience));
      expect(en.text).toContain('1 September 2025 – 19 December 2025');
      expect(en.text).toContain('Tampere, Pirkanmaa, Finland');
      expect(en.text).toContain('Rakennus Oy');
    }
  });

  it('tells each party how to reach the other two', () => {
    for (const email of emailsIn('applicant')) {
      expect(email.text).toContain('matti@rakennus.example');
      expect(email.text).toContain('mari@kool.example');
      expect(email.text).not.toContain('anna@example.ee');
    }
    for (const email of emailsIn('company')) {
      expect(email.text).toContain('anna@example.ee');
      expect(email.text).toContain('mari@kool.example');
      expect(email.text).not.toContain('matti@rakennus.example');
    }
    for (const email of emailsIn('coordinator')) {
      expect(email.text).toContain('anna@example.ee');
      expect(email.text).toContain('matti@rakennus.example');
      expect(email.text).not.toContain('mari@kool.example');
    }
  });

  it('has a different subject for each audience', () => {
    for (const language of LANGUAGES) {
      const subjects = (['applicant', 'company', 'coordinator'] as const).map(
        (audience) => renderEmail('placementConfirmed', language, confirmed(audience)).subject,
      );
      expect(new Set(subjects).size).toBe(3);
    }
  });
});

describe('search continues', () => {
  it('says kindly that the search goes on, and each outcome in its own words', () => {
    for (const language of LANGUAGES) {
      const texts = (['rejected', 'declined', 'expired', 'released'] as const).map(
        (outcome) => renderEmail('searchContinues', language, continues(outcome)).text,
      );
      expect(new Set(texts).size).toBe(4);
      for (const text of texts) expect(text).toContain(url(4));
    }
    const en = renderEmail('searchContinues', 'en', continues('declined')).text;
    expect(en).toContain('Your application is back in the search automatically');
    expect(en).toContain('You do not need to do anything.');
  });

  it('cannot be given anyone’s reason', () => {
    // @ts-expect-error the applicant is never told why a coordinator or a company said no
    const email = renderEmail('searchContinues', 'en', { ...continues('rejected'), reason: 'Not good enough' });
    expect(email.text).not.toContain('Not good enough');
  });
});

describe('the applicant hears of a proposal when it is made', () => {
  it('names the company, the role, the place and the dates, with the role’s description and what happens next, in every language', () => {
    const next: Record<Language, RegExp> = {
      fi: /koordinaattori käy ehdotuksen läpi; jos hän hyväksyy sen, yritys päättää/,
      en: /your school’s coordinator reviews the proposal; if they approve it, the company decides/,
      et: /vaatab pakkumise üle Teie kooli koordinaator; kui ta selle heaks kiidab, otsustab ettevõte/,
      lt: /pasiūlymą peržiūrės Jūsų mokyklos koordinatorius; jei jis pritars, įmonė nuspręs/,
      ru: /предложение рассмотрит координатор Вашего учебного заведения; если он его одобрит, компания решит/,
    };
    for (const language of LANGUAGES) {
      const email = renderEmail('placementProposed', language, proposedToApplicant);
      for (const fact of ['Rakennus Oy', 'Kirvesmies', 'Tampere', formatDate('2025-09-01', language), formatDate('2025-12-19', language), DESCRIPTION]) {
        expect(email.text, language).toContain(fact);
      }
      expect(email.text, language).toMatch(next[language]);
      expect(email.html, language).toContain(`href="${url(5)}"`);
      // The company's words stay out of the subject, and the applicant is never named there either.
      expect(email.subject, language).not.toMatch(/Rakennus|Kirvesmies|Tampere|Анна/);
    }
    const en = renderEmail('placementProposed', 'en', proposedToApplicant).text;
    expect(en).toContain('THE ROLE, IN THE COMPANY’S WORDS');
    // The placement's own dates and length, and the window they can still move in.
    expect(en).toContain('Placement dates: 1 September 2025 – 26 October 2025 (8 weeks)');
    expect(en).toContain('Both sides available: 1 September 2025 – 19 December 2025');
    const fixed = renderEmail('placementProposed', 'en', { ...proposedToApplicant, placement: { ...placement, windowTo: '2025-10-26' } }).text;
    expect(fixed).toContain('Placement dates: 1 September 2025 – 26 October 2025 (8 weeks)');
    expect(fixed).not.toContain('Both sides available');
    expect(renderEmail('placementProposed', 'en', { ...proposedToApplicant, roleDescription: ' ' }).text).not.toContain('COMPANY’S WORDS');
  });
});

describe('the coordinator hears of a decline and of a withdrawal', () => {
  it('a decline names the student, the company and the role, and says what happens to the student', () => {
    for (const language of LANGUAGES) {
      const back = renderEmail('companyDeclined', language, declined);
      const held = renderEmail('companyDeclined', language, { ...declined, backInSearch: false });
      for (const email of [back, held]) {
        for (const fact of ['Анна Смирнова', 'Rakennus Oy', 'Kirvesmies', 'Narva Kutseõppekeskus']) expect(email.text, language).toContain(fact);
        expect(email.subject, language).not.toMatch(/Анна|Rakennus|Kirvesmies/);
      }
      expect(held.text, language).not.toBe(back.text);
    }
    expect(renderEmail('companyDeclined', 'en', declined).text).toContain('Rakennus Oy has declined Анна Смирнова (Anna Smirnova) for the placement “Kirvesmies”, which you approved.');
    expect(renderEmail('companyDeclined', 'en', declined).text).toContain('The applicant is back in the search automatically');
    expect(renderEmail('companyDeclined', 'en', { ...declined, backInSearch: false }).text).toContain('The application stays paused');
  });

  it('a withdrawal names the student and the proposal it cancelled, if any', () => {
    for (const language of LANGUAGES) {
      const cancelled = renderEmail('applicantWithdrew', language, withdrew);
      const nothing = renderEmail('applicantWithdrew', language, { ...withdrew, cancelledProposal: undefined });
      expect(cancelled.text, language).toContain('Анна Смирнова');
      expect(cancelled.text, language).toContain('Rakennus Oy');
      expect(nothing.text, language).toContain('Анна Смирнова');
      expect(nothing.text, language).not.toContain('Rakennus Oy');
      expect(cancelled.subject, language).not.toContain('Анна');
    }
    expect(renderEmail('applicantWithdrew', 'en', withdrew).text).toContain('The proposal that was waiting for a decision has been cancelled: “Kirvesmies” at Rakennus Oy, Tampere.');
  });
});

describe('withdrawal and closed role', () => {
  it('confirm what happened and what is possible next', () => {
    expect(renderEmail('withdrawalConfirmed', 'en', { firstName: 'Анна' }).text).toContain('apply again at any time');
    const closed = renderEmail('roleClosed', 'en', { recipientName: 'Matti', companyName: 'Rakennus Oy', roleTitle: 'Kirvesmies', manageRoleUrl: url(7) });
    expect(closed.subject).toBe('Your role “Kirvesmies” is closed – Liike');
    expect(closed.text).toContain('cancelled');
    // The management link reopens it: named so, a plain link after the text.
    expect(closed.html).toContain(`href="${url(7)}"`);
    expect(closed.html).toContain('>Reopen this role</a>');
    expect(renderEmail('roleClosed', 'ru', { recipientName: 'Matti', companyName: 'Rakennus Oy', roleTitle: 'Сварщик', manageRoleUrl: url(7) }).subject).toContain('«Сварщик»');
  });
});

describe('names and values', () => {
  it('escapes hostile names and titles in HTML and keeps them as typed in text', () => {
    const hostileApplicant = { ...applicant, firstName: HOSTILE, lastName: '"&"', schoolName: '</td><script>x()</script>' };
    const hostilePlacement = { ...placement, companyName: 'A & "B"', roleTitle: '</title><script>y()</script>', city: '<b>' };
    for (const language of LANGUAGES) {
      const emails = [
        renderEmail('coordinatorProposal', language, { ...coordinator, recipientName: HOSTILE, applicant: hostileApplicant, placement: hostilePlacement, deputy: true }),
        renderEmail('companyProposal', language, { ...company, recipientName: HOSTILE, applicant: hostileApplicant, placement: hostilePlacement }),
        renderEmail('placementConfirmed', language, { ...confirmed('coordinator'), recipientName: HOSTILE, applicant: hostileApplicant, placement: hostilePlacement }),
        renderEmail('searchContinues', language, { ...continues('expired'), firstName: HOSTILE }),
        renderEmail('withdrawalConfirmed', language, { firstName: HOSTILE }),
        renderEmail('roleClosed', language, { recipientName: HOSTILE, companyName: 'A & "B"', roleTitle: '</title><script>y()</script>', manageRoleUrl: url(7) }),
      ];
      for (const email of emails) {
        expect(email.html).not.toContain('<img src=x');
        expect(email.html).not.toContain('<script>');
        expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(email.text).toContain(HOSTILE);
      }
      expect(emails[1]!.html).toContain('A &amp; &quot;B&quot;');
      expect(emails[1]!.subject).toContain('</title><script>y()</script>');
    }
  });

  it('keeps Cyrillic, Baltic and Finnish names intact in both parts', () => {
    for (const language of LANGUAGES) {
      const email = renderEmail('placementConfirmed', language, { ...confirmed('company'), placement: { ...placement, companyName: 'UAB Šiaurės statyba' } });
      for (const part of [email.text, email.html]) {
        expect(part).toContain('Анна Смирнова');
        expect(part).toContain('UAB Šiaurės statyba');
        expect(part).toContain('Matti Meikäläinen');
        expect(part).toContain('Narva Kutseõppekeskus');
      }
    }
  });
});

describe('i18n helpers for decisions', () => {
  it('counts with each language’s plural forms', () => {
    expect([1, 2, 5, 11, 21, 22].map((n) => formatCount(n, 'week', 'ru'))).toEqual([
      '1 неделя',
      '2 недели',
      '5 недель',
      '11 недель',
      '21 неделя',
      '22 недели',
    ]);
    expect([1, 2, 10, 21].map((n) => formatCount(n, 'day', 'lt'))).toEqual(['1 diena', '2 dienos', '10 dienų', '21 diena']);
    expect([1, 2].map((n) => formatCount(n, 'point', 'fi'))).toEqual(['1 piste', '2 pistettä']);
    expect([1, 3].map((n) => formatCount(n, 'level', 'et'))).toEqual(['1 tase', '3 taset']);
    expect(formatCount(1, 'week', 'en')).toBe('1 week');
  });

  it('names languages in the reader’s language, with CEFR levels', () => {
    expect(languageName('en', 'fi')).toBe('englanti');
    expect(languageName('fi', 'ru')).toBe('финский');
    expect(languageName('not a code!', 'en')).toBe('not a code!');
    expect(languageLevels([{ code: 'ru', level: 'B2' }, { code: 'et', level: 'A1' }], 'en')).toBe('Russian B2, Estonian A1');
  });

  it('shows a field of study with its code and its name in the reader’s language', () => {
    expect(fieldOfStudyName('0732', 'en')).toBe('0732 Building and civil engineering');
    expect(fieldOfStudyName('07', 'en')).toBe('07 Engineering, manufacturing and construction');
    expect(fieldOfStudyName('0732', 'fi')).toBe('0732 Rakennus- ja yhdyskuntatekniikka');
    expect(fieldOfStudyName('9999', 'en')).toBe('9999');
    expect(fieldOfStudyName('constructor', 'ru')).toBe('constructor');
  });
});
