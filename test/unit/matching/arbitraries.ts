import fc from 'fast-check';
import type {
  ApplicantType,
  CefrLevel,
  Country,
  LanguageLevel,
  MatchApplicant,
  MatchInput,
  MatchRole,
  Pair,
  Sector,
} from '#shared/matching/types';

/**
 * Random matching instances for the property tests: a small world (few countries, sectors,
 * fields, dates and languages) so that many pairs are eligible and ties are common.
 */

export const NOW = '2026-03-01T12:00:00.000Z';
const BASE_DAY = Date.UTC(2026, 3, 1);
const DAY = 86_400_000;
const date = (offset: number) => new Date(BASE_DAY + offset * DAY).toISOString().slice(0, 10);

const COUNTRIES: Country[] = ['FI', 'EE', 'LT'];
const SECTORS: Sector[] = ['construction', 'technology'];
const APPLICANT_FIELDS = ['0713', '0714', '0732'];
const ROLE_FIELDS = ['07', '071', '0713', '0714', '073', '0732', '0611'];
const LANGUAGE_CODES = ['en', 'fi', 'et'];
/** More languages than the matcher packs into one integer (8). */
const MANY_LANGUAGES = ['en', 'fi', 'et', 'lt', 'ru', 'sv', 'de', 'fr', 'lv', 'pl'];
const LEVELS: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

export interface Shape {
  applicants: number;
  roles: number;
  places: number;
  /**
   * mixed: every rule fails for some pairs, about a fifth of the pairs are eligible;
   * broad: nearly every pair is eligible (long preference lists);
   * varied: many pairs eligible, fits that differ from pair to pair (spare weeks, language
   * margins) and equal waiting times, so roles disagree about applicants and several stable
   * matchings are common;
   * polyglot: like mixed, with up to 10 languages in the round and up to 4 required per role.
   */
  kind: 'mixed' | 'broad' | 'varied' | 'polyglot';
  /** At least this many applicants and roles (default 0). */
  min?: number;
  /** polyglot: how many of the 10 language codes the round may use. */
  codes?: number;
}

const period = (start: number, minLength: number, maxLength: number, maxWeeks: number) =>
  fc
    .record({
      start: fc.integer({ min: 0, max: start }),
      length: fc.integer({ min: minLength, max: maxLength }),
      minWeeks: fc.integer({ min: 1, max: maxWeeks }),
    })
    .map(({ start, length, minWeeks }) => ({ from: date(start), to: date(start + length - 1), minWeeks }));

const languages = (
  min: number,
  max: number,
  levels: CefrLevel[] = LEVELS,
  codes: string[] = LANGUAGE_CODES,
): fc.Arbitrary<LanguageLevel[]> =>
  fc.uniqueArray(
    fc.record({ code: fc.constantFrom(...codes), level: fc.constantFrom(...levels) }),
    { minLength: min, maxLength: max, selector: (l) => l.code },
  );

interface RoleSettings {
  fields: fc.Arbitrary<string[]>;
  period: ReturnType<typeof period>;
  languages: fc.Arbitrary<LanguageLevel[]>;
  types: fc.Arbitrary<ApplicantType[]>;
}

const ROLE_SETTINGS: Record<Shape['kind'], RoleSettings> = {
  mixed: {
    fields: fc.uniqueArray(fc.constantFrom(...ROLE_FIELDS), { minLength: 1, maxLength: 4 }),
    period: period(30, 21, 120, 4),
    languages: fc.oneof(fc.constant<LanguageLevel[]>([]), languages(1, 2, ['A1', 'A2', 'B1', 'B2'])),
    types: fc.constantFrom<ApplicantType[]>(['student'], ['student'], ['staff'], ['student', 'staff'], ['staff', 'student']),
  },
  broad: {
    fields: fc.uniqueArray(fc.constantFrom('07', '071', '0713'), { minLength: 1, maxLength: 3 }),
    period: period(14, 56, 120, 3),
    languages: fc.oneof(fc.constant<LanguageLevel[]>([]), languages(1, 1, ['A1'])),
    types: fc.constantFrom<ApplicantType[]>(['student'], ['student', 'staff']),
  },
  polyglot: {
    fields: fc.uniqueArray(fc.constantFrom(...ROLE_FIELDS), { minLength: 1, maxLength: 4 }),
    period: period(30, 21, 120, 4),
    languages: languages(0, 4, ['A1', 'A2', 'B1'], MANY_LANGUAGES),
    types: fc.constantFrom<ApplicantType[]>(['student'], ['student', 'staff']),
  },
  varied: {
    fields: fc.constant(['07']),
    period: period(42, 35, 70, 1),
    languages: languages(1, 1, ['B1', 'B2']),
    types: fc.constant<ApplicantType[]>(['student']),
  },
};

