import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from './config.ts';
import { ddb } from './db.ts';
import { emailHash } from './email-hash.ts';

/**
 * Addresses mail must no longer go to (a permanent bounce, a spam complaint), kept without the
 * address: the item is keyed by the SHA-256 of the trimmed, lower-cased address, as the
 * applicant's email lookup is, so the table holds no list of addresses and erasure needs nothing
 * extra. Written by the deliverability consumer (shared/deliverability/); read by the mailer.
 */
export const undeliverableKey = (address: string) => ({ pk: `UNDELIVERABLE#${emailHash(address)}`, sk: 'UNDELIVERABLE' });

/** Why an address is undeliverable: SES's bounce type and subtype, or a complaint. */
export type UndeliverableReason = `bounce:${string}` | 'complaint';

export interface UndeliverableItem {
  pk: string;
  sk: 'UNDELIVERABLE';
  type: 'UNDELIVERABLE';
  reason: UndeliverableReason;
  /** When SES reported it (ISO). */
  reportedAt: string;
  /** SES's message id of the mail that bounced or was complained about: support can find it in SES. */
  sesMessageId: string;
}

/** True when mail to the address has bounced for good or was marked as spam. */
export async function isUndeliverable(address: string): Promise<boolean> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: undeliverableKey(address), ProjectionExpression: 'pk' }));
  return Item !== undefined;
}
