import { formatPeriod } from '#shared/platform/i18n';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '#shared/platform/html';
import { formatDate, LANGUAGES, type Language } from '#shared/platform/i18n';
import { estonianDate, type EstonianDateCase } from '#shared/platform/estonian';
import { applicationStatusPage, type ApplicationStatusVars, type StatusPlacement } from '#shared/applicant/status-page';
import { closeRolePage, type CloseRoleVars } from '#shared/roles/close-page';
import { companyDecisionPage, coordinatorDecisionPage, type CompanyDecisionVars, type CoordinatorDecisionVars } from '#shared/decisions/proposal-page';
import { decisionDonePage, proposalChangedPage, type DecisionOutcome, type ProposalChange } from '#shared/decisions/outcome-pages';
import { linkExpiredPage, linkUsedPage, LINK_DECISIONS } from '#shared/links/link-pages';

/** A date as the text shows it: in Estonian after "hiljemalt" (by), "kuni" (until) or a verb (on), in that case. */
const shownDate = (iso: string, language: Language, estonian: EstonianDateCase) =>
  language === 'et' ? estonianDate(formatDate(iso, 'et'), estonian) : formatDate(iso, language);

const formAction = '/t/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
const decideBy = '2025-06-15T09:05:00.000Z';
const applicant = {
  firstName: 'Анна',
  lastName: 'Смирнова',
  applicantType: 'staff' as const,
  schoolName: 'Vilniaus statybininkų rengimo centras',
  homeCountry: 'LT' as const,
  fieldOfStudy: '0732',
  languages: [{ code: 'en', level: 'B2' }],
};
const placement = {
  companyName: 'Rakennus Oy',
  roleTitle: 'Kirvesmies',
  sector: 'construction' as const,
  city: 'Tampere',
  region: 'Pirkanmaa',
  country: 'FI' as const,
  periodFrom: '2025-09-01',
  periodTo: '2025-10-26',
  windowFrom: '2025-09-01',
  windowTo: '2025-12-19',
};
const coordinator: CoordinatorDecisionVars = {
  applicant,
  placement,
  requiredLanguages: [{ code: 'en', level: 'B1' }],
  score: { overlap: 40, language: 10, waiting: 3, total: 53, overlapWeeks: 16, languageMargin: 1, waitingDays: 9, destinationRank: 1, rolePreferenceRank: null },
  decideBy,
  formAction,
};
const company: CompanyDecisionVars = { applicant, placement, requiredWeeks: 8, motivation: 'Haluan oppia hirsirakentamista.', decideBy, formAction };
const closeRole: CloseRoleVars = { companyName: 'Rakennus Oy', roleTitle: 'Kirvesmies', placesLeft: 2, formAction };
const OUTCOMES: DecisionOutcome[] = ['approved', 'rejected', 'accepted', 'declined', 'withdrawn', 'roleClosed'];
const CHANGES: ProposalChange[] = ['withdrawn', 'roleClosed', 'expired', 'decided', 'released'];

const pages: Record<string, (language: Language) => string> = {
  coordinatorDecision: (l) => coordinatorDecisionPage(l, coordinator),
  coordinatorDecisionWithError: (l) => coordinatorDecisionPage(l, { ...coordinator, error: 'reasonRequired', reason: 'x' }),
  companyDecision: (l) => companyDecisionPage(l, company),
  companyDecisionWithDatesErrors: (l) =>
    companyDecisionPage(l, {
      ...company,
      dates: { from: '2025-08-01', to: '2025-09-10' },
      datesErrors: [
        { field: 'placementFrom', problem: 'outsideWindow' },
        { field: 'placementTo', problem: 'tooShort' },
      ],
    }),
  closeRole: (l) => closeRolePage(l, closeRole),
  ...Object.fromEntries(OUTCOMES.map((outcome) => [`done: ${outcome}`, (l: Language) => decisionDonePage(l, { outcome })])),
  ...Object.fromEntries(CHANGES.map((change) => [`changed: ${change}`, (l: Language) => proposalChangedPage(l, { change })])),
};

const h1 = (page: string) => /<h1>([^<]+)<\/h1>/.exec(page)?.[1];
const forms = (page: string) => page.match(/<form /g) ?? [];