interface ApplicantSettings {
  type: fc.Arbitrary<ApplicantType>;
  home: fc.Arbitrary<Country>;
  sectors: fc.Arbitrary<Sector[]>;
  destinations: fc.Arbitrary<Country[]>;
  period: ReturnType<typeof period>;
  languages: fc.Arbitrary<LanguageLevel[]>;
  waitedMinutes: fc.Arbitrary<number>;
}

const APPLICANT_SETTINGS: Record<Shape['kind'], ApplicantSettings> = {
  mixed: {
    type: fc.constantFrom<ApplicantType>('student', 'student', 'student', 'staff'),
    home: fc.constantFrom<Country>('FI', 'EE', 'LT', 'RU', 'RU', 'RU', 'RU', 'RU'),
    sectors: fc.oneof(fc.shuffledSubarray(SECTORS, { minLength: 2 }), fc.shuffledSubarray(SECTORS, { minLength: 1 })),
    destinations: fc.oneof(fc.shuffledSubarray(COUNTRIES, { minLength: 3 }), fc.shuffledSubarray(COUNTRIES, { minLength: 2 })),
    period: period(30, 28, 140, 4),
    languages: languages(1, 3, ['A2', 'B1', 'B2', 'C1', 'C2']),
    waitedMinutes: fc.integer({ min: -60, max: 150 * 24 * 60 }),
  },
  broad: {
    type: fc.constant<ApplicantType>('student'),
    home: fc.constantFrom<Country>('RU', 'RU', 'FI'),
    sectors: fc.shuffledSubarray(SECTORS, { minLength: 2 }),
    destinations: fc.shuffledSubarray(COUNTRIES, { minLength: 3 }),
    period: period(14, 56, 120, 3),
    languages: languages(3, 3),
    waitedMinutes: fc.integer({ min: -60, max: 150 * 24 * 60 }),
  },
  polyglot: {
    type: fc.constantFrom<ApplicantType>('student', 'staff'),
    home: fc.constant<Country>('RU'),
    sectors: fc.shuffledSubarray(SECTORS, { minLength: 2 }),
    destinations: fc.shuffledSubarray(COUNTRIES, { minLength: 3 }),
    period: period(30, 28, 140, 4),
    languages: languages(3, 8, ['A2', 'B1', 'B2', 'C1', 'C2'], MANY_LANGUAGES),
    waitedMinutes: fc.integer({ min: 0, max: 150 * 24 * 60 }),
  },
  varied: {
    type: fc.constant<ApplicantType>('student'),
    home: fc.constant<Country>('RU'),
    sectors: fc.shuffledSubarray(SECTORS, { minLength: 2 }),
    destinations: fc.shuffledSubarray(COUNTRIES, { minLength: 3 }),
    period: period(42, 35, 70, 1),
    languages: languages(3, 3, ['B1', 'B2', 'C1', 'C2']),
    waitedMinutes: fc.constant(0),
  },
};

const codes = (shape: Shape) => MANY_LANGUAGES.slice(0, shape.codes ?? MANY_LANGUAGES.length);

const role = (id: string, shape: Shape): fc.Arbitrary<MatchRole> => {
  const s =
    shape.kind === 'polyglot'
      ? { ...ROLE_SETTINGS.polyglot, languages: languages(0, 4, ['A1', 'A2', 'B1'], codes(shape)) }
      : ROLE_SETTINGS[shape.kind];
  return fc
    .record({
      country: fc.constantFrom(...COUNTRIES),
      sector: fc.constantFrom(...SECTORS),
      fieldsOfStudy: s.fields,
      places: fc.integer({ min: 1, max: shape.places }),
      period: s.period,
      languages: s.languages,
      applicantTypes: s.types,
    })
    .map(({ period: p, ...r }) => ({ id, ...r, periodFrom: p.from, periodTo: p.to, minWeeks: p.minWeeks }));
};

