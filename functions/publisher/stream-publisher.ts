import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { OutboxEvent } from '#events/define-event';
import { logger } from '#shared/platform/logger';
import { markPublished, putWithRetries } from '#shared/outbox/publish';

interface Pending {
  sequenceNumber: string;
  event: OutboxEvent;
}

function toPending(record: DynamoDBRecord): Pending | undefined {
  const image = record.dynamodb?.NewImage;
  if (!image || !record.dynamodb?.SequenceNumber) return undefined;
  const { eventId, source, detailType, detail } = unmarshall(image as Record<string, AttributeValue>) as OutboxEvent;
  return { sequenceNumber: record.dynamodb.SequenceNumber, event: { eventId, source, detailType, detail } };
}

/**
 * Publishes outbox items from the table stream to the bus, then marks each published item
 * (shared/outbox/publish.ts). Records that still fail after the retries are reported as batch
 * item failures, so Lambda retries from the first of them (bisecting, and finally sending the
 * batch's shard and sequence numbers to the DLQ); their items stay unmarked, on the index the
 * outbox sweep republishes from: nothing is lost, even when the stream's retries run out. The
 * marking is an UPDATE, which the stream filter (INSERTs only) does not pass back to us.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const pending = event.Records.map(toPending).filter((p): p is Pending => p !== undefined);
  const failed = await putWithRetries(pending);
  if (failed.length > 0) logger.error('events not published; the batch will be retried', { count: failed.length });
  const failedSet = new Set(failed);
  const marked = await markPublished(pending.filter((p) => !failedSet.has(p)).map((p) => p.event.eventId));
  logger.info('published outbox events', {
    published: pending.length - failed.length,
    marked,
    detailTypes: pending.map((p) => p.event.detailType),
  });
  return { batchItemFailures: failed.map((p) => ({ itemIdentifier: p.sequenceNumber })) };
};
