import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll } from '#shared/platform/db';
import type { MatchStatus } from './states.ts';
import type { Proposal } from '#shared/matching/types';
import type { DateRange } from './placement-dates.ts';

/** A proposed pair and its decisions. `version` grows with every change; links are bound to it. */
export interface MatchItem {
  pk: string;
  sk: string;
  type: 'MATCH';
  matchId: string;
  applicationId: string;
  roleId: string;
  roundId: string;
  status: MatchStatus;
  version: number;
  score: Proposal['score'];
  proposedAt: string;
  /**
   * The placement's dates, inside the overlap of the two periods: the earliest fitting period
   * when proposed, shifted by the company when it accepts (placement-dates.ts). Matches proposed
   * before this field existed have none; match-context.ts gives them the earliest period.
   */
  placement?: DateRange;
  /**
   * The applicant as a person: the hash of their normalised email address, as their email lookup
   * keys it. A round reads it from the pending matches, without reading their applications, to
   * keep a person's other applications off the days a proposal takes (shared/rounds/one-person.ts).
   * Erasure removes it. Matches proposed before it existed have none.
   */
  person?: string;
  /** When the pending decision expires (7 days after its step began). */
  decisionDueAt?: string;
  remindedAt?: string;
  coordinatorDecision?: Decision;
  companyDecision?: Decision;
  /** How a match ended without a decision (expired, withdrawn, role closed). */
  ended?: { cause: string; at: string };
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
}

export interface Decision {
  decision: 'approved' | 'rejected' | 'accepted' | 'declined';
  at: string;
  /** Free text from a person: kept on the match only, never in events or logs. */
  reason?: string;
}

/**
 * A role's matches on gsi2, partition `ROLE#<roleId>`: a pending match sorts under `MATCH#`, a
 * confirmed one under `CONFIRMED#` (it stays there: a placement is final). Closing a role reads
 * the pending ones; the company's desk reads both with one Query (shared/company-desk/).
 * A match that ends otherwise leaves the index.
 */
const ROLE_MATCHES = (roleId: string) => `ROLE#${roleId}`;
const PENDING_OF_ROLE = 'MATCH#';
const CONFIRMED_OF_ROLE = 'CONFIRMED#';

/** Index keys of a pending match: by due date (gsi1, for reminders and expiry) and by role (gsi2). */
export const PENDING_DECISIONS = 'PENDING#DECISION';
export const pendingKeys = (matchId: string, roleId: string, dueAt: string) => ({
  gsi1pk: PENDING_DECISIONS,
  gsi1sk: `${dueAt}#${matchId}`,
  gsi2pk: ROLE_MATCHES(roleId),
  gsi2sk: `${PENDING_OF_ROLE}${matchId}`,
});

/** Index keys of a confirmed match: under its role (gsi2) only. */
export const confirmedKeys = (matchId: string, roleId: string) => ({
  gsi2pk: ROLE_MATCHES(roleId),
  gsi2sk: `${CONFIRMED_OF_ROLE}${matchId}`,
});

export async function getMatch(matchId: string): Promise<MatchItem | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.match(matchId), ConsistentRead: true }));
  return Item as MatchItem | undefined;
}

/** The pending matches of a role (index gsi2): what closing the role releases. */
export async function pendingMatchesOfRole(roleId: string): Promise<MatchItem[]> {
  const { Items } = await ddb.send(
    new QueryCommand({
      TableName: config.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :role AND begins_with(gsi2sk, :pending)',
      ExpressionAttributeValues: { ':role': ROLE_MATCHES(roleId), ':pending': PENDING_OF_ROLE },
    }),
  );
  return (Items ?? []) as MatchItem[];
}

/**
 * A role's pending and confirmed matches (index gsi2, one Query). The index is eventually
 * consistent: a match that just changed may still show its previous state.
 */
export async function matchesOfRole(roleId: string): Promise<{ pending: MatchItem[]; confirmed: MatchItem[] }> {
  const items = await queryAll<MatchItem>({
    TableName: config.tableName,
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :role',
    ExpressionAttributeValues: { ':role': ROLE_MATCHES(roleId) },
  });
  return {
    pending: items.filter((m) => m.gsi2sk?.startsWith(PENDING_OF_ROLE)),
    confirmed: items.filter((m) => m.gsi2sk?.startsWith(CONFIRMED_OF_ROLE)),
  };
}

/** Pending matches whose decision is due by `until` (index gsi1, oldest first). */
export async function pendingMatchesDueBy(until: string): Promise<MatchItem[]> {
  return queryAll<MatchItem>({
    TableName: config.tableName,
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pending AND gsi1sk <= :until',
    ExpressionAttributeValues: { ':pending': PENDING_DECISIONS, ':until': `${until}~` },
  });
}
