import { randomUUID } from 'node:crypto';
import { TransactionCanceledException, type ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { matchProposed } from '#events/contracts';
import type { ApplicationItem } from '#shared/applications/store';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll, POOL, writeWithEvents } from '#shared/platform/db';
import { domainTable } from '#shared/platform/table';
import { match } from '#shared/matching/index';
import type { MatchApplicant, MatchRole, Proposal, RoundStats } from '#shared/matching/types';
import type { RoleItem } from '#shared/roles/store';
import { DECISION_DAYS } from '#shared/decisions/states';
import { pendingKeys, type MatchItem } from '#shared/decisions/matches';

export interface RoundRecord {
  roundId: string;
  reason: string;
  seed: string;
  startedAt: string;
  durationMs: number;
  algorithmMs: number;
  stats: RoundStats;
  proposalsWritten: number;
  /** Proposals the table refused because the pool moved meanwhile (place gone, applicant taken). */
  conflicts: number;
  itemsRead: number;
  itemsWritten: number;
  readCapacityUnits: number;
  writeCapacityUnits: number;
}

/**
 * Counts items and capacity over a round, for the round record and the benchmark. The table is
 * on demand, so DynamoDB reports one total per call: a Query's is read, a transaction's write.
 */
class Meter {
  itemsRead = 0;
  itemsWritten = 0;
  read = 0;
  write = 0;
  addWrite(consumed: ConsumedCapacity[] | undefined, items: number) {
    this.itemsWritten += items;
    for (const c of consumed ?? []) this.write += c.CapacityUnits ?? 0;
  }
}

async function queryPool<T>(pool: string, meter: Meter): Promise<T[]> {
  const index = domainTable.indexes[0];
  return queryAll<T>(
    {
      TableName: config.tableName,
      IndexName: index.name,
      KeyConditionExpression: `${index.partitionKey} = :pool`,
      ExpressionAttributeValues: { ':pool': pool },
      ReturnConsumedCapacity: 'TOTAL',
    },
    (page) => {
      meter.itemsRead += page.Count ?? 0;
      meter.read += page.ConsumedCapacity?.CapacityUnits ?? 0;
    },
  );
}

const toApplicant = (a: ApplicationItem): MatchApplicant => ({
  id: a.applicationId,
  applicantType: a.applicantType,
  homeCountry: a.homeCountry,
  fieldOfStudy: a.fieldOfStudy,
  sectors: a.sectors,
  destinations: a.destinations,
  availableFrom: a.availableFrom,
  availableTo: a.availableTo,
  minWeeks: a.minWeeks,
  languages: a.languages,
  rolePreferences: a.rolePreferences ?? [],
  submittedAt: a.submittedAt,
});

const toRole = (r: RoleItem): MatchRole => ({
  id: r.roleId,
  country: r.company.country,
  sector: r.sector,
  fieldsOfStudy: r.fieldsOfStudy,
  // Places already held by pending or confirmed matches were taken off `placesLeft` when they
  // were proposed, so the matcher sees only what is free; nothing frozen is matched again.
  places: r.placesLeft,
  periodFrom: r.periodFrom,
  periodTo: r.periodTo,
  minWeeks: r.minWeeks,
  languages: r.languages,
  applicantTypes: r.applicantTypes,
});

/**
 * Writes one proposal: takes a place only while one is left, takes the applicant out of the
 * pool only while still in it, stores the match and its event, all or nothing. A round running
 * beside this one (there should be none, but the lease can expire) can never overbook a role.
 */
async function writeProposal(proposal: Proposal, roundId: string, now: Date, meter: Meter): Promise<boolean> {
  const matchId = randomUUID();
  const decisionDueAt = new Date(now.getTime() + DECISION_DAYS * 86_400_000).toISOString();
  const item: MatchItem = {
    ...keys.match(matchId),
    type: 'MATCH',
    matchId,
    applicationId: proposal.applicantId,
    roleId: proposal.roleId,
    roundId,
    status: 'PROPOSED',
    version: 1,
    score: proposal.score,
    proposedAt: now.toISOString(),
    decisionDueAt,
    ...pendingKeys(matchId, proposal.roleId, decisionDueAt),
  };
  const TableName = config.tableName;
  try {
    const consumed = await writeWithEvents(
      [
        {
          Update: {
            TableName,
            Key: keys.role(proposal.roleId),
            UpdateExpression: 'SET placesLeft = placesLeft - :one',
            ConditionExpression: '#status = :open AND placesLeft > :zero',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':one': 1, ':zero': 0, ':open': 'OPEN' },
          },
        },
        {
          Update: {
            TableName,
            Key: keys.application(proposal.applicantId),
            // matchIds: every match of the applicant, for erasure and "download my data".
            UpdateExpression: 'SET #status = :proposed, matchId = :matchId REMOVE gsi1pk, gsi1sk ADD matchIds :matchIds',
            // Not someone whose data was erased meanwhile (the round read the pool before).
            ConditionExpression: '#status = :submitted AND attribute_not_exists(erasedAt)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':proposed': 'PROPOSED', ':submitted': 'SUBMITTED', ':matchId': matchId, ':matchIds': new Set([matchId]) },
          },
        },
        { Put: { TableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
      ],
      [matchProposed.outbox({ matchId, applicationId: proposal.applicantId, roleId: proposal.roleId }, now)],
      now,
    );
    meter.addWrite(consumed, 4);
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceledException) return false;
    throw error;
  }
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function forEachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(workers);
}

/**
 * One matching round over the open pool: read the pool with two index queries, run the pure
 * matcher with a fresh seed, write each proposal conditionally, and store the round.
 */
export async function runRound(reason: string, now = new Date()): Promise<RoundRecord> {
  const started = performance.now();
  const meter = new Meter();
  const roundId = randomUUID();
  const seed = randomUUID();

  const applications = await queryPool<ApplicationItem>(POOL.applications, meter);
  const roles = (await queryPool<RoleItem>(POOL.roles, meter)).filter((r) => r.status === 'OPEN' && r.placesLeft > 0);

  const algorithmStarted = performance.now();
  const { proposals, stats } = match({
    applicants: applications.map(toApplicant),
    roles: roles.map(toRole),
    frozen: [],
    forbidden: applications.flatMap((a) => [...(a.forbiddenRoleIds ?? [])].map((roleId) => ({ applicantId: a.applicationId, roleId }))),
    seed,
    now: now.toISOString(),
  });
  const algorithmMs = performance.now() - algorithmStarted;

  let written = 0;
  await forEachLimited(proposals, 16, async (proposal) => {
    if (await writeProposal(proposal, roundId, now, meter)) written += 1;
  });

  const record: RoundRecord = {
    roundId,
    reason,
    seed,
    startedAt: now.toISOString(),
    durationMs: Math.round(performance.now() - started),
    algorithmMs: Math.round(algorithmMs * 10) / 10,
    stats,
    proposalsWritten: written,
    conflicts: proposals.length - written,
    itemsRead: meter.itemsRead,
    itemsWritten: meter.itemsWritten + 1,
    readCapacityUnits: meter.read,
    writeCapacityUnits: meter.write,
  };
  await ddb.send(
    new PutCommand({
      TableName: config.tableName,
      Item: { ...keys.round(roundId), type: 'ROUND', ...record, gsi1pk: 'ROUNDS', gsi1sk: record.startedAt },
    }),
  );
  return record;
}
