import { describe, expect, it } from 'vitest';
import { chosenRole, chosenRolesSection, misfitText } from '#shared/applicant/chosen-roles';
import { applicationStatusPage, type ApplicationStatusVars } from '#shared/applicant/status-page';
import { escapeHtml } from '#shared/platform/html';
import { LANGUAGES } from '#shared/platform/i18n';
import type { Misfit } from '#shared/matching/index';
import type { RoleItem } from '#shared/roles/store';
import { applicant } from './matching/fixtures.ts';

/** "The roles you chose" on the applicant's status page: what each chosen role's verdict is, and how it is said. */

/** An open role that fits the fixture applicant (home FI, construction, destinations EE and LT, en B2, 4 weeks from 4 May 2026). */
const role = (over: Partial<RoleItem> = {}): RoleItem =>
  ({
    roleId: 'r1',
    status: 'OPEN',
    placesLeft: 1,
    title: 'Puusepa praktikant',
    language: 'et',
    translation: { language: 'en', title: 'Carpenter trainee' },
    contact: { name: 'Jaan', email: 'jaan@puit.example', language: 'et' },
    company: { name: 'Puit OÜ', businessId: '12345678', country: 'EE', region: 'Tartumaa', city: 'Tartu' },
    sector: 'construction',
    fieldsOfStudy: ['0713'],
    places: 1,
    periodFrom: '2026-05-04',
    periodTo: '2026-06-28',
    minWeeks: 4,
    languages: [{ code: 'en', level: 'B1' }],
    applicantTypes: ['student'],
    ...over,
  }) as RoleItem;

const a = applicant();

describe('a chosen role’s verdict', () => {
  it('fits when it meets every rule and has a place; its title is the one that fits the reader', () => {
    expect(chosenRole('r1', role(), a, 'lt')).toEqual({
      roleId: 'r1',
      role: { title: 'Carpenter trainee', titleLanguage: 'en', companyName: 'Puit OÜ', city: 'Tartu', country: 'EE', periodFrom: '2026-05-04', periodTo: '2026-06-28' },
      verdict: { kind: 'fits' },
    });
    expect(chosenRole('r1', role(), a, 'et').role).toMatchObject({ title: 'Puusepa praktikant' });
    expect(chosenRole('r1', role(), a, 'et').role).not.toHaveProperty('titleLanguage');
  });

  it('says every rule it breaks, as the matcher checks them', () => {
    const r = role({ languages: [{ code: 'en', level: 'C1' }], applicantTypes: ['staff'] });
    expect(chosenRole('r1', r, a, 'en').verdict).toEqual({
      kind: 'misfits',
      misfits: [
        { rule: 'language', code: 'en', level: 'C1', held: 'B2' },
        { rule: 'applicantType', accepted: ['staff'] },
      ],
    });
  });

  it('a role not there to be proposed says only that; the pair’s history before the rules; full last', () => {
    const misfit = { applicantTypes: ['staff'] } as Partial<RoleItem>;
    expect(chosenRole('r9', undefined, a, 'en')).toEqual({ roleId: 'r9', verdict: { kind: 'gone' } });
    expect(chosenRole('r1', role({ ...misfit, status: 'CLOSED' }), a, 'en').verdict).toEqual({ kind: 'closed' });
    expect(chosenRole('r1', role({ status: 'PENDING_VERIFICATION' }), a, 'en').verdict).toEqual({ kind: 'notOpen' });
    // The pending proposal took the role's last place: it is the proposal, not "full".
    expect(chosenRole('r1', role({ placesLeft: 0 }), a, 'en', { proposedRoleId: 'r1' }).verdict).toEqual({ kind: 'proposed' });
    expect(chosenRole('r1', role(), a, 'en', { forbiddenRoleIds: new Set(['r1']) }).verdict).toEqual({ kind: 'ended' });
    // A rule no round can change comes before a place that may come free.
    expect(chosenRole('r1', role({ ...misfit, placesLeft: 0 }), a, 'en').verdict.kind).toBe('misfits');
    expect(chosenRole('r1', role({ placesLeft: 0 }), a, 'en').verdict).toEqual({ kind: 'full' });
  });
});

