import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { OutboxEvent } from '#events/define-event';
import { config } from '#shared/platform/config';
import { logger } from '#shared/platform/logger';

const eventBridge = new EventBridgeClient({});

/** PutEvents takes at most 10 entries. */
const BATCH = 10;
/** Retries inside one invocation for entries EventBridge reports as failed (throttling, internal). */
const ATTEMPTS = 4;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Pending {
  sequenceNumber: string;
  entry: PutEventsRequestEntry;
}

function toPending(record: DynamoDBRecord): Pending | undefined {
  const image = record.dynamodb?.NewImage;
  if (!image || !record.dynamodb?.SequenceNumber) return undefined;
  const outbox = unmarshall(image as Record<string, AttributeValue>) as OutboxEvent;
  return {
    sequenceNumber: record.dynamodb.SequenceNumber,
    entry: { EventBusName: config.busName, Source: outbox.source, DetailType: outbox.detailType, Detail: outbox.detail },
  };
}

/** Puts entries, re-sending only those EventBridge reports failed; returns what still failed. */
async function putWithRetries(pending: Pending[]): Promise<Pending[]> {
  let left = pending;
  for (let attempt = 1; attempt <= ATTEMPTS && left.length > 0; attempt++) {
    if (attempt > 1) await sleep(50 * 2 ** attempt);
    const failed: Pending[] = [];
    for (let i = 0; i < left.length; i += BATCH) {
      const batch = left.slice(i, i + BATCH);
      try {
        const result = await eventBridge.send(new PutEventsCommand({ Entries: batch.map((p) => p.entry) }));
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
 * Publishes outbox items from the table stream to the bus. Records that still fail after the
 * retries are reported as batch item failures, so Lambda retries from the first of them
 * (bisecting, and finally sending the record to the DLQ): nothing is lost.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const pending = event.Records.map(toPending).filter((p): p is Pending => p !== undefined);
  const failed = await putWithRetries(pending);
  if (failed.length > 0) logger.error('events not published; the batch will be retried', { count: failed.length });
  logger.info('published outbox events', {
    published: pending.length - failed.length,
    detailTypes: pending.map((p) => p.entry.DetailType),
  });
  return { batchItemFailures: failed.map((p) => ({ itemIdentifier: p.sequenceNumber })) };
};
