import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { QueryCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb, keys, POOL, projection } from '#shared/platform/db';
import { domainTable } from '#shared/platform/table';
import { boardFields, boardText, rolePoolKey } from './board-index.ts';
import { revisionCondition, type RoleItem } from './store.ts';

/*
 * Bringing open roles onto the board's index (board-index.ts) when they were opened before it
 * existed. Such a role still has the pool's old sort key, `<openedAt>#<roleId>`, and neither
 * `boardText` nor `boardFields`: no country or sector range holds it, no field filter or search
 * finds it, and on the whole board it sorts first, where a page ending on it gets a `next`
 * cursor the board refuses (400). Run once after deploying the version with the board
 * (`npm run backfill -- roles`); `npm start` runs it on every start, as a local `.data/` may
 * hold such roles.
 *
 * Idempotent and resumable: it reads the pool's roles (one Query of POOL.roles, never a Scan)
 * and writes only what differs from what the role's own fields give, each write conditional on
 * the role being as it was read (same pool key, same revision). A role closed, changed or
 * reopened meanwhile is left alone and counted; running again picks up whatever is left.
 *
 * Roles not in the pool (waiting for verification, closed) are on no index that lists them all
 * (gsi3 lists a contact's roles, and roles older than desks are not even there), so they are not
 * read here: a role gets its board attributes when it enters the pool (rolePoolKey on opening and
 * reopening), and one that was closed or pending without boardText/boardFields is brought up to
 * date by the next run after it opens.
 */

/** What the backfill reads of a role: enough to compute its key, text and fields, and to condition the write. */
export type IndexedRole = Pick<RoleItem, 'roleId' | 'company' | 'sector' | 'title' | 'fieldsOfStudy' | 'openedAt' | 'submittedAt' | 'gsi1sk' | 'boardText' | 'boardFields' | 'revision'> & {
  translation?: { title: string };
};

/** The board's attributes of an open role, as its own fields give them. */
export interface BoardAttributes {
  gsi1sk: string;
  boardText: string;
  boardFields: string[];
}

/** An ISO time as `toISOString` writes it (the board's cursor accepts only that), or undefined. */
function isoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * When the role entered the pool: `openedAt`; else the time in its old pool key
 * (`<openedAt>#<roleId>`); else when it was submitted. It keeps its place by it.
 */
export function openedAtOf(role: Pick<IndexedRole, 'roleId' | 'openedAt' | 'gsi1sk' | 'submittedAt'>): string {
  const fromOldKey = role.gsi1sk?.endsWith(`#${role.roleId}`) ? role.gsi1sk.slice(0, -(role.roleId.length + 1)) : undefined;
  return isoTime(role.openedAt) ?? isoTime(fromOldKey) ?? isoTime(role.submittedAt) ?? new Date(0).toISOString();
}

/**
 * What an open role lacks of the board's attributes (all three, computed from its fields), or
 * undefined when it has them as its fields give them: then nothing is written.
 */
export function boardIndexUpdate(role: IndexedRole): BoardAttributes | undefined {
  const wanted: BoardAttributes = {
    gsi1sk: rolePoolKey(role, openedAtOf(role)),
    boardText: boardText(role),
    boardFields: boardFields(role.fieldsOfStudy),
  };
  const same =
    role.gsi1sk === wanted.gsi1sk &&
    role.boardText === wanted.boardText &&
    Array.isArray(role.boardFields) &&
    role.boardFields.length === wanted.boardFields.length &&
    role.boardFields.every((field, i) => field === wanted.boardFields[i]);
  return same ? undefined : wanted;
}

export interface BackfillCounts {
  /** Roles in the pool read. */
  read: number;
  /** Written (with `dryRun`: would have been). */
  updated: number;
  /** On the board's index already, as their fields give it. */
  unchanged: number;
  /** Closed, changed or reopened between the read and the write: left alone; run again. */
  changedMeanwhile: number;
}

/** The attributes the backfill reads (each through a #name: `status`-like reserved words are refused otherwise). */
const READ = ['roleId', 'company', 'sector', 'title', 'translation', 'fieldsOfStudy', 'openedAt', 'submittedAt', 'gsi1sk', 'boardText', 'boardFields', 'revision'] as const;

/** Puts every open role on the board's index; see above. `dryRun` counts what it would write. */
export async function backfillBoardIndex(options: { dryRun?: boolean } = {}): Promise<BackfillCounts> {
  const counts: BackfillCounts = { read: 0, updated: 0, unchanged: 0, changedMeanwhile: 0 };
  const read = projection(READ);
  const query: QueryCommandInput = {
    TableName: config.tableName,
    IndexName: domainTable.indexes[0].name,
    KeyConditionExpression: '#pk = :pool',
    ProjectionExpression: read.ProjectionExpression,
    ExpressionAttributeNames: { '#pk': domainTable.indexes[0].partitionKey, ...read.ExpressionAttributeNames },
    ExpressionAttributeValues: { ':pool': POOL.roles },
  };
  let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    // A page at a time, written before the next is read: an interrupted run has done what it did.
    const page = await ddb.send(new QueryCommand({ ...query, ExclusiveStartKey }));
    for (const role of (page.Items ?? []) as IndexedRole[]) {
      counts.read++;
      const update = boardIndexUpdate(role);
      if (!update) {
        counts.unchanged++;
        continue;
      }
      if (options.dryRun) {
        counts.updated++;
        continue;
      }
      counts[(await writeBoardAttributes(role, update)) ? 'updated' : 'changedMeanwhile']++;
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return counts;
}

/**
 * Writes the board's attributes of one role, only while it is as it was read: in the pool under
 * the same key (not closed, not reopened) and at the same revision (not changed: its fields are
 * those the attributes were computed from). False when it was not.
 */
async function writeBoardAttributes(role: IndexedRole, update: BoardAttributes): Promise<boolean> {
  const revision = revisionCondition(role);
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: keys.role(role.roleId),
        UpdateExpression: 'SET gsi1sk = :key, boardText = :text, boardFields = :fields',
        ConditionExpression: `gsi1pk = :pool AND gsi1sk = :seen AND ${revision.expression}`,
        ExpressionAttributeValues: {
          ':key': update.gsi1sk,
          ':text': update.boardText,
          ':fields': update.boardFields,
          ':pool': POOL.roles,
          ':seen': role.gsi1sk,
          ...revision.values,
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
