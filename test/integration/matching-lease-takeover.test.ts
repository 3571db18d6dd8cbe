import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ddb, keys } from '#shared/platform/db';
import { acquireOrQueue, acquireQueueOrWatch, continueOrRelease, keepLease, LEASE_MS, useLeaseItem } from '#shared/rounds/lease';
import { runRounds } from '#shared/rounds/run-rounds';

/*
 * A round whose process died: its lease is taken over once it expires, and a request that was
 * queued on it ("run again") is served by the request's own invocation, which watched the lease.
 * The real lease on DynamoDB Local (an item of this test's own); the round itself is replaced.
 * The clock is moved by acquiring with a `now` in the past, so the dead holder's lease expires
 * within a second of real time instead of LEASE_MS.
 */
vi.mock('#shared/rounds/round', () => ({
  runRound: vi.fn(async (reason: string) => ({
    roundId: crypto.randomUUID(),
    reason,
    durationMs: 5,
    proposalsWritten: 0,
    conflicts: 0,
    stats: { applicants: 0, roles: 0 },
  })),
}));
const { runRound } = await import('#shared/rounds/round');

let leaseName = '';
const leaseItem = async () =>
  (await ddb.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.matchingLease(leaseName), ConsistentRead: true }))).Item;
const plenty = () => 60_000;
/** A holder that took the lease and died: its lease ends `ms` from now (the clock moved back). */
const diedHolding = (ms: number) => acquireOrQueue('died', Date.now() - LEASE_MS + ms);

describe('a matching round that died', () => {
  beforeEach(() => {
    leaseName = `TEST#${crypto.randomUUID()}`;
    useLeaseItem(leaseName);
    vi.mocked(runRound).mockClear();
  });

  it('is taken over once its lease expires, and the queued request is served by its watcher', async () => {
    // Timed from before the dead holder's write: its lease ends 600 ms after that call, however
    // long the write itself takes on a busy machine.
    const started = Date.now();
    expect(await diedHolding(600)).toBe('acquired');
    const { rounds, handedOver } = await runRounds({ reason: 'application.submitted', remainingMs: plenty });
    const waited = Date.now() - started;
    expect(handedOver).toBe(false);
    expect(rounds.map((r) => r.reason)).toEqual(['application.submitted']);
    expect(waited).toBeGreaterThanOrEqual(450);
    expect(waited).toBeLessThan(5_000);
    // Afterwards the lease is free: nothing is left pending or held.
    expect(await leaseItem()).toMatchObject({ pending: false });
    expect((await leaseItem())?.holder).toBeUndefined();
  });

  it('only the first queued request watches; the others return at once', async () => {
    expect(await diedHolding(800)).toBe('acquired');
    const watcher = runRounds({ reason: 'first', remainingMs: plenty });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const others = await Promise.all([1, 2, 3].map(() => runRounds({ reason: 'later', remainingMs: plenty })));
    expect(others.every((o) => o.rounds.length === 0)).toBe(true);
    expect((await watcher).rounds).toHaveLength(1);
    expect(runRound).toHaveBeenCalledTimes(1);
  });

  it('a live holder serves the request itself; the watcher then returns without a round', async () => {
    expect(await acquireOrQueue('alive')).toBe('acquired');
    const watcher = runRounds({ reason: 'queued', remainingMs: plenty });
    await expect.poll(async () => (await leaseItem())?.pending, { timeout: 5_000 }).toBe(true);
    expect(await continueOrRelease('alive')).toBe('again'); // the holder goes round again for it
    expect((await watcher).rounds).toHaveLength(0);
    expect(await continueOrRelease('alive')).toBe('released');
  });

  it('hands the watch on when its invocation runs short of time', async () => {
    expect(await acquireOrQueue('alive-but-slow')).toBe('acquired');
    const { rounds, handedOver } = await runRounds({ reason: 'queued', remainingMs: () => 10_500 });
    expect(rounds).toHaveLength(0);
    expect(handedOver).toBe(true);
    expect(await acquireQueueOrWatch('another')).toBe('queued'); // still pending: the new invocation watches
  });

  it('is renewed while its holder lives, and the renewal notices a lease lost', async () => {
    expect(await acquireOrQueue('renewing', Date.now() - LEASE_MS + 300)).toBe('acquired');
    const before = (await leaseItem())!.leaseUntil as number;
    const lease = keepLease('renewing', { everyMs: 50 });
    await expect.poll(async () => (await leaseItem())!.leaseUntil as number, { timeout: 5_000 }).toBeGreaterThan(before + LEASE_MS / 2);
    // Still renewed past the original expiry: nobody can take it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await acquireQueueOrWatch('intruder')).toBe('watch');
    expect(lease.lost()).toBe(false);
    await lease.stop();
    // Taken by another (its clock far ahead): the next renewal of the old holder finds it lost.
    expect(await acquireOrQueue('next', Date.now() + 2 * LEASE_MS)).toBe('acquired');
    const stale = keepLease('renewing', { everyMs: 50 });
    await expect.poll(() => stale.lost(), { timeout: 5_000 }).toBe(true);
    await stale.stop();
  });
});
