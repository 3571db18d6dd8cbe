import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { roleClosed, roleOpened, roleSubmitted } from '#events/contracts';
import { config } from '#shared/platform/config';
import type { Limit } from '#shared/platform/http/rate-limit';
import { ddb, DESK, keys, POOL, writeWithEvents, type TransactItems } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import type { RoleInput } from './schema.ts';
import { spendToken, type TokenItem } from '#shared/links/tokens';
import { boardFields, boardText, rolePoolKey } from './board-index.ts';

type RoleStatus = 'PENDING_VERIFICATION' | 'OPEN' | 'CLOSED';

export interface RoleItem extends RoleInput {
  pk: string;
  sk: string;
  type: 'ROLE';
  roleId: string;
  status: RoleStatus;
  placesLeft: number;
  submittedAt: string;
  openedAt?: string;
  /** Set while the role is open: it is in the matching pool. */
  gsi1pk?: string;
  gsi1sk?: string;
  /** The board's text search and field filter (board-index.ts); set with the text and the fields. */
  boardText?: string;
  boardFields?: string[];
  closedAt?: string;
  /** The contact's desk (DESK.contact); roles posted before desks existed have none. */
  gsi3pk?: string;
  gsi3sk?: string;
}

/** What posting a role writes (the role, waiting for verification, and role.submitted), computed but not written. */
export function roleWrite(input: RoleInput, now: Date) {
  const roleId = randomUUID();
  const item: RoleItem = {
    ...keys.role(roleId),
    type: 'ROLE',
    roleId,
    status: 'PENDING_VERIFICATION',
    placesLeft: input.places,
    submittedAt: now.toISOString(),
    ...input,
    boardText: boardText(input),
    boardFields: boardFields(input.fieldsOfStudy),
    gsi3pk: DESK.contact(emailHash(input.contact.email)),
    gsi3sk: `${now.toISOString()}#${roleId}`,
  };
  return {
    role: item,
    items: [{ Put: { TableName: config.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }] satisfies TransactItems,
    events: [roleSubmitted.outbox({ roleId, country: input.company.country, sector: input.sector }, now)],
  };
}

/** At most 5 roles an hour name one contact address: each sends a verification email to it. */
export const rolesPerContact = (email: string): Limit => ({ name: 'roles', subject: email, path: 'contact.email', max: 5, windowSeconds: 3600 });

/** Stores a role (without an Idempotency-Key; the API uses roleWrite). */
export async function storeRole(input: RoleInput, now: Date) {
  const { role, items, events } = roleWrite(input, now);
  await writeWithEvents(items, events, now);
  return role;
}

export async function getRole(roleId: string): Promise<RoleItem | undefined> {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: config.tableName, Key: keys.role(roleId), ConsistentRead: true }),
  );
  return Item as RoleItem | undefined;
}

/**
 * The contact confirmed the address: spend the link, open the role and announce it, all or
 * nothing. Fails (TransactionCanceled) if the link was used meanwhile or the role is no
 * longer waiting for verification.
 */
export async function openRole(role: RoleItem, token: TokenItem, now: Date) {
  await writeWithEvents(
    [
      spendToken(token, 'roleVerified', now),
      {
        Update: {
          TableName: config.tableName,
          Key: keys.role(role.roleId),
          UpdateExpression: 'SET #status = :open, openedAt = :now, gsi1pk = :pool, gsi1sk = :poolKey',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':open': 'OPEN',
            ':pending': 'PENDING_VERIFICATION',
            ':now': now.toISOString(),
            ':pool': POOL.roles,
            ':poolKey': rolePoolKey(role, now.toISOString()),
          },
        },
      },
    ],
    [roleOpened.outbox({ roleId: role.roleId, country: role.company.country, sector: role.sector, places: role.places }, now)],
    now,
  );
}

/** The company closes a role: out of the pool; its pending matches are released by the role.closed consumer. */
export async function closeRole(role: RoleItem, token: TokenItem | undefined, now: Date): Promise<'done' | 'not-allowed' | 'conflict'> {
  if (role.status !== 'OPEN') return 'not-allowed';
  try {
    await writeWithEvents(
      [
        {
          Update: {
            TableName: config.tableName,
            Key: keys.role(role.roleId),
            UpdateExpression: 'SET #status = :closed, closedAt = :now REMOVE gsi1pk, gsi1sk',
            ConditionExpression: '#status = :open',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':closed': 'CLOSED', ':open': 'OPEN', ':now': now.toISOString() },
          },
        },
        ...(token ? [spendToken(token, 'roleClosed', now)] : []),
      ],
      [roleClosed.outbox({ roleId: role.roleId }, now)],
      now,
    );
    return 'done';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'conflict';
    throw error;
  }
}
