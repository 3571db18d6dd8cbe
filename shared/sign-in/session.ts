import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { config } from '#shared/platform/config';
import { ddb, epochSeconds } from '#shared/platform/db';
import type { Language } from '#shared/platform/i18n';

/*
 * Sessions of the desks. A session id is 256 random bits, sent only as a cookie; the table keeps
 * its SHA-256 (a leaked table opens no desk), with the address it belongs to and a TTL. The
 * cookie is `__Host-` (Secure, Path=/, no Domain: only this host, over HTTPS, can set or read
 * it), HttpOnly (no script reads it) and SameSite=Lax (another site's form does not carry it).
 * Signing out deletes the item, so the cookie is refused wherever it was copied to.
 */

export const SESSION_COOKIE = '__Host-liike-session';
/** A working day: a coordinator signs in once in the morning. */
export const SESSION_HOURS = 12;

export interface SessionItem {
  pk: string;
  sk: 'SESSION';
  type: 'SESSION';
  /** Trimmed and lower-cased. */
  email: string;
  /** The language the desk is shown in (the sign-in email's). */
  language: Language;
  createdAt: string;
  validUntil: string;
  /** TTL: DynamoDB removes it some time after validUntil; until then validUntil is what counts. */
  expiresAt: number;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const sessionKey = (id: string) => ({ pk: `SESSION#${createHash('sha256').update(id).digest('hex')}`, sk: 'SESSION' as const });

/** A new session's id (for the cookie only) and the item to store. */
export function newSession(email: string, language: Language, now: Date): { id: string; item: SessionItem } {
  const id = randomBytes(32).toString('base64url');
  const validUntil = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  return {
    id,
    item: {
      ...sessionKey(id),
      type: 'SESSION',
      email,
      language,
      createdAt: now.toISOString(),
      validUntil: validUntil.toISOString(),
      expiresAt: epochSeconds(validUntil) + 3600,
    },
  };
}

export const sessionCookie = (id: string) => `${SESSION_COOKIE}=${id}; Path=/; Max-Age=${SESSION_HOURS * 3600}; HttpOnly; Secure; SameSite=Lax`;
/** Tells the browser to forget the cookie (the item is deleted as well). */
export const clearedSessionCookie = () => `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;

/** The session id the request's cookie carries, if it is shaped like one. */
export function sessionIdOf(event: Pick<APIGatewayProxyEventV2, 'cookies' | 'headers'>): string | undefined {
  // API Gateway (payload 2.0) passes cookies apart from the headers; a direct call may not.
  const cookies = event.cookies ?? (event.headers?.cookie ?? '').split(/;\s*/);
  for (const cookie of cookies) {
    const at = cookie.indexOf('=');
    if (at > 0 && cookie.slice(0, at).trim() === SESSION_COOKIE) {
      const value = cookie.slice(at + 1).trim();
      if (ID_PATTERN.test(value)) return value;
    }
  }
  return undefined;
}

/** The request's session, if its cookie names one that exists and has not run out. */
export async function sessionOf(event: Pick<APIGatewayProxyEventV2, 'cookies' | 'headers'>, now: Date): Promise<(SessionItem & { id: string }) | undefined> {
  const id = sessionIdOf(event);
  if (!id) return undefined;
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: sessionKey(id), ConsistentRead: true }));
  const item = Item as SessionItem | undefined;
  if (!item || item.validUntil <= now.toISOString()) return undefined;
  return { ...item, id };
}

/** Ends a session wherever its cookie is: the item goes, so the id opens nothing any more. */
export async function endSession(id: string) {
  await ddb.send(new DeleteCommand({ TableName: config.tableName, Key: sessionKey(id) }));
}
