import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failedRule, fitScore, match } from '#shared/matching/index';
import type { MatchInput } from '#shared/matching/types';
import { DENSE, instance, MEDIUM, polyglot, SMALL, SMALL_VARIED } from './arbitraries.ts';
import {
  allAssignments,
  assignmentOf,
  blockingPairs,
  preferences,
  referenceDeferredAcceptance,
  sameAssignment,
} from './reference.ts';

// Fixed seeds: the same instances on every run, so CI is stable; change a seed to explore more.
const run = (seed: number, numRuns: number) => ({ seed, numRuns });

const frozenApplicants = (input: MatchInput) => new Set(input.frozen.map((f) => f.applicantId));

describe('match: properties', () => {
  it('is stable: no applicant and role prefer each other to what they got', () => {
    for (const [shape, seed, runs] of [
      [MEDIUM, 101, 1500],
      [DENSE, 102, 300],
    ] as const) {
      fc.assert(
        fc.property(instance(shape), (input) => {
          const { proposals } = match(input);
          expect(blockingPairs(input, assignmentOf(proposals))).toEqual([]);
        }),
        run(seed, runs),
      );
    }
  });

  it('never gives a role more applicants than its places, frozen allocations included', () => {
    fc.assert(
      fc.property(instance(MEDIUM), (input) => {
        const { proposals } = match(input);
        for (const role of input.roles) {
          const frozen = new Set(
            input.frozen.filter((f) => f.roleId === role.id).map((f) => f.applicantId),
          ).size;
          const proposed = proposals.filter((p) => p.roleId === role.id).length;
          expect(proposed).toBeLessThanOrEqual(Math.max(0, role.places - frozen));
        }
      }),
      run(201, 2000),
    );
  });

  it('never breaks a hard rule, proposes no forbidden pair and nobody twice', () => {
    fc.assert(
      fc.property(instance(MEDIUM), (input) => {
        const { proposals } = match(input);
        const applicants = new Map(input.applicants.map((a) => [a.id, a]));
        const roles = new Map(input.roles.map((r) => [r.id, r]));
        const forbidden = new Set(input.forbidden.map((f) => `${f.applicantId}/${f.roleId}`));
        expect(new Set(proposals.map((p) => p.applicantId)).size).toBe(proposals.length);
        for (const p of proposals) {
          const a = applicants.get(p.applicantId)!;
          const r = roles.get(p.roleId)!;
          expect(a).toBeDefined();
          expect(r).toBeDefined();
          expect(failedRule(a, r)).toBeNull();
          expect(forbidden.has(`${p.applicantId}/${p.roleId}`)).toBe(false);
          // and the score it carries is the pair's fit score
          expect(p.score).toEqual(fitScore(a, r, input.now));
        }
      }),
      run(301, 2000),
    );
  });

  it('leaves frozen allocations alone: no proposal for a frozen applicant, input untouched', () => {
    fc.assert(
      fc.property(instance(MEDIUM), (input) => {
        const before = structuredClone(input);
        const { proposals, stats } = match(input);
        const frozen = frozenApplicants(input);
        expect(proposals.filter((p) => frozen.has(p.applicantId))).toEqual([]);
        expect(input).toEqual(before);
        const pool = input.applicants.filter((a) => !frozen.has(a.id)).length;
        expect(stats.unmatched).toBe(pool - proposals.length);
      }),
      run(401, 2000),
    );
  });

  it('is deterministic: same seed, same result, whatever the order of the input', () => {
    fc.assert(
      fc.property(instance(MEDIUM), fc.infiniteStream(fc.nat()), (input, randoms) => {
        const first = match(input);
        expect(match(structuredClone(input))).toEqual(first);
        const r = randoms[Symbol.iterator]();
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x) => [r.next().value as number, x] as const)
            .sort((p, q) => p[0] - q[0])
            .map(([, x]) => x);
        const shuffled = {
          ...input,
          applicants: shuffle(input.applicants),
          roles: shuffle(input.roles),
          frozen: shuffle(input.frozen),
          forbidden: shuffle(input.forbidden),
        };
        const sorted = (ps: typeof first.proposals) =>
          [...ps].sort((p, q) => (p.applicantId < q.applicantId ? -1 : 1));
        const second = match(shuffled);
        expect(sorted(second.proposals)).toEqual(sorted(first.proposals));
        expect(second.stats).toEqual(first.stats);
      }),
      run(501, 1000),
    );
  });

  it('equals textbook deferred acceptance on the reference preferences', () => {
    for (const [shape, seed, runs] of [
      [MEDIUM, 601, 1500],
      [DENSE, 602, 300],
      // 8 languages: the packed language check uses every 4-bit field, sign bit included;
      // 10: the plain loop
      [polyglot(8), 603, 300],
      [polyglot(10), 604, 300],
    ] as const) {
      fc.assert(
        fc.property(instance(shape), (input) => {
          const ours = assignmentOf(match(input).proposals);
          expect(sameAssignment(ours, referenceDeferredAcceptance(input))).toBe(true);
        }),
        run(seed, runs),
      );
    }
  });

  it('on small instances, equals the applicant-optimal stable matching found by brute force', () => {
    let withChoice = 0;
    for (const [shape, seed, runs] of [
      [SMALL, 701, 1000],
      [SMALL_VARIED, 702, 1000],
    ] as const) {
      fc.assert(
        fc.property(instance(shape), (input) => {
          const prefs = preferences(input);
          const stable = allAssignments(input, prefs).filter((m) => blockingPairs(input, m, prefs).length === 0);
          expect(stable.length).toBeGreaterThan(0); // a stable matching always exists
          const weaklyBetter = (x: Map<string, string>, y: Map<string, string>) =>
            [...prefs.lists.keys()].every((a) => prefs.rank(a, x.get(a)) <= prefs.rank(a, y.get(a)));
          const optimal = stable.filter((m) => stable.every((other) => weaklyBetter(m, other)));
          expect(optimal).toHaveLength(1); // it exists, and is unique
          expect(sameAssignment(assignmentOf(match(input).proposals), optimal[0]!)).toBe(true);
          if (stable.length > 1) withChoice++;
        }),
        run(seed, runs),
      );
    }
    // enough instances where the applicant-optimal matching is not the only stable one
    expect(withChoice).toBeGreaterThan(20);
  });

  it('counts what it did', () => {
    fc.assert(
      fc.property(instance(MEDIUM), (input) => {
        const { proposals, stats } = match(input);
        const prefs = preferences(input);
        const eligible = [...prefs.lists.values()].reduce((n, l) => n + l.length, 0);
        expect(stats.eligiblePairs).toBe(eligible);
        expect(stats.proposals).toBe(proposals.length);
        expect(stats.applicants).toBe(input.applicants.length);
        expect(stats.roles).toBe(input.roles.length);
        expect(stats.places).toBe(input.roles.reduce((n, r) => n + r.places, 0));
        expect(stats.offers).toBeGreaterThanOrEqual(proposals.length);
        expect(stats.offers).toBeLessThanOrEqual(eligible);
      }),
      run(801, 500),
    );
  });
});
