import { randomUUID } from 'node:crypto';
import { TransactionCanceledException, type ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { matchProposed } from '#events/contracts';
import type { ApplicationItem } from '#shared/applications/store';
import { config } from '#shared/platform/config';
import { ddb, keys, outboxItem, projection, queryAll, POOL } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import { logger } from '#shared/platform/logger';
import { domainTable } from '#shared/platform/table';
import { match } from '#shared/matching/index';
import type { Proposal, RoundStats } from '#shared/matching/types';
import type { RoleItem } from '#shared/roles/store';
import { DECISION_DAYS } from '#shared/decisions/states';
import { pendingKeys, PENDING_DECISIONS, type MatchItem } from '#shared/decisions/matches';
import { earliestPlacement, placementWindow, type DateRange } from '#shared/decisions/placement-dates';
import { leftOut, type BusyPeriod } from './one-person.ts';
import { toApplicant, toRole } from './pool-items.ts';
import { isActive, listSchools } from '#shared/schools/registry';

export interface RoundRecord {
  roundId: string;
  reason: string;
  seed: string;
  startedAt: string;
  durationMs: number;
  algorithmMs: number;
  stats: RoundStats;
  /**
   * Pool applications not offered to the matcher: their person's pending proposal, or another
   * of their applications in this round, takes their dates (one-person.ts). They stay in the pool.
   */
  leftOut: number;
  proposalsWritten: number;
  /**
   * Proposals not written, left in the pool for a later round: the table refused them because
   * the pool moved meanwhile (place gone, applicant withdrawn or taken), or their role was still
   * contended after every retry (`gaveUp` of them).
   */
  conflicts: number;
  /** Of `conflicts`, the proposals given up on after the last retry of a contended transaction. */
  gaveUp: number;
  /** Transactions that wrote proposals (one per role, more for a role with over 33 proposals). */
  transactions: number;
  /** Transactions tried again after contention (TransactionConflict, throttling, in progress). */
  retries: number;
  itemsRead: number;
  itemsWritten: number;
  readCapacityUnits: number;
  writeCapacityUnits: number;
}

/**
 * Counts items and capacity over a round, for the round record and the benchmark. The table is
 * on demand, so DynamoDB reports one total per call: a Query's is read, a transaction's write.
 * DynamoDB Local reports a transaction's write capacity without regard to its item count (the
 * same 6 units for 2 items or 60), so locally a round of per-role transactions shows far less
 * than it uses; AWS reports what it charges, 2 units per KB of each item written.
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

/** Every item of one partition of gsi1 (the pool, the pending decisions), only `attributes` when given. */
async function queryPool<T>(pool: string, meter: Meter, attributes?: readonly string[]): Promise<T[]> {
  const index = domainTable.indexes[0];
  return queryAll<T>(
    {
      TableName: config.tableName,
      IndexName: index.name,
      KeyConditionExpression: `${index.partitionKey} = :pool`,
      ExpressionAttributeValues: { ':pool': pool },
      ...(attributes && projection(attributes)),
      ReturnConsumedCapacity: 'TOTAL',
    },
    (page) => {
      meter.itemsRead += page.Count ?? 0;
      meter.read += page.ConsumedCapacity?.CapacityUnits ?? 0;
    },
  );
}

/*
 * Writing the proposals. Several proposals for one role all change the role's place count, and
 * real DynamoDB cancels a transaction that touches an item another transaction is changing
 * (TransactionConflict; DynamoDB Local never does). Written one transaction per proposal, the
 * proposals of one role cancelled each other and waited for the next round. So a role's proposals
 * are written together: one transaction takes the role's k places at once, and cancellations are
 * read item by item: a refused applicant is dropped and the rest written, contention is retried.
 */

/**
 * Items one proposal puts in its role's transaction: the application's update, the match, and its
 * match.proposed outbox item (the coordinator's link token is made later, by that event's consumer).
 */
export const ITEMS_PER_PROPOSAL = 3;
/** DynamoDB's limit on the items of one transaction. */
const MAX_TRANSACTION_ITEMS = 100;
/**
 * The role's place count is the one item a transaction has once, whatever its size: 33 proposals.
 * (Its other limit, 4 MB, is far off: these items are a kilobyte or two each.)
 */
export const PROPOSALS_PER_TRANSACTION = Math.floor((MAX_TRANSACTION_ITEMS - 1) / ITEMS_PER_PROPOSAL);

/**
 * Contention is retried: at most `tries` attempts of a transaction, waiting a random time up to
 * `baseMs`·2ⁿ (capped) between them ("full jitter", so transactions that collided do not collide
 * again in step). Five tries wait at most 0.75 s in all, small beside a round; whatever is still
 * contended after them stays in the pool for the next round, as a refused proposal does.
 */
export const RETRY = { tries: 5, baseMs: 50, capMs: 800 };
export const backoffMs = (retry: number, random = Math.random) => random() * Math.min(RETRY.capMs, RETRY.baseMs * 2 ** retry);
/** No retry waits into the last seconds of the invocation: the round record and the lease need them. */
const RESERVE_MS = 5_000;

/** Cancellation codes that say "not now" rather than "no": the same write may succeed if tried again. */
const CONTENTION = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);
/**
 * Errors of the whole call that are retried with the same request (same ClientRequestToken, so
 * one that did commit is answered as committed, not written twice). The SDK already retries
 * these a few times; these retries come on top, with longer waits.
 */
