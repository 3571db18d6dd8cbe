import { randomUUID } from 'node:crypto';
import { matchingRequested } from '#events/catalog';
import { consumer } from '#shared/consumer';
import { logger } from '#shared/logger';
import { acquireOrQueue, continueOrRelease, release } from '#shared/matching-lease';
import { runRound } from '#shared/matching-round';

/**
 * One round at a time: a request that finds a round running only marks the lease, and that
 * round runs exactly once more when it ends. The schedule catches anything a request missed.
 */
export const handler = consumer(
  'runMatchingRound',
  matchingRequested,
  async ({ reason }) => {
    const holder = randomUUID();
    if ((await acquireOrQueue(holder)) === 'queued') {
      logger.info('a round is running; it will run once more', { reason });
      return;
    }
    try {
      let why = reason;
      do {
        const round = await runRound(why);
        logger.info('matching round done', {
          roundId: round.roundId,
          reason: why,
          proposals: round.proposalsWritten,
          conflicts: round.conflicts,
          applicants: round.stats.applicants,
          roles: round.stats.roles,
          durationMs: round.durationMs,
        });
        why = 'requested during the previous round';
      } while ((await continueOrRelease(holder)) === 'again');
    } catch (error) {
      await release(holder);
      throw error;
    }
  },
  { onSchedule: { reason: 'schedule' } },
);
