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

/**
 * How long an address stays undeliverable: a year from SES's report, then the item expires
 * (TTL) and the mailer tries the address again. Not forever, because a mailbox that did not
 * exist may be created and a person who marked a mail as spam may apply again, and the hash is
 * still data about a person, kept no longer than the rest (a never-placed application goes 12
 * months after its period, a status link lasts a year). Trying again costs little: SES keeps
 * its own account-level suppression list (the configuration set suppresses bounces and
 * complaints) until someone removes the address there, and a mail it suppresses comes back as
 * a permanent bounce, which records the address again.
 */
export const UNDELIVERABLE_DAYS = 365;

/** Epoch seconds at which a record reported at `reportedAt` expires. */
export const undeliverableExpiresAt = (reportedAt: string) => Math.floor(new Date(reportedAt).getTime() / 1000) + UNDELIVERABLE_DAYS * 86_400;

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
  /** TTL (epoch seconds): UNDELIVERABLE_DAYS after `reportedAt`. */
  expiresAt: number;
}

/**
 * True when mail to the address has bounced for good or was marked as spam, within the last
 * UNDELIVERABLE_DAYS (DynamoDB deletes an expired item within days, not at once, so the expiry is
 * checked here too; a record written before records expired has none and still counts).
 */
export async function isUndeliverable(address: string, now = new Date()): Promise<boolean> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: undeliverableKey(address), ProjectionExpression: 'pk, expiresAt' }));
  if (!Item) return false;
  return typeof Item.expiresAt !== 'number' || Item.expiresAt > now.getTime() / 1000;
}
