import { DeleteTableCommand, DynamoDBClient, TransactionCanceledException, TransactionInProgressException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, ScanCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { InitializeHandler, InitializeHandlerArguments, InitializeMiddleware, MetadataBearer } from '@smithy/types';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApplicationItem } from '#shared/applications/store';
import type { MatchResult } from '#shared/matching/types';
import { ddb, keys, POOL } from '#shared/platform/db';
import { rolePoolKey } from '#shared/roles/board-index';
import type { RoleItem } from '#shared/roles/store';
import { ensureTables } from '#local/dynamodb';
import { packProposals, PROPOSALS_PER_TRANSACTION, RETRY, runRound } from '#shared/rounds/round';

/*
 * Fault injection: real DynamoDB cancels a transaction that touches an item another transaction
 * is changing (TransactionConflict), and answers TransactionInProgressException or throttles under
 * load; DynamoDB Local does none of that. A middleware on the shared client `ddb` does it here, so
 * the round in this process meets the cancellations it would meet on AWS:
 *
 * - a transaction touching an item that a transaction still in flight touches is cancelled with
 *   TransactionConflict on that item, as DynamoDB does;
 * - on top, the first attempts at each role's place count are cancelled by plan (a conflict on the
 *   role, an attempt "in progress", a conflict on an applicant), like a decision or a withdrawal
 *   writing to the same items at that moment. A transaction holds several roles' proposals: each
 *   role's plan counts the transactions that touched it.
 *
 * The round must still write every proposal the matcher made, none twice, no role over its places.
 * The pool is in a table of this file's own on the stack's DynamoDB Local, so no round of the
 * stack (and no other test's) reads it, and this round reads nobody else's.
 */

const made = vi.hoisted(() => ({ results: [] as MatchResult[] }));
vi.mock('#shared/matching/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('#shared/matching/index')>();
  return {
    ...original,
    // The matcher as it is; the test keeps what it proposed, to compare with what was written.
    match: (...args: Parameters<typeof original.match>) => {
      const result = original.match(...args);
      made.results.push(result);
      return result;
    },
  };
});

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Key = { pk: string; sk: string };
const keyOf = (item: TransactItem): string => {
  const op = item.Update ?? item.Delete ?? item.ConditionCheck;
  const key = (op?.Key ?? { pk: item.Put!.Item!.pk, sk: item.Put!.Item!.sk }) as Key;
  return `${key.pk}|${key.sk}`;
};

