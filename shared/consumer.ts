import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Context } from 'aws-lambda';
import type { z } from 'zod';
import type { BusEvent, EventContract, EventMetadata } from '#events/contract';
import { once } from './idempotency.ts';
import { logger } from './logger.ts';

/** How long a handled event is remembered; EventBridge retries for at most 24 hours. */
const SEEN_FOR_SECONDS = 2 * 86_400;

/**
 * Wraps a consumer of one event: parses the detail with the contract, and runs the work at most
 * once per event id (the outbox id, stable across re-publishing), so duplicate deliveries are
 * harmless. A thrown error leaves no record, so the bus's retry runs the work again.
 */
export function consumer<S extends z.ZodObject>(
  name: string,
  contract: EventContract<string, S>,
  work: (data: z.output<S>, metadata: EventMetadata) => Promise<void>,
) {
  return middy<BusEvent, void>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(async (event: BusEvent, context: Context) => {
      const { metadata, data } = contract.parse(event);
      logger.appendKeys({ eventId: metadata.eventId, detailType: contract.detailType });
      await once(
        context,
        { expiresAfterSeconds: SEEN_FOR_SECONDS },
        { scope: name, key: metadata.eventId, payload: metadata.eventId },
        async () => {
          await work(data, metadata);
          return { handled: true };
        },
      );
    });
}
