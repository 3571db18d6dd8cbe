import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { schoolDeactivated } from '#events/contracts';
import { config } from '#shared/platform/config';
import { ddb, keys, writeWithEvents } from '#shared/platform/db';
import type { FieldError } from '#shared/platform/http/problem';
import { auditWrite, type AuditEntry } from './audit.ts';
import { schoolChanges, withPatch, type FieldChange } from './changes.ts';
import { EXISTS_MESSAGE, parseSchool, type EditableField, type FlatSchool, type RegistrySchool } from './registry-schema.ts';
import { isActive, type School } from './registry.ts';

/*
 * What programme staff do to the registry, from the staff desk and from `npm run schools` alike:
 * add a school, change one, deactivate one. Each change is one transaction with its audit entry
 * (audit.ts); a deactivation also with `school.deactivated`, whose consumer releases the school's
 * open applications (deactivation.ts). `who` is the staff address, or `cli:<OS user>`.
 */

export type Outcome =
  | { outcome: 'added' | 'updated' | 'deactivated'; school: School; changes: FieldChange[] }
  | { outcome: 'unchanged'; school: School }
  | { outcome: 'invalid'; errors: FieldError[] }
  | { outcome: 'not-found' }
  /** Deactivating a school that is inactive already. */
  | { outcome: 'inactive'; school: School };

/** Tries of an update whose school changed between its read and its write. */
const TRIES = 3;

/** The school as stored now (strongly consistent: staff see their change at once). */
export async function readSchool(schoolId: string): Promise<School | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.school(schoolId), ConsistentRead: true }));
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, type: _type, ...school } = Item;
  return school as School;
}

const contactsOf = (...schools: (School | RegistrySchool | undefined)[]) =>
  schools.flatMap((s) => (s ? [s.coordinator.email, ...(s.deputy ? [s.deputy.email] : [])] : []));

/** The first item of a transaction was refused by its condition (the school's own). */
const schoolRefused = (error: unknown) =>
  error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed';

function audited(entry: AuditEntry, now: Date) {
  return auditWrite(entry, now).items;
}

