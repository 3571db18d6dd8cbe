import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { signInRequested } from '#events/contracts';
import { config } from '#shared/platform/config';
import { ddb, epochSeconds, writeWithEvents } from '#shared/platform/db';
import { DEFAULT_LANGUAGE, type Language } from '#shared/platform/i18n';
import { limitUpdate, type Limit } from '#shared/platform/http/rate-limit';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { issueLink } from '#shared/links/tokens';
import { forReaderIn } from '#shared/vocabulary/time-zones';
import { identify, isKnown, normalisedEmail } from './identity.ts';
import { signInEmail } from './email.ts';
import { SIGN_INS_PER_ADDRESS_PER_HOUR } from './limits.ts';

/*
 * Asking for a sign-in link. The page's answer must not tell whether an address is known, in
 * its words or its timing: so the request does the same for every address, one transaction
 * (the request item, its event, the client's count), and who the address is, is worked out
 * afterwards by the event's consumer, which emails a link only to an address Liike knows.
 */

export interface SignInRequestItem {
  pk: string;
  sk: 'SIGNIN';
  type: 'SIGNIN_REQUEST';
  requestId: string;
  /** Trimmed and lower-cased. Kept a day (TTL): the link it leads to works 15 minutes. */
  email: string;
  /** The sign-in page's language: the email's, when the address has none of its own (staff). */
  pageLanguage: Language;
  createdAt: string;
  expiresAt: number;
}

export const signInRequestKey = (requestId: string) => ({ pk: `SIGNIN#${requestId}`, sk: 'SIGNIN' as const });

/** Sign-in requests per client network address and hour: what one machine can make the table and the bus do. */
export const signInsPerClient = (clientAddress: string): Limit => ({ name: 'sign-in-requests', subject: clientAddress, max: config.signInsPerClientPerHour, windowSeconds: 3600 });
/** Links sent to one address per hour: the form cannot flood an inbox. */
export const signInLinksPerAddress = (email: string): Limit => ({ name: 'sign-in-links', subject: email, max: SIGN_INS_PER_ADDRESS_PER_HOUR, windowSeconds: 3600 });

/** Stores the request and its event; 'limited' when the client has asked too often this hour. */
export async function requestSignIn(email: string, pageLanguage: Language, clientAddress: string, now: Date): Promise<'requested' | 'limited'> {
  const requestId = randomUUID();
  const item: SignInRequestItem = {
    ...signInRequestKey(requestId),
    type: 'SIGNIN_REQUEST',
    requestId,
    email: normalisedEmail(email),
    pageLanguage,
    createdAt: now.toISOString(),
    expiresAt: epochSeconds(now) + 86_400,
  };
  for (let attempt = 1; ; attempt++) {
    try {
      await writeWithEvents(
        [limitUpdate(signInsPerClient(clientAddress), now), { Put: { TableName: config.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }],
        [signInRequested.outbox({ requestId }, now)],
        now,
      );
      return 'requested';
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      // The count is the first item: its condition failing is the limit.
      if (error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return 'limited';
      // A school's staff room shares one address: two requests at once contend for its count.
      // Tried again (nothing was written), as a person pressing the button again would.
      const contended = error.CancellationReasons?.some((r) => r.Code === 'TransactionConflict');
      if (!contended || attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}

/**
 * On signIn.requested: counts the link against the address's hourly limit (unknown addresses
 * too, so counting says nothing either), then emails a link if the address is known. Logs ids
 * and outcomes only, never the address.
 */
export async function sendSignInLink(requestId: string, now = new Date()): Promise<'sent' | 'unknown' | 'limited' | 'gone'> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: signInRequestKey(requestId) }));
  const request = Item as SignInRequestItem | undefined;
  if (!request) return 'gone';
  try {
    await ddb.send(new UpdateCommand(limitUpdate(signInLinksPerAddress(request.email), now).Update));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    logger.info('sign-in link not sent: the address had its links for this hour', { requestId });
    return 'limited';
  }
  const identity = await identify(request.email);
  if (!isKnown(identity)) {
    logger.info('sign-in asked for an address Liike does not know; nothing sent', { requestId });
    // The table keeps no list of addresses it does not know (email-hash.ts): the request goes now.
    await forget(requestId);
    return 'unknown';
  }
  const language = identity.language ?? request.pageLanguage ?? DEFAULT_LANGUAGE;
  const { url, item } = await issueLink('signIn', requestId, language, { now, ...(identity.country ? { readerCountry: identity.country } : {}) });
  await sendEmail(request.email, signInEmail.render(language, { url, validUntil: forReaderIn(item.validUntil, identity.country) }));
  logger.info('sign-in link sent', { requestId });
  return 'sent';
}

/** The request for an address Liike does not know: nothing will be sent, and the address need not be kept. */
async function forget(requestId: string) {
  await ddb.send(new DeleteCommand({ TableName: config.tableName, Key: signInRequestKey(requestId) }));
}

export async function getSignInRequest(requestId: string): Promise<SignInRequestItem | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: signInRequestKey(requestId), ConsistentRead: true }));
  return Item as SignInRequestItem | undefined;
}
