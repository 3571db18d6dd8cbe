import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { match } from '#shared/matching/index';
import type { MatchInput } from '#shared/matching/types';
import { DENSE, instance, MEDIUM, polyglot } from './arbitraries.ts';

/**
 * A list that names a value twice means what it means naming it once (at its first place): the
 * matcher scans a destination and sector once, and files a role once per applicant type, so a
 * repeated entry must neither list a role twice nor move it. The generated instances never
 * repeat, so this test repeats entries on purpose.
 */
const repeated = <T>(list: T[], rng: () => number): T[] => {
  // each entry maybe again right after itself (the later ones move down a place), and the first
  // maybe once more at the end
  const out: T[] = [];
  for (const x of list) {
    out.push(x);
    if (rng() < 0.5) out.push(x);
  }
  if (list.length > 0 && rng() < 0.5) out.push(list[0]!);
  return out;
};

function withRepeats(input: MatchInput, seed: number): MatchInput {
  let s = seed >>> 0;
  const rng = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return {
    ...input,
    applicants: input.applicants.map((a) => ({ ...a, destinations: repeated(a.destinations, rng), sectors: repeated(a.sectors, rng) })),
    roles: input.roles.map((r) => ({ ...r, applicantTypes: repeated(r.applicantTypes, rng) })),
  };
}

describe('match: repeated destinations, sectors and applicant types', () => {
  it('give the result of the lists without repeats', () => {
    for (const [shape, seed, runs] of [
      [MEDIUM, 1801, 300],
      [DENSE, 1802, 150],
      [polyglot(10), 1803, 100],
    ] as const) {
      let withRepeated = 0;
      fc.assert(
        fc.property(instance(shape), fc.integer(), (input, salt) => {
          const plain = match(input);
          const twice = withRepeats(input, salt);
          if (twice.applicants.some((a, i) => a.destinations.length > input.applicants[i]!.destinations.length)) withRepeated++;
          const { proposals, stats } = match(twice);
          // the same pairs and scores; destinationRank is the place in the list as given (indexOf)
          const withoutRank = (ps: typeof proposals) => ps.map(({ score: { destinationRank: _, ...score }, ...p }) => ({ ...p, score }));
          expect(withoutRank(proposals)).toEqual(withoutRank(plain.proposals));
          expect(stats).toEqual(plain.stats);
        }),
        { seed, numRuns: runs },
      );
      // most instances did repeat a destination (a few are empty)
      expect(withRepeated).toBeGreaterThan(runs / 2);
    }
  });
});
