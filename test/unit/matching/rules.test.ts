import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failedRule, fitScore, isEligible, match, parseIsoMs, roundContext } from '#shared/matching/index';
import type { MatchApplicant, MatchRole } from '#shared/matching/types';
import { instance, MEDIUM } from './arbitraries.ts';
import { applicant, input, NOW, role } from './fixtures.ts';

const proposed = (a: MatchApplicant, r: MatchRole) => match(input({ applicants: [a], roles: [r] })).proposals.length === 1;

/** Every hard rule, one pair that meets it and one that does not; `match` must agree. */
describe('hard rules', () => {
  const cases: [string, MatchApplicant, MatchRole, ReturnType<typeof failedRule>][] = [
    ['the fixture pair', applicant(), role(), null],
    // company country differs from the applicant's home country
    ['role abroad', applicant({ homeCountry: 'LT' }), role(), null],
    ['role in the home country', applicant({ homeCountry: 'EE' }), role(), 'homeCountry'],
    // the role's sector is one the applicant wants
    ['wanted sector', applicant({ sectors: ['wellbeing', 'construction'] }), role(), null],
    ['other sector', applicant(), role({ sector: 'wellbeing' }), 'sector'],
    // the role's country is on the applicant's list
    ['listed destination', applicant({ destinations: ['LT', 'EE'] }), role(), null],
    ['unlisted destination', applicant({ destinations: ['LT'] }), role(), 'destination'],
    // field of study: same 4-digit code, or the role accepts its 3- or 2-digit field
    ['same detailed field', applicant(), role({ fieldsOfStudy: ['0713'] }), null],
    ['narrow field (3 digits)', applicant(), role({ fieldsOfStudy: ['071'] }), null],
    ['broad field (2 digits)', applicant(), role({ fieldsOfStudy: ['07'] }), null],
    ['one of several fields', applicant(), role({ fieldsOfStudy: ['0611', '071'] }), null],
    ['sibling detailed field', applicant(), role({ fieldsOfStudy: ['0714'] }), 'field'],
    ['other narrow field', applicant(), role({ fieldsOfStudy: ['072', '0732'] }), 'field'],
    ['other broad field', applicant(), role({ fieldsOfStudy: ['06'] }), 'field'],
    ['1-digit prefix is no field', applicant(), role({ fieldsOfStudy: ['0'] }), 'field'],
    ['longer code is no prefix', applicant(), role({ fieldsOfStudy: ['07130'] }), 'field'],
    // periods overlap (inclusive dates) by at least the larger minimum: here exactly 4 weeks
    ['overlap of exactly the minimum', applicant(), role({ periodFrom: '2026-06-29', periodTo: '2026-08-31' }), null],
    ['overlap one day short', applicant(), role({ periodFrom: '2026-06-30', periodTo: '2026-08-31' }), 'period'],
    ['the applicant needs longer', applicant({ minWeeks: 5 }), role({ periodFrom: '2026-06-29', periodTo: '2026-08-31' }), 'period'],
    ['the role needs longer', applicant({ minWeeks: 1 }), role({ minWeeks: 5, periodFrom: '2026-06-29', periodTo: '2026-08-31' }), 'period'],
    ['no overlap at all', applicant(), role({ periodFrom: '2026-08-01', periodTo: '2026-09-30' }), 'period'],
    ['one-day periods', applicant({ minWeeks: 0, availableFrom: '2026-05-04', availableTo: '2026-05-04' }), role({ minWeeks: 0, periodFrom: '2026-05-04', periodTo: '2026-05-04' }), null],
    ['invalid date', applicant({ availableTo: '2026-13-01' }), role(), 'period'],
    // every required language at the required level or above
    ['exactly the level', applicant(), role({ languages: [{ code: 'en', level: 'B2' }] }), null],
    ['above the level', applicant(), role({ languages: [{ code: 'fi', level: 'A1' }] }), null],
    ['no language required', applicant(), role({ languages: [] }), null],
    ['one level short', applicant(), role({ languages: [{ code: 'en', level: 'C1' }] }), 'language'],
    ['language not held', applicant(), role({ languages: [{ code: 'et', level: 'A1' }] }), 'language'],
    ['all required, one short', applicant(), role({ languages: [{ code: 'fi', level: 'B1' }, { code: 'en', level: 'C2' }] }), 'language'],
    // the applicant type is accepted
    ['type accepted', applicant({ applicantType: 'staff' }), role({ applicantTypes: ['student', 'staff'] }), null],
    ['type not accepted', applicant(), role({ applicantTypes: ['staff'] }), 'applicantType'],
    // several broken: the first in the documented order is named
    ['first broken rule is named', applicant({ homeCountry: 'EE' }), role({ sector: 'wellbeing', languages: [{ code: 'et', level: 'C2' }] }), 'homeCountry'],
  ];

  it.each(cases)('%s', (_, a, r, expected) => {
    expect(failedRule(a, r)).toBe(expected);
    expect(isEligible(a, r)).toBe(expected === null);
    expect(proposed(a, r)).toBe(expected === null);
  });

  it('a role needs a place left after the frozen allocations', () => {
    const other = { applicantId: 'placed', roleId: 'r1' };
    expect(match(input({ roles: [role({ places: 2 })], frozen: [other] })).proposals).toHaveLength(1);
    const full = input({ roles: [role({ places: 1 })], frozen: [other] });
    expect(match(full).proposals).toEqual([]);
    expect(roundContext(full).ineligibility(applicant(), role({ places: 1 }))).toBe('capacity');
    // the same frozen pair twice takes one place
    expect(match(input({ roles: [role({ places: 2 })], frozen: [other, other] })).proposals).toHaveLength(1);
  });

  it('a rejected or declined pair is never proposed again', () => {
    const i = input({ roles: [role(), role({ id: 'r2' })], forbidden: [{ applicantId: 'a1', roleId: 'r1' }] });
    expect(match(i).proposals.map((p) => p.roleId)).toEqual(['r2']);
    expect(roundContext(i).ineligibility(applicant(), role())).toBe('forbidden');
    const only = input({ forbidden: [{ applicantId: 'a1', roleId: 'r1' }] });
    expect(match(only).proposals).toEqual([]);
  });

  it('a frozen applicant is not matched again; its allocation keeps its place', () => {
    const i = input({
      applicants: [applicant(), applicant({ id: 'a2' })],
      roles: [role({ places: 1 }), role({ id: 'r2', places: 1 })],
      frozen: [{ applicantId: 'a1', roleId: 'r2' }],
    });
    const { proposals, stats } = match(i);
    expect(proposals.map((p) => [p.applicantId, p.roleId])).toEqual([['a2', 'r1']]);
    expect(stats).toMatchObject({ frozen: 1, proposals: 1, unmatched: 0 });
    expect(roundContext(i).ineligibility(applicant(), role())).toBe('frozen');
  });
});

