import type { Context } from 'aws-lambda';
import type { BusEvent } from '#events/define-event';
import { matchingRequested } from '#events/contracts';
import { consumer, consumerOfAny, isScheduledEvent } from '#shared/platform/consumer';
import { logger } from '#shared/platform/logger';
import { asksForRound } from '#shared/rounds/requests';
import { runRounds } from '#shared/rounds/run-rounds';
import { roundTriggerEvents } from '#functions/rule-events';

/**
 * One round at a time: a request that finds a round running only marks the lease, and that
 * round runs exactly once more when it ends. The schedule catches anything a request missed.
 *
 * Invoked by the events that can change a round's result themselves (the catalog's trigger), not
 * through a `matching.requested` of their own: each is already written with its change and kept
 * by the bus until delivered, retried, and dead-lettered if it keeps failing, just as a request
 * written through the outbox would be; such a request only added a publish hop to every proposal.
 * `matching.requested` remains for a round handed over to a fresh invocation (run-rounds.ts).
 */
const onRequest = consumer(
  'runMatchingRound',
  matchingRequested,
  async ({ reason }, _metadata, context) => {
    await runRounds({ reason, remainingMs: () => context.getRemainingTimeInMillis() });
  },
  { onSchedule: { reason: 'schedule' } },
);

const onChange = consumerOfAny('runMatchingRound', roundTriggerEvents, async (detailType, _metadata, data, context) => {
  // The rule passes only the role changes that ask for a round; a redriven one is checked again.
  if (!asksForRound(detailType, data)) {
    logger.info('the change lets no one new in; no round asked for', { detailType });
    return;
  }
  await runRounds({ reason: detailType, remainingMs: () => context.getRemainingTimeInMillis() });
});

export const handler = (event: BusEvent, context: Context) =>
  isScheduledEvent(event) || event['detail-type'] === matchingRequested.detailType ? onRequest(event, context) : onChange(event, context);
