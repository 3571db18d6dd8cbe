import { matchingRequested } from '#events/contracts';
import { consumerOfAny } from '#shared/platform/consumer';
import { writeWithEvents } from '#shared/platform/db';
import { functions } from '#functions/catalog';

/**
 * Anything that puts an applicant or a place into the pool asks for a round. The request goes
 * through the outbox like every event, so it is never lost; the round consumer coalesces them.
 */
export const handler = consumerOfAny('requestMatching', functions.requestMatching.trigger.events, async (detailType) => {
  const now = new Date();
  await writeWithEvents([], [matchingRequested.outbox({ reason: detailType }, now)], now);
});
