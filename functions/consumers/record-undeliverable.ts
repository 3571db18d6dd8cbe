import middy from '@middy/core';
import { recordUndeliverable } from '#shared/deliverability/record';
import { lambdaContext } from '#shared/platform/logger';

/**
 * SES's bounce and complaint events (from the default bus, not Liike's outbox): the addresses
 * are recorded as undeliverable, their open applications held and a school whose contact they are
 * reported to staff. No idempotency record is needed: the record is a put of the same facts, and
 * the hold and the report are conditional writes with their events, so a repeat changes nothing.
 */
export const handler = middy<unknown, void>()
  .use(lambdaContext())
  .handler(async (event) => {
    await recordUndeliverable(event);
  });
