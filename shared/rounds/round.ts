import { randomUUID } from 'node:crypto';
import { TransactionCanceledException, type ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
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
import { APPLICANT_ATTRIBUTES, ROLE_ATTRIBUTES, toApplicant, toRole } from './pool-items.ts';
import { isActive, listSchools } from '#shared/schools/registry';

export interface RoundRecord {
  roundId: string;
  reason: string;
  seed: string;
  startedAt: string;
  durationMs: number;
  algorithmMs: number;
  /**
   * Where the duration went: reading the pool (its queries run at once), the matcher, writing
   * the proposals (the rest: dates, the round record, a few ms).
   */
  phasesMs: { read: number; match: number; write: number };
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
  /**
   * Transactions that wrote proposals: each holds the proposals of one or more roles, up to 100
   * items (a role with over 33 proposals takes several, one after another).
   */
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
 * AWS reports what it charges: 2 units per started KB of each item a transaction writes (and its
 * index entries). DynamoDB Local reports a transaction's write capacity without regard to its
 * item count (the same 6 units for 2 items or 60), so locally these figures mean little; the
 * benchmark (bench/round.ts) computes AWS's from the items written.
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
 * are written together: one transaction takes the role's k places at once (a "unit": the role's
 * place count and three items per proposal), and cancellations are read item by item: a refused
 * applicant is dropped and the rest written, contention is retried.
 *
 * Units of several roles share a transaction, up to DynamoDB's 100 items: a round's writes are a
 * few dozen round trips rather than one per role (issue 17: a round of 1,921 × 500 wrote 309
 * transactions of 7 items on average). A shared transaction has a wider blast radius: DynamoDB
 * cancels all of it for a conflict on any one item. So a cancelled transaction is split by its
 * reasons: the units whose items were all fine (or whose refused applicants are dropped) are
 * written again at once, without the others; only the units that met contention wait and retry,
 * together. A role's proposals are never held back longer than one extra round trip by another
 * role's contention, and never given up for it.
 */

/**
 * Items one proposal puts in its role's transaction: the application's update, the match, and its
 * match.proposed outbox item (the coordinator's link token is made later, by that event's consumer).
 */
export const ITEMS_PER_PROPOSAL = 3;
/** DynamoDB's limit on the items of one transaction. */
const MAX_TRANSACTION_ITEMS = 100;
/**
 * The role's place count is the one item a unit has once, whatever its size: 33 proposals. A
 * role with more has several units, written one after another (two at once would contend for the
 * role's item, and one transaction may not touch an item twice).
 * (The other limit, 4 MB, is far off: these items are a kilobyte or two each.)
 */
export const PROPOSALS_PER_TRANSACTION = Math.floor((MAX_TRANSACTION_ITEMS - 1) / ITEMS_PER_PROPOSAL);
/**
 * Transactions in flight at once. DynamoDB Local runs its SQLite work on one thread, so more gain
 * nothing there; on AWS a round's few dozen transactions are then about two round trips deep.
 */
const CONCURRENT_TRANSACTIONS = 16;

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
  /** Roles whose proposals were given up on: their later, lower-ranked ones wait for the next round too. */
  gaveUpRoles: Set<string>;
  /** The dates each proposal carries, by application id (placement-dates.ts). */
  placements: Map<string, DateRange>;
  /** The person of each application that has one (erased ones have none), by application id. */
  persons: Map<string, string>;
}

/** Up to PROPOSALS_PER_TRANSACTION proposals of one role, written all or none. */
interface Unit {
  roleId: string;
  proposals: Proposal[];
}
const unitItems = (unit: Unit) => 1 + ITEMS_PER_PROPOSAL * unit.proposals.length;
const proposalsIn = (units: Unit[]) => units.reduce((n, u) => n + u.proposals.length, 0);

/**
 * The transaction of some units, built afresh (new match ids) for every attempt but exact repeats.
 * Layout, which the cancellation reasons are read by: per unit [role, (application, match, event) × k];
 * `starts` gives each unit's first index.
 */
function unitsTransaction(units: Unit[], { roundId, now, placements, persons }: WriteContext) {
  const TableName = config.tableName;
  const decisionDueAt = new Date(now.getTime() + DECISION_DAYS * 86_400_000).toISOString();
  const starts: number[] = [];
  const TransactItems: NonNullable<TransactWriteCommandInput['TransactItems']> = [];
  for (const { roleId, proposals } of units) {
    starts.push(TransactItems.length);
    TransactItems.push({
      Update: {
        TableName,
        Key: keys.role(roleId),
        // All k places or none: fewer left means something else took some; see `readCancellation`.
        UpdateExpression: 'SET placesLeft = placesLeft - :k',
        ConditionExpression: '#status = :open AND placesLeft >= :k',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':k': proposals.length, ':open': 'OPEN' },
      },
    });
    for (const proposal of proposals) {
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
      TransactItems.push(
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
      );
    }
  }
  return {
    command: new TransactWriteCommand({ TransactItems, ReturnConsumedCapacity: 'TOTAL', ClientRequestToken: randomUUID() }),
    starts,
  };
}
type Attempt = ReturnType<typeof unitsTransaction>;

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
 * Reads a cancelled transaction's reasons unit by unit and says what to write next: an applicant
 * whose condition failed (withdrew, erased, proposed by a round beside this one) is dropped; a
 * role with fewer free places than proposals keeps its best-scored ones; a unit that met
 * contention, or whose refusal changed nothing (its role freed a place meanwhile), must wait.
 * The others (`now`) were refused for something now dropped, or only cancelled with the rest.
 */
