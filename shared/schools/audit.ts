import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { config } from '#shared/platform/config';
import { ddb, queryAll, type TransactItems } from '#shared/platform/db';
import { eachOnItsOwn } from '#shared/platform/each-on-its-own';
import { emailHash } from '#shared/platform/email-hash';
import { logger } from '#shared/platform/logger';
import { domainTable } from '#shared/platform/table';
import type { FieldChange } from './changes.ts';

/*
 * The audit trail of staff changes to the registry: who (a staff address, or `cli:<OS user>` for
 * `npm run schools`), when, what (the operation, the school, each field's value before and after).
 * An entry is written in the same transaction as the change it records, so there is no change
 * without its entry and no entry without its change.
 *
 *   pk `AUDIT#<auditId>`, sk 'AUDIT'; gsi1 `AUDIT` by `<at>#<auditId>`: the latest first, one Query.
 *
 * Erasure leaves the entries where they are, with one exception: a school contact's name and
 * address (the coordinator's and the deputy's, PERSONAL_FIELDS) in `before`/`after` are personal
 * data, kept only as long as the programme keeps placements' personal data. Their values are
 * removed from an entry (the field names stay, marked `removed`):
 * - by `npm run erase -- --email ADDRESS`, at once, from every entry that names that address
 *   (found through lookup items `AUDIT#PERSON#<sha256 of the address>`, sk `AUDIT#<auditId>`,
 *   written with the entry and deleted with the values);
 * - by the retention sweep, once the programme's retention date has passed, from every entry
 *   still holding any (gsi2 `AUDIT#PERSONAL` by `<at>#<auditId>`, a sparse index of exactly those).
 * Who made the change stays: the trail is there to say which member of staff did what.
 */

export type AuditOperation = 'school.add' | 'school.update' | 'school.deactivate';

export interface AuditItem {
  pk: string;
  sk: 'AUDIT';
  type: 'AUDIT';
  auditId: string;
  at: string;
  who: string;
  operation: AuditOperation;
  schoolId: string;
  changes: (FieldChange & { removed?: true })[];
  /** Hashes of the contact addresses the entry names, for erasure; gone with the personal values. */
  people?: string[];
  /** When the personal values were removed. */
  personalRemovedAt?: string;
  gsi1pk: typeof AUDIT_BY_TIME;
  gsi1sk: string;
  gsi2pk?: typeof AUDIT_PERSONAL;
  gsi2sk?: string;
}

export const AUDIT_BY_TIME = 'AUDIT';
export const AUDIT_PERSONAL = 'AUDIT#PERSONAL';
export const auditKey = (auditId: string) => ({ pk: `AUDIT#${auditId}`, sk: 'AUDIT' as const });
const personKey = (hash: string, auditId: string) => ({ pk: `AUDIT#PERSON#${hash}`, sk: `AUDIT#${auditId}` });

const byTime = domainTable.indexes[0];
const personal = domainTable.indexes[1];

export interface AuditEntry {
  who: string;
  operation: AuditOperation;
  schoolId: string;
  changes: FieldChange[];
  /** The contacts' addresses before and after: the people whose names and addresses the entry may hold. */
  contacts: readonly string[];
}

