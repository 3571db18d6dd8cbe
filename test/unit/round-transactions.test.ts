import { describe, expect, it } from 'vitest';
import type { Proposal } from '#shared/matching/types';
import { forEachLimited, ITEMS_PER_PROPOSAL, packProposals, PROPOSALS_PER_TRANSACTION } from '#shared/rounds/round';

/*
 * How a round's proposals are grouped into transactions (shared/rounds/round.ts): several roles'
 * proposals share a transaction, within DynamoDB's 100 items, and no role is in two transactions
 * that could run at once (they would contend for its place count).
 */

const proposal = (roleId: string, i: number, total: number): Proposal =>
  ({ applicantId: `${roleId}-a${i}`, roleId, score: { total } }) as unknown as Proposal;

/** `counts[r]` proposals for role r, scored in no particular order. */
const proposalsFor = (counts: number[]) =>
  counts.flatMap((n, r) => Array.from({ length: n }, (_, i) => proposal(`role${r}`, i, (i * 37) % 101)));

const items = (units: { proposals: unknown[] }[]) => units.reduce((n, u) => n + 1 + ITEMS_PER_PROPOSAL * u.proposals.length, 0);

describe('packing proposals into transactions', () => {
  it('puts many small roles in few transactions of at most 100 items, each proposal once', () => {
    const counts = Array.from({ length: 300 }, (_, r) => 1 + (r % 4));
    const proposals = proposalsFor(counts);
    const waves = packProposals(proposals);
    expect(waves).toHaveLength(1);
    const [wave] = waves;
    for (const units of wave!) {
      expect(items(units)).toBeLessThanOrEqual(100);
      // A role at most once in a transaction: its place count is one item.
      expect(new Set(units.map((u) => u.roleId)).size).toBe(units.length);
    }
    // 300 roles, 750 proposals: 2,550 items, so at least 26 transactions, and not many more.
    expect(wave!.length).toBeGreaterThanOrEqual(26);
    expect(wave!.length).toBeLessThanOrEqual(28);
    const written = wave!.flatMap((units) => units.flatMap((u) => u.proposals.map((p) => p.applicantId)));
    expect(written.sort()).toEqual(proposals.map((p) => p.applicantId).sort());
  });

  it("writes a big role's proposals in successive waves, its best-scored first, never two of its parts at once", () => {
    const big = PROPOSALS_PER_TRANSACTION * 2 + 5;
    const proposals = proposalsFor([big, 3]);
    const waves = packProposals(proposals);
    expect(waves).toHaveLength(3);
    const parts = waves.map((wave) => wave.flat().filter((u) => u.roleId === 'role0'));
    expect(parts.map((p) => p.length)).toEqual([1, 1, 1]);
    expect(parts.map((p) => p[0]!.proposals.length)).toEqual([PROPOSALS_PER_TRANSACTION, PROPOSALS_PER_TRANSACTION, 5]);
    const scores = parts.flatMap((p) => p[0]!.proposals.map((x) => x.score.total));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The small role goes with the first wave.
    expect(waves[0]!.flat().some((u) => u.roleId === 'role1')).toBe(true);
  });
});

describe('the writers of a wave', () => {
  it('start nothing after a failure, and throw it only once the writes in flight have ended', async () => {
    const started: number[] = [];
    const ended: number[] = [];
    let open!: () => void;
    const gate = { promise: new Promise<void>((resolve) => (open = resolve)) };
    const writing = forEachLimited([0, 1, 2, 3, 4, 5], 3, async (i) => {
      started.push(i);
      if (i === 0) throw new Error('not retryable');
      await gate.promise;
      ended.push(i);
    });
    let settled = false;
    void writing.catch(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // 0 failed; 1 and 2 are in flight, and nothing more was started meanwhile.
    expect(started).toEqual([0, 1, 2]);
    expect(settled).toBe(false);
    open();
    await expect(writing).rejects.toThrow('not retryable');
    expect(ended.sort()).toEqual([1, 2]);
    expect(started).toEqual([0, 1, 2]);
  });
});
