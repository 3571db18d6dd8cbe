import { describe, expect, it } from 'vitest';
import {
  applicantPreferences,
  createRng,
  lotteryComparator,
  lotteryNumber,
  lotteryRanks,
  match,
  roleRanking,
} from '#shared/matching/index';
import type { MatchInput } from '#shared/matching/types';
import { applicant, input, role } from './fixtures.ts';

describe("applicant's preferences", () => {
  // r-ee-good: EE, fit 40 (8 weeks, 4 spare; en B2 for B1; 30 days waited)
  // r-ee-poor: EE, fit 30 (en B2 for B2)
  // r-lt-best: LT, fit 65 (no language required: 15; 12 weeks, 8 spare: 40; waited: 10)
  const eeGood = role({ id: 'r-ee-good' });
  const eePoor = role({ id: 'r-ee-poor', languages: [{ code: 'en', level: 'B2' }] });
  const ltBest = role({ id: 'r-lt-best', country: 'LT', languages: [], periodTo: '2026-07-26', minWeeks: 2 });
  const roles = [ltBest, eePoor, eeGood];

  it('ranks by destination first, then fit', () => {
    expect(applicantPreferences(applicant(), input({ roles }))).toEqual(['r-ee-good', 'r-ee-poor', 'r-lt-best']);
    const ltFirst = applicant({ destinations: ['LT', 'EE'] });
    expect(applicantPreferences(ltFirst, input({ roles }))).toEqual(['r-lt-best', 'r-ee-good', 'r-ee-poor']);
  });

  it('puts the roles it listed first, in its order, whatever their destination or fit', () => {
    const a = applicant({ rolePreferences: ['r-lt-best', 'unknown', 'r-ee-poor'] });
    expect(applicantPreferences(a, input({ roles }))).toEqual(['r-lt-best', 'r-ee-poor', 'r-ee-good']);
    // a listed role it cannot get is skipped
    const b = applicant({ rolePreferences: ['r-ineligible', 'r-ee-poor'] });
    const ineligible = role({ id: 'r-ineligible', sector: 'wellbeing' });
    expect(applicantPreferences(b, input({ roles: [...roles, ineligible] }))).toEqual(['r-ee-poor', 'r-ee-good', 'r-lt-best']);
  });

  it('breaks exact ties with the seeded lottery of roles', () => {
    const twins = ['t1', 't2', 't3', 't4', 't5'].map((id) => role({ id }));
    const orders = new Set<string>();
    for (let s = 0; s < 40; s++) {
      const seed = `seed-${s}`;
      const order = applicantPreferences(applicant(), input({ roles: twins, seed }));
      expect(order).toEqual(twins.map((r) => r.id).sort(lotteryComparator(seed, 'role')));
      expect(applicantPreferences(applicant(), input({ roles: [...twins].reverse(), seed }))).toEqual(order);
      orders.add(order.join());
    }
    expect(orders.size).toBeGreaterThan(20);
  });

  it('is what the applicant gets when places are free', () => {
    const a = applicant({ destinations: ['LT', 'EE'] });
    const [p] = match(input({ applicants: [a], roles })).proposals;
    expect(p).toMatchObject({ roleId: 'r-lt-best', score: { destinationRank: 0, total: 40 + 15 + 10 } });
  });
});

describe("role's ranking", () => {
  const a = (id: string, over = {}) => applicant({ id, ...over });

  it('ranks by fit, waiting included, then by the seeded lottery of applicants', () => {
    const applicants = [
      a('fluent', { languages: [{ code: 'en', level: 'C2' }] }), // language 30
      a('waited', { submittedAt: '2025-12-01T00:00:00Z' }), // waiting 30
      a('plain'), // 10 + 10
      a('twin-1'),
      a('twin-2'),
    ];
    for (const seed of ['x', 'y', 'z']) {
      const ranking = roleRanking(role(), input({ applicants, seed }));
      expect(ranking.slice(0, 2)).toEqual(['fluent', 'waited']);
      expect(ranking.slice(2)).toEqual(['plain', 'twin-1', 'twin-2'].sort(lotteryComparator(seed, 'applicant')));
    }
  });

  it('gives its places to the best ranked', () => {
    const applicants = ['p', 'q', 'r', 's', 't', 'u'].map((id) => a(id));
    for (const seed of ['1', '2', '3']) {
      const i = input({ applicants, roles: [role({ places: 2 })], seed });
      const winners = match(i).proposals.map((p) => p.applicantId);
      expect(winners.sort()).toEqual(roleRanking(role(), i).slice(0, 2).sort());
    }
  });

  it('uses one lottery number per applicant and round for every role (single tie-breaking)', () => {
    const applicants = ['p', 'q', 'r', 's'].map((id) => a(id));
    const roles = ['r1', 'r2', 'r3'].map((id) => role({ id }));
    for (const seed of ['1', '2', '3', '4']) {
      const i = input({ applicants, roles, seed });
      const rankings = roles.map((r) => roleRanking(r, i).join());
      expect(new Set(rankings).size).toBe(1);
    }
  });
});

