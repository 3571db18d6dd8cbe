import { beforeEach, describe, expect, it } from 'vitest';
import { functions } from '#functions/catalog';
import { acquireOrQueue, continueOrRelease, LEASE_MS, release, RENEW_EVERY_MS, useLeaseItem } from '#shared/rounds/lease';

// Real conditional writes on DynamoDB Local, on a lease item of this test's own.
describe('matching lease', () => {
  beforeEach(() => useLeaseItem(`TEST#${crypto.randomUUID()}`));

  it('lets one round run; requests during it cause exactly one more round', async () => {
    expect(await acquireOrQueue('round-a')).toBe('acquired');
    const others = await Promise.all(['b', 'c', 'd', 'e'].map((r) => acquireOrQueue(`round-${r}`)));
    expect(others).toEqual(['queued', 'queued', 'queued', 'queued']);
    expect(await continueOrRelease('round-a')).toBe('again');
    expect(await continueOrRelease('round-a')).toBe('released');
    expect(await acquireOrQueue('round-f')).toBe('acquired');
  });

  it('of many simultaneous requests exactly one acquires', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => acquireOrQueue(`round-${i}`)));
    expect(results.filter((r) => r === 'acquired')).toHaveLength(1);
  });

  it('is short (a dead round is taken over within a minute) and renewed well within its length', () => {
    expect(LEASE_MS).toBeLessThanOrEqual(60_000);
    expect(RENEW_EVERY_MS * 3).toBeLessThanOrEqual(LEASE_MS);
    expect(LEASE_MS).toBeLessThan(functions.runMatchingRound.timeoutSeconds * 1000); // hence the renewals
  });

  it('is taken over when a crashed round leaves it to expire', async () => {
    const start = Date.now();
    expect(await acquireOrQueue('crashed', start)).toBe('acquired');
    expect(await acquireOrQueue('next', start + 1000)).toBe('queued');
    expect(await acquireOrQueue('next', start + LEASE_MS + 1)).toBe('acquired');
    // The crashed holder finding its lease gone just stops.
    expect(await continueOrRelease('crashed', start + LEASE_MS + 2)).toBe('released');
  });

  it('release after a failure keeps the lease free for the next round', async () => {
    expect(await acquireOrQueue('failing')).toBe('acquired');
    await release('failing');
    expect(await acquireOrQueue('next')).toBe('acquired');
  });
});
