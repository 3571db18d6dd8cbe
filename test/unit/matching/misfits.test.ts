import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failedRule, isEligible, misfits, type HardRule } from '#shared/matching/index';
import { instance, MEDIUM, polyglot } from './arbitraries.ts';
import { applicant, role } from './fixtures.ts';

/** The documented order of the hard rules (docs/matching.md), which failedRule checks in. */
const ORDER: HardRule[] = ['homeCountry', 'sector', 'destination', 'field', 'period', 'language', 'applicantType'];

describe('misfits: every hard rule a pair breaks, with its detail', () => {
  it('checks the rules in the order docs/matching.md lists them', () => {
    // The "Hard rules" table's first column, as the document names the rules.
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/matching.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Hard rules'), doc.indexOf('### Why a chosen role does not fit'));
    const named = [...table.matchAll(/^\| ([a-z ]+) \| /gm)].map((m) => m[1]).filter((name) => name !== 'rule');
    const RULE_OF: Record<string, HardRule> = { abroad: 'homeCountry', sector: 'sector', destination: 'destination', 'field of study': 'field', period: 'period', languages: 'language', 'applicant type': 'applicantType' };
    expect(named.map((name) => RULE_OF[name!])).toEqual(ORDER);
    // A pair that breaks every rule: each is named, in that order, and failedRule names the first.
    const a = applicant({ homeCountry: 'EE', destinations: ['LT'], fieldOfStudy: '0413', languages: [], availableFrom: '2030-01-01', availableTo: '2030-03-01' });
    const r = role({ sector: 'wellbeing', languages: [{ code: 'en', level: 'B1' }], applicantTypes: ['staff'] });
    expect(misfits(a, r).map((m) => m.rule)).toEqual(ORDER);
    expect(failedRule(a, r)).toBe(ORDER[0]);
  });

  it('none for a pair that fits', () => {
    expect(misfits(applicant(), role())).toEqual([]);
  });

  it('each rule alone, with what an explanation needs', () => {
    expect(misfits(applicant({ homeCountry: 'EE' }), role())).toEqual([{ rule: 'homeCountry', country: 'EE' }]);
    expect(misfits(applicant(), role({ sector: 'wellbeing' }))).toEqual([{ rule: 'sector', sector: 'wellbeing' }]);
    expect(misfits(applicant({ destinations: ['LT'] }), role())).toEqual([{ rule: 'destination', country: 'EE' }]);
    expect(misfits(applicant(), role({ fieldsOfStudy: ['072', '0732'] }))).toEqual([{ rule: 'field', field: '0713', accepted: ['072', '0732'] }]);
    // 27 days in common (3 whole weeks), 4 needed; then none at all.
    expect(misfits(applicant(), role({ periodFrom: '2026-06-30', periodTo: '2026-08-31' }))).toEqual([{ rule: 'period', overlapWeeks: 3, neededWeeks: 4 }]);
    expect(misfits(applicant({ minWeeks: 8 }), role({ periodFrom: '2026-08-01', periodTo: '2026-09-30' }))).toEqual([{ rule: 'period', overlapWeeks: 0, neededWeeks: 8 }]);
    // An invalid date fails the period rule, as in failedRule, and claims no overlap.
    expect(misfits(applicant({ availableTo: '2026-13-01' }), role())).toEqual([{ rule: 'period', overlapWeeks: 0, neededWeeks: 4 }]);
    expect(misfits(applicant(), role({ languages: [{ code: 'en', level: 'C1' }] }))).toEqual([{ rule: 'language', code: 'en', level: 'C1', held: 'B2' }]);
    // A language not held has no level to name.
    expect(misfits(applicant(), role({ languages: [{ code: 'et', level: 'A1' }] }))).toEqual([{ rule: 'language', code: 'et', level: 'A1' }]);
    expect(misfits(applicant(), role({ applicantTypes: ['staff'] }))).toEqual([{ rule: 'applicantType', accepted: ['staff'] }]);
  });

  it('names every broken rule, in the documented order, each short language on its own', () => {
    const a = applicant({ homeCountry: 'EE', destinations: ['LT'], languages: [{ code: 'en', level: 'B1' }] });
    const r = role({
      sector: 'wellbeing',
      periodFrom: '2026-07-20',
      periodTo: '2026-09-30',
      languages: [{ code: 'en', level: 'B2' }, { code: 'fi', level: 'A2' }],
      applicantTypes: ['staff'],
    });
    // One week in common of the 4 needed; English B1 held (B2 asked), no Finnish at all.
    expect(misfits(a, r)).toEqual([
      { rule: 'homeCountry', country: 'EE' },
      { rule: 'sector', sector: 'wellbeing' },
      { rule: 'destination', country: 'EE' },
      { rule: 'period', overlapWeeks: 1, neededWeeks: 4 },
      { rule: 'language', code: 'en', level: 'B2', held: 'B1' },
      { rule: 'language', code: 'fi', level: 'A2' },
      { rule: 'applicantType', accepted: ['staff'] },
    ]);
  });

  it('agrees with failedRule on generated pairs: its first rule is the one failedRule names', () => {
    for (const [shape, seed] of [
      [MEDIUM, 601],
      [polyglot(10), 602],
    ] as const) {
      fc.assert(
        fc.property(instance(shape), ({ applicants, roles }) => {
          for (const a of applicants) {
            for (const r of roles) {
              const found = misfits(a, r);
              expect(found[0]?.rule ?? null).toBe(failedRule(a, r));
              expect(found.length === 0).toBe(isEligible(a, r));
              // In the documented order, and a rule other than language at most once.
              const ranks = found.map((m) => ORDER.indexOf(m.rule));
              expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
              expect(found.filter((m) => m.rule !== 'language').length).toBe(new Set(found.filter((m) => m.rule !== 'language').map((m) => m.rule)).size);
              // Each entry holds on its own: a period entry's weeks are short, a language entry is one the role requires.
              for (const m of found) {
                if (m.rule === 'period') expect(m.overlapWeeks).toBeLessThan(m.neededWeeks);
                if (m.rule === 'language') expect(r.languages).toContainEqual({ code: m.code, level: m.level });
              }
              // Every broken rule is named, not only the first: mending the pair on one rule's
              // ground (the applicant wants that sector and country, holds that level, …) removes
              // exactly that rule's entries and leaves the others.
              for (const rule of new Set(found.map((m) => m.rule))) {
                const mended = mend(rule, a, r);
                expect(misfits(mended.a, mended.r)).toEqual(found.filter((m) => m.rule !== rule));
              }
            }
          }
        }),
        { seed, numRuns: 200 },
      );
    }
  });
});

/** The pair changed so that it meets `rule`, touching nothing another rule looks at. */
function mend(rule: HardRule, a: ReturnType<typeof applicant>, r: ReturnType<typeof role>) {
  switch (rule) {
    case 'homeCountry':
      return { a: { ...a, homeCountry: 'XX' as never }, r };
    case 'sector':
      return { a: { ...a, sectors: [...a.sectors, r.sector] }, r };
    case 'destination':
      return { a: { ...a, destinations: [...a.destinations, r.country] }, r };
    case 'field':
      return { a, r: { ...r, fieldsOfStudy: [...r.fieldsOfStudy, a.fieldOfStudy] } };
    case 'period':
      return {
        a: { ...a, availableFrom: '2000-01-01', availableTo: '2099-12-31' },
        r: { ...r, periodFrom: '2000-01-01', periodTo: '2099-12-31' },
      };
    case 'language':
      return { a: { ...a, languages: [...a.languages, ...r.languages.map((l) => ({ code: l.code, level: 'C2' as const }))] }, r };
    case 'applicantType':
      return { a, r: { ...r, applicantTypes: [...r.applicantTypes, a.applicantType] } };
  }
}
