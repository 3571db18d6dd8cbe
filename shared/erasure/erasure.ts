import { DeleteCommand, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { ApplicationItem } from '#shared/applications/store';
import { emailHash } from '#shared/platform/email-hash';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll } from '#shared/platform/db';
import { withdrawApplication } from '#shared/decisions/transitions';
import { logger } from '#shared/platform/logger';
import { getMatch, type MatchItem } from '#shared/decisions/matches';
import { retentionKeys } from './retention.ts';
import { getRole } from '#shared/roles/store';

/*
 * Erasure and access: one erasure for the three ways it starts (the
 * applicant's status page, `npm run erase -- --email`, the retention sweep).
 *
 * What holds personal data of an applicant, and what erasure does with it:
 * - the application item: every attribute not in ANONYMOUS_APPLICATION_FIELDS is removed (an
 *   allow-list, so a personal field added later is erased without anyone remembering to);
 *   `erasedAt` is set. What is left is the anonymous statistical record the report counts.
 * - every other item in the application's partition (the SENSITIVE item): deleted.
 * - the email lookup item (EMAIL#sha256(email)): deleted.
 * - the matches (found by `matchIds` on the application): the decision reasons (free text
 *   about the person) and the person (the hash of the address, as the lookup had it) are
 *   removed; ids, states, dates and scores stay.
 * - follow-up records next to each match (follow-up/records.ts): their free text is removed.
 * - the idempotency records of the applicant's own writes (ids stored on the application at
 *   write time): deleted. Consumer records hold event ids and `{ handled: true }` only.
 * - link tokens hold no personal field (hash, purpose, subject id, language, dates); they stay,
 *   and the status page they open says the data was deleted.
 * Pending proposals are released as by a withdrawal (same transaction, `application.withdrawn`
 * with the id only), after the personal fields are gone, so no consumer can email the person.
 *
 * Every step is idempotent, and the application is put on the erasure due-date index as due
 * at once until the last step is done: an erasure interrupted half way is finished by the next
 * retention sweep.
 */

/** What the anonymous record keeps: ids, codes, dates and states (everything the report counts). */
export const ANONYMOUS_APPLICATION_FIELDS: ReadonlySet<string> = new Set([
  'pk',
  'sk',
  'type',
  'applicationId',
  'status',
  'applicantType',
  'language',
  'schoolId',
  'homeCountry',
  'fieldOfStudy',
  'sectors',
  'destinations',
  'availableFrom',
  'availableTo',
  'minWeeks',
  'languages',
  'participant',
  'submittedAt',
  'withdrawnAt',
  'placedAt',
  'matchId',
  'matchIds',
  'forbiddenRoleIds',
  'erasedAt',
  // Kept until their records are deleted, then removed (the last steps of erasure).
  'idempotencyRecordIds',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
]);

/** Free text in follow-up answers (follow-up/records.ts, "Erasure"). */
const FOLLOW_UP_FREE_TEXT = ['interruptionDetail', 'comment'] as const;

export interface ErasureResult {
  applicationId: string;
  /** False when it had been erased before (then only leftovers, if any, were removed). */
  erasedNow: boolean;
  /** A pending proposal or the pool place was released (as by a withdrawal). */
  released: boolean;
  fieldsRemoved: number;
  itemsDeleted: number;
  matchesCleaned: number;
  followUpsCleaned: number;
  idempotencyRecordsDeleted: number;
}

const TableName = () => config.tableName;

/** The application as it is now (strongly consistent: erasure acts on what was just written). */
export async function readApplication(applicationId: string): Promise<ApplicationItem | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: TableName(), Key: keys.application(applicationId), ConsistentRead: true }));
  return Item as ApplicationItem | undefined;
}

