import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type * as z from '#shared/platform/zod';
import type { BusEvent, EventContract, EventMetadata } from '#events/define-event';
import { once } from './idempotency.ts';
import { lambdaContext, logger } from './logger.ts';

/** How long a handled event is remembered; EventBridge retries for at most 24 hours. */
const SEEN_FOR_SECONDS = 2 * 86_400;

type AnyContract = EventContract<string, z.ZodMiniObject>;

/** What a scheduled rule delivers (source `aws.events`); its `id` is unique per tick. */
export const isScheduledEvent = (event: BusEvent) => event.source === 'aws.events' && event['detail-type'] === 'Scheduled Event';

function wrap(name: string, handle: (event: BusEvent, context: Context) => Promise<void>) {
  return middy<BusEvent, void>()
    .use(lambdaContext())
    .handler(handle);
}

/** Runs `work` at most once per key: a thrown error leaves no record, so a retry runs it again. */
async function onceFor(context: Context, scope: string, key: string, work: () => Promise<void>): Promise<void> {
  await once(context, { expiresAfterSeconds: SEEN_FOR_SECONDS }, { scope, key, payload: key }, async () => {
    await work();
    return { handled: true };
  });
}

/**
 * Wraps a consumer of one event: parses the detail with the contract, and runs the work at most
 * once per event id (the outbox id, stable across re-publishing), so duplicate deliveries are
 * harmless. With `onSchedule`, a scheduled tick runs the work too, with that data.
 */
export function consumer<S extends z.ZodMiniObject>(
  name: string,
  contract: EventContract<string, S>,
  work: (data: z.output<S>, metadata: EventMetadata, context: Context) => Promise<void>,
  options: { onSchedule?: z.input<S> } = {},
) {
  return wrap(name, async (event, context) => {
    if (options.onSchedule && isScheduledEvent(event) && event.id) {
      const data = contract.data.parse(options.onSchedule) as z.output<S>;
      const metadata = { eventId: event.id, version: contract.version, occurredAt: event.time ?? new Date().toISOString() };
      logger.appendKeys({ eventId: event.id, detailType: 'Scheduled Event' });
      return onceFor(context, name, event.id, () => work(data, metadata, context));
    }
    const { metadata, data } = contract.parse(event);
    logger.appendKeys({ eventId: metadata.eventId, detailType: contract.detailType });
    await onceFor(context, name, metadata.eventId, () => work(data, metadata, context));
  });
}

/** A consumer of several events that only needs to know which one arrived. */
export function consumerOfAny(
  name: string,
  contracts: readonly AnyContract[],
  work: (detailType: string, metadata: EventMetadata, data: unknown, context: Context) => Promise<void>,
) {
  return wrap(name, async (event, context) => {
    const contract = contracts.find((c) => c.detailType === event['detail-type']);
    if (!contract) throw new Error(`${name} does not consume ${event['detail-type']}`);
    const { metadata, data } = contract.parse(event);
    logger.appendKeys({ eventId: metadata.eventId, detailType: contract.detailType });
    await onceFor(context, name, metadata.eventId, () => work(contract.detailType, metadata, data, context));
  });
}

/**
 * The time a scheduled event stands for: its `time` (when the rule fired), so a retry of the
 * tick sees the same moment and the local stack can run a tick at any date (`npm run tick`).
 */
export function scheduledTime(event: BusEvent): Date {
  const at = event.time ? new Date(event.time) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
}

/** A function run only by a schedule: at most once per tick (the scheduled event's id). */
export function scheduled(name: string, work: (now: Date) => Promise<unknown>) {
  return wrap(name, async (event, context) => {
    if (!isScheduledEvent(event) || !event.id) throw new Error(`${name} runs on its schedule only`);
    logger.appendKeys({ eventId: event.id, detailType: 'Scheduled Event' });
    await onceFor(context, name, event.id, async () => {
      await work(scheduledTime(event));
    });
  });
}
