import { describe, expect, it } from 'vitest';
import { placementFacts, roleDescriptionFor, type MatchContext } from '#shared/decisions/match-context';
import { coordinatorDecisionPage } from '#shared/decisions/proposal-page';
import { applicationStatusPage } from '#shared/applicant/status-page';
import { escapeHtml } from '#shared/platform/html';
import { LANGUAGES } from '#shared/platform/i18n';
import { IN_LANGUAGE, languageNamed, roleTextShown, withLanguage, type WithRoleText } from '#shared/roles/role-text';
import { match } from '#shared/matching/index';
import { renderEmail } from '../support/emails.ts';
import { applicant as matchApplicant, input, role as matchRole } from './matching/fixtures.ts';

/**
 * A role's own words shown to someone who is not the company: the text that fits the reader,
 * its language named when it is not theirs, never a translation by Liike.
 */

const FI = { title: 'Kirvesmiesharjoittelija', description: 'Talojen runkotyöt työmaalla.\nKlo 7–15.' };
const EN = { title: 'Carpenter trainee', description: 'Timber framing on site.\nHours 7–15.' };
/** A Finnish company's role with an English second language. */
const role = {
  title: FI.title,
  description: FI.description,
  language: 'fi',
  translation: { language: 'en', ...EN },
  contact: { name: 'Matti', email: 'matti@rakennus.example', language: 'fi' },
  company: { name: 'Rakennus Oy', businessId: '1234567-1', country: 'FI', region: 'Pirkanmaa', city: 'Tampere' },
  sector: 'construction',
  periodFrom: '2053-03-01',
  periodTo: '2053-06-30',
  minWeeks: 4,
  languages: [{ code: 'en', level: 'B1' }],
} as const;

const ctx = (r: object = role) =>
  ({
    match: { status: 'PROPOSED', placement: { from: '2053-03-02', to: '2053-04-12' }, proposedAt: '2053-01-10T00:00:00.000Z', score: SCORE },
    application: { availableFrom: '2053-03-01', availableTo: '2053-06-30', minWeeks: 6 },
    role: r,
    school: {},
  }) as unknown as MatchContext;

const SCORE = { overlap: 20, language: 10, waiting: 3, total: 33, overlapWeeks: 17, languageMargin: 1, waitingDays: 9, destinationRank: 0, rolePreferenceRank: 0 };
const APPLICANT = {
  firstName: 'Rūta',
  lastName: 'Kazlauskienė',
  applicantType: 'student',
  schoolName: 'Vilniaus statybininkų rengimo centras',
  homeCountry: 'LT',
  fieldOfStudy: '0732',
  languages: [{ code: 'en', level: 'B2' }],
} as const;

describe('which of a role’s texts a reader sees', () => {
  it('a Lithuanian reader sees the English text, named; a Finnish reader the Finnish one, not named', () => {
    expect(roleTextShown(role, 'lt')).toEqual({ title: EN.title, titleLanguage: 'en', description: EN.description, descriptionLanguage: 'en' });
    expect(roleTextShown(role, 'fi')).toEqual({ title: FI.title, description: FI.description });
    expect(roleTextShown(role, 'en')).toEqual({ title: EN.title, description: EN.description });
    // A role in one language only: the original, named for every other reader.
    const finnishOnly: WithRoleText = { title: FI.title, description: FI.description, contact: { language: 'fi' } };
    expect(roleTextShown(finnishOnly, 'ru')).toEqual({ title: FI.title, titleLanguage: 'fi', description: FI.description, descriptionLanguage: 'fi' });
  });

  it('a second language with a title only still shows the original description, named', () => {
    const titleOnly: WithRoleText = { ...role, translation: { language: 'en', title: EN.title } };
    expect(roleTextShown(titleOnly, 'lt')).toEqual({ title: EN.title, titleLanguage: 'en', description: FI.description, descriptionLanguage: 'fi' });
  });

  it('says “in <language>” in each reader’s language, differently for each language', () => {
    for (const reader of LANGUAGES) expect(new Set(Object.values(IN_LANGUAGE[reader])).size, reader).toBe(LANGUAGES.length);
    expect(IN_LANGUAGE.lt.en).toBe('anglų kalba');
    expect(IN_LANGUAGE.fi.en).toBe('englanniksi');
  });

  it('names a language one way on every page and in every email: “<text> (<in language>)”, nothing when none is given', () => {
    // The one helper the status page, the chosen roles, the decision pages and emails, the school
    // desk and the verification page build "title (in X)" with.
    expect(withLanguage(FI.title, 'fi', 'lt')).toBe(`${FI.title} (suomių kalba)`);
    expect(withLanguage(FI.title, 'fi', 'ru')).toBe(`${FI.title} (на финском)`);
    expect(withLanguage(FI.title, undefined, 'lt')).toBe(FI.title);
    expect(languageNamed('en', 'fi')).toBe(' (englanniksi)');
    expect(languageNamed(undefined, 'fi')).toBe('');
    // As roleTextShown gives a language: only when the text is not the reader's.
    const shown = roleTextShown(role, 'ru');
    expect(withLanguage(shown.title, shown.titleLanguage, 'ru')).toBe(`${EN.title} (на английском)`);
    const own = roleTextShown(role, 'fi');
    expect(withLanguage(own.title, own.titleLanguage, 'fi')).toBe(FI.title);
  });
});