/** What the injector does to the n-th (0-based) transaction that touches a role's item. */
type Fault = 'conflict-on-role' | 'in-progress' | 'conflict-on-applicant' | 'throttled';
const cancelled = (reasons: string[]) =>
  new TransactionCanceledException({
    message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.join(', ')}]`,
    $metadata: {},
    CancellationReasons: reasons.map((Code) => ({ Code, Message: Code === 'None' ? undefined : Code })),
  });

interface Injector {
  /** Transactions seen, cancellations made (natural conflicts and planned faults). */
  seen: number;
  conflicts: number;
  planned: number;
  /** Runs before the first transaction touching a role's item passes (once per role). */
  beforeRole?: (roleKey: string) => Promise<void>;
}

const MIDDLEWARE = 'injectTransactionFaults';

/** Adds the fault injector to `ddb`; `plan(roleKey, n)` says what happens to a role's n-th transaction. */
function injectFaults(plan: (roleKey: string, n: number) => Fault | undefined, beforeRole?: Injector['beforeRole']): Injector {
  const injector: Injector = { seen: 0, conflicts: 0, planned: 0, beforeRole };
  const inFlight = new Map<string, number>();
  const perRole = new Map<string, number>();
  const middleware: InitializeMiddleware<object, MetadataBearer> =
    (next: InitializeHandler<object, MetadataBearer>) => async (args: InitializeHandlerArguments<object>) => {
      const items = (args.input as TransactWriteCommandInput).TransactItems;
      if (!items) return next(args);
      injector.seen += 1;
      const itemKeys = items.map(keyOf);
      // A transaction holds the proposals of one or more roles: [role, (application, match, event) × k] each.
      const roleIndexes = itemKeys.flatMap((k, i) => (k.startsWith('ROLE#') ? [i] : []));
      const faults: { at: number; fault: Fault }[] = [];
      for (const roleIndex of roleIndexes) {
        const roleKey = itemKeys[roleIndex]!;
        const n = perRole.get(roleKey) ?? 0;
        perRole.set(roleKey, n + 1);
        if (n === 0) await injector.beforeRole?.(roleKey);
        const fault = plan(roleKey, n);
        if (fault) faults.push({ at: roleIndex, fault });
      }

      // As DynamoDB: an item being changed by a transaction in flight cancels this one.
      const busy = itemKeys.map((k) => inFlight.has(k));
      if (busy.some(Boolean)) {
        injector.conflicts += 1;
        throw cancelled(busy.map((b) => (b ? 'TransactionConflict' : 'None')));
      }
      if (faults.length) {
        injector.planned += faults.length;
        // "In progress" is an answer about the whole request; the others name an item each.
        if (faults.some((f) => f.fault === 'in-progress')) throw new TransactionInProgressException({ message: 'Transaction is ongoing for the item', $metadata: {} });
        const codes = itemKeys.map(() => 'None');
        for (const { at, fault } of faults) {
          // conflict-on-applicant: the first applicant of that role's proposals.
          if (fault === 'conflict-on-applicant') codes[at + 1] = 'TransactionConflict';
          else codes[at] = fault === 'throttled' ? 'ThrottlingError' : 'TransactionConflict';
        }
        throw cancelled(codes);
      }
      for (const k of itemKeys) inFlight.set(k, (inFlight.get(k) ?? 0) + 1);
      try {
        return await next(args);
      } finally {
        for (const k of itemKeys) {
          const left = inFlight.get(k)! - 1;
          if (left) inFlight.set(k, left);
          else inFlight.delete(k);
        }
      }
    };
  ddb.middlewareStack.add(middleware, { step: 'initialize', name: MIDDLEWARE });
  return injector;
}

// ---- the pool, in a table of this file's own ----

const previousTable = process.env.TABLE_NAME;
const TABLE = `liike-contention-${crypto.randomUUID().slice(0, 8)}`;
const IDEMPOTENCY_TABLE = `${TABLE}-idempotency`;
const admin = new DynamoDBClient({});

const isoDate = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

/**
 * Roles with these place counts, each with its own field of study and two more fitting applicants
 * than places, so every role fills and each applicant fits exactly one role.
 */
async function seedPool(places: number[]) {
  const now = new Date().toISOString();
  const roles: RoleItem[] = places.map((n, r) => {
    const roleId = crypto.randomUUID();
    return {
      ...keys.role(roleId),
      type: 'ROLE',
      roleId,
      status: 'OPEN',
      placesLeft: n,
      submittedAt: now,
      openedAt: now,
      gsi1pk: POOL.roles,
      // As a role opened now is stored (board-index.ts), not as one from before the board.
      gsi1sk: rolePoolKey({ company: { country: 'FI' }, sector: 'construction', roleId }, now),
      company: { name: 'Kiire Oy', businessId: '1234567-1', country: 'FI', region: 'Pirkanmaa', city: 'Tampere' },
      contact: { name: 'Contention Contact', email: `${roleId}@contention.example`, language: 'fi' },
      title: `Contended role ${r}`,
      sector: 'construction',
      fieldsOfStudy: [`09${10 + r}`],
      places: n,
      periodFrom: isoDate(20),
      periodTo: isoDate(200),
      minWeeks: 6,
      languages: [{ code: 'en', level: 'A2' }],
      applicantTypes: ['student'],
    } as RoleItem;
  });
  const applications: ApplicationItem[] = roles.flatMap((role, r) =>
    Array.from({ length: role.places + 2 }, (_, i) => {
      const applicationId = crypto.randomUUID();
      // Different waiting times give different scores, so the role ranks its applicants.
      const submittedAt = new Date(Date.now() - i * 86_400_000).toISOString();
      return {
        ...keys.application(applicationId),
        type: 'APPLICATION',
        applicationId,
        status: 'SUBMITTED',
        homeCountry: 'EE',
        submittedAt,
        gsi1pk: POOL.applications,
        gsi1sk: `${submittedAt}#${applicationId}`,
        applicantType: 'student',
        firstName: 'Contention',
        lastName: 'Applicant',
        email: `${applicationId}@contention.example`,
        language: 'et',
        schoolId: 'ee-tartu-khk',
        fieldOfStudy: `09${10 + r}`,
        sectors: ['construction'],
        destinations: ['FI'],
        availableFrom: isoDate(30),
        availableTo: isoDate(120),
        minWeeks: 8,
        languages: [{ code: 'en', level: 'B2' }],
        consent: { dataProcessing: true },
      } as ApplicationItem;
    }),
  );
  const items = [...roles, ...applications];
  for (let i = 0; i < items.length; i += 25) {
    await ddb.send(new BatchWriteCommand({ RequestItems: { [TABLE]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
  return { roles, applications };
}

async function scanAll(): Promise<Record<string, any>[]> {
  const items: Record<string, any>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await ddb.send(new ScanCommand({ TableName: TABLE, ConsistentRead: true, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** Empties the table between tests: each test's pool is only its own. */
async function clearTable() {
  const items = await scanAll();
  for (let i = 0; i < items.length; i += 25) {
    await ddb.send(
      new BatchWriteCommand({ RequestItems: { [TABLE]: items.slice(i, i + 25).map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })) } }),
    );
  }
}

/** What the table holds after the round: matches, their events, roles and applications by id. */
async function written() {
  const items = await scanAll();
  const matches = items.filter((i) => i.type === 'MATCH') as { matchId: string; applicationId: string; roleId: string }[];
  const events = items.filter((i) => i.type === 'OUTBOX' && i.detailType === 'match.proposed').map((i) => JSON.parse(i.detail).data);
  const roles = new Map(items.filter((i) => i.type === 'ROLE').map((i) => [i.roleId as string, i]));
  const applications = new Map(items.filter((i) => i.type === 'APPLICATION').map((i) => [i.applicationId as string, i]));
  return { matches, events, roles, applications };
}

/** The invariants of any round's writes: none twice, no role over its places, each match with its event. */
function expectConsistent(state: Awaited<ReturnType<typeof written>>, seeded: { roles: RoleItem[] }) {
  const { matches, events, roles, applications } = state;
  const perApplicant = new Map<string, number>();
  for (const m of matches) perApplicant.set(m.applicationId, (perApplicant.get(m.applicationId) ?? 0) + 1);
  expect([...perApplicant.values()].filter((n) => n > 1)).toEqual([]);
  for (const role of seeded.roles) {
    const now = roles.get(role.roleId)!;
    const taken = matches.filter((m) => m.roleId === role.roleId).length;
    expect(now.placesLeft).toBeGreaterThanOrEqual(0);
    expect(taken + now.placesLeft).toBe(role.places);
  }
  // Each match has exactly its one event, and its applicant points at it and left the pool.
  expect(events.map((e) => e.matchId).sort()).toEqual(matches.map((m) => m.matchId).sort());
  for (const m of matches) {
    const application = applications.get(m.applicationId)!;
    expect(application).toMatchObject({ status: 'PROPOSED', matchId: m.matchId });
    expect(application.gsi1pk).toBeUndefined();
  }
}

const pairs = (list: { applicantId?: string; applicationId?: string; roleId: string }[]) =>
  list.map((p) => `${p.applicantId ?? p.applicationId}→${p.roleId}`).sort();

beforeAll(async () => {
  await ensureTables(admin, { domain: TABLE, idempotency: IDEMPOTENCY_TABLE });
  process.env.TABLE_NAME = TABLE;
});

afterAll(async () => {
  process.env.TABLE_NAME = previousTable;
  for (const TableName of [TABLE, IDEMPOTENCY_TABLE]) await admin.send(new DeleteTableCommand({ TableName }));
});

beforeEach(async () => {
  made.results = [];
  await clearTable();
});

afterEach(() => {
  ddb.middlewareStack.remove(MIDDLEWARE);
});

describe('proposals under transaction conflicts', () => {
  it('every proposal the matcher made is written once, no role over its places, though its first transactions are cancelled', async () => {
    // A role over PROPOSALS_PER_TRANSACTION (two transactions), several with a few places, one with one.
    const seeded = await seedPool([PROPOSALS_PER_TRANSACTION + 12, 12, 8, 5, 3, 1]);
    // Each role's first three transactions fail, each a different way; the fourth of five tries passes.
    const faults: Fault[] = ['conflict-on-role', 'in-progress', 'conflict-on-applicant'];
    const injector = injectFaults((_, n) => faults[n]);
    const waits: number[] = [];

    const round = await runRound('test: contention', new Date(), { sleep: async (ms) => void waits.push(ms) });

    const [result] = made.results;
    expect(result!.proposals).toHaveLength(seeded.roles.reduce((n, r) => n + r.places, 0));
    const state = await written();
    expect(pairs(state.matches)).toEqual(pairs(result!.proposals));
    expectConsistent(state, seeded);
    // Every place taken, every extra applicant still waiting in the pool.
    for (const role of seeded.roles) expect(state.roles.get(role.roleId)!.placesLeft).toBe(0);
    const proposed = new Set(result!.proposals.map((p) => p.applicantId));
    for (const a of seeded.applications.filter((a) => !proposed.has(a.applicationId))) {
      expect(state.applications.get(a.applicationId)).toMatchObject({ status: 'SUBMITTED', gsi1pk: POOL.applications });
    }

    // The round's record says what happened: all written, the roles sharing transactions (the big
    // one's second part in a wave after its first), each transaction tried four times.
    const waves = packProposals(result!.proposals);
    expect(waves.map((wave) => wave.length)).toEqual([2, 1]);
    expect(injector.planned).toBe(3 * seeded.roles.length);
    expect(round).toMatchObject({ proposalsWritten: result!.proposals.length, conflicts: 0, gaveUp: 0, transactions: 3 });
    expect(round.retries).toBe(3 * waves[0]!.length + injector.conflicts);
    // Items: each role's place count once (the big one's twice), three per proposal, and the round record: no more.
    expect(round.itemsWritten).toBe(seeded.roles.length + 1 + 3 * result!.proposals.length + 1);
    expect(waits).toHaveLength(round.retries);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(RETRY.capMs);
  });

  it('a role contended through every try is left for the next round, untouched, within the bound; a role sharing its transaction is written at once', async () => {
    const seeded = await seedPool([4, 2]);
    const [stuck, free] = seeded.roles.map((r) => `ROLE#${r.roleId}|ROLE`);
    const waits: number[] = [];
    // Both roles' proposals go in one transaction; the free role's second try is at once, before any backoff.
    let waitsBeforeFreeRetry: number | undefined;
    const injector = injectFaults((roleKey, n) => {
      if (roleKey === free && n === 1) waitsBeforeFreeRetry = waits.length;
      return roleKey === stuck ? 'conflict-on-role' : undefined;
    });

    const round = await runRound('test: contention', new Date(), { sleep: async (ms) => void waits.push(ms) });

    expect(packProposals(made.results[0]!.proposals)).toHaveLength(1);
    expect(packProposals(made.results[0]!.proposals)[0]).toHaveLength(1);
    expect(waitsBeforeFreeRetry).toBe(0);
    expect(injector.planned).toBe(RETRY.tries);
    expect(round).toMatchObject({ proposalsWritten: 2, conflicts: 4, gaveUp: 4, transactions: 1, retries: RETRY.tries - 1 });
    expect(waits).toHaveLength(RETRY.tries - 1);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThan(RETRY.tries * RETRY.capMs);
    const state = await written();
    expectConsistent(state, seeded);
    expect(state.roles.get(seeded.roles[0]!.roleId)!.placesLeft).toBe(4);
    expect(state.matches.filter((m) => `ROLE#${m.roleId}|ROLE` === free)).toHaveLength(2);
    // The stuck role's applicants are all still in the pool for the next round.
    const stuckFits = seeded.applications.filter((a) => a.fieldOfStudy === seeded.roles[0]!.fieldsOfStudy[0]);
    for (const a of stuckFits) expect(state.applications.get(a.applicationId)).toMatchObject({ status: 'SUBMITTED', gsi1pk: POOL.applications });
  });

  it('gives up sooner when the invocation is short of time', async () => {
    await seedPool([3]);
    injectFaults(() => 'throttled');
    const waits: number[] = [];
    const round = await runRound('test: contention', new Date(), { remainingMs: () => 1_000, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([]);
    expect(round).toMatchObject({ proposalsWritten: 0, conflicts: 3, gaveUp: 3, retries: 0 });
  });
});

describe('an applicant withdrawn between the pool read and the write', () => {
  it("leaves the role's other proposals made", async () => {
    const seeded = await seedPool([5, 2]);
    const [role] = seeded.roles;
    let withdrawn = '';
    // The round has read the pool and matched; before its transaction for this role, one of the
    // applicants it proposed to the role withdraws.
    injectFaults(
      () => undefined,
      async (roleKey) => {
        if (roleKey !== `ROLE#${role!.roleId}|ROLE`) return;
        withdrawn = made.results[0]!.proposals.find((p) => p.roleId === role!.roleId)!.applicantId;
        await ddb.send(
          new UpdateCommand({
            TableName: TABLE,
            Key: keys.application(withdrawn),
            UpdateExpression: 'SET #status = :withdrawn REMOVE gsi1pk, gsi1sk',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':withdrawn': 'WITHDRAWN' },
          }),
        );
      },
    );

    const round = await runRound('test: withdrawal');

    const [result] = made.results;
    expect(withdrawn).not.toBe('');
    const state = await written();
    // Every other proposal was made: the role's four others, and the other role's two.
    const expected = result!.proposals.filter((p) => p.applicantId !== withdrawn);
    expect(pairs(state.matches)).toEqual(pairs(expected));
    expectConsistent(state, seeded);
    expect(state.roles.get(role!.roleId)!.placesLeft).toBe(1);
    expect(expected).toHaveLength(6);
    expect(state.applications.get(withdrawn)).toMatchObject({ status: 'WITHDRAWN' });
    expect(state.applications.get(withdrawn)!.matchId).toBeUndefined();
    // Both roles' proposals shared one transaction: written again at once without the withdrawn one.
    expect(round).toMatchObject({ proposalsWritten: expected.length, conflicts: 1, gaveUp: 0, transactions: 1, retries: 0 });
  });
});

describe('a round that dies partway through its writes', () => {
  it('leaves whole transactions written and the rest in the pool; the next round writes the rest, nothing twice', async () => {
    const seeded = await seedPool([PROPOSALS_PER_TRANSACTION + 12, 30, 20, 12, 8, 7, 5, 3, 1]);
    // The first two transactions reach the table; every later one dies with the process, as a
    // Lambda timing out or crashing would leave them (each transaction is written whole or not at all).
    let passed = 0;
    let inFlight = 0;
    const middleware: InitializeMiddleware<object, MetadataBearer> =
      (next: InitializeHandler<object, MetadataBearer>) => async (args: InitializeHandlerArguments<object>) => {
        if (!(args.input as TransactWriteCommandInput).TransactItems) return next(args);
        if (passed >= 2) throw new Error('the process died here');
        passed += 1;
        inFlight += 1;
        try {
          return await next(args);
        } finally {
          inFlight -= 1;
        }
      };
    ddb.middlewareStack.add(middleware, { step: 'initialize', name: MIDDLEWARE });

    await expect(runRound('test: crash')).rejects.toThrow('the process died here');
    await vi.waitFor(() => expect(inFlight).toBe(0), { timeout: 20_000, interval: 50 });
    const [first] = made.results;
    expect(packProposals(first!.proposals)[0]!.length).toBeGreaterThan(2);

    const partway = await written();
    expectConsistent(partway, seeded);
    // Some proposals were written, not all: whole transactions, each applicant out of the pool with its match.
    expect(partway.matches.length).toBeGreaterThan(0);
    expect(partway.matches.length).toBeLessThan(first!.proposals.length);
    const proposedAlready = new Set(partway.matches.map((m) => m.applicationId));
    for (const a of seeded.applications.filter((a) => !proposedAlready.has(a.applicationId))) {
      expect(partway.applications.get(a.applicationId)).toMatchObject({ status: 'SUBMITTED', gsi1pk: POOL.applications });
    }

    // The process is back: the next round proposes what is left.
    ddb.middlewareStack.remove(MIDDLEWARE);
    const next = await runRound('test: after the crash');
    const after = await written();
    expectConsistent(after, seeded);
    expect(next).toMatchObject({ conflicts: 0, gaveUp: 0 });
    for (const role of seeded.roles) expect(after.roles.get(role.roleId)!.placesLeft).toBe(0);
    expect(after.matches).toHaveLength(first!.proposals.length);
  });
});
