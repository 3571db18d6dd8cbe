import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '#shared/platform/html';
import { formatDate, LANGUAGES, type Language } from '#shared/platform/i18n';
import { estonianDate, type EstonianDateCase } from '#shared/platform/estonian';
import { applicationStatusPage, type ApplicationStatusVars } from '#shared/applicant/status-page';
import { errorPage, notFoundPage } from '#shared/platform/error-pages';
import { layout } from '#shared/platform/page-layout';
import { linkExpiredPage, linkUnknownPage, linkUsedPage } from '#shared/links/link-pages';
import { roleVerificationPage, roleVerifiedPage, type RoleVerificationVars } from '#shared/roles/verification-page';

/** A date as the text shows it: in Estonian after "hiljemalt" (by), "kuni" (until) or a verb (on), in that case. */
const shownDate = (iso: string, language: Language, estonian: EstonianDateCase) =>
  language === 'et' ? estonianDate(formatDate(iso, 'et'), estonian) : formatDate(iso, language);

const status: ApplicationStatusVars = {
  status: 'SUBMITTED',
  submittedAt: '2025-05-01T10:00:00.000Z',
  applicantType: 'student',
  sectors: ['construction', 'technology'],
  destinations: ['EE', 'LT'],
  availableFrom: '2025-09-01',
  availableTo: '2025-11-30',
};
const role: RoleVerificationVars = {
  companyName: 'ООО «Стройка»',
  businessId: '12345678',
  roleTitle: 'Сварщик',
  sector: 'construction',
  city: 'Tartu',
  region: 'Tartumaa',
  country: 'EE',
  contact: { name: 'Jaan Tamm', email: 'jaan@stroika.example', language: 'ru' },
  fieldsOfStudy: ['0715', '0732'],
  places: 2,
  periodFrom: '2025-09-01',
  periodTo: '2025-12-19',
  minWeeks: 6,
  languages: [{ code: 'ru', level: 'B1' }, { code: 'et', level: 'A2' }],
  applicantTypes: ['student', 'staff'],
  description: 'Сварка металлоконструкций, 8 часов в день.\nСпецодежда выдаётся; помогаем найти жильё.',
  formAction: '/t/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde',
};
const used = { decision: 'roleVerified', decidedAt: '2025-06-15T09:05:00.000Z' };

const pages: Record<string, (language: Language) => string> = {
  applicationStatus: (l) => applicationStatusPage(l, status),
  roleVerification: (l) => roleVerificationPage(l, role),
  roleVerified: (l) => roleVerifiedPage(l, { roleTitle: 'Сварщик' }),
  linkUsed: (l) => linkUsedPage(l, used),
  linkExpired: (l) => linkExpiredPage(l),
  linkUnknown: (l) => linkUnknownPage(l),
  notFound: (l) => notFoundPage(l),
  error: (l) => errorPage(l),
};

const h1 = (page: string) => /<h1>([^<]+)<\/h1>/.exec(page)?.[1];

describe('every page in every language', () => {
  for (const [name, render] of Object.entries(pages)) {
    it(name, () => {
      const rendered = LANGUAGES.map((language) => {
        const page = render(language);
        expect(page).toMatch(/^<!doctype html>/i);
        expect(page).toContain(`<html lang="${language}"`);
        expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
        expect(page).toContain('<meta charset="utf-8">');
        expect(page).toMatch(/<title>[^<]+<\/title>/);
        expect(page).toContain('<main');
        expect(h1(page)).toBeTruthy();
        // Nothing from the network: no external scripts, styles, images or fonts.
        expect(page).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\//i);
        return page;
      });
      // Each language has its own text: no silent fallback to English.
      expect(new Set(rendered.map(h1)).size).toBe(LANGUAGES.length);
    });
  }
});

