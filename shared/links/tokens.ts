import { createHash, randomBytes } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb, epochSeconds, keys } from '#shared/platform/db';
import type { Language } from '#shared/platform/i18n';
import { SIGN_IN_LINK_MINUTES } from '#shared/sign-in/limits';

/**
 * Links in emails carry a bearer token: 256 random bits, base64url. Only its SHA-256 is stored,
 * so a leaked table does not leak working links.
 */
export type LinkPurpose =
  | 'applicationStatus'
  | 'roleVerification'
  | 'coordinatorDecision'
  | 'companyDecision'
  | 'roleManagement'
  | 'holdRelease'
  // Follow-up of a confirmed placement (shared/follow-up/): subjectId is the match id.
  | 'followUpEnd'
  | 'followUpSixMonths'
  | 'companyFeedback'
  // A sign-in link (shared/sign-in/): subjectId is the sign-in request's id.
  | 'signIn';

export interface TokenItem {
  pk: string;
  sk: string;
  type: 'TOKEN';
  purpose: LinkPurpose;
  subjectId: string;
  language: Language;
  /** The version of the match the link was sent about; a newer match means "this has changed". */
  snapshotVersion?: number;
  createdAt: string;
  /** ISO time after which the link only shows the "expired" page. */
  validUntil: string;
  /** Set once when the link's action is taken (single use). */
  usedAt?: string;
  /** The reader's country: its pages show times on that clock (shared/vocabulary/time-zones.ts). */
  readerCountry?: string;
  decision?: string;
  /** TTL: the item stays a while past validUntil so an old link still gets a clear page. */
  expiresAt: number;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const KEEP_AFTER_EXPIRY_SECONDS = 90 * 86_400;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const looksLikeToken = (token: string) => TOKEN_PATTERN.test(token);

export function newToken(
  purpose: LinkPurpose,
  subjectId: string,
  language: Language,
  validForSeconds: number,
  now: Date,
  snapshotVersion?: number,
): { token: string; item: TokenItem } {
  const token = randomBytes(32).toString('base64url');
  const validUntil = new Date(now.getTime() + validForSeconds * 1000);
  return {
    token,
    item: {
      ...keys.token(hashToken(token)),
      type: 'TOKEN',
      purpose,
      subjectId,
      language,
      ...(snapshotVersion === undefined ? {} : { snapshotVersion }),
      createdAt: now.toISOString(),
      validUntil: validUntil.toISOString(),
      expiresAt: epochSeconds(validUntil) + KEEP_AFTER_EXPIRY_SECONDS,
    },
  };
}

/** Decision links live until their decision is due, and are bound to the match's version. */
type DecisionPurpose = 'coordinatorDecision' | 'companyDecision';
type FixedLifetimePurpose = Exclude<LinkPurpose, DecisionPurpose>;

/** How long every other link works, defined here once (pages that tell how long a link works read it too). */
export const LINK_LIFETIME_DAYS: Record<FixedLifetimePurpose, number> = /* @__PURE__ */ (() => ({
  // As long as an application can be open.
  applicationStatus: 365,
  roleVerification: 7,
  // A year from each email: every email to the role's contact carries a fresh one (shared/roles/manage-url.ts),
  // and it is used again and again (change, close, reopen), never spent.
  roleManagement: 365,
  // A hold lasts at most as long as the application can be open.
  holdRelease: 365,
  followUpEnd: 30,
  followUpSixMonths: 30,
  companyFeedback: 30,
  signIn: SIGN_IN_LINK_MINUTES / (24 * 60),
}))();

/** A decision link works at least a minute, even when sent at or past its due date. */
const MIN_DECISION_LINK_SECONDS = 60;

const isDecision = (purpose: LinkPurpose): purpose is DecisionPurpose => !Object.hasOwn(LINK_LIFETIME_DAYS, purpose);

/** Stores a new token and returns the link that carries it. */
export async function issueLink(
  purpose: DecisionPurpose,
  subjectId: string,
  language: Language,
  options: { dueAt: string; snapshotVersion: number; now?: Date; readerCountry?: string },
): Promise<{ url: string; item: TokenItem }>;
export async function issueLink(
  purpose: FixedLifetimePurpose,
  subjectId: string,
  language: Language,
  /** `validForSeconds`: shorter than the purpose's lifetime (never longer), e.g. a link a session opens. */
  options?: { now?: Date; readerCountry?: string; validForSeconds?: number },
): Promise<{ url: string; item: TokenItem }>;
export async function issueLink(
  purpose: LinkPurpose,
  subjectId: string,
  language: Language,
  options: { dueAt?: string; snapshotVersion?: number; now?: Date; readerCountry?: string; validForSeconds?: number } = {},
): Promise<{ url: string; item: TokenItem }> {
  const now = options.now ?? new Date();
  const lifetime = Math.round(LINK_LIFETIME_DAYS[purpose as FixedLifetimePurpose] * 86_400);
  const validForSeconds = isDecision(purpose)
    ? Math.max(MIN_DECISION_LINK_SECONDS, Math.floor((Date.parse(options.dueAt!) - now.getTime()) / 1000))
    : Math.max(1, Math.min(lifetime, options.validForSeconds ?? lifetime));
  const { token, item: made } = newToken(purpose, subjectId, language, validForSeconds, now, options.snapshotVersion);
  const item: TokenItem = options.readerCountry ? { ...made, readerCountry: options.readerCountry } : made;
  await ddb.send(
    new PutCommand({ TableName: config.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
  );
  return { url: linkUrl(token), item };
}

export const linkUrl = (token: string) => `${config.publicBaseUrl}/t/${token}`;

export async function findToken(token: string): Promise<TokenItem | undefined> {
  if (!looksLikeToken(token)) return undefined;
  return findTokenByKey(keys.token(hashToken(token)).pk);
}

/** Re-reads a token item by its partition key (the stored hash), strongly consistent. */
export async function findTokenByKey(pk: string): Promise<TokenItem | undefined> {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: config.tableName, Key: { pk, sk: 'TOKEN' }, ConsistentRead: true }),
  );
  return Item as TokenItem | undefined;
}

export const isExpired = (item: TokenItem, now: Date) => item.validUntil <= now.toISOString();

/**
 * The transaction part that spends a token: it succeeds only for an unused, unexpired token,
 * so of two simultaneous POSTs exactly one wins.
 */
export function spendToken(item: TokenItem, decision: string, now: Date) {
  return {
    Update: {
      TableName: config.tableName,
      Key: { pk: item.pk, sk: item.sk },
      UpdateExpression: 'SET usedAt = :now, decision = :decision',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND validUntil > :now',
      ExpressionAttributeValues: { ':now': now.toISOString(), ':decision': decision },
    },
  };
}