describe('every decision page in every language', () => {
  for (const [name, render] of Object.entries(pages)) {
    it(name, () => {
      const rendered = LANGUAGES.map((language) => {
        const page = render(language);
        expect(page).toMatch(/^<!doctype html>/i);
        expect(page).toContain(`<html lang="${language}"`);
        expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
        expect(page).toMatch(/<title>[^<]+<\/title>/);
        expect(h1(page)).toBeTruthy();
        expect(page).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\//i);
        return page;
      });
      expect(new Set(rendered.map(h1)).size).toBe(LANGUAGES.length);
    });
  }
});

describe('coordinator decision page', () => {
  it('shows the facts and the score, then one POST form with a reason and two buttons', () => {
    for (const language of LANGUAGES) {
      const page = coordinatorDecisionPage(language, coordinator);
      expect(forms(page)).toHaveLength(1);
      expect(page).toContain(`<form method="post" action="${formAction}">`);
      expect(page).toMatch(/<label for="reason"[^>]*>[^<]+<\/label>/);
      expect(page).toMatch(/<textarea id="reason" name="reason"[^>]* aria-describedby="reason-hint"[^>]*><\/textarea>/);
      expect(page).toContain('<p id="reason-hint"');
      expect(page).toMatch(/<button type="submit" name="decision" value="approve">[^<]+<\/button>/);
      expect(page).toMatch(/<button type="submit" name="decision" value="reject"[^>]*>[^<]+<\/button>/);
      // Approve comes first, so Enter never rejects.
      expect(page.indexOf('value="approve"')).toBeLessThan(page.indexOf('value="reject"'));
      expect(page).not.toContain('role="alert"');
      expect(page).not.toContain('aria-invalid');
      expect(page).toContain(escapeHtml(shownDate(decideBy, language, 'translative')));
      expect(page).toContain('Анна Смирнова');
      expect(page).toContain('Vilniaus statybininkų rengimo centras');
    }
    const en = coordinatorDecisionPage('en', coordinator);
    expect(en).toContain('<dt>Time in common</dt><dd>16 weeks</dd>');
    expect(en).toContain('<dt>Languages</dt><dd>Meets the requirement, 1 level above it</dd>');
    expect(en).toContain('<dt>Waiting time</dt><dd>9 days in the search</dd>');
    expect(en).toContain('Finland, no. 2 on the applicant’s list');
    expect(en).not.toMatch(/points|of 100|Total/);
    expect(en).toContain('Nothing changes until you press');
    expect(en).toContain('>Approve</button>');
    expect(en).toContain('>Reject</button>');
    expect(coordinatorDecisionPage('ru', coordinator)).toContain('Соответствует требованиям, запас — 1 уровень');
    expect(coordinatorDecisionPage('ru', coordinator)).not.toContain('баллов');
  });

  it('shows the applicant’s motivation and the role’s description, escaped, when there are some', () => {
    const words = { motivation: 'Haluan oppia <hirsi>rakentamista.\nVoin aloittaa heti.', roleDescription: 'Работа с деревом, 8 часов в день.\nЖильё: помогаем найти.' };
    for (const language of LANGUAGES) {
      const page = coordinatorDecisionPage(language, { ...coordinator, ...words });
      expect(page).toContain('Haluan oppia &lt;hirsi&gt;rakentamista.\nVoin aloittaa heti.');
      expect(page).toContain('Работа с деревом, 8 часов в день.\nЖильё: помогаем найти.');
      // Both before the decision form.
      expect(page.indexOf('Haluan oppia')).toBeLessThan(page.indexOf('<form'));
      expect(page.indexOf('Работа с деревом')).toBeLessThan(page.indexOf('<form'));
    }
    const en = coordinatorDecisionPage('en', { ...coordinator, ...words });
    expect(en).toContain('<h2>In the applicant’s own words</h2>');
    expect(en).toContain('<h2>The role, in the company’s words</h2>');
    expect(coordinatorDecisionPage('en', coordinator)).not.toContain('<blockquote');
  });

  it('with a missing reason shows an alert next to the field and keeps what was typed, escaped', () => {
    const typed = '</textarea><script>alert(1)</script> & Ёж';
    for (const language of LANGUAGES) {
      const page = coordinatorDecisionPage(language, { ...coordinator, error: 'reasonRequired', reason: typed });
      expect(page).toMatch(/<p id="reason-error" role="alert"[^>]*>[^<]+<\/p>/);
      expect(page).toContain('aria-describedby="reason-hint reason-error"');
      expect(page).toContain('aria-invalid="true"');
      expect(page).toContain(`>${escapeHtml(typed)}</textarea>`);
      expect(page).not.toContain('<script>');
      // The alert sits right before the field it is about.
      expect(page.indexOf('id="reason-error"')).toBeLessThan(page.indexOf('<textarea'));
      expect(page.indexOf('id="reason-error"')).toBeGreaterThan(page.indexOf('<form'));
    }
    expect(coordinatorDecisionPage('en', { ...coordinator, error: 'reasonRequired' })).toContain('To reject the proposal, please write a reason.');
  });

  it('escapes hostile facts and the form action', () => {
    const page = coordinatorDecisionPage('lt', {
      ...coordinator,
      applicant: { ...applicant, firstName: '<img src=x onerror=alert(1)>' },
      placement: { ...placement, roleTitle: '</h1><script>x()</script>' },
      formAction: '/t/a" onsubmit="x()',
    });
    expect(page).not.toMatch(/<img|<script/);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('action="/t/a&quot; onsubmit=&quot;x()"');
  });
});