/** The entry's items, to write in the change's own transaction. */
export function auditWrite(entry: AuditEntry, now: Date): { item: AuditItem; items: TransactItems } {
  const auditId = randomUUID();
  const at = now.toISOString();
  const holdsPersonal = entry.changes.some((c) => c.personal);
  const people = holdsPersonal ? [...new Set(entry.contacts.map((address) => emailHash(address)))] : [];
  const item: AuditItem = {
    ...auditKey(auditId),
    type: 'AUDIT',
    auditId,
    at,
    who: entry.who,
    operation: entry.operation,
    schoolId: entry.schoolId,
    changes: entry.changes,
    gsi1pk: AUDIT_BY_TIME,
    gsi1sk: `${at}#${auditId}`,
    ...(holdsPersonal ? { people, gsi2pk: AUDIT_PERSONAL, gsi2sk: `${at}#${auditId}` } : {}),
  };
  const TableName = config.tableName;
  return {
    item,
    items: [
      { Put: { TableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
      ...people.map((hash) => ({ Put: { TableName, Item: { ...personKey(hash, auditId), type: 'AUDIT_PERSON', auditId } } })),
    ],
  };
}

/** The latest entries, newest first (one Query of gsi1). */
export async function latestAudit(limit = 100): Promise<AuditItem[]> {
  const { Items } = await ddb.send(
    new QueryCommand({
      TableName: config.tableName,
      IndexName: byTime.name,
      KeyConditionExpression: `${byTime.partitionKey} = :audit`,
      ExpressionAttributeValues: { ':audit': AUDIT_BY_TIME },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (Items ?? []) as AuditItem[];
}

/** What an entry keeps once personal values go: every field name, no contact's name or address. */
export const withoutPersonalValues = (changes: AuditItem['changes']): AuditItem['changes'] =>
  changes.map((c) => (c.personal ? { field: c.field, personal: true, removed: true } : c));

/**
 * Removes the personal values of one entry, and its lookups. Repeatable: an entry without them
 * is left as it is.
 */
export async function removePersonalValues(auditId: string, now: Date): Promise<boolean> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: auditKey(auditId), ConsistentRead: true }));
  const item = Item as AuditItem | undefined;
  if (!item) return false;
  let removed = false;
  if (item.people || item.gsi2pk) {
    try {
      await ddb.send(
        new UpdateCommand({
          TableName: config.tableName,
          Key: auditKey(auditId),
          UpdateExpression: 'SET changes = :changes, personalRemovedAt = :now REMOVE people, gsi2pk, gsi2sk',
          // Entries are never changed otherwise: bound to what was read all the same.
          ConditionExpression: 'attribute_exists(gsi2pk)',
          ExpressionAttributeValues: { ':changes': withoutPersonalValues(item.changes), ':now': now.toISOString() },
        }),
      );
      removed = true;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  for (const hash of item.people ?? []) await ddb.send(new DeleteCommand({ TableName: config.tableName, Key: personKey(hash, auditId) }));
  return removed;
}

/** The entries still holding the name and address of the person at `address` (their lookups, one Query). */
export async function auditEntriesNaming(address: string): Promise<string[]> {
  const lookups = await queryAll<{ auditId: string }>({
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': personKey(emailHash(address), '').pk },
    ProjectionExpression: 'auditId',
    ConsistentRead: true,
  });
  return lookups.map((l) => l.auditId);
}

/** On an erasure request: the person's name and address leave every entry that names them. Returns how many entries changed. */
export async function eraseFromAudit(address: string, now = new Date()): Promise<number> {
  let cleaned = 0;
  for (const auditId of await auditEntriesNaming(address)) if (await removePersonalValues(auditId, now)) cleaned += 1;
  return cleaned;
}

/** The first moment after the retention date (its day has ended). */
const afterRetention = (retentionUntil: string) => new Date(Date.parse(`${retentionUntil}T00:00:00Z`) + 86_400_000);

/**
 * Once the programme's retention date has passed, the personal values of every entry still
 * holding some are removed (the sparse gsi2 partition holds exactly those; before the date it is
 * not even read).
 */
export async function sweepAuditRetention(now: Date, retentionUntil = config.retentionUntil): Promise<number> {
  if (now < afterRetention(retentionUntil)) return 0;
  const due = await queryAll<{ auditId: string }>({
    TableName: config.tableName,
    IndexName: personal.name,
    KeyConditionExpression: `${personal.partitionKey} = :personal`,
    ExpressionAttributeValues: { ':personal': AUDIT_PERSONAL },
    ProjectionExpression: 'auditId',
  });
  let cleaned = 0;
  return eachOnItsOwn(
    'audit retention sweep',
    due,
    ({ auditId }) => ({ auditId }),
    async ({ auditId }) => {
      if (await removePersonalValues(auditId, now)) cleaned += 1;
    },
    () => {
      logger.info('audit retention sweep', { due: due.length, cleaned });
      return cleaned;
    },
  );
}
