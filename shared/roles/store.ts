import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { roleChanged, roleClosed, roleOpened, roleSubmitted } from '#events/contracts';
import { config } from '#shared/platform/config';
import type { Limit } from '#shared/platform/http/rate-limit';
import { ddb, DESK, keys, POOL, writeWithEvents, type TransactItems } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import type { RoleInput } from './schema.ts';
import { spendToken, type TokenItem } from '#shared/links/tokens';
import { boardFields, boardText, rolePoolKey } from './board-index.ts';
import { changeAsksForRound, changedFields, reopenAsksForRound, type ChangeField, type RoleChange } from './change.ts';

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
  /** Set by each change and reopening (change.ts): the last, and how many so far (a change is bound to it). */
  changedAt?: string;
  revision?: number;
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
          // The board's attributes too: a role posted before the board had none (the backfill reaches open roles only).
          UpdateExpression: 'SET #status = :open, openedAt = :now, gsi1pk = :pool, gsi1sk = :poolKey, boardText = :text, boardFields = :fields',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':open': 'OPEN',
            ':pending': 'PENDING_VERIFICATION',
            ':now': now.toISOString(),
            ':pool': POOL.roles,
            ':poolKey': rolePoolKey(role, now.toISOString()),
            ':text': boardText(role),
            ':fields': boardFields(role.fieldsOfStudy),
          },
        },
      },
    ],
    [roleOpened.outbox({ roleId: role.roleId, country: role.company.country, sector: role.sector, places: role.places }, now)],
    now,
  );
}

/**
 * The company closes a role (from its desk or its management link): out of the pool; its pending
 * matches are released by the role.closed consumer. The management link is not spent by it: the
 * same link reopens the role and changes it (management-link.ts).
 */
export async function closeRole(role: RoleItem, now: Date): Promise<'done' | 'not-allowed' | 'conflict'> {
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
      ],
      [roleClosed.outbox({ roleId: role.roleId, closedAt: now.toISOString() }, now)],
      now,
    );
    return 'done';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'conflict';
    throw error;
  }
}

/**
 * Whether the role is closed by the closing of `closedAt` still: not reopened since (nor reopened
 * and closed again). Whatever a closing causes later (its release, its email) holds only then.
 */
export const closedBy = (role: Pick<RoleItem, 'status' | 'closedAt'> | undefined, closedAt: string | undefined): boolean =>
  closedAt !== undefined && role?.status === 'CLOSED' && role.closedAt === closedAt;

/** The day of `now` (UTC), as the schemas' `today`. */
export const dayOf = (now: Date) => () => now.toISOString().slice(0, 10);

/**
 * The role's revision as read: every change and reopening adds one, so a write bound to it fails
 * when another change came in between (a role posted before changes existed has none: 0).
 */
export const revisionCondition = (role: Pick<RoleItem, 'revision'>) =>
  role.revision ? { expression: 'revision = :revision', values: { ':revision': role.revision } } : { expression: 'attribute_not_exists(revision)', values: {} };

/**
 * Writes a change (change.ts) in one transaction with its role.changed event: the changed fields
 * (boardFields with the fields of study, the board's field filter), and the free places moved by
 * as many as the places, with `ADD`: a round may take places at the same moment, so no number
 * read before is written back. The write holds only while the role is open, has the places and
 * the revision it was read with, and, when places go down, keeps its free places at 0 or more;
 * otherwise nothing is written ('conflict': read again and check the change again). Pending
 * proposals are not touched, whatever changed.
 */