describe('the emails and pages of a proposal show the reader’s text', () => {
  it('the applicant’s proposal email: in Lithuanian, the English title and description, each said to be in English', () => {
    const lt = renderEmail('placementProposed', 'lt', {
      firstName: 'Rūta',
      placement: placementFacts(ctx(), 'lt'),
      ...roleDescriptionFor(role as never, 'lt'),
      statusUrl: 'https://liike.example/t/x',
    });
    expect(lt.text).toContain(`${EN.title} (anglų kalba)`);
    // (Plain-text headings are in capitals.)
    expect(lt.text).toContain('PRAKTIKOS VIETA ĮMONĖS ŽODŽIAIS (ANGLŲ KALBA)');
    expect(lt.text).toContain('Timber framing on site.');
    expect(lt.text).not.toContain(FI.title);
    expect(lt.text).not.toContain('Talojen runkotyöt');
    // In Finnish: the Finnish words, with no language named.
    const fi = renderEmail('placementProposed', 'fi', {
      firstName: 'Aino',
      placement: placementFacts(ctx(), 'fi'),
      ...roleDescriptionFor(role as never, 'fi'),
      statusUrl: 'https://liike.example/t/x',
    });
    expect(fi.text).toContain(FI.title);
    expect(fi.text).toContain('Talojen runkotyöt');
    expect(fi.text).not.toContain('suomeksi');
    expect(fi.text).not.toContain(EN.title);
  });

  it('the coordinator’s decision email and page: the text that fits them, its language named', () => {
    const vars = {
      recipientName: 'Mari Tamm',
      applicant: APPLICANT,
      placement: placementFacts(ctx(), 'lt'),
      requiredLanguages: role.languages,
      requiredWeeks: 6,
      score: SCORE,
      ...roleDescriptionFor(role as never, 'lt'),
      decideUrl: 'https://liike.example/t/y',
      decideBy: '2053-01-20T10:00:00.000Z',
      reminder: false,
      deputy: false,
    };
    const email = renderEmail('coordinatorProposal', 'lt', vars);
    expect(email.text).toContain(`Praktikos vieta: ${EN.title} (anglų kalba)`);
    expect(email.text).toContain('Timber framing on site.');
    const page = coordinatorDecisionPage('lt', { ...vars, formAction: '/t/y' });
    expect(page).toContain(`<dd>${EN.title} (anglų kalba)</dd>`);
    expect(page).toContain('<h2>Praktikos vieta įmonės žodžiais (anglų kalba)</h2>');
    const { roleDescriptionLanguage: _named, ...rest } = vars;
    const fi = coordinatorDecisionPage('fi', { ...rest, placement: placementFacts(ctx(), 'fi'), ...roleDescriptionFor(role as never, 'fi'), formAction: '/t/y' });
    expect(fi).toContain(`<dd>${FI.title}</dd>`);
    expect(fi).toContain('<h2>Yrityksen kuvaus tehtävästä</h2>');
  });

  it('the company reads its own words as it wrote them, never another text', () => {
    const company = placementFacts(ctx());
    expect(company.roleTitle).toBe(FI.title);
    expect(company).not.toHaveProperty('roleLanguage');
    const email = renderEmail('companyProposal', 'en', {
      recipientName: 'Matti',
      applicant: APPLICANT,
      placement: company,
      decideUrl: 'https://liike.example/t/z',
      decideBy: '2053-01-20T10:00:00.000Z',
      manageRoleUrl: 'https://liike.example/t/c',
      reminder: false,
    });
    expect(email.text).toContain(FI.title);
    expect(email.text).not.toContain(EN.title);
  });

  it('the applicant’s status page names the language of the title and the description', () => {
    const p = roleTextShown(role, 'lt');
    const page = applicationStatusPage('lt', {
      status: 'PROPOSED',
      submittedAt: '2053-01-01T10:00:00.000Z',
      applicantType: 'student',
      sectors: ['construction'],
      destinations: ['FI'],
      availableFrom: '2053-03-01',
      availableTo: '2053-06-30',
      placement: {
        stage: 'coordinator',
        companyName: 'Rakennus Oy',
        roleTitle: p.title,
        roleLanguage: p.titleLanguage!,
        description: p.description!,
        descriptionLanguage: p.descriptionLanguage!,
        city: 'Tampere',
        country: 'FI',
        periodFrom: '2053-03-02',
        periodTo: '2053-04-12',
      },
    });
    expect(page).toContain(`<dd>${EN.title} (anglų kalba)</dd>`);
    expect(page).toContain('Praktikos vieta įmonės žodžiais (anglų kalba)');
    expect(page).toContain(escapeHtml('Timber framing on site.'));
  });
});

describe('the applicant’s first choice among the roles', () => {
  it('a round proposing the applicant’s first-ranked role says so on the coordinator’s page', () => {
    // The matcher's score carries the rank; the decision page words it.
    const a = matchApplicant({ rolePreferences: ['r1', 'r2'] });
    const { proposals } = match(input({ applicants: [a], roles: [matchRole()] }));
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.score.rolePreferenceRank).toBe(0);
    const page = coordinatorDecisionPage('en', {
      applicant: APPLICANT,
      placement: placementFacts(ctx(), 'en'),
      requiredLanguages: [],
      score: proposals[0]!.score,
      decideBy: '2053-01-20T10:00:00.000Z',
      formAction: '/t/y',
    });
    expect(page).toContain('<dt>Role preference</dt><dd>The applicant’s first choice among the roles</dd>');
    // Second on the list: said so, not "first".
    const second = match(input({ applicants: [matchApplicant({ rolePreferences: ['r2', 'r1'] })], roles: [matchRole()] })).proposals[0]!;
    const later = coordinatorDecisionPage('en', { applicant: APPLICANT, placement: placementFacts(ctx(), 'en'), requiredLanguages: [], score: second.score, decideBy: '2053-01-20T10:00:00.000Z', formAction: '/t/y' });
    expect(later).toContain('No. 2 among the roles the applicant ranked');
    expect(later).not.toContain('first choice among the roles');
  });
});