describe('application status page', () => {
  it('shows where the application stands, with translated labels and dates', () => {
    const page = applicationStatusPage('fi', status);
    expect(page).toContain('Vastaanotettu');
    expect(page).toContain('Rakentaminen, Tekniikka');
    expect(page).toContain('<li>Viro</li><li>Liettua</li>');
    expect(page).toContain('1. syyskuuta 2025 – 30. marraskuuta 2025');
    expect(page).not.toMatch(/<form/i);
  });

  it('links to the withdraw confirmation only when asked and while still submitted; it posts nothing itself', () => {
    const withdrawAction = '/t/withdraw-token';
    const page = applicationStatusPage('en', { ...status, withdrawAction });
    expect(page).toContain('<a class="button-link destructive" href="/t/withdraw-token?view=withdraw">Withdraw my application</a>');
    expect(page).not.toMatch(/<form/i);
    expect(applicationStatusPage('en', { ...status, status: 'WITHDRAWN', withdrawAction })).not.toContain('view=withdraw');
    expect(applicationStatusPage('ru', { ...status, status: 'WITHDRAWN' })).toContain('Отозвана');
  });

  it('while unconfirmed: the confirm button first, in every language; once confirmed, no confirm button', () => {
    const confirmAction = '/t/status-token';
    for (const language of LANGUAGES) {
      const page = applicationStatusPage(language, { ...status, status: 'UNCONFIRMED', confirmAction, withdrawAction: confirmAction });
      const confirm = page.indexOf('value="confirm"');
      expect(confirm, language).toBeGreaterThan(0);
      expect(confirm, language).toBeLessThan(page.indexOf('?view=withdraw'));
      expect(page, language).toMatch(/\b7\b/); // the days an unconfirmed application is kept
      expect(applicationStatusPage(language, { ...status, confirmAction }), language).not.toContain('value="confirm"');
    }
    expect(applicationStatusPage('en', { ...status, status: 'UNCONFIRMED', confirmAction })).toContain('Waiting for your confirmation');
    expect(applicationStatusPage('en', { ...status, justConfirmed: true })).toContain('your application is confirmed');
  });

  it('links to the privacy notice in the page’s language', () => {
    for (const language of LANGUAGES) expect(applicationStatusPage(language, status)).toContain(`<a href="/privacy/${language}/">`);
  });

  it('says a held application is paused, while it is waiting or proposed', () => {
    expect(applicationStatusPage('en', { ...status, held: 'undeliverable' })).toContain('your application is paused');
    expect(applicationStatusPage('fi', { ...status, status: 'PROPOSED', held: 'undeliverable' })).toContain('hakemuksesi on pysäytetty');
    expect(applicationStatusPage('en', { ...status, status: 'PLACED', held: 'undeliverable' })).not.toContain('paused');
    // Held by the coordinator: kind, no word of mail trouble.
    const byCoordinator = applicationStatusPage('en', { ...status, held: 'coordinator' });
    expect(byCoordinator).toContain('coordinator has paused your application');
    expect(byCoordinator).not.toContain('could not be delivered');
    // The label says paused too, and nothing claims the search is running.
    expect(byCoordinator).toMatch(/<strong class="status">Paused<\/strong>/);
    expect(byCoordinator).not.toContain('We are looking for a placement');
    expect(applicationStatusPage('en', status)).not.toContain('paused');
  });
});