describe('company decision page', () => {
  it('has accept and decline on one POST form, with the reason field', () => {
    for (const language of LANGUAGES) {
      const page = companyDecisionPage(language, company);
      expect(forms(page)).toHaveLength(1);
      expect(page).toContain(`<form method="post" action="${formAction}">`);
      expect(page).toMatch(/<textarea id="reason" name="reason"/);
      expect(page).toMatch(/<button type="submit" name="decision" value="accept">[^<]+<\/button>/);
      expect(page).toMatch(/<button type="submit" name="decision" value="decline"[^>]*>[^<]+<\/button>/);
      expect(page).not.toContain('value="approve"');
      expect(page).toContain('Haluan oppia hirsirakentamista.');
    }
    expect(companyDecisionPage('en', company)).toContain('>Accept</button>');
  });

  it('keeps the typed reason after an error and escapes the applicant’s own words', () => {
    const page = companyDecisionPage('et', { ...company, motivation: '<b>bold</b>', error: 'reasonRequired', reason: 'Meil pole <vaba> kohta' });
    expect(page).toContain('role="alert"');
    expect(page).toContain('>Meil pole &lt;vaba&gt; kohta</textarea>');
    expect(page).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(companyDecisionPage('en', { ...company, motivation: undefined })).not.toContain('<blockquote');
  });
});

describe('close role page', () => {
  it('confirms with one POST button and says what closing does', () => {
    for (const language of LANGUAGES) {
      const page = closeRolePage(language, closeRole);
      expect(forms(page)).toHaveLength(1);
      expect(page).toContain(`<form method="post" action="${formAction}">`);
      expect(page).toMatch(/<button type="submit" name="decision" value="close">[^<]+<\/button>/);
      expect(page).toContain('Rakennus Oy');
    }
    const en = closeRolePage('en', closeRole);
    expect(en).toContain('“Kirvesmies”');
    expect(en).toContain('<dt>Places still open</dt><dd>2</dd>');
    expect(en).toContain('Nothing changes until you press the button.');
  });
});