async function readCancellation(error: TransactionCanceledException, { starts }: Attempt, units: Unit[], ctx: WriteContext) {
  const reasons = error.CancellationReasons ?? [];
  const code = (index: number) => reasons[index]?.Code ?? 'None';
  // No reasons at all, or none naming an item, tell nothing to drop: all of it waits, as contention.
  const told = reasons.some((r) => (r.Code ?? 'None') !== 'None');
  const now: Unit[] = [];
  const wait: Unit[] = [];
  await Promise.all(
    units.map(async (unit, u) => {
      const at = starts[u]!;
      const end = at + unitItems(unit);
      let contended = !told;
      for (let i = at; i < end; i++) if (CONTENTION.has(code(i))) contended = true;
      let pending = unit.proposals.filter((proposal, i) => {
        const application = code(at + 1 + ITEMS_PER_PROPOSAL * i);
        const others = [code(at + 2 + ITEMS_PER_PROPOSAL * i), code(at + 3 + ITEMS_PER_PROPOSAL * i)];
        if (application === 'ConditionalCheckFailed') return false;
        // The match and the event are new items with fresh ids; a failed condition on them
        // would be an id collision, which the rebuilt transaction's new ids cure. Anything
        // else (a validation error) would fail again: dropped, and logged by its ids.
        const unexpected = [application, ...others].find((c) => c !== 'None' && c !== 'ConditionalCheckFailed' && !CONTENTION.has(c));
        if (unexpected) logger.warn('proposal dropped: its write was refused', { roundId: ctx.roundId, roleId: unit.roleId, applicationId: proposal.applicantId, code: unexpected });
        return !unexpected;
      });
      let progress = pending.length < unit.proposals.length;
      const role = code(at);
      if (role === 'ConditionalCheckFailed') {
        // Fewer places left than proposals (or the role closed): keep the ones the role ranks
        // first, by fit; the others stay in the pool.
        const free = await placesFree(unit.roleId, ctx.meter);
        if (free < pending.length) {
          pending = [...pending].sort((a, b) => b.score.total - a.score.total).slice(0, free);
          progress = true;
        } else if (!progress) contended = true;
      } else if (role !== 'None' && !CONTENTION.has(role)) {
        logger.warn('proposals of a role dropped: its place count was refused', { roundId: ctx.roundId, roleId: unit.roleId, proposals: pending.length, code: role });
        pending = [];
      }
      if (pending.length > 0) (contended ? wait : now).push({ roleId: unit.roleId, proposals: pending });
    }),
  );
  return { now, wait };
}

/**
 * Writes some units in one transaction, all or none; when it is cancelled, writes what can still
 * be made: at once what was not the problem, after a backoff what met contention. Each attempt
 * keeps every condition, so nothing is ever overbooked. `attempt` counts the tries of the units
 * that waited; `repeat`, an exact repeat of a request whose outcome is unknown.
 */
async function writeUnits(units: Unit[], ctx: WriteContext, attempt = 1, repeat?: Attempt): Promise<void> {
  if (units.length === 0) return;
  const sent = repeat ?? unitsTransaction(units, ctx);
  try {
    const { ConsumedCapacity } = await ddb.send(sent.command);
    ctx.meter.addWrite(ConsumedCapacity, sent.command.input.TransactItems!.length);
    ctx.tally.written += proposalsIn(units);
    ctx.tally.transactions += 1;
  } catch (error) {
    if (error instanceof TransactionCanceledException || errorName(error) === 'TransactionCanceledException') {
      const { now, wait } = await readCancellation(error as TransactionCanceledException, sent, units, ctx);
      await Promise.all([writeUnits(now, ctx, attempt), writeLater(wait, ctx, attempt)]);
    } else if (RETRY_SAME_REQUEST.has(errorName(error) ?? '')) {
      await writeLater(units, ctx, attempt, sent);
    } else {
      throw error;
    }
  }
}

/** Tries units again after a backoff, unless their tries or the invocation's time are spent. */
async function writeLater(units: Unit[], ctx: WriteContext, attempt: number, repeat?: Attempt): Promise<void> {
  if (units.length === 0) return;
  const wait = backoffMs(attempt - 1);
  if (attempt >= RETRY.tries || ctx.remainingMs() < wait + RESERVE_MS) {
    for (const unit of units) {
      logger.warn('proposals left for the next round: the role stayed contended', { roundId: ctx.roundId, roleId: unit.roleId, proposals: unit.proposals.length, attempts: attempt });
    }
    ctx.tally.gaveUp += proposalsIn(units);
    for (const unit of units) ctx.gaveUpRoles.add(unit.roleId);
    return;
  }
  ctx.tally.retries += 1;
  await ctx.sleep(wait);
  await writeUnits(units, ctx, attempt + 1, repeat);
}

