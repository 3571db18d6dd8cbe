import { beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireOrQueue, useLeaseItem } from '#shared/rounds/lease';
import { HANDOVER_MARGIN_MS, roundSpacingMs, runRounds } from '#shared/rounds/run-rounds';
import { busEvents, waitFor } from '../support/stack.ts';

// The loop around rounds, on the real lease (DynamoDB Local, a lease item of this test's own);
// the round itself is replaced, so a test decides what arrives while it runs.
const round = vi.hoisted(() => ({ duringNext: [] as (() => Promise<unknown>)[] }));
vi.mock('#shared/rounds/round', () => ({
  runRound: vi.fn(async (reason: string) => {
    await round.duringNext.shift()?.();
    // Long enough that the spacing outlasts the real time the test's lease writes take on a busy machine.
    return { roundId: crypto.randomUUID(), reason, durationMs: 2_000, proposalsWritten: 0, conflicts: 0, stats: { applicants: 0, roles: 0 } };
  }),
}));
const { runRound } = await import('#shared/rounds/round');

const plenty = () => 60_000;
const requestArrives = () => acquireOrQueue(`request-${crypto.randomUUID()}`);

describe('matching rounds', () => {
  beforeEach(() => {
    useLeaseItem(`TEST#${crypto.randomUUID()}`);
    vi.mocked(runRound).mockClear();
    round.duringNext = [];
  });

  it('runs one round when nothing arrives meanwhile, and frees the lease without waiting', async () => {
    const sleep = vi.fn(async () => undefined);
    const { rounds, handedOver } = await runRounds({ reason: 'test', remainingMs: plenty, sleep });
    expect(rounds).toHaveLength(1);
    expect(handedOver).toBe(false);
    expect(sleep).not.toHaveBeenCalled();
    expect(await acquireOrQueue('next')).toBe('acquired');
    // The round is told the invocation's time, so its write retries stop short of the timeout.
    expect(vi.mocked(runRound).mock.calls[0]?.[2]).toMatchObject({ remainingMs: plenty });
  });

  it('requests during a round cause exactly one more, started no sooner than the spacing allows', async () => {
    round.duringNext = [async () => Promise.all([requestArrives(), requestArrives(), requestArrives()])];
    const waits: number[] = [];
    const { rounds } = await runRounds({ reason: 'test', remainingMs: plenty, sleep: async (ms) => void waits.push(ms) });
    expect(rounds.map((r) => r.reason)).toEqual(['test', 'requested during the previous round']);
    // One wait, before the second round: what is left of the spacing after the first.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(roundSpacingMs(2_000));
    expect(await acquireOrQueue('next')).toBe('acquired');
  });

  it('hands the next round over through the outbox when too little time is left, and frees the lease', async () => {
    round.duringNext = [requestArrives];
    const { rounds, handedOver } = await runRounds({
      reason: 'test',
      remainingMs: () => HANDOVER_MARGIN_MS, // less than the margin plus two rounds
      sleep: async () => undefined,
    });
    expect(rounds).toHaveLength(1);
    expect(handedOver).toBe(true);
    expect(await acquireOrQueue('next')).toBe('acquired');
    // The request is not lost: a matching.requested event goes out for a fresh invocation.
    await waitFor(async () => {
      const events = await busEvents();
      return events.some(
        (e) => e['detail-type'] === 'matching.requested' && (e.detail as { data: { reason: string } }).data.reason.startsWith('handed over'),
      )
        ? true
        : undefined;
    }, 'the handed-over matching.requested');
  });

  it('starts the next round as long after the last one ended as it ran, at most 30 s after its start', () => {
    expect(roundSpacingMs(20)).toBe(40);
    expect(roundSpacingMs(450)).toBe(900);
    expect(roundSpacingMs(60_000)).toBe(30_000);
  });

  it('frees the lease when a round fails, and fails', async () => {
    round.duringNext = [async () => Promise.reject(new Error('round broke'))];
    await expect(runRounds({ reason: 'test', remainingMs: plenty })).rejects.toThrow('round broke');
    expect(await acquireOrQueue('next')).toBe('acquired');
  });
});
