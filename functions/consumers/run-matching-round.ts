import { matchingRequested } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { runRounds } from '#shared/rounds/run-rounds';

/**
 * One round at a time: a request that finds a round running only marks the lease, and that
 * round runs exactly once more when it ends. The schedule catches anything a request missed.
 */
export const handler = consumer(
  'runMatchingRound',
  matchingRequested,
  async ({ reason }, _metadata, context) => {
    await runRounds({ reason, remainingMs: () => context.getRemainingTimeInMillis() });
  },
  { onSchedule: { reason: 'schedule' } },
);
