import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { match } from '#shared/matching/index';
import type { MatchInput } from '#shared/matching/types';
import { generateInstance } from '../../../bench/matching.ts';
import { DENSE, instance, MEDIUM, polyglot } from './arbitraries.ts';

/**
 * match() rewritten for speed must give what it gave before, to the bit: the same proposals in
 * the same order, the same scores and breakdowns, the same stats. The hashes below were recorded
 * from the matcher as it was before the rewrite of issue 17 (commit 7e5491b); a change here is a
 * change of the round's result, which must be deliberate (and the docs/matching.md contract
 * still hold).
 */
const digest = (inputs: MatchInput[]) => {
  const h = createHash('sha256');
  for (const input of inputs) h.update(JSON.stringify(match(input)));
  return h.digest('hex').slice(0, 32);
};

describe('match: the same output as before the typed-array rewrite', () => {
  it('on random small instances (frozen and forbidden pairs, ties, many languages)', () => {
    const sample = (shape: Parameters<typeof instance>[0], seed: number) => fc.sample(instance(shape), { seed, numRuns: 200 });
    expect(digest(sample(MEDIUM, 1701))).toBe('93ea22a24202f9de5ac2be2ea22e0ab1');
    expect(digest(sample(DENSE, 1702))).toBe('0518cacd3141b49dc6aa141cd0d029a9');
    expect(digest(sample(polyglot(10), 1703))).toBe('fe8f81fc70817eec21776aa3e8931d33');
    expect(digest(sample(polyglot(6), 1704))).toBe('425616e5872520cfcc3dd8b69c9ee0b3');
  });

  it('on seeded benchmark-like pools (2,000 to 6,000 applicants)', () => {
    const pool = (applicants: number, roles: number, horizonWeeks: number, seed: string) =>
      generateInstance({ name: seed, applicants, roles, places: Math.round(roles * 6.4), horizonWeeks, seed });
    expect(digest([pool(3_000, 600, 40, 'golden-1')])).toBe('71f67ea4101c8bc1f8f2f099bdcf431d');
    expect(digest([pool(6_000, 1_500, 20, 'golden-2')])).toBe('df88a8612ac7f63d4721ad97b89b7634');
    expect(digest([pool(2_000, 300, 100, 'golden-3')])).toBe('e38cb3a611328bca69b9c90832bb7cc7');
  });
});
