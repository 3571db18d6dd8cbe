import { randomUUID } from 'node:crypto';
import { matchingRequested } from '#events/contracts';
import { writeWithEvents } from '#shared/platform/db';
import { logger } from '#shared/platform/logger';
import { acquireQueueOrWatch, continueOrRelease, keepLease, release, watchLease } from './lease.ts';
import { runRound, type RoundRecord } from './round.ts';

/**
 * Under constant load every round ends with a request pending, so rounds would run back to back,
 * each reading the whole pool (on AWS, read capacity in proportion to the pool). The next start
 * is spaced instead, by twice the last round's duration from its start: the pause after a round
 * is as long as the round, so the table serves rounds at most half the time however fast requests
 * come, and a request that arrives during a round waits at most about three rounds' durations.
 * The spacing applies only while requests keep arriving during rounds: a request to an idle lease
 * starts its round at once. The trade-off: a quarter of the time (four times the round, at least
 * 250 ms) left more capacity to the other writers under load, but added up to a second to every
 * proposal while the pool is small; issue 17 measured it (`npm run bench -- e2e`, docs/matching.md).
 */
export function roundSpacingMs(lastRoundMs: number): number {
  return Math.min(MAX_SPACING_MS, 2 * lastRoundMs);
}
const MAX_SPACING_MS = 30_000;
/** Another round starts only if this much time is left after it (rounds take about as long as the last one did). */
export const HANDOVER_MARGIN_MS = 10_000;
/** The reason of a `matching.requested` that hands the watch of a pending request on to a fresh invocation. */
export const WATCH_HANDOVER_REASON = 'handed over: watching a pending request';

export interface RoundLoopOptions {
  reason: string;
  /** The invocation's time left (Lambda context). */
  remainingMs: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Runs rounds while this invocation holds the matching lease: one, then one more for as long as
 * requests arrive meanwhile. When too little time is left for the next one, it gives the lease
 * up and asks for that round through the outbox, so a fresh invocation runs it; a round is never
 * cut off by the function's timeout with the lease held. Returns the rounds it ran.
 */
export async function runRounds({ reason, remainingMs, sleep = sleepFor }: RoundLoopOptions) {
  const holder = randomUUID();
  const rounds: RoundRecord[] = [];
  let outcome = await acquireQueueOrWatch(holder);
  // A handed-over watch goes on watching, though its request is no longer the first pending one.
  if (outcome === 'queued' && reason === WATCH_HANDOVER_REASON) outcome = 'watch';
  if (outcome === 'queued') {
    logger.info('a round is running; it will run once more', { reason });
    return { rounds, handedOver: false };
  }
  if (outcome === 'watch') {
    // The holder may die before it sees this request: watch until it is served, or take over.
    const watched = await watchLease(holder, { until: Date.now() + remainingMs() - HANDOVER_MARGIN_MS, sleep });
    if (watched === 'served') return { rounds, handedOver: false };
    if (watched === 'timeout') {
      const now = new Date();
      await writeWithEvents([], [matchingRequested.outbox({ reason: WATCH_HANDOVER_REASON }, now)], now);
      logger.info('the watch of a pending matching request handed over to a new invocation');
      return { rounds, handedOver: true };
    }
    logger.warn('took over the matching lease of a round that died', { reason });
  }
  // Renewed while this invocation lives; if it dies, the lease expires within LEASE_MS.
  const lease = keepLease(holder);
  try {
    let why = reason;
    for (;;) {
      const started = Date.now();
      const round = await runRound(why, new Date(), { remainingMs });
      rounds.push(round);
      logger.info('matching round done', {
        roundId: round.roundId,
        reason: why,
        proposals: round.proposalsWritten,
        conflicts: round.conflicts,
        applicants: round.stats.applicants,
        roles: round.stats.roles,
        durationMs: round.durationMs,
      });
      if ((await continueOrRelease(holder)) === 'released') return { rounds, handedOver: false };
      why = 'requested during the previous round';
      await sleep(started + roundSpacingMs(round.durationMs) - Date.now());
      if (remainingMs() < 2 * round.durationMs + HANDOVER_MARGIN_MS) {
        await release(holder);
        const now = new Date();
        await writeWithEvents([], [matchingRequested.outbox({ reason: 'handed over: the previous invocation ran out of time' }, now)], now);
        logger.info('matching handed over to a new invocation', { rounds: rounds.length });
        return { rounds, handedOver: true };
      }
    }
  } catch (error) {
    await lease.stop();
    await release(holder);
    throw error;
  } finally {
    await lease.stop();
  }
}