describe('fit score', () => {
  it('overlap: 5 points per spare week beyond the larger minimum, capped at 8 weeks', () => {
    // 8 weeks overlap, 4 required
    expect(fitScore(applicant(), role(), NOW)).toMatchObject({ overlap: 20, overlapWeeks: 8 });
    expect(fitScore(applicant({ minWeeks: 8 }), role(), NOW)).toMatchObject({ overlap: 0 });
    // 12 weeks overlap, 2 required: 10 spare, capped at 8
    const long = role({ periodTo: '2026-07-26', minWeeks: 2 });
    expect(fitScore(applicant({ minWeeks: 2 }), long, NOW)).toMatchObject({ overlap: 40, overlapWeeks: 12 });
    // partial weeks do not count: 8 weeks and 6 days
    expect(fitScore(applicant(), role({ periodTo: '2026-07-04' }), NOW)).toMatchObject({ overlap: 20, overlapWeeks: 8 });
  });

  it('language: 10 points per level above the required one, summed, capped at 3; 15 if none required', () => {
    expect(fitScore(applicant(), role(), NOW)).toMatchObject({ language: 10, languageMargin: 1 }); // B2 for B1
    expect(fitScore(applicant(), role({ languages: [{ code: 'en', level: 'B2' }] }), NOW)).toMatchObject({ language: 0 });
    expect(fitScore(applicant(), role({ languages: [] }), NOW)).toMatchObject({ language: 15, languageMargin: 0 });
    const two = role({ languages: [{ code: 'en', level: 'A2' }, { code: 'fi', level: 'B2' }] });
    expect(fitScore(applicant(), two, NOW)).toMatchObject({ language: 30, languageMargin: 4 });
    // the best of a language listed twice counts
    const twice = applicant({ languages: [{ code: 'en', level: 'A2' }, { code: 'en', level: 'C1' }] });
    expect(fitScore(twice, role(), NOW)).toMatchObject({ languageMargin: 2 });
  });

  it('waiting: 1 point per 3 whole days since submission, capped at 30 (90 days)', () => {
    const waited = (submittedAt: string) => fitScore(applicant({ submittedAt }), role(), NOW);
    expect(waited('2026-03-02T12:00:00.000Z')).toMatchObject({ waiting: 10, waitingDays: 30 });
    expect(waited('2026-03-02T12:00:01.000Z')).toMatchObject({ waiting: 9, waitingDays: 29 });
    expect(waited('2026-01-01T12:00:00Z')).toMatchObject({ waiting: 30, waitingDays: 90 });
    expect(waited('2025-01-01T00:00:00Z')).toMatchObject({ waiting: 30 });
    expect(waited(NOW)).toMatchObject({ waiting: 0, waitingDays: 0 });
    expect(waited('2026-05-01T00:00:00Z')).toMatchObject({ waiting: 0, waitingDays: 0 }); // in the future
  });

  it('total and ranks', () => {
    const a = applicant({ destinations: ['LT', 'EE'], rolePreferences: ['x', 'r1'] });
    expect(fitScore(a, role(), NOW)).toEqual({
      overlap: 20,
      language: 10,
      waiting: 10,
      total: 40,
      overlapWeeks: 8,
      languageMargin: 1,
      waitingDays: 30,
      destinationRank: 1,
      rolePreferenceRank: 1,
    });
    expect(fitScore(applicant(), role(), NOW)).toMatchObject({ destinationRank: 0, rolePreferenceRank: null });
  });

  it('is an integer from 0 to 100, its parts within their caps, for any eligible pair', () => {
    fc.assert(
      fc.property(instance(MEDIUM), (i) => {
        for (const a of i.applicants)
          for (const r of i.roles) {
            if (!isEligible(a, r)) continue;
            const s = fitScore(a, r, i.now);
            expect(Number.isInteger(s.total)).toBe(true);
            expect(s.total).toBe(s.overlap + s.language + s.waiting);
            expect(s.overlap).toBeGreaterThanOrEqual(0);
            expect(s.overlap).toBeLessThanOrEqual(40);
            expect(s.language).toBeGreaterThanOrEqual(0);
            expect(s.language).toBeLessThanOrEqual(30);
            expect(s.waiting).toBeGreaterThanOrEqual(0);
            expect(s.waiting).toBeLessThanOrEqual(30);
          }
      }),
      { seed: 901, numRuns: 300 },
    );
  });
});

