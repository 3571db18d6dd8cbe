import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboxEvent } from '#events/define-event';
import { config } from '#shared/platform/config';
import { ddb, keys, UNPUBLISHED_OUTBOX } from '#shared/platform/db';
import { logger } from '#shared/platform/logger';
import { markPublished, putWithRetries } from './publish.ts';

/**
 * How old an unmarked outbox item must be before the sweep republishes it. The stream normally
 * publishes within a second or two; five minutes leaves its own retries room, so the sweep
 * mostly republishes what the stream gave up on or never delivered (records expire after 24 h).
 */
export const SWEEP_AFTER_MS = 5 * 60_000;
/** Items one sweep takes at most (oldest first); the next tick, or redrive, goes on with the rest. */
const MAX_ITEMS = 1000;

export interface SweepResult {
  found: number;
  republished: number;
  failed: number;
  /** The event ids put on the bus again, oldest first. */
  eventIds: string[];
}

interface Unpublished extends OutboxEvent {
  createdAt: string;
}

/** Unmarked outbox items created before `cutoff`, oldest first (index gsi2). */
async function unpublishedBefore(cutoff: Date): Promise<Unpublished[]> {
  const items: Unpublished[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await ddb.send(
      new QueryCommand({
        TableName: config.tableName,
        IndexName: 'gsi2',
        // The sort key starts with createdAt (ISO), so "< cutoff" is "created before the cutoff".
        KeyConditionExpression: 'gsi2pk = :unpublished AND gsi2sk < :cutoff',
        ExpressionAttributeValues: { ':unpublished': UNPUBLISHED_OUTBOX, ':cutoff': cutoff.toISOString() },
        Limit: MAX_ITEMS - items.length,
        ExclusiveStartKey,
      }),
    );
    items.push(...((page.Items ?? []) as Unpublished[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey && items.length < MAX_ITEMS);
  return items;
}

/** Puts the events on the bus (same event ids) and marks those that got there. */
async function republish(events: OutboxEvent[]): Promise<SweepResult> {
  const pending = events.map((event) => ({ event: { eventId: event.eventId, source: event.source, detailType: event.detailType, detail: event.detail } }));
  const failed = new Set(await putWithRetries(pending));
  const published = pending.filter((p) => !failed.has(p)).map((p) => p.event.eventId);
  await markPublished(published);
  return { found: events.length, republished: published.length, failed: failed.size, eventIds: published };
}

/**
 * Republishes every outbox item still unmarked `minAgeMs` after it was written, then marks it:
 * the backstop for events the stream publisher did not publish (its retries ran out, the record
 * expired, a deploy broke it). Events are published at least once; consumers are idempotent on
 * the event id, which a republished event keeps. Fails, after doing what it could, when any
 * event still could not be put, so the tick's retries and the dead-letter alarm see it; those
 * items stay on the index for the next tick.
 */
export async function sweepOutbox(now: Date, { minAgeMs = SWEEP_AFTER_MS }: { minAgeMs?: number } = {}): Promise<SweepResult> {
  const items = await unpublishedBefore(new Date(now.getTime() - minAgeMs));
  const result = items.length === 0 ? { found: 0, republished: 0, failed: 0, eventIds: [] } : await republish(items);
  if (result.found > 0) {
    logger.warn('sweepOutbox republished events the stream had not', {
      found: result.found,
      republished: result.republished,
      failed: result.failed,
      oldestCreatedAt: items[0]!.createdAt,
      detailTypes: items.map((i) => i.detailType),
    });
  }
  if (result.failed > 0) throw new Error(`sweepOutbox: ${result.failed} of ${result.found} events could not be put on the bus; they stay unpublished`);
  return result;
}

/**
 * Republishes the outbox items with these event ids if they are still unmarked, whatever their
 * age (redrive of local stream dead letters, whose records name their item). `settled`: the ids
 * now published (before or by this call) or gone; `republished`: those this call put on the bus.
 */
export async function republishOutboxItems(eventIds: readonly string[]): Promise<{ settled: string[]; republished: string[]; failed: string[] }> {
  const unmarked: OutboxEvent[] = [];
  const settled: string[] = [];
  for (const eventId of eventIds) {
    const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.outbox(eventId), ConsistentRead: true }));
    if (!Item || Item.publishedAt) settled.push(eventId);
    else unmarked.push(Item as OutboxEvent);
  }
  if (unmarked.length === 0) return { settled, republished: [], failed: [] };
  const result = await republish(unmarked);
  const republished = new Set(result.eventIds);
  return {
    settled: [...settled, ...result.eventIds],
    republished: result.eventIds,
    failed: unmarked.map((e) => e.eventId).filter((id) => !republished.has(id)),
  };
}
