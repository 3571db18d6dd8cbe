import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb } from '#shared/platform/db';
import { logger } from '#shared/platform/logger';
import { undeliverableExpiresAt, undeliverableKey, type UndeliverableItem } from '#shared/platform/undeliverable';
import { holdApplicationsOf } from './hold.ts';
import { alertIfSchoolContact } from './school-contacts.ts';
import { undeliverableFrom } from './ses-events.ts';

/**
 * Records each address an SES bounce or complaint makes undeliverable (by its hash: the address
 * is not stored), so the mailer skips it from now on; then holds the open applications of that
 * address (hold.ts) and, when it is a school's coordinator or deputy, tells programme staff
 * (school-contacts.ts). The record is a put of the same facts (its expiry counted from SES's
 * report), and the hold and the alert are conditional writes with their events: a duplicate or
 * retried delivery of the event changes nothing and sends nothing. Logs counts and ids only.
 */
export async function recordUndeliverable(event: unknown, now = new Date()): Promise<number> {
  const found = undeliverableFrom(event);
  let held = 0;
  let alerted = 0;
  for (const { address, reason, reportedAt, sesMessageId } of found) {
    const item: UndeliverableItem = {
      ...undeliverableKey(address),
      sk: 'UNDELIVERABLE',
      type: 'UNDELIVERABLE',
      reason,
      reportedAt,
      sesMessageId,
      expiresAt: undeliverableExpiresAt(reportedAt),
    };
    await ddb.send(new PutCommand({ TableName: config.tableName, Item: item }));
    held += await holdApplicationsOf(address, { reason, since: reportedAt }, now);
    alerted += await alertIfSchoolContact(address, reportedAt, now);
  }
  logger.info('undeliverable addresses recorded', { count: found.length, held, alerted, sesMessageId: found[0]?.sesMessageId });
  return found.length;
}