describe('role verification pages', () => {
  it('shows the role and one POST form to formAction', () => {
    for (const language of LANGUAGES) {
      const page = roleVerificationPage(language, role);
      expect(page.match(/<form /g)).toHaveLength(1);
      expect(page).toContain(`<form method="post" action="${role.formAction}">`);
      // The button names the one decision the link's POST acts on.
      expect(page).toMatch(/<button type="submit" name="decision" value="verify">[^<]+<\/button>/);
      expect(page).toContain(escapeHtml('ООО «Стройка»'));
      expect(page).toContain('Tartu');
    }
    expect(roleVerificationPage('en', role)).toContain('<button type="submit" name="decision" value="verify">Confirm and open the role</button>');
    expect(roleVerificationPage('en', role)).toContain('Estonia');
    expect(roleVerificationPage('et', role)).toContain('Eesti');
  });

  it('shows every field the company entered, the description included, so the contact can check them', () => {
    const en = roleVerificationPage('en', role);
    for (const [label, value] of [
      ['Company', escapeHtml('ООО «Стройка»')],
      ['Business ID', '12345678'],
      ['Location', 'Tartu, Tartumaa, Estonia'],
      ['Contact person', 'Jaan Tamm, jaan@stroika.example'],
      ['Language of emails', 'Russian'],
      ['Role', 'Сварщик'],
      // Without a language of its own, the text is in the contact's.
      ['Language of the title and description', 'Russian'],
      ['Sector', 'Construction'],
      ['Places', '2'],
      ['Period', '1 September 2025 – 19 December 2025'],
      ['Minimum length', '6 weeks'],
      ['Required languages (CEFR level)', 'Russian B1, Estonian A2'],
      ['Applicant types', 'Student, Staff (teacher or trainer)'],
    ]) {
      expect(en).toContain(`<dt>${label}</dt><dd>${value}</dd>`);
    }
    expect(en).toContain('<dt>Fields of study (ISCED-F)</dt><dd><ul><li>0715 Mechanics and metal trades</li><li>0732 Building and civil engineering</li></ul></dd>');
    expect(en).toContain('<h2>Description of the role</h2>');
    expect(en).toContain('Сварка металлоконструкций, 8 часов в день.\nСпецодежда выдаётся; помогаем найти жильё.');
    expect(en).toContain('see this description with every proposal');
    // In every language: each label its own, every value there.
    for (const language of LANGUAGES) {
      const page = roleVerificationPage(language, role);
      expect(page.match(/<dt>/g)).toHaveLength(14);
      for (const value of ['12345678', 'Tartu', 'Tartumaa', 'Jaan Tamm', 'jaan@stroika.example', '0715', '0732', 'B1', 'A2', 'Сварка металлоконструкций']) expect(page, language).toContain(value);
      expect(new Set([...page.matchAll(/<dt>([^<]+)<\/dt>/g)].map((m) => m[1])).size, language).toBe(14);
    }
  });

  it('with a second language, shows both texts, each with its language named', () => {
    const page = roleVerificationPage('en', {
      ...role,
      language: 'et',
      roleTitle: 'Keevitaja',
      description: 'Metallkonstruktsioonide keevitamine.',
      translation: { language: 'en', title: 'Welder', description: 'Welding steel structures.' },
    });
    expect(page).toContain('<dt>Role</dt><dd>Keevitaja</dd>');
    expect(page).toContain('<dt>Language of the title and description</dt><dd>Estonian</dd>');
    expect(page).toContain('<dt>Title in English</dt><dd>Welder</dd>');
    expect(page).toContain('<h2>Description of the role (in Estonian)</h2>');
    expect(page).toContain('<h2>Description of the role (in English)</h2>');
    expect(page.indexOf('Metallkonstruktsioonide')).toBeLessThan(page.indexOf('Welding steel structures.'));
    expect(page).toContain('Readers abroad see the text in their own language');
    // In every language: the labels and both texts, the second language named in the reader's words.
    for (const language of LANGUAGES) {
      const other = roleVerificationPage(language, { ...role, language: 'et', translation: { language: 'en', title: 'Welder', description: 'Welding steel structures.' } });
      expect(other, language).toContain('Welder');
      expect(other, language).toContain('Welding steel structures.');
      expect(other.match(/<dt>/g), language).toHaveLength(15);
    }
    expect(roleVerificationPage('fi', { ...role, translation: { language: 'en', title: 'Welder' } })).toContain('<dt>Nimike englanniksi</dt><dd>Welder</dd>');
    // A second title without a description: one description, under its heading with its language.
    const titleOnly = roleVerificationPage('en', { ...role, translation: { language: 'en', title: 'Welder' } });
    expect(titleOnly.match(/<h2>Description of the role/g)).toHaveLength(1);
    expect(titleOnly).toContain('<h2>Description of the role (in Russian)</h2>');
  });

  it('without a description or required languages, says so and shows no empty section', () => {
    const page = roleVerificationPage('en', { ...role, description: undefined, languages: [] });
    expect(page).not.toContain('Description of the role');
    expect(page).toContain('<dt>Required languages (CEFR level)</dt><dd>None required</dd>');
    expect(roleVerificationPage('en', { ...role, description: '   ' })).not.toContain('<blockquote');
  });

  it('escapes hostile values, including the form action', () => {
    const page = roleVerificationPage('lt', {
      ...role,
      companyName: '<img src=x onerror=alert(1)>',
      roleTitle: '</h1><script>x()</script>',
      businessId: '<b>1</b>',
      contact: { name: '<i>x</i>', email: 'a@b.example', language: 'lt' },
      description: '</p><script>z()</script>',
      formAction: '/t/a" onsubmit="x()',
    });
    expect(page).not.toMatch(/<img|<script|<b>1|<i>x/);
    expect(page).toContain('&lt;/p&gt;&lt;script&gt;z()&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('action="/t/a&quot; onsubmit=&quot;x()"');
  });

  it('says the role is open, with its title', () => {
    expect(roleVerifiedPage('ru', { roleTitle: 'Сварщик' })).toContain('«Сварщик»');
    expect(roleVerifiedPage('en', { roleTitle: '<b>' })).toContain('“&lt;b&gt;”');
  });
});

describe('pages for links that cannot be used', () => {
  it('a used link says what was decided and when, and offers no form', () => {
    for (const language of LANGUAGES) {
      const page = linkUsedPage(language, used);
      expect(page).toContain(escapeHtml(shownDate(used.decidedAt, language, 'adessive')));
      expect(page).not.toMatch(/<form/i);
    }
    expect(linkUsedPage('en', used)).toContain('The role was confirmed and opened for matching on 15 June 2025 at 12:05 (Helsinki time, UTC+3).');
    expect(linkUsedPage('fi', used)).toContain('15. kesäkuuta 2025');
  });

  it('a used link with a decision it does not know still says when', () => {
    const page = linkUsedPage('et', { decision: 'somethingNew', decidedAt: '2025-01-15T21:05:00.000Z' });
    expect(page).toContain(shownDate('2025-01-15T21:05:00.000Z', 'et', 'adessive'));
    expect(page).toContain('Linki kasutati 15. jaanuaril 2025');
    expect(page).not.toContain('somethingNew');
  });

  it('an expired link can narrow its advice to what the link was for', () => {
    const general = linkExpiredPage('en');
    expect(general).toContain('post the role again');
    expect(general).toContain('see your application');
    const narrow = linkExpiredPage('en', { purpose: 'roleVerification' });
    expect(narrow).toContain('post the role again');
    expect(narrow).not.toContain('see your application');
  });
});

describe('layout', () => {
  it('escapes the title and inserts the body as built', () => {
    const page = layout({ language: 'lt', title: 'Ąžuolas <x>', body: html`<p>${'<y>'}</p>` });
    expect(page).toContain('<title>Ąžuolas &lt;x&gt; – Liike</title>');
    expect(page).toContain('<h1>Ąžuolas &lt;x&gt;</h1>');
    expect(page).toContain('<p>&lt;y&gt;</p>');
    expect(page).toContain(':focus-visible');
  });
});

describe('a spent link on the reader’s clock', () => {
  it('shows when it was used in the time zone of the reader’s country, Helsinki when unknown', async () => {
    const { usedPage } = await import('#shared/links/link-handler');
    const { newToken } = await import('#shared/links/tokens');
    const { item } = newToken('coordinatorDecision', crypto.randomUUID(), 'en', 3600, new Date('2026-12-06T09:00:00.000Z'));
    const usedAt = '2026-12-06T09:44:00.000Z';
    expect(usedPage({ ...item, usedAt, decision: 'approved', readerCountry: 'RU' })).toContain('12:44 (Moscow time, UTC+3)');
    expect(usedPage({ ...item, usedAt, decision: 'approved' })).toContain('11:44 (Helsinki time, UTC+2)');
  });
});