const RETRY_SAME_REQUEST = new Set([
  'TransactionInProgressException',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
]);
const errorName = (error: unknown) => (error instanceof Error ? error.name : undefined);

interface WriteContext {
  roundId: string;
  now: Date;
  meter: Meter;
  remainingMs: () => number;
  sleep: (ms: number) => Promise<void>;
  tally: { written: number; transactions: number; retries: number; gaveUp: number };
  /** The dates each proposal carries, by application id (placement-dates.ts). */
  placements: Map<string, DateRange>;
  /** The person of each application that has one (erased ones have none), by application id. */
  persons: Map<string, string>;
}

/** The transaction of a role's proposals, built afresh (new match ids) for every attempt but exact repeats. */
function roleTransaction(roleId: string, proposals: Proposal[], { roundId, now, placements, persons }: WriteContext) {
  const TableName = config.tableName;
  const decisionDueAt = new Date(now.getTime() + DECISION_DAYS * 86_400_000).toISOString();
  const matches = proposals.map((proposal) => {
    const matchId = randomUUID();
    const person = persons.get(proposal.applicantId);
    const item: MatchItem = {
      ...keys.match(matchId),
      type: 'MATCH',
      matchId,
      applicationId: proposal.applicantId,
      roleId,
      roundId,
      status: 'PROPOSED',
      version: 1,
      score: proposal.score,
      proposedAt: now.toISOString(),
      placement: placements.get(proposal.applicantId)!,
      ...(person && { person }),
      decisionDueAt,
      ...pendingKeys(matchId, roleId, decisionDueAt),
    };
    return item;
  });
  // Layout, which the cancellation reasons are read by: [role, (application, match, event) × k].
  const TransactItems = [
    {
      Update: {
        TableName,
        Key: keys.role(roleId),
        // All k places or none: fewer left means something else took some; see `refusedByRole`.
        UpdateExpression: 'SET placesLeft = placesLeft - :k',
        ConditionExpression: '#status = :open AND placesLeft >= :k',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':k': proposals.length, ':open': 'OPEN' },
      },
    },
    ...matches.flatMap((item) => [
      {
        Update: {
          TableName,
          Key: keys.application(item.applicationId),
          // matchIds: every match of the applicant, for erasure and "download my data".
          UpdateExpression: 'SET #status = :proposed, matchId = :matchId REMOVE gsi1pk, gsi1sk ADD matchIds :matchIds',
          // Still in the pool, and not someone whose data was erased, or whose mail bounced, meanwhile
          // (the round read the pool before; a hold takes the application out: shared/deliverability/hold.ts).
          ConditionExpression: '#status = :submitted AND attribute_not_exists(erasedAt) AND attribute_not_exists(held)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':proposed': 'PROPOSED', ':submitted': 'SUBMITTED', ':matchId': item.matchId, ':matchIds': new Set([item.matchId]) },
        },
      },
      { Put: { TableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        // The event is written with its change, as writeWithEvents does (docs/guarantees.md,
        // "Nothing is lost"); built here so each item's index, and the request token, are known.
        Put: {
          TableName,
          Item: outboxItem(matchProposed.outbox({ matchId: item.matchId, applicationId: item.applicationId, roleId }, now), now),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]),
  ];
  return new TransactWriteCommand({ TransactItems, ReturnConsumedCapacity: 'TOTAL', ClientRequestToken: randomUUID() });
}
const APPLICATION_INDEX = (i: number) => 1 + ITEMS_PER_PROPOSAL * i;

/** The role as it is now (a consistent read), to see how many of its places are still free. */
async function placesFree(roleId: string, meter: Meter): Promise<number> {
  const { Item, ConsumedCapacity } = await ddb.send(
    new GetCommand({
      TableName: config.tableName,
      Key: keys.role(roleId),
      ConsistentRead: true,
      ProjectionExpression: '#status, placesLeft',
      ExpressionAttributeNames: { '#status': 'status' },
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  meter.itemsRead += Item ? 1 : 0;
  meter.read += ConsumedCapacity?.CapacityUnits ?? 0;
  return Item?.status === 'OPEN' ? Math.max(0, Number(Item.placesLeft)) : 0;
}

/**
 * Writes up to PROPOSALS_PER_TRANSACTION proposals of one role in one transaction, all or none,
 * and, when it is cancelled, reads why item by item and tries again with what can still be made:
 * an applicant whose condition failed (withdrew, erased, proposed by a round beside this one) is
 * dropped; a role with fewer free places than proposals keeps its best-scored ones; contention is
 * retried after a backoff. Each attempt keeps both conditions, so nothing is ever overbooked.
 */
async function writeRoleTransaction(roleId: string, proposals: Proposal[], ctx: WriteContext) {
  let pending = proposals;
  let command = roleTransaction(roleId, pending, ctx);
  for (let attempt = 1; pending.length > 0; attempt++) {
    let retrySame = false;
    let progress = false;
    let contended = false;
    try {
      const { ConsumedCapacity } = await ddb.send(command);
      ctx.meter.addWrite(ConsumedCapacity, command.input.TransactItems!.length);
      ctx.tally.written += pending.length;
      ctx.tally.transactions += 1;
      return;
    } catch (error) {
      if (error instanceof TransactionCanceledException || errorName(error) === 'TransactionCanceledException') {
        const reasons = (error as TransactionCanceledException).CancellationReasons ?? [];
        const code = (index: number) => reasons[index]?.Code ?? 'None';
        // No reasons at all tells nothing to drop: treat it as contention.
        contended = reasons.length === 0 || reasons.some((r) => CONTENTION.has(r.Code ?? ''));
        const kept = pending.filter((proposal, i) => {
          const application = code(APPLICATION_INDEX(i));
          const others = [code(APPLICATION_INDEX(i) + 1), code(APPLICATION_INDEX(i) + 2)];
          if (application === 'ConditionalCheckFailed') return false;
          // The match and the event are new items with fresh ids; a failed condition on them
          // would be an id collision, which the rebuilt transaction's new ids cure. Anything
          // else (a validation error) would fail again: dropped, and logged by its ids.
          const unexpected = [application, ...others].find((c) => c !== 'None' && c !== 'ConditionalCheckFailed' && !CONTENTION.has(c));
          if (unexpected) logger.warn('proposal dropped: its write was refused', { roundId: ctx.roundId, roleId, applicationId: proposal.applicantId, code: unexpected });
          return !unexpected;
        });
        progress = kept.length < pending.length;
        pending = kept;
        const role = code(0);
        if (role === 'ConditionalCheckFailed') {
          // Fewer places left than proposals (or the role closed): keep the ones the role ranks
          // first, by fit; the others stay in the pool.
          const free = await placesFree(roleId, ctx.meter);
          if (free < pending.length) {
            pending = [...pending].sort((a, b) => b.score.total - a.score.total).slice(0, free);
            progress = true;
          }
        } else if (role !== 'None' && !CONTENTION.has(role)) {
          logger.warn('proposals of a role dropped: its place count was refused', { roundId: ctx.roundId, roleId, proposals: pending.length, code: role });
          pending = [];
        }
      } else if (RETRY_SAME_REQUEST.has(errorName(error) ?? '')) {
        retrySame = true;
        contended = true;
      } else {
        throw error;
      }
    }
    if (pending.length === 0) return;
    // A refusal that dropped something is tried again at once: what is left was never the problem.
    // Contention, and a refusal that changed nothing (the role freed a place meanwhile), wait.
    if (contended || !progress) {
      const wait = backoffMs(attempt - 1);
      if (attempt >= RETRY.tries || ctx.remainingMs() < wait + RESERVE_MS) {
        logger.warn('proposals left for the next round: the role stayed contended', { roundId: ctx.roundId, roleId, proposals: pending.length, attempts: attempt });
        ctx.tally.gaveUp += pending.length;
        return;
      }
      ctx.tally.retries += 1;
      await ctx.sleep(wait);
    }
    if (!retrySame) command = roleTransaction(roleId, pending, ctx);
  }
}

/**
 * Writes every proposal of one role: its best-scored first, in transactions of at most
 * PROPOSALS_PER_TRANSACTION, one after another (two at once would contend for the role's item).
 */
async function writeRoleProposals(roleId: string, proposals: Proposal[], ctx: WriteContext) {
  const ranked = [...proposals].sort((a, b) => b.score.total - a.score.total);
  for (let i = 0; i < ranked.length; i += PROPOSALS_PER_TRANSACTION) {
    await writeRoleTransaction(roleId, ranked.slice(i, i + PROPOSALS_PER_TRANSACTION), ctx);
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

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export interface RoundOptions {
  /** The invocation's time left (Lambda context): no retry waits into its last seconds. */
  remainingMs?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Days the persons' pending proposals take (the third index query): a person's application
 * for any of them is not matched (one-person.ts). A match proposed before matches carried the
 * person or the dates is not seen here.
 */
async function busyPeriods(meter: Meter): Promise<BusyPeriod[]> {
  const pending = await queryPool<Pick<MatchItem, 'person' | 'placement'>>(PENDING_DECISIONS, meter, ['person', 'placement']);
  return pending.flatMap(({ person, placement }) => (person && placement ? [{ person, period: placement }] : []));
}

/**
 * One matching round over the open pool: read the pool and the pending decisions with three
 * index queries, run the pure matcher with a fresh seed over what one person may be offered,
 * write each role's proposals conditionally, and store the round.
 */
export async function runRound(reason: string, now = new Date(), options: RoundOptions = {}): Promise<RoundRecord> {
  const started = performance.now();
  const meter = new Meter();
  const roundId = randomUUID();
  const seed = randomUUID();

  const pool = await queryPool<ApplicationItem>(POOL.applications, meter);
  const roles = (await queryPool<RoleItem>(POOL.roles, meter)).filter((r) => r.status === 'OPEN' && r.placesLeft > 0);
  const busy = await busyPeriods(meter);
  // An erased application has no address left, so no person: nothing to hold it to.
  const persons = new Map(pool.flatMap((a) => (a.email ? [[a.applicationId, emailHash(a.email)] as const] : [])));
  const out = leftOut(
    pool.map((a) => ({
      applicationId: a.applicationId,
      person: persons.get(a.applicationId),
      window: { from: a.availableFrom, to: a.availableTo },
      enteredAt: a.confirmedAt ?? a.submittedAt,
    })),
    busy,
  );
  // A deactivated school's applications are closed by its consumer; any it could not find (written
  // before the desks' index existed) are never proposed meanwhile: no email to a school that left.
  const inactive = new Set((await listSchools()).filter((s) => !isActive(s)).map((s) => s.schoolId));
  const applications = pool.filter((a) => !out.has(a.applicationId) && !inactive.has(a.schoolId));

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

  const byRole = new Map<string, Proposal[]>();
  for (const proposal of proposals) {
    const ofRole = byRole.get(proposal.roleId);
    if (ofRole) ofRole.push(proposal);
    else byRole.set(proposal.roleId, [proposal]);
  }
  // Each proposal carries concrete dates: the earliest period of the required length in the overlap.
  const applicationById = new Map(applications.map((a) => [a.applicationId, a]));
  const roleById = new Map(roles.map((r) => [r.roleId, r]));
  const placements = new Map<string, DateRange>();
  for (const { applicantId, roleId } of proposals) {
    const application = applicationById.get(applicantId)!;
    const role = roleById.get(roleId)!;
    placements.set(applicantId, earliestPlacement(placementWindow(application, role), Math.max(application.minWeeks, role.minWeeks), now.toISOString()));
  }
  const ctx: WriteContext = {
    placements,
    persons,
    roundId,
    now,
    meter,
    remainingMs: options.remainingMs ?? (() => Number.POSITIVE_INFINITY),
    sleep: options.sleep ?? sleepFor,
    tally: { written: 0, transactions: 0, retries: 0, gaveUp: 0 },
  };
  // Roles in parallel: their transactions share no item (each applicant is proposed once).
  await forEachLimited([...byRole], 16, ([roleId, ofRole]) => writeRoleProposals(roleId, ofRole, ctx));
  const { written, transactions, retries, gaveUp } = ctx.tally;

  const record: RoundRecord = {
    roundId,
    reason,
    seed,
    startedAt: now.toISOString(),
    durationMs: Math.round(performance.now() - started),
    algorithmMs: Math.round(algorithmMs * 10) / 10,
    stats,
    leftOut: out.size,
    proposalsWritten: written,
    conflicts: proposals.length - written,
    gaveUp,
    transactions,
    retries,
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
