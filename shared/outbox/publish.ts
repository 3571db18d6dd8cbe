import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboxEvent } from '#events/define-event';
import { config } from '#shared/platform/config';
import { ddb, epochSeconds, keys } from '#shared/platform/db';
import { logger } from '#shared/platform/logger';

const eventBridge = new EventBridgeClient({});

/** PutEvents takes at most 10 entries. */
const BATCH = 10;
/** Retries inside one invocation for entries EventBridge reports as failed (throttling, internal). */
const ATTEMPTS = 4;
/** A published outbox item is kept this long (then TTL removes it): time to look at it after an incident. */
const PUBLISHED_TTL_SECONDS = 7 * 86_400;
/** Marking UpdateItems in flight at once: a stream batch holds up to 100 items. */
const MARK_CONCURRENCY = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The PutEvents entry of an outbox event. The detail is the stored string as written, so every
 * publication of an item, by the stream or by the sweep, carries the same `metadata.eventId`, on
 * which consumers de-duplicate.
 */
export const entryOf = (event: OutboxEvent): PutEventsRequestEntry => ({
  EventBusName: config.busName,
  Source: event.source,
  DetailType: event.detailType,
  Detail: event.detail,
});

/** Puts the items' events, re-sending only those EventBridge reports failed; returns what still failed. */
export async function putWithRetries<T extends { event: OutboxEvent }>(items: T[]): Promise<T[]> {
  let left = items;
  for (let attempt = 1; attempt <= ATTEMPTS && left.length > 0; attempt++) {
    if (attempt > 1) await sleep(50 * 2 ** attempt);
    const failed: T[] = [];
    for (let i = 0; i < left.length; i += BATCH) {
      const batch = left.slice(i, i + BATCH);
      try {
        const result = await eventBridge.send(new PutEventsCommand({ Entries: batch.map((p) => entryOf(p.event)) }));
        if (result.FailedEntryCount) {
          // Entries come back in request order; a failed one has an ErrorCode.
          result.Entries?.forEach((entry, j) => entry.ErrorCode && failed.push(batch[j]!));
          logger.warn('PutEvents reported failed entries', {
            failedEntryCount: result.FailedEntryCount,
            errorCodes: result.Entries?.flatMap((e) => (e.ErrorCode ? [e.ErrorCode] : [])),
            attempt,
          });
        }
      } catch (error) {
        logger.warn('PutEvents call failed', { error: error as Error, attempt });
        failed.push(...batch);
      }
    }
    left = failed;
  }
  return left;
}

/**
 * Marks outbox items published: takes them off the unpublished index (so the sweep leaves them
 * alone) and gives them their TTL. Conditional, so an item that is gone (TTL, or never written,
 * as in tests that publish bare stream records) is not created as a stub, and an item already
 * marked keeps its first time. A marking that fails otherwise is only logged: the event is on the
 * bus, and the worst outcome is that the sweep publishes it once more, which consumers ignore.
 * Returns how many were marked now.
 */
export async function markPublished(eventIds: readonly string[], now = new Date()): Promise<number> {
  let marked = 0;
  const queue = [...eventIds];
  const worker = async () => {
    for (let eventId = queue.shift(); eventId !== undefined; eventId = queue.shift()) {
      try {
        await ddb.send(
          new UpdateCommand({
            TableName: config.tableName,
            Key: keys.outbox(eventId),
            UpdateExpression: 'SET publishedAt = :now, expiresAt = :expires REMOVE gsi2pk, gsi2sk',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(publishedAt)',
            ExpressionAttributeValues: { ':now': now.toISOString(), ':expires': epochSeconds(now) + PUBLISHED_TTL_SECONDS },
          }),
        );
        marked += 1;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) continue;
        logger.warn('an outbox item was published but not marked; the sweep will publish it again', { eventId, error: (error as Error).name });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(MARK_CONCURRENCY, queue.length) }, worker));
  return marked;
}
