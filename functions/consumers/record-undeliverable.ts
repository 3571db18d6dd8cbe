import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { recordUndeliverable } from '#shared/deliverability/record';
import { logger } from '#shared/platform/logger';

/**
 * SES's bounce and complaint events (from the default bus, not Liike's outbox): the addresses
 * are recorded as undeliverable. No idempotency record is needed: the write is a put of the same
 * facts, harmless when repeated.
 */
export const handler = middy<unknown, void>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event) => {
    await recordUndeliverable(event);
  });