async function queryPartition(pk: string): Promise<Record<string, unknown>[]> {
  return queryAll({ TableName: TableName(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true });
}

const matchIdsOf = (application: ApplicationItem) => [...new Set([...(application.matchIds ?? []), ...(application.matchId ? [application.matchId] : [])])];

/**
 * Step 1, one transaction: the personal fields of the application go, its other items (the
 * sensitive answers) and its email lookup are deleted, and it is marked erased and due on the
 * erasure index (so an interrupted erasure is finished by the sweep). Bound to the status read.
 */
async function stripApplication(application: ApplicationItem, now: Date): Promise<{ fieldsRemoved: number; itemsDeleted: number }> {
  const personal = Object.keys(application).filter((name) => !ANONYMOUS_APPLICATION_FIELDS.has(name));
  const others = (await queryPartition(keys.application(application.applicationId).pk)).filter((item) => item.sk !== 'APPLICATION');
  const deletes = others.map((item) => ({ Delete: { TableName: TableName(), Key: { pk: item.pk, sk: item.sk } } }));
  if (application.email) {
    deletes.push({ Delete: { TableName: TableName(), Key: keys.emailLookup(emailHash(application.email), application.applicationId) } });
  }
  const names: Record<string, string> = { '#status': 'status' };
  personal.forEach((name, i) => (names[`#p${i}`] = name));
  const due = retentionKeys(application.applicationId, now.toISOString());
  const remove = [...personal.map((_, i) => `#p${i}`), ...(application.status === 'SUBMITTED' ? ['gsi1pk', 'gsi1sk'] : [])];
  await ddb.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: TableName(),
            Key: keys.application(application.applicationId),
            // Out of the pool at once: no round may propose an erased applicant.
            // submittedAt only to the month: to the millisecond it could be matched to a person.
            UpdateExpression: `SET erasedAt = if_not_exists(erasedAt, :now), submittedAt = :month, gsi2pk = :due, gsi2sk = :dueKey${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
            ConditionExpression: '#status = :status',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: {
              ':now': now.toISOString(),
              ':month': application.submittedAt.slice(0, 7),
              ':status': application.status,
              ':due': due.gsi2pk,
              ':dueKey': due.gsi2sk,
            },
          },
        },
        ...deletes,
      ],
    }),
  );
  return { fieldsRemoved: personal.length, itemsDeleted: deletes.length };
}

/** Step 2: a pending proposal or the pool place is released as by a withdrawal. */
async function release(applicationId: string, now: Date): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const application = await readApplication(applicationId);
    if (!application || (application.status !== 'SUBMITTED' && application.status !== 'PROPOSED')) return false;
    const match = application.matchId ? await getMatch(application.matchId) : undefined;
    const outcome = await withdrawApplication(application, match, now);
    if (outcome === 'done') return true;
    if (outcome === 'not-allowed') return false;
  }
  throw new Error(`could not release application ${applicationId}: it kept changing`);
}

/** Step 3: the free text about the person on each match and its follow-ups, and the person on each match. */
async function cleanMatches(application: ApplicationItem): Promise<{ matchesCleaned: number; followUpsCleaned: number }> {
  let matchesCleaned = 0;
  let followUpsCleaned = 0;
  for (const matchId of matchIdsOf(application)) {
    for (const item of await queryPartition(keys.match(matchId).pk)) {
      const remove =
        item.type === 'MATCH'
          ? [
              ...(['coordinatorDecision', 'companyDecision'] as const).filter((d) => (item as unknown as MatchItem)[d]?.reason !== undefined).map((d) => `${d}.reason`),
              ...(item.person !== undefined ? ['person'] : []),
            ]
          : item.type === 'FOLLOWUP'
            ? FOLLOW_UP_FREE_TEXT.filter((field) => (item.answer as Record<string, unknown> | undefined)?.[field] !== undefined).map((field) => `answer.${field}`)
            : [];
      if (remove.length === 0) continue;
      await ddb.send(new UpdateCommand({ TableName: TableName(), Key: { pk: item.pk, sk: item.sk }, UpdateExpression: `REMOVE ${remove.join(', ')}` }));
      if (item.type === 'MATCH') matchesCleaned += 1;
      else followUpsCleaned += 1;
    }
  }
  return { matchesCleaned, followUpsCleaned };
}

/** Step 4: the idempotency records of the applicant's writes; step 5: off the erasure index. */
async function finish(application: ApplicationItem): Promise<number> {
  const ids = [...(application.idempotencyRecordIds ?? [])];
  for (const id of ids) await ddb.send(new DeleteCommand({ TableName: config.idempotencyTableName, Key: { id } }));
  await ddb.send(
    new UpdateCommand({
      TableName: TableName(),
      Key: keys.application(application.applicationId),
      UpdateExpression: 'REMOVE idempotencyRecordIds, gsi2pk, gsi2sk',
      ConditionExpression: 'attribute_exists(erasedAt)',
    }),
  );
  return ids.length;
}

/**
 * Erases the personal data of one application (see the comment at the top). Safe to repeat:
 * a second run finds nothing personal and finishes whatever an interrupted run left.
 * Undefined when there is no such application.
 */
export async function eraseApplication(applicationId: string, now = new Date()): Promise<ErasureResult | undefined> {
  let application: ApplicationItem | undefined;
  let stripped = { fieldsRemoved: 0, itemsDeleted: 0 };
  for (let attempt = 0; ; attempt++) {
    application = await readApplication(applicationId);
    if (!application) return undefined;
    try {
      stripped = await stripApplication(application, now);
      break;
    } catch (error) {
      // The status moved (a round proposed it meanwhile): read again.
      if (!(error instanceof TransactionCanceledException) || attempt >= 4) throw error;
    }
  }
  const released = await release(applicationId, now);
  const cleaned = await cleanMatches((await readApplication(applicationId)) ?? application);
  const idempotencyRecordsDeleted = await finish(application);
  const result: ErasureResult = {
    applicationId,
    erasedNow: !application.erasedAt,
    released,
    ...stripped,
    ...cleaned,
    idempotencyRecordsDeleted,
  };
  logger.info('application erased', { ...result });
  return result;
}

/** The applications submitted with this address (the email lookup items; no Scan). */
export async function applicationIdsByEmail(email: string): Promise<string[]> {
  const items = await queryPartition(`EMAIL#${emailHash(email)}`);
  return items.map((item) => item.applicationId as string);
}

// ----- Access: "download my data" -----

/** A stored item as plain JSON: sets as arrays, without the table's own keys. */
function plain(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    if (/^(pk|sk|gsi\d(pk|sk)|idempotencyRecordIds|expiresAt)$/.test(name)) continue;
    out[name] = value instanceof Set ? [...value] : value;
  }
  return out;
}