/**
 * The round's transactions, in waves: each role's best-scored PROPOSALS_PER_TRANSACTION proposals
 * in the first, its next ones (a role with more) in the second, …; within a wave, units packed
 * into transactions of at most MAX_TRANSACTION_ITEMS items, the biggest first.
 */
export function packProposals(proposals: readonly Proposal[]): Unit[][][] {
  const byRole = new Map<string, Proposal[]>();
  for (const proposal of proposals) {
    const ofRole = byRole.get(proposal.roleId);
    if (ofRole) ofRole.push(proposal);
    else byRole.set(proposal.roleId, [proposal]);
  }
  const waves: Unit[][] = [];
  for (const [roleId, ofRole] of byRole) {
    const ranked = [...ofRole].sort((a, b) => b.score.total - a.score.total);
    for (let i = 0, w = 0; i < ranked.length; i += PROPOSALS_PER_TRANSACTION, w++) {
      (waves[w] ??= []).push({ roleId, proposals: ranked.slice(i, i + PROPOSALS_PER_TRANSACTION) });
    }
  }
  return waves.map((units) => {
    const transactions: { units: Unit[]; items: number }[] = [];
    for (const unit of [...units].sort((a, b) => unitItems(b) - unitItems(a))) {
      const fits = transactions.find((t) => t.items + unitItems(unit) <= MAX_TRANSACTION_ITEMS);
      if (fits) {
        fits.units.push(unit);
        fits.items += unitItems(unit);
      } else transactions.push({ units: [unit], items: unitItems(unit) });
    }
    return transactions.map((t) => t.units);
  });
}

/**
 * Runs `fn` over `items` with at most `limit` at a time. After a failure no item is started, and
 * the failure is thrown only once those in flight have ended: a round that fails must not go on
 * writing after its caller gave the matching lease up (one round at a time).
 */
export async function forEachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (!failure && next < items.length) {
      try {
        await fn(items[next++]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(workers);
  if (failure) throw failure.error;
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

/** What of an application in the pool the round reads: the matcher's part, its person, school and refusals. */
const POOL_APPLICATION_ATTRIBUTES = [...APPLICANT_ATTRIBUTES, 'email', 'schoolId', 'forbiddenRoleIds'] as const;
type PoolApplication = Pick<ApplicationItem, (typeof POOL_APPLICATION_ATTRIBUTES)[number]>;
type PoolRole = Pick<RoleItem, (typeof ROLE_ATTRIBUTES)[number]>;

/**
 * One matching round over the open pool: read the pool and the pending decisions with three
 * index queries, run the pure matcher with a fresh seed over what one person may be offered,
 * write each role's proposals conditionally (several roles' to a transaction), and store the round.
 */
export async function runRound(reason: string, now = new Date(), options: RoundOptions = {}): Promise<RoundRecord> {
  const started = performance.now();
  const meter = new Meter();
  const roundId = randomUUID();
  const seed = randomUUID();

  // The four reads are independent: at once, so the round waits for the longest, not their sum.
  // Only what the round uses is read (a role's texts, an applicant's answers stay in the table).
  const [pool, poolRoles, busy, schools] = await Promise.all([
    queryPool<PoolApplication>(POOL.applications, meter, POOL_APPLICATION_ATTRIBUTES),
    queryPool<PoolRole>(POOL.roles, meter, ROLE_ATTRIBUTES),
    busyPeriods(meter),
    listSchools(),
  ]);
  const roles = poolRoles.filter((r) => r.status === 'OPEN' && r.placesLeft > 0);
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
  const inactive = new Set(schools.filter((s) => !isActive(s)).map((s) => s.schoolId));
  const applications = pool.filter((a) => !out.has(a.applicationId) && !inactive.has(a.schoolId));
  const readMs = performance.now() - started;

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
    gaveUpRoles: new Set(),
  };
  const writeStarted = performance.now();
  // The transactions of a wave in parallel: they share no item (each applicant is proposed once,
  // each role is in one of them). A role's later proposals wait for the next wave.
  for (const wave of packProposals(proposals)) {
    await forEachLimited(wave, CONCURRENT_TRANSACTIONS, (units) => {
      // A role whose best proposals were given up on does not give its places to lower-ranked ones meanwhile.
      const kept = units.filter((unit) => !ctx.gaveUpRoles.has(unit.roleId));
      ctx.tally.gaveUp += proposalsIn(units) - proposalsIn(kept);
      return writeUnits(kept, ctx);
    });
  }
  const writeMs = performance.now() - writeStarted;
  const { written, transactions, retries, gaveUp } = ctx.tally;

  const record: RoundRecord = {
    roundId,
    reason,
    seed,
    startedAt: now.toISOString(),
    durationMs: Math.round(performance.now() - started),
    algorithmMs: Math.round(algorithmMs * 10) / 10,
    phasesMs: { read: Math.round(readMs), match: Math.round(algorithmMs), write: Math.round(writeMs) },
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