const applicant = (id: string, roleIds: string[], shape: Shape): fc.Arbitrary<MatchApplicant> => {
  const s =
    shape.kind === 'polyglot'
      ? { ...APPLICANT_SETTINGS.polyglot, languages: languages(2, 8, ['A2', 'B1', 'B2', 'C1', 'C2'], codes(shape)) }
      : APPLICANT_SETTINGS[shape.kind];
  return fc
    .record({
      applicantType: s.type,
      homeCountry: s.home,
      fieldOfStudy: fc.constantFrom(...APPLICANT_FIELDS),
      sectors: s.sectors,
      destinations: s.destinations,
      period: s.period,
      languages: s.languages,
      rolePreferences: fc.oneof(
        { weight: 2, arbitrary: fc.constant<string[]>([]) },
        {
          weight: 1,
          arbitrary: fc.shuffledSubarray([...roleIds, 'unknown-role'], { maxLength: Math.min(4, roleIds.length + 1) }),
        },
      ),
      waitedMinutes: s.waitedMinutes,
    })
    .map(({ period: p, waitedMinutes, ...a }) => ({
      id,
      ...a,
      availableFrom: p.from,
      availableTo: p.to,
      minWeeks: p.minWeeks,
      submittedAt: new Date(Date.parse(NOW) - waitedMinutes * 60_000).toISOString(),
    }));
};

const pairs = (applicantIds: string[], roleIds: string[], max: number): fc.Arbitrary<Pair[]> =>
  applicantIds.length === 0 || roleIds.length === 0
    ? fc.constant([])
    : fc.array(
        fc.record({ applicantId: fc.constantFrom(...applicantIds), roleId: fc.constantFrom(...roleIds) }),
        { maxLength: max },
      );

/** A random round: applicants, roles, frozen allocations, forbidden pairs and a seed. */
export function instance(shape: Shape): fc.Arbitrary<MatchInput> {
  return fc
    .record({
      nA: fc.integer({ min: Math.min(shape.min ?? 0, shape.applicants), max: shape.applicants }),
      nR: fc.integer({ min: Math.min(shape.min ?? 0, shape.roles), max: shape.roles }),
    })
    .chain(({ nA, nR }) => {
      const applicantIds = Array.from({ length: nA }, (_, i) => `a${i}`);
      const roleIds = Array.from({ length: nR }, (_, i) => `r${i}`);
      return fc.record({
        roles: fc.tuple(...roleIds.map((id) => role(id, shape))),
        applicants: fc.tuple(...applicantIds.map((id) => applicant(id, roleIds, shape))),
        // frozen pairs may name applicants outside the pool (already placed), and overfill a role
        frozen: pairs([...applicantIds, 'placed-1', 'placed-2'], roleIds, shape.kind === 'varied' ? 1 : Math.ceil(nA / 6)),
        forbidden: pairs(applicantIds, roleIds, Math.ceil(nA / 2)),
        seed: fc.string({ minLength: 1, maxLength: 8 }),
      });
    })
    .map((r) => ({ ...r, roles: [...r.roles], applicants: [...r.applicants], now: NOW }));
}

export const SMALL: Shape = { applicants: 6, roles: 4, places: 2, kind: 'mixed' };
export const SMALL_VARIED: Shape = { applicants: 4, roles: 4, places: 1, kind: 'varied', min: 3 };
/** Many languages; `languages` picks how many codes the round uses (≤ 8: packed check). */
export const polyglot = (codes: number): Shape => ({ applicants: 30, roles: 12, places: 3, kind: 'polyglot', codes });
export const MEDIUM: Shape = { applicants: 40, roles: 12, places: 3, kind: 'mixed' };
/** Many roles, nearly all eligible: long preference lists (the matcher's large-list sort path). */
export const DENSE: Shape = { applicants: 30, roles: 60, places: 2, kind: 'broad' };