export async function changeRole(role: RoleItem, change: RoleChange, now: Date): Promise<{ outcome: 'done'; changed: ChangeField[]; asksForRound: boolean } | { outcome: 'unchanged' } | { outcome: 'not-allowed' | 'conflict' }> {
  if (role.status !== 'OPEN') return { outcome: 'not-allowed' };
  const changed = changedFields(role, change);
  if (changed.length === 0) return { outcome: 'unchanged' };
  const delta = change.places - role.places;
  const sets: string[] = ['changedAt = :now'];
  const removes: string[] = [];
  const adds: string[] = ['revision :one'];
  const values: Record<string, unknown> = { ':now': now.toISOString(), ':one': 1, ':open': 'OPEN', ':readPlaces': role.places };
  // Every field by a name placeholder: none of them can clash with DynamoDB's reserved words.
  const names: Record<string, string> = { '#status': 'status', '#places': 'places' };
  const set = (field: string, value: unknown) => {
    sets.push(`#${field} = :${field}`);
    names[`#${field}`] = field;
    values[`:${field}`] = value;
  };
  for (const field of changed) {
    if (field === 'description') {
      if (change.description) set('description', change.description);
      else {
        removes.push('#description');
        names['#description'] = 'description';
      }
    } else if (field === 'translation.description') {
      // Inside the second language's map, which the role has (changedFields names it only then).
      names['#translation'] = 'translation';
      names['#description'] = 'description';
      if (change.translation?.description) {
        sets.push('#translation.#description = :translationDescription');
        values[':translationDescription'] = change.translation.description;
      } else {
        removes.push('#translation.#description');
      }
    } else {
      set(field, change[field]);
    }
  }
  if (changed.includes('fieldsOfStudy')) set('boardFields', boardFields(change.fieldsOfStudy));
  if (delta !== 0) {
    adds.push('placesLeft :delta');
    values[':delta'] = delta;
  }
  const revision = revisionCondition(role);
  const conditions = ['#status = :open', '#places = :readPlaces', revision.expression];
  if (delta < 0) {
    // Free places stay 0 or more: fewer places than those taken meanwhile refuse the write.
    conditions.push('placesLeft >= :needed');
    values[':needed'] = -delta;
  }
  const asksForRound = changeAsksForRound(role, change);
  try {
    await writeWithEvents(
      [
        {
          Update: {
            TableName: config.tableName,
            Key: keys.role(role.roleId),
            UpdateExpression: [`SET ${sets.join(', ')}`, removes.length ? `REMOVE ${removes.join(', ')}` : '', `ADD ${adds.join(', ')}`].filter(Boolean).join(' '),
            ConditionExpression: conditions.join(' AND '),
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: { ...values, ...revision.values },
          },
        },
      ],
      [
        roleChanged.outbox(
          { roleId: role.roleId, country: role.company.country, sector: role.sector, changed, places: change.places, placesLeft: role.placesLeft + delta, asksForRound },
          now,
        ),
      ],
      now,
    );
    return { outcome: 'done', changed, asksForRound };
  } catch (error) {
    if (error instanceof TransactionCanceledException) return { outcome: 'conflict' };
    throw error;
  }
}

/**
 * A closed role whose period has not ended opens again: back in the pool, in its place on the
 * board by the time it opened again (rolePoolKey), with role.changed (`status`), which asks for a
 * round when a place is free. Its free places are as closing left them: proposals released since
 * gave theirs back, and those the closing's release had not reached yet keep theirs (it stops).
 * Bound to the free places as read too, so a release landing in between makes this read again
 * rather than announce a number (and a round, or none) from before it.
 */
export async function reopenRole(role: RoleItem, now: Date): Promise<'done' | 'not-allowed' | 'conflict'> {
  const today = dayOf(now)();
  if (role.status !== 'CLOSED' || role.periodTo < today) return 'not-allowed';
  const revision = revisionCondition(role);
  const openedAt = now.toISOString();
  try {
    await writeWithEvents(
      [
        {
          Update: {
            TableName: config.tableName,
            Key: keys.role(role.roleId),
            // The board's attributes too: a role closed before the board had none (the backfill reaches open roles only).
            UpdateExpression:
              'SET #status = :open, openedAt = :now, changedAt = :now, gsi1pk = :pool, gsi1sk = :poolKey, boardText = :text, boardFields = :fields REMOVE closedAt ADD revision :one',
            ConditionExpression: `#status = :closed AND periodTo >= :today AND placesLeft = :placesLeft AND ${revision.expression}`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':open': 'OPEN',
              ':closed': 'CLOSED',
              ':now': openedAt,
              ':today': today,
              ':one': 1,
              ':pool': POOL.roles,
              ':poolKey': rolePoolKey(role, openedAt),
              ':text': boardText(role),
              ':fields': boardFields(role.fieldsOfStudy),
              ':placesLeft': role.placesLeft,
              ...revision.values,
            },
          },
        },
      ],
      [
        roleChanged.outbox(
          {
            roleId: role.roleId,
            country: role.company.country,
            sector: role.sector,
            changed: ['status'],
            places: role.places,
            placesLeft: Math.max(0, role.placesLeft),
            asksForRound: reopenAsksForRound(role),
          },
          now,
        ),
      ],
      now,
    );
    return 'done';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'conflict';
    throw error;
  }
}
