import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb } from '#shared/platform/db';
import { logger } from '#shared/platform/logger';
import { undeliverableKey, type UndeliverableItem } from '#shared/platform/undeliverable';
import { undeliverableFrom } from './ses-events.ts';

/**
 * Records each address an SES bounce or complaint makes undeliverable (by its hash: the address
 * is not stored), so the mailer skips it from now on. A put of the same facts: a duplicate or
 * retried delivery of the event changes nothing. Logs the count and SES's message id only.
 */
export async function recordUndeliverable(event: unknown): Promise<number> {
  const found = undeliverableFrom(event);
  for (const { address, reason, reportedAt, sesMessageId } of found) {
    const item: UndeliverableItem = { ...undeliverableKey(address), sk: 'UNDELIVERABLE', type: 'UNDELIVERABLE', reason, reportedAt, sesMessageId };
    await ddb.send(new PutCommand({ TableName: config.tableName, Item: item }));
  }
  logger.info('undeliverable addresses recorded', { count: found.length, sesMessageId: found[0]?.sesMessageId });
  return found.length;
}