/** Adds a school; an id in the registry already is refused (a conditional put), as are invalid fields. */
export async function addSchool(flat: FlatSchool, who: string, now = new Date()): Promise<Outcome> {
  const parsed = parseSchool(flat);
  if (!parsed.ok) return { outcome: 'invalid', errors: parsed.errors };
  const school: School = parsed.school;
  const changes = schoolChanges(undefined, school);
  try {
    await writeWithEvents(
      [
        { Put: { TableName: config.tableName, Item: { ...keys.school(school.schoolId), type: 'SCHOOL', ...school }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ...audited({ who, operation: 'school.add', schoolId: school.schoolId, changes, contacts: contactsOf(school) }, now),
      ],
      [],
      now,
    );
  } catch (error) {
    if (schoolRefused(error)) return { outcome: 'invalid', errors: [{ path: 'schoolId', message: EXISTS_MESSAGE }] };
    throw error;
  }
  return { outcome: 'added', school, changes };
}

/** Where a flat field lives in the item, as an update expression names it. */
const PATHS: Record<EditableField, string[]> = {
  name: ['name'],
  nameLatin: ['nameLatin'],
  country: ['country'],
  city: ['city'],
  'coordinator.name': ['coordinator', 'name'],
  'coordinator.email': ['coordinator', 'email'],
  'coordinator.language': ['coordinator', 'language'],
  'deputy.name': ['deputy', 'name'],
  'deputy.email': ['deputy', 'email'],
  'deputy.language': ['deputy', 'language'],
};

/**
 * The update that sets exactly the changed fields, each bound to the value it had when read: a
 * change in between to the same field cancels it (the audit's "before" must be true), while one
 * to another field is kept. A deputy added or removed is set or removed whole.
 */
function updateFor(before: School, after: RegistrySchool, changes: FieldChange[]) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const name = (part: string) => {
    const key = `#${part}`;
    names[key] = part;
    return key;
  };
  const set: string[] = [];
  const remove: string[] = [];
  const conditions = ['attribute_exists(pk)'];
  const deputyWhole = !before.deputy !== !after.deputy;
  if (deputyWhole) {
    if (after.deputy) {
      set.push(`${name('deputy')} = :deputy`);
      values[':deputy'] = after.deputy;
      conditions.push(`attribute_not_exists(${name('deputy')})`);
    } else {
      remove.push(name('deputy'));
      conditions.push(`${name('deputy')}.${name('email')} = :deputyEmail`);
      values[':deputyEmail'] = before.deputy!.email;
    }
  }
  changes.forEach((change, i) => {
    const field = change.field as EditableField;
    if (deputyWhole && field.startsWith('deputy.')) return;
    const path = PATHS[field].map(name).join('.');
    if (change.after === undefined) remove.push(path);
    else {
      set.push(`${path} = :a${i}`);
      values[`:a${i}`] = change.after;
    }
    if (change.before === undefined) conditions.push(`attribute_not_exists(${path})`);
    else {
      conditions.push(`${path} = :b${i}`);
      values[`:b${i}`] = change.before;
    }
  });
  return {
    Update: {
      TableName: config.tableName,
      Key: keys.school(before.schoolId),
      UpdateExpression: [set.length ? `SET ${set.join(', ')}` : '', remove.length ? `REMOVE ${remove.join(', ')}` : ''].filter(Boolean).join(' '),
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: names,
      ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    },
  };
}

/**
 * Changes the given fields of a school (the others stay as they are); `removeDeputy` removes its
 * deputy. The result is checked as a whole with the registry schema, and only what differs is
 * written, with its audit entry. Read again and retried when the same fields changed meanwhile.
 */
export async function updateSchool(
  schoolId: string,
  patch: Partial<Record<EditableField, string>>,
  who: string,
  now = new Date(),
  options: { removeDeputy?: boolean } = {},
): Promise<Outcome> {
  for (let attempt = 1; ; attempt++) {
    const before = await readSchool(schoolId);
    if (!before) return { outcome: 'not-found' };
    const parsed = parseSchool(withPatch(before, patch, options));
    if (!parsed.ok) return { outcome: 'invalid', errors: parsed.errors };
    const after = parsed.school;
    const changes = schoolChanges(before, after);
    if (changes.length === 0) return { outcome: 'unchanged', school: before };
    try {
      await writeWithEvents(
        [updateFor(before, after, changes), ...audited({ who, operation: 'school.update', schoolId, changes, contacts: contactsOf(before, after) }, now)],
        [],
        now,
      );
      const school: School = { ...after, ...(before.active !== undefined ? { active: before.active } : {}), ...(before.deactivatedAt ? { deactivatedAt: before.deactivatedAt } : {}) };
      return { outcome: 'updated', school, changes };
    } catch (error) {
      if (!schoolRefused(error) || attempt >= TRIES) throw error;
    }
  }
}

/**
 * Deactivates a school: `active: false` (GET /schools and the form stop offering it, POST
 * /applications refuses it), its audit entry and `school.deactivated`, whose consumer withdraws
 * its open applications and tells each applicant why. Deactivating an inactive school does nothing.
 */
export async function deactivateSchool(schoolId: string, who: string, now = new Date()): Promise<Outcome> {
  const school = await readSchool(schoolId);
  if (!school) return { outcome: 'not-found' };
  if (!isActive(school)) return { outcome: 'inactive', school };
  const changes: FieldChange[] = [{ field: 'active', before: 'true', after: 'false' }];
  try {
    await writeWithEvents(
      [
        {
          Update: {
            TableName: config.tableName,
            Key: keys.school(schoolId),
            UpdateExpression: 'SET active = :false, deactivatedAt = :now',
            ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(active) OR active = :true)',
            ExpressionAttributeValues: { ':false': false, ':true': true, ':now': now.toISOString() },
          },
        },
        ...audited({ who, operation: 'school.deactivate', schoolId, changes, contacts: [] }, now),
      ],
      [schoolDeactivated.outbox({ schoolId }, now)],
      now,
    );
  } catch (error) {
    if (!schoolRefused(error)) throw error;
    // Deactivated in between (by another member of staff): one deactivation, one entry.
    const current = await readSchool(schoolId);
    return current ? { outcome: 'inactive', school: current } : { outcome: 'not-found' };
  }
  return { outcome: 'deactivated', school: { ...school, active: false, deactivatedAt: now.toISOString() }, changes };
}