describe('parseIsoMs', () => {
  it('equals Date.parse on ISO dates and datetimes', () => {
    const when = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(when, fc.constantFrom(10, 20, 24), (d, len) => {
        const iso = d.toISOString();
        const s = len === 10 ? iso.slice(0, 10) : len === 20 ? `${iso.slice(0, 19)}Z` : iso;
        expect(parseIsoMs(s)).toBe(Date.parse(s));
      }),
      { seed: 902, numRuns: 3000 },
    );
  });

  it('equals Date.parse on odd input, invalid included', () => {
    const odd = [
      '2024-02-29', '2026-02-29', '2100-02-29', '2000-02-29', '2026-13-01', '2026-00-10', '2026-01-32',
      '2026-04-31', '2026-01-01T24:00:00Z', '2026-01-01T23:59:60Z', '2026-01-01T10:00:00+02:00',
      '2026-01-01T10:00:00.5Z', '2026-01-01T10:00Z', '+002026-01-01', '2026-1-01', '2026/01/01', '',
      '2026-01-01T10:00:00.000', 'x026-01-01', '2026-01-0a', '2026-01-01T1a:00:00Z', '1970-01-01',
    ];
    for (const s of odd) expect(Object.is(parseIsoMs(s), Date.parse(s)), s).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-:TZ.+ ') , maxLength: 26 }), (s) => {
        expect(Object.is(parseIsoMs(s), Date.parse(s))).toBe(true);
      }),
      { seed: 903, numRuns: 3000 },
    );
  });
});