describe('how it is said', () => {
  const period = { periodFrom: '2053-03-01', periodTo: '2053-06-30' };
  const every: Misfit[] = [
    { rule: 'homeCountry', country: 'FI' },
    { rule: 'sector', sector: 'wellbeing' },
    { rule: 'destination', country: 'EE' },
    { rule: 'field', field: '0732', accepted: ['0713'] },
    { rule: 'period', overlapWeeks: 3, neededWeeks: 8 },
    { rule: 'period', overlapWeeks: 0, neededWeeks: 8 },
    { rule: 'language', code: 'en', level: 'B2', held: 'B1' },
    { rule: 'language', code: 'en', level: 'B2' },
    { rule: 'applicantType', accepted: ['staff'] },
    { rule: 'applicantType', accepted: ['student'] },
  ];

  it('in plain words with the detail, in English', () => {
    const say = (m: Misfit) => misfitText('en', m, period);
    expect(every.map(say)).toEqual([
      'It is in your school’s own country (Finland); placements are abroad.',
      'Its sector (Wellbeing) is not among the sectors you chose.',
      'It is in Estonia, which is not among your destinations.',
      'It does not take your field of study (0732 Building and civil engineering).',
      'Its period (1 March 2053 – 30 June 2053) has 3 weeks in common with yours; the placement needs at least 8 weeks.',
      'Its period (1 March 2053 – 30 June 2053) has less than a week in common with yours; the placement needs at least 8 weeks.',
      'It needs English at B2 (you have B1).',
      'It needs English at B2 (you have not listed it).',
      'It is open to staff (teachers and trainers) only.',
      'It is open to students only.',
    ]);
  });

  it('each reason differently, in every language', () => {
    for (const language of LANGUAGES) {
      const texts = every.map((m) => misfitText(language, m, period));
      expect(new Set(texts).size, language).toBe(every.length);
      expect(texts.join(' '), language).toContain('B2');
    }
    expect(misfitText('lt', every[6]!, period)).toBe('Reikalaujama kalba: anglų B2 (Jūsų lygis B1).');
    expect(misfitText('fi', every[4]!, period)).toContain('3 viikkoa');
  });

  it('the section lists them in order, names a title’s language, escapes the company’s words', () => {
    const chosen = [
      chosenRole('r1', role(), a, 'lt'),
      chosenRole('r2', role({ roleId: 'r2', title: '<b>Keevitaja</b>', translation: undefined, languages: [{ code: 'en', level: 'C1' }] }), a, 'lt'),
      chosenRole('r3', role({ status: 'CLOSED' }), a, 'lt'),
      chosenRole('r4', undefined, a, 'lt'),
    ];
    const section = String(chosenRolesSection('lt', chosen));
    expect(section).toContain('<h2 id="chosen-roles">Jūsų pasirinktos praktikos vietos</h2>');
    expect([...section.matchAll(/data-verdict="(\w+)"/g)].map((m) => m[1])).toEqual(['fits', 'misfits', 'closed', 'gone']);
    expect(section).toContain('<strong>Carpenter trainee</strong> (anglų kalba) – Puit OÜ, Tartu, Estija');
    expect(section).toContain(`<strong>${escapeHtml('<b>Keevitaja</b>')}</strong> (estų kalba)`);
    expect(section).toContain('Reikalaujama kalba: anglų C1 (Jūsų lygis B2).');
    expect(section).toContain('Įmonė šią vietą uždarė.');
    expect(section).toContain('Šios praktikos vietos nebėra.');
    expect(chosenRolesSection('lt', [])).toBe('');
  });

  it('shows on the status page while the application can still be matched, not once it is placed or withdrawn', () => {
    const vars: ApplicationStatusVars = {
      status: 'SUBMITTED',
      submittedAt: '2026-03-01T10:00:00.000Z',
      applicantType: 'student',
      sectors: ['construction'],
      destinations: ['EE'],
      availableFrom: '2026-05-04',
      availableTo: '2026-07-26',
      chosenRoles: [chosenRole('r1', role(), a, 'en')],
    };
    for (const language of LANGUAGES) expect(applicationStatusPage(language, vars), language).toContain('id="chosen-roles"');
    expect(applicationStatusPage('en', vars)).toContain('Fits your application: it can be proposed to you.');
    for (const status of ['PLACED', 'WITHDRAWN'] as const) expect(applicationStatusPage('en', { ...vars, status })).not.toContain('chosen-roles');
  });
});