describe('deferred acceptance', () => {
  it('chooses the applicant-optimal of two stable matchings', () => {
    // A prefers EE, B prefers LT; the EE role prefers B (fluent in English), the LT role prefers
    // A (fluent in Finnish). Stable: {A-EE, B-LT} (applicants' choice) and {A-LT, B-EE}.
    const ee = role({ id: 'ee', places: 1, languages: [{ code: 'en', level: 'B1' }] });
    const lt = role({ id: 'lt', country: 'LT', places: 1, languages: [{ code: 'fi', level: 'B1' }] });
    const A = applicant({ id: 'A', destinations: ['EE', 'LT'], languages: [{ code: 'en', level: 'B1' }, { code: 'fi', level: 'C2' }] });
    const B = applicant({ id: 'B', destinations: ['LT', 'EE'], languages: [{ code: 'en', level: 'C2' }, { code: 'fi', level: 'B1' }] });
    const i: MatchInput = input({ applicants: [A, B], roles: [ee, lt] });
    expect(roleRanking(ee, i)).toEqual(['B', 'A']);
    expect(roleRanking(lt, i)).toEqual(['A', 'B']);
    for (const seed of ['1', '2', '3']) {
      const pairs = match({ ...i, seed }).proposals.map((p) => `${p.applicantId}-${p.roleId}`);
      expect(pairs).toEqual(['A-ee', 'B-lt']);
    }
  });

  it('moves a displaced applicant down its list', () => {
    // both want EE first; EE prefers B; A falls back to LT
    const ee = role({ id: 'ee', places: 1 });
    const lt = role({ id: 'lt', country: 'LT', places: 1 });
    const A = applicant({ id: 'A' });
    const B = applicant({ id: 'B', submittedAt: '2026-01-01T00:00:00Z' });
    const { proposals, stats } = match(input({ applicants: [A, B], roles: [ee, lt] }));
    expect(proposals.map((p) => `${p.applicantId}-${p.roleId}`)).toEqual(['A-lt', 'B-ee']);
    expect(stats).toEqual({
      applicants: 2,
      roles: 2,
      places: 2,
      frozen: 0,
      eligiblePairs: 4,
      proposals: 2,
      unmatched: 0,
      offers: 3,
    });
  });

  it('handles an empty pool and refuses duplicate ids', () => {
    expect(match(input({ applicants: [], roles: [] }))).toEqual({
      proposals: [],
      stats: { applicants: 0, roles: 0, places: 0, frozen: 0, eligiblePairs: 0, proposals: 0, unmatched: 0, offers: 0 },
    });
    expect(() => match(input({ roles: [role(), role()] }))).toThrow(/duplicate role id/);
    expect(() => match(input({ applicants: [applicant(), applicant()] }))).toThrow(/duplicate applicant id/);
  });

  it('different seeds give different winners of a tie, each about equally often', () => {
    const applicants = ['p', 'q', 'r', 's'].map((id) => applicant({ id }));
    const wins = new Map<string, number>();
    const n = 4000;
    for (let s = 0; s < n; s++) {
      const [p] = match(input({ applicants, roles: [role({ places: 1 })], seed: `round-${s}` })).proposals;
      wins.set(p!.applicantId, (wins.get(p!.applicantId) ?? 0) + 1);
    }
    expect([...wins.keys()].sort()).toEqual(['p', 'q', 'r', 's']);
    for (const w of wins.values()) expect(Math.abs(w / n - 0.25)).toBeLessThan(0.03);
  });
});

describe('lottery', () => {
  it('draws from the seed and the id only', () => {
    expect(lotteryNumber('s', 'applicant', 'a')).toBe(lotteryNumber('s', 'applicant', 'a'));
    expect(lotteryNumber('s', 'applicant', 'a')).not.toBe(lotteryNumber('t', 'applicant', 'a'));
    expect(lotteryNumber('s', 'applicant', 'a')).not.toBe(lotteryNumber('s', 'role', 'a'));
  });

  it('ranks are a permutation in lottery order', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `id-${i}`);
    const ranks = lotteryRanks(ids, 'seed', 'applicant');
    expect([...ranks].sort((x, y) => x - y)).toEqual(ids.map((_, i) => i));
    const byRank = [...ids].sort((x, y) => ranks[ids.indexOf(x)]! - ranks[ids.indexOf(y)]!);
    expect(byRank).toEqual([...ids].sort(lotteryComparator('seed', 'applicant')));
    expect(() => lotteryRanks(['a', 'b', 'a'], 'seed', 'role')).toThrow(/duplicate role id: a/);
  });

  it('the generator is seeded', () => {
    const a = createRng('x');
    const b = createRng('x');
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(createRng('y').next()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