describe('after a decision, and when the proposal changed', () => {
  it('the done page says what happened for each outcome, without a form', () => {
    for (const language of LANGUAGES) {
      const titles = OUTCOMES.map((outcome) => {
        const page = decisionDonePage(language, { outcome });
        expect(forms(page)).toHaveLength(0);
        return h1(page);
      });
      expect(new Set(titles).size).toBe(OUTCOMES.length);
    }
    expect(decisionDonePage('en', { outcome: 'approved' })).toContain('The company is asked next');
  });

  it('the changed page says what changed and offers nothing to click', () => {
    for (const language of LANGUAGES) {
      const pages = CHANGES.map((change) => proposalChangedPage(language, { change }));
      for (const page of pages) {
        expect(forms(page)).toHaveLength(0);
        expect(page).not.toMatch(/<button|<a href="\/t\//);
      }
      expect(new Set(pages).size).toBe(CHANGES.length);
    }
    expect(proposalChangedPage('en', { change: 'withdrawn' })).toContain('The applicant has withdrawn their application.');
  });
});

describe('application status page with the decision states', () => {
  const status: ApplicationStatusVars = {
    status: 'PROPOSED',
    submittedAt: '2025-05-01T10:00:00.000Z',
    applicantType: 'student',
    sectors: ['construction'],
    destinations: ['FI'],
    availableFrom: '2025-09-01',
    availableTo: '2025-11-30',
    withdrawAction: '/t/withdraw-token',
  };

  it('lets the applicant withdraw while a proposal is pending, not once placed', () => {
    expect(applicationStatusPage('en', status)).toContain('href="/t/withdraw-token?view=withdraw"');
    const placed = applicationStatusPage('en', { ...status, status: 'PLACED' });
    expect(placed).not.toMatch(/<form/i);
    expect(placed).toContain('Placement confirmed');
    for (const language of LANGUAGES) {
      expect(applicationStatusPage(language, { ...status, status: 'PLACED' })).not.toContain('>PLACED<');
    }
    expect(applicationStatusPage('fi', { ...status, status: 'PLACED' })).toContain('Paikka vahvistettu');
  });

  const proposed: StatusPlacement = {
    stage: 'coordinator',
    companyName: 'UAB <Testas>',
    roleTitle: 'Viešbučio praktika',
    city: 'Kaunas',
    country: 'LT',
    periodFrom: '2025-09-01',
    periodTo: '2025-11-30',
    description: 'Registratūra ir svečių aptarnavimas.\nBūstą padedame rasti.',
  };
  const contacts = { company: { name: 'Contact Person', email: 'contact@testas.example' }, coordinator: { name: 'Anna Virtanen', email: 'anna.virtanen@sasky.example' } };

  it('shows the proposed placement: company, role, place, dates, description, and who decides next; no contacts yet', () => {
    const en = applicationStatusPage('en', { ...status, placement: proposed });
    expect(en).toContain('<h2>The placement proposed to you</h2>');
    expect(en).toContain('<dt>Company</dt><dd>UAB &lt;Testas&gt;</dd>');
    expect(en).toContain('<dt>Role</dt><dd>Viešbučio praktika</dd>');
    expect(en).toContain('<dt>Place</dt><dd>Kaunas, Lithuania</dd>');
    expect(en).toContain('<dt>Dates</dt><dd>1 September 2025 – 30 November 2025</dd>');
    expect(en).toContain('Your school’s coordinator reviews the proposal, then the company decides.');
    expect(en).toContain('Registratūra ir svečių aptarnavimas.\nBūstą padedame rasti.');
    expect(en).not.toContain('contact@testas.example');
    expect(applicationStatusPage('en', { ...status, placement: { ...proposed, stage: 'company' } })).toContain('has approved the proposal; the company decides next');
    for (const language of LANGUAGES) {
      const page = applicationStatusPage(language, { ...status, placement: proposed });
      for (const value of ['UAB &lt;Testas&gt;', 'Viešbučio praktika', 'Kaunas', 'Būstą padedame rasti']) expect(page, language).toContain(value);
    }
  });

  it('until the company has accepted, says the dates may still move within the window', () => {
    const movable = { ...proposed, windowFrom: '2025-08-15', windowTo: '2025-12-19' };
    expect(applicationStatusPage('en', { ...status, placement: movable })).toContain(
      '<dt>Dates</dt><dd>1 September 2025 – 30 November 2025 (the company may still move them within 15 August 2025 – 19 December 2025)</dd>',
    );
    for (const language of LANGUAGES) expect(applicationStatusPage(language, { ...status, placement: movable }), language).toContain(formatPeriod('2025-08-15', '2025-12-19', language));
    // Once confirmed, the dates are the dates.
    expect(applicationStatusPage('en', { ...status, status: 'PLACED', placement: { ...movable, stage: 'confirmed', contacts } })).toContain('<dt>Dates</dt><dd>1 September 2025 – 30 November 2025</dd>');
  });

  it('once placed, shows the placement with the company contact and the coordinator', () => {
    const confirmed = { ...proposed, stage: 'confirmed' as const, contacts };
    for (const language of LANGUAGES) {
      const page = applicationStatusPage(language, { ...status, status: 'PLACED', placement: confirmed });
      expect(page, language).toContain('Contact Person, <a href="mailto:contact@testas.example">contact@testas.example</a>');
      expect(page, language).toContain('Anna Virtanen, <a href="mailto:anna.virtanen@sasky.example">anna.virtanen@sasky.example</a>');
      expect(page, language).toContain('Kaunas');
    }
    const en = applicationStatusPage('en', { ...status, status: 'PLACED', placement: confirmed });
    expect(en).toContain('<h2>Your placement</h2>');
    expect(en).toContain('<dt>Company contact</dt>');
    expect(en).not.toContain('decides next');
  });

  it('shows no placement in other states', () => {
    for (const other of ['SUBMITTED', 'WITHDRAWN', 'UNCONFIRMED'] as const) {
      expect(applicationStatusPage('en', { ...status, status: other, placement: proposed })).not.toContain('Kaunas');
    }
  });
});

describe('link pages for decision links', () => {
  const decidedAt = '2025-06-15T09:05:00.000Z';

  it('a used decision link says what was decided and when, in every language', () => {
    for (const language of LANGUAGES) {
      const date = escapeHtml(shownDate(decidedAt, language, 'adessive'));
      const texts = LINK_DECISIONS.map((decision) => {
        const page = linkUsedPage(language, { decision, decidedAt });
        expect(page).toContain(date);
        expect(forms(page)).toHaveLength(0);
        return /<p class="notice">([^<]+)<\/p>/.exec(page)?.[1];
      });
      expect(new Set(texts).size).toBe(LINK_DECISIONS.length);
    }
    expect(linkUsedPage('en', { decision: 'approved', decidedAt })).toContain('The proposal was approved on 15 June 2025 at 12:05 (Helsinki time, UTC+3).');
    expect(linkUsedPage('en', { decision: 'roleClosed', decidedAt })).toContain('The role was closed on 15 June 2025 at 12:05 (Helsinki time, UTC+3).');
  });

  it('an expired decision link gives advice for that kind of link', () => {
    const page = linkExpiredPage('en', { purpose: 'coordinatorDecision' });
    expect(page).toContain('the time to decide has passed');
    expect(page).not.toContain('post the role again');
    for (const language of LANGUAGES) {
      for (const purpose of ['coordinatorDecision', 'companyDecision', 'roleManagement'] as const) {
        expect(linkExpiredPage(language, { purpose })).toMatch(/<h2>[^<]+<\/h2><p>[^<]+<\/p>/);
      }
    }
  });
});

describe('what the pages say about reasons matches what "Download my data" gives the applicant', () => {
  // The download holds every decision about the applicant, reasons included (the right of
  // access), so no page may promise that the applicant never sees a reason.
  const DOWNLOAD: Record<Language, RegExp> = { fi: /ladata itsestään/, en: /download about themselves/, et: /alla laadida/, lt: /atsisiųsti apie save/, ru: /скачать о себе/ };
  const NEVER_SEES: Record<Language, RegExp> = { fi: /ei näe/, en: /do(es)? not see/, et: /ei näe/, lt: /nematys/, ru: /не увидит/ };
  it.each(LANGUAGES)('%s: the reason fields and the outcome pages say it is in the download', (language) => {
    for (const page of [
      coordinatorDecisionPage(language, coordinator),
      companyDecisionPage(language, company),
      decisionDonePage(language, { outcome: 'rejected' }),
      decisionDonePage(language, { outcome: 'declined' }),
    ]) {
      expect(page).toMatch(DOWNLOAD[language]);
      expect(page).not.toMatch(NEVER_SEES[language]);
    }
  });
});

describe('the company’s dates', () => {
  it('are the proposed dates, editable within the window, as date fields a phone offers a picker for', () => {
    const page = companyDecisionPage('en', company);
    expect(page).toContain('<input type="date" id="placementFrom" name="placementFrom" value="2025-09-01" min="2025-09-01" max="2025-12-19" required');
    expect(page).toContain('<input type="date" id="placementTo" name="placementTo" value="2025-10-26" min="2025-09-01" max="2025-12-19" required');
    expect(page).toContain('you may move the dates anywhere within 1 September 2025 – 19 December 2025, for at least 8 weeks');
    expect(page).not.toContain('aria-invalid');
  });

  it('come back as typed after a refused accept, each error beside its field, the first one focused', () => {
    const page = companyDecisionPage('en', {
      ...company,
      dates: { from: '2025-08-01', to: '2025-09-10' },
      datesErrors: [
        { field: 'placementFrom', problem: 'outsideWindow' },
        { field: 'placementTo', problem: 'tooShort' },
      ],
    });
    expect(page).toContain('<p id="placementFrom-error" style="margin:0 0 8px;color:#b3261e;font-weight:700">Choose a date within 1 September 2025 – 19 December 2025.</p>');
    expect(page).toContain('<p id="placementTo-error" style="margin:0 0 8px;color:#b3261e;font-weight:700">The placement must last at least 8 weeks.</p>');
    expect(page).toMatch(/name="placementFrom" value="2025-08-01"[^>]*aria-describedby="dates-hint placementFrom-error" aria-invalid="true" autofocus/);
    expect(page).toMatch(/name="placementTo" value="2025-09-10"[^>]*aria-invalid="true"(?! autofocus)/);
  });
});
