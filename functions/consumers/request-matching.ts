import { matchingRequested } from '#events/contracts';
import { consumerOfAny } from '#shared/platform/consumer';
import { writeWithEvents } from '#shared/platform/db';
import { logger } from '#shared/platform/logger';
import { asksForRound } from '#shared/rounds/requests';
import { requestMatchingEvents } from '#functions/rule-events';

/**
 * Anything that puts an applicant or a place into the pool asks for a round (a role change only
 * when it says so: asksForRound). The request goes through the outbox like every event, so it is
 * never lost; the round consumer coalesces them.
 */
export const handler = consumerOfAny('requestMatching', requestMatchingEvents, async (detailType, _metadata, data) => {
  if (!asksForRound(detailType, data)) {
    logger.info('the change lets no one new in; no round asked for', { detailType });
    return;
  }
  const now = new Date();
  await writeWithEvents([], [matchingRequested.outbox({ reason: detailType }, now)], now);
});