/**
 * Everything held about the applicant of one application, as JSON: the application, its other
 * items (the sensitive answers), every match with its decisions and the role it was about, and
 * the follow-up records. Tokens are left out: they hold only the hash of a link.
 */
export async function exportApplicantData(applicationId: string, now = new Date()) {
  const partition = await queryPartition(keys.application(applicationId).pk);
  const application = partition.find((item) => item.sk === 'APPLICATION') as ApplicationItem | undefined;
  if (!application) return undefined;
  const matches = [];
  for (const matchId of matchIdsOf(application)) {
    const items = await queryPartition(keys.match(matchId).pk);
    const match = items.find((item) => item.type === 'MATCH') as MatchItem | undefined;
    if (!match) continue;
    const role = await getRole(match.roleId);
    matches.push({
      ...plain(match as unknown as Record<string, unknown>),
      ...(role
        ? { role: { roleId: role.roleId, title: role.title, sector: role.sector, company: { name: role.company.name, country: role.company.country, city: role.company.city }, periodFrom: role.periodFrom, periodTo: role.periodTo } }
        : {}),
      records: items.filter((item) => item.type !== 'MATCH').map(plain),
    });
  }
  return {
    exportedAt: now.toISOString(),
    applicationId,
    application: plain(application as unknown as Record<string, unknown>),
    otherRecords: partition.filter((item) => item.sk !== 'APPLICATION').map(plain),
    matches,
  };
}
