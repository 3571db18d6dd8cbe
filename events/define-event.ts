import { randomUUID } from 'node:crypto';
import * as z from '#shared/platform/zod';

/** Every Liike event is put on one custom bus with this source. */
export const EVENT_SOURCE = 'liike';

/**
 * The envelope every event detail shares. `eventId` is the outbox item's id, stable across
 * re-publishing, so consumers de-duplicate on it (EventBridge's own `id` changes on a retry).
 */
export const metadataSchema = z.strictObject({
  eventId: z.uuid(),
  version: z.number().check(z.int(), z.positive()),
  occurredAt: z.iso.datetime(),
});
export type EventMetadata = z.infer<typeof metadataSchema>;

/** What the outbox stores and the stream publisher turns into one PutEvents entry. */
export interface OutboxEvent {
  eventId: string;
  source: string;
  detailType: string;
  detail: string;
}

/** The part of an EventBridge event a consumer needs; both AWS and the local bus deliver this shape. */
export interface BusEvent {
  id?: string;
  source: string;
  'detail-type': string;
  detail: unknown;
  time?: string;
}

/**
 * One event contract: the single definition from which the CDK rule pattern, the typed
 * outbox writer (publisher), the consumer's parser and the catalog's JSON Schema (of `detail`,
 * functions/event-schemas.ts) are derived.
 */
export interface EventContract<T extends string, S extends z.ZodMiniObject> {
  readonly detailType: T;
  readonly version: number;
  readonly description: string;
  readonly data: S;
  readonly detail: z.ZodMiniObject<{ metadata: typeof metadataSchema; data: S }>;
  /** The EventBridge rule pattern matching this event, optionally narrowed on `detail.data`. */
  pattern(dataFilter?: Record<string, unknown>): EventPattern;
  /** Builds the outbox record for this event; it is written in the same transaction as the change. */
  outbox(data: z.input<S>, now?: Date): OutboxEvent;
  /** Validates a delivered event and returns its typed detail; throws on a foreign or malformed event. */
  parse(event: BusEvent): { metadata: EventMetadata; data: z.output<S> };
}

export type EventPattern = Record<string, unknown>;

/**
 * Free of side effects, and its schemas made on first use (`data` is a function): a bundle keeps
 * only the contracts it uses, and builds their schemas when it first writes or reads one of them,
 * not at its cold start. esbuild honours this function's annotation only within this file
 * (evanw/esbuild#4369), so each call is marked `@__PURE__` too (contracts.ts).
 */
/* @__NO_SIDE_EFFECTS__ */ export function defineEvent<const T extends string, S extends z.ZodMiniObject>(def: {
  detailType: T;
  version: number;
  description: string;
  data: () => S;
}): EventContract<T, S> {
  let data: S | undefined;
  let detail: z.ZodMiniObject<{ metadata: typeof metadataSchema; data: S }> | undefined;
  const contract: EventContract<T, S> = {
    detailType: def.detailType,
    version: def.version,
    description: def.description,
    get data() {
      return (data ??= def.data());
    },
    get detail() {
      return (detail ??= z.strictObject({ metadata: metadataSchema, data: contract.data }));
    },
    pattern(dataFilter) {
      const pattern: EventPattern = { source: [EVENT_SOURCE], 'detail-type': [def.detailType] };
      if (dataFilter) pattern.detail = { data: dataFilter };
      return pattern;
    },
    outbox(data, now = new Date()) {
      const eventId = randomUUID();
      const value = contract.detail.parse({
        metadata: { eventId, version: def.version, occurredAt: now.toISOString() },
        data,
      });
      return { eventId, source: EVENT_SOURCE, detailType: def.detailType, detail: JSON.stringify(value) };
    },
    parse(event) {
      if (event.source !== EVENT_SOURCE || event['detail-type'] !== def.detailType) {
        throw new Error(`expected ${EVENT_SOURCE}/${def.detailType}, got ${event.source}/${event['detail-type']}`);
      }
      const raw = typeof event.detail === 'string' ? JSON.parse(event.detail) : event.detail;
      return contract.detail.parse(raw) as { metadata: EventMetadata; data: z.output<S> };
    },
  };
  return contract;
}
