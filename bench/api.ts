/**
 * The API and the whole flow on the local stack (`npm start`'s stack, in a child process, so the
 * load generator here does not share an event loop with the handlers it measures):
 *
 * - api: issue 17's target 4, sequential POST /applications p50 against raw TransactWriteItems of
 *   the same six items (interleaved, same run), with p99; the rate at which the local stack
 *   saturates (rising fixed rates until one does not hold); and POST /applications and POST /roles
 *   at 20/s for 30 s each (autocannon) next to the raw PutItem round trip;
 * - e2e: issue 17's target 5, 100 applications that fit an open role, paced; for each, the time
 *   from the answer to the confirming POST to the coordinator's email in the mail store (polled
 *   every 25 ms), p50 and p99 against 1 s, with a per-hop profile from the bus's event log;
 * - load: 10,000 applications with bounded concurrency: how many were stored, how many
 *   `application.submitted` events were delivered, any 5xx.
 *
 *   npm run bench -- api e2e load
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { DynamoDBClient, PutItemCommand, QueryCommand, TransactWriteItemsCommand, type QueryCommandOutput } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import os from 'node:os';
import { ENV } from '#shared/platform/config';
import { localEnvironment } from '#local/env';
import { uniqueName, validApplication, validRole } from '../test/support/fixtures.ts';
import { boundRow, targetRow } from './results.ts';
import { percentile, round1, withStackProcess, type StackProcess } from './stack.ts';

const LOCAL_ENV = localEnvironment({ apiPort: 0, mailPort: 0, dynamoPort: 0, busPort: 0 });
const TABLE = LOCAL_ENV[ENV.tableName]!;
const IDEMPOTENCY_TABLE = LOCAL_ENV[ENV.idempotencyTableName]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const json = { 'content-type': 'application/json' };

const client = (stack: StackProcess) =>
  new DynamoDBClient({ region: stack.env.AWS_REGION!, endpoint: stack.urls.dynamodb, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

/** Sequential PutItem of an item the size of a stored application, in its own partition. */
async function rawPutItem(stack: StackProcess, count: number) {
  const ddb = client(stack);
  const padding = 'x'.repeat(JSON.stringify(validApplication()).length);
  const times: number[] = [];
  for (let i = 0; i < count + 20; i++) {
    const id = randomUUID();
    const started = performance.now();
    await ddb.send(new PutItemCommand({ TableName: TABLE, Item: { pk: { S: `BENCH#${id}` }, sk: { S: 'RAW' }, body: { S: padding } } }));
    if (i >= 20) times.push(performance.now() - started); // the first ones warm the connection
  }
  ddb.destroy();
  return { requests: count, p50Ms: round1(percentile(times, 50)), p99Ms: round1(percentile(times, 99)) };
}

/**
 * One TransactWriteItems of the items a keyed POST /applications commits, of the same sizes: the
 * key's record (idempotency table), the application, its email lookup, the outbox event and the
 * two counts (per address, per client). The floor of the handler's one round trip. Returns its ms.
 */
async function rawTransaction(ddb: DynamoDBClient, i: number) {
  const id = randomUUID();
  const now = new Date().toISOString();
  const application = { ...validApplication(), pk: `APPLICATION#${id}`, sk: 'APPLICATION', type: 'APPLICATION', applicationId: id, status: 'UNCONFIRMED', submittedAt: now };
  const started = performance.now();
  await ddb.send(
    new TransactWriteItemsCommand({
      TransactItems: [
        { Put: { TableName: IDEMPOTENCY_TABLE, Item: marshall({ id: `write#${id}`, type: 'WRITE_KEY', requestHash: 'x'.repeat(43), response: { statusCode: 201, body: JSON.stringify({ applicationId: id, status: 'UNCONFIRMED' }) }, createdAt: now, expiration: 0 }), ConditionExpression: 'attribute_not_exists(id)' } },
        { Put: { TableName: TABLE, Item: marshall(application, { removeUndefinedValues: true }), ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: TABLE, Item: marshall({ pk: `EMAIL#${id}`, sk: `APPLICATION#${id}`, type: 'EMAIL_LOOKUP', applicationId: id }) } },
        { Put: { TableName: TABLE, Item: marshall({ pk: `OUTBOX#${id}`, sk: 'OUTBOX', type: 'BENCH', detail: JSON.stringify({ applicationId: id, schoolId: 'x', homeCountry: 'RU', applicantType: 'student' }), createdAt: now }), ConditionExpression: 'attribute_not_exists(pk)' } },
        // The two counts (per address, per client), as the handler's transaction has them.
        ...[`LIMIT#applications#${id}`, `LIMIT#submissions#bench-${i % 50}`].map((pk) => ({
          Update: {
            TableName: TABLE,
            Key: marshall({ pk, sk: 'WINDOW#0' }),
            UpdateExpression: 'ADD #count :one SET expiresAt = if_not_exists(expiresAt, :expires)',
            ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: marshall({ ':one': 1, ':max': 1_000_000, ':expires': 0 }),
          },
        })),
      ],
    }),
  );
  return performance.now() - started;
}

/** One POST /applications with a new Idempotency-Key, timed from this process. Returns its ms. */
async function postApplication(stack: StackProcess) {
  const started = performance.now();
  const response = await fetch(`${stack.urls.api}/applications`, {
    method: 'POST',
    headers: { ...json, 'idempotency-key': randomUUID() },
    body: JSON.stringify(validApplication({ destinations: ['LT'], sectors: ['wellbeing'], fieldOfStudy: '0413' })),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`POST /applications: ${response.status}`);
  return performance.now() - started;
}

/** Waits (at most 5 s) until the bus has delivered `count` application.submitted events to every rule. */
async function submittedDelivered(stack: StackProcess, count: number) {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const stats = (await (await fetch(`${stack.urls.bus}/stats`)).json()) as { events: Record<string, { delivered: number; failed: number }> };
    const submitted = stats.events['application.submitted'];
    if (submitted && submitted.delivered + submitted.failed >= count) return;
    await sleep(10);
  }
}

/**
 * Sequential POST /applications next to sequential raw transactions of the same items, in the same
 * run and interleaved in blocks, so a change of the machine's load weighs on both alike. After 20
 * of each to warm up. Each POST waits until the consumers it causes are done (its receipt email),
 * as they would run on their own Lambdas: the figure is the request's own cost, not its queue
 * behind the consumers of the one before.
 */
async function sequentialPair(stack: StackProcess, count: number, blocks = 10) {
  const ddb = client(stack);
  const raw: number[] = [];
  const posts: number[] = [];
  let posted = 0;
  const post = async () => {
    const ms = await postApplication(stack);
    await submittedDelivered(stack, ++posted);
    return ms;
  };
  for (let i = 0; i < 20; i++) {
    await rawTransaction(ddb, i);
    await post();
  }
  const perBlock = Math.ceil(count / blocks);
  for (let b = 0; b < blocks; b++) {
    for (let i = 0; i < perBlock; i++) raw.push(await rawTransaction(ddb, b * perBlock + i));
    for (let i = 0; i < perBlock; i++) posts.push(await post());
  }
  ddb.destroy();
  const figures = (times: number[]) => ({ requests: times.length, p50Ms: round1(percentile(times, 50)), p99Ms: round1(percentile(times, 99)) });
  return { transactWriteItems: figures(raw), postApplications: figures(posts) };
}

async function load(url: string, body: () => unknown, rate: number, seconds: number, connections = 16) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    overallRate: rate,
    duration: seconds,
    headers: json,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, ...json, 'idempotency-key': randomUUID() },
          body: JSON.stringify(body()),
        }),
      },
    ],
  });
  return {
    requests: result.requests.total,
    sent: result.requests.sent,
    rps: round1(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Waits (at most `maxMs`) until the bus has delivered every event put so far: the stack is idle again. */
async function settle(stack: StackProcess, maxMs = 60_000) {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const stats = (await (await fetch(`${stack.urls.bus}/stats`)).json()) as { events: Record<string, { put: number; delivered: number; failed: number }> };
    if (Object.values(stats.events).every((e) => e.delivered + e.failed >= e.put)) return;
    await sleep(250);
  }
}

/**
 * The rate at which the local stack saturates: POST /applications at rising fixed rates (autocannon,
 * 64 connections, `seconds` each, the stack left to finish its consumers' work between steps). A
 * step holds when autocannon could send at least 90% of the requests offered (it sends only on a
 * free connection, so by Little's law more than 64 in flight, rate x latency, means the stack does
 * not keep up; requests still in flight at the end are not held against it), at most 1% of answers
 * are errors (non-2xx, socket errors, timeouts), and p99 stays within 4x the first step's p99. The
 * saturation rate is the first step that does not hold; the last one that did is reported too.
 */
async function saturation(stack: StackProcess, rates: readonly number[], seconds: number) {
  const steps = [];
  let baseP99: number | undefined;
  let held: number | undefined;
  let saturatedAt: { offered: number; why: string } | undefined;
  for (const rate of rates) {
    await settle(stack);
    const figures = await load(`${stack.urls.api}/applications`, () => validApplication({ fieldOfStudy: '0111', sectors: ['wellbeing'] }), rate, seconds, 64);
    baseP99 ??= figures.p99Ms;
    const failed = figures.non2xx + figures.errors + figures.timeouts;
    const why = [
      figures.sent < 0.9 * rate * seconds ? `sent ${figures.sent} of ${rate * seconds} offered (64 connections busy)` : '',
      failed > 0.01 * Math.max(1, figures.requests) ? `${failed} errors of ${figures.requests}` : '',
      figures.p99Ms > 4 * Math.max(baseP99, 1) ? `p99 ${figures.p99Ms} ms > 4 x ${baseP99} ms` : '',
    ].filter(Boolean).join('; ');
    steps.push({ offeredPerSecond: rate, ...figures, holds: !why });
    if (why) {
      saturatedAt = { offered: rate, why };
      break;
    }
    held = rate;
  }
  return { steps, heldPerSecond: held ?? 0, saturatedAt: saturatedAt ?? { offered: Number.NaN, why: `not reached up to ${rates.at(-1)}/s` } };
}

export async function benchApi({ rate = 20, seconds = 30, sequential = 300, rates = [5, 10, 20, 40, 80, 160, 320], stepSeconds = 10 } = {}): Promise<Record<string, unknown>> {
  const loadAtStart = os.loadavg()[0]!.toFixed(2);
  return withStackProcess(async (stack) => {
    const putItem = await rawPutItem(stack, 500);
    const pair = await sequentialPair(stack, sequential);
    const endpoints = [];
    for (const [path, body] of [
      ['/applications', () => validApplication()],
      ['/roles', () => validRole()],
    ] as const) {
      await settle(stack);
      const figures = await load(`${stack.urls.api}${path}`, body, rate, seconds);
      endpoints.push({ endpoint: `POST ${path}`, ...figures, p50VsPutItem: round1(figures.p50Ms / putItem.p50Ms) });
    }
    const saturates = await saturation(stack, rates, stepSeconds);
    const { transactWriteItems, postApplications } = pair;
    return {
      method: `Sequential (target 4): ${sequential} POST /applications one after another over HTTP, each after the consumers the one before caused are done (its application.submitted delivered, polled every 10 ms), as on their own Lambdas, and ${sequential} TransactWriteItems of the same six items (key record, application, email lookup, outbox event, the two counts per address and per client) sent straight to DynamoDB Local from this process, interleaved in 10 blocks so a change in the machine's load weighs on both, after 20 of each to warm up; the handler's own DynamoDB calls are one TransactWriteItems (test/fault/write-exactly-once.test.ts counts them). Endpoints: autocannon, ${rate} requests/s for ${seconds} s per endpoint, 16 connections, a new body and Idempotency-Key per request, against \`npm start\`'s stack in a child process (its consumers and emails run meanwhile, as they would); PutItem: 500 sequential calls from this process, an item the size of an application. Saturation: POST /applications at ${rates.join(', ')} requests/s, ${stepSeconds} s each (64 connections; the stack settles between steps); a step holds while autocannon could send >= 90% of the requests offered (more than 64 in flight means the stack does not keep up), errors <= 1% and p99 <= 4x the first step's; the first step that does not hold is where the local stack (one Node process and DynamoDB Local on this machine) saturates. Latencies from autocannon's histogram (1 ms resolution). Machine load (1-minute average) at the start and end.`,
      targets: [
        targetRow('POST /applications p50, sequential', postApplications.p50Ms, transactWriteItems.p50Ms, 1.3, 'ms', 'raw TransactWriteItems of the same six items, sequential, same run'),
      ],
      loadAverage: { start: loadAtStart, end: os.loadavg()[0]!.toFixed(2) },
      sequential: {
        roundTrips: 1,
        transactWriteItems,
        postApplications,
        p50VsTransaction: round1(postApplications.p50Ms / transactWriteItems.p50Ms),
        p99VsTransaction: round1(postApplications.p99Ms / transactWriteItems.p99Ms),
      },
      saturation: { heldPerSecond: saturates.heldPerSecond, saturatesAtPerSecond: saturates.saturatedAt.offered, why: saturates.saturatedAt.why },
      saturationSteps: saturates.steps,
      putItem,
      endpoints,
    };
  });
}

interface StoredEmail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string };
}

async function postJson(url: string, body: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { ...json, 'idempotency-key': randomUUID() }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, string>;
}

/** Opens a role with `places` places through the API and the link in its verification email. */
async function openRole(stack: StackProcess, overrides: Record<string, unknown>) {
  const role = validRole(overrides);
  await postJson(`${stack.urls.api}/roles`, role);
  for (;;) {
    const { emails } = (await (await fetch(`${stack.urls.mail}/store`)).json()) as { emails: StoredEmail[] };
    const mail = emails.find((e) => e.destination.to.includes(role.contact.email));
    const link = mail && /https?:\/\/[^\s"'<>]+\/t\/[A-Za-z0-9_-]{43}/.exec(mail.body.text ?? '')?.[0];
    if (link) {
      const page = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=verify' });
      if (!page.ok) throw new Error(`verification: ${page.status}`);
      return;
    }
    await sleep(50);
  }
}

interface LoggedEvent {
  'detail-type': string;
  time: string;
  detail: { metadata: { occurredAt: string }; data: Record<string, unknown> };
  deliveries: { rule: string; status: string; deliveredAt?: string }[];
}

const ms = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso));
const deliveredTo = (event: LoggedEvent | undefined, rule: string) => ms(event?.deliveries.find((d) => d.rule === rule)?.deliveredAt);

/** p50/p90/p99/max of each named sample, in ms (NaN left out: a hop the log could not time). */
function spread(samples: Record<string, number[]>) {
  return Object.entries(samples).map(([hop, values]) => {
    const sample = values.filter(Number.isFinite);
    return {
      hop,
      n: sample.length,
      p50Ms: Math.round(percentile(sample, 50)),
      p90Ms: Math.round(percentile(sample, 90)),
      p99Ms: Math.round(percentile(sample, 99)),
      maxMs: Math.round(Math.max(...sample)),
    };
  });
}

/**
 * Where the time from the confirming POST to the coordinator's email goes, per application, from
 * the bus's event log (each event's write time `occurredAt`, the time it reached the bus, and the
 * time each consumer returned) and the stored rounds (start, duration). Wall clocks of one machine.
 */
async function profileEndToEnd(stack: StackProcess, runs: Map<string, { confirmedAt: number; seenAt?: number }>) {
  const log = (await (await fetch(`${stack.urls.bus}/events`)).json()) as LoggedEvent[];
  const ddb = client(stack);
  const rounds: { startedAt: string; durationMs: number; reason: string; proposalsWritten: number }[] = [];
  let start: QueryCommandOutput['LastEvaluatedKey'];
  do {
    const page = await ddb.send(
      new QueryCommand({ TableName: TABLE, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'ROUNDS' } }, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? []) {
      const round = unmarshall(item);
      rounds.push({ startedAt: round.startedAt, durationMs: round.durationMs, reason: round.reason, proposalsWritten: round.proposalsWritten });
    }
    start = page.LastEvaluatedKey;
  } while (start);
  ddb.destroy();
  const byApplication = (type: string) => new Map(log.filter((e) => e['detail-type'] === type).map((e) => [String(e.detail.data.applicationId), e]));
  const confirmed = byApplication('application.confirmed');
  const proposed = byApplication('match.proposed');
  const hops: Record<string, number[]> = {
    'confirming POST answered → confirmation written (negative: written before the answer)': [],
    'application.confirmed: written → on the bus (stream poll + publisher)': [],
    'application.confirmed on the bus → the round that proposed it started (negative: a round started before it reached runMatchingRound)': [],
    'round: start → match.proposed on the bus': [],
    'match.proposed on the bus → notifyCoordinator returned (email sent)': [],
    'email sent → seen by this benchmark (25 ms poll)': [],
    total: [],
  };
  const roundsWaitedFor: number[] = [];
  for (const [applicationId, { confirmedAt, seenAt }] of runs) {
    const c = confirmed.get(applicationId);
    const p = proposed.get(applicationId);
    const written = ms(c?.detail.metadata.occurredAt);
    const roundStart = ms(p?.detail.metadata.occurredAt); // a round's proposals carry its start time
    const sent = deliveredTo(p, 'notifyCoordinator');
    const values = [
      written - confirmedAt,
      ms(c?.time) - written,
      roundStart - ms(c?.time),
      ms(p?.time) - roundStart,
      sent - ms(p?.time),
      (seenAt ?? Number.NaN) - sent,
      (seenAt ?? Number.NaN) - confirmedAt,
    ];
    Object.values(hops).forEach((sample, i) => sample.push(values[i]!));
    // Rounds that started after the confirmation was written, before the one that proposed it.
    roundsWaitedFor.push(rounds.filter((r) => ms(r.startedAt) > written && ms(r.startedAt) < roundStart).length);
  }
  // How long runMatchingRound took with each confirmation (a round or more, a mark on the lease, or a watch).
  const requests = log.filter((e) => e['detail-type'] === 'application.confirmed');
  const runRound = rounds.filter((r) => runs.size > 0 && ms(r.startedAt) >= Math.min(...[...runs.values()].map((r) => r.confirmedAt)));
  const spacing = runRound.slice(1).map((r, i) => ms(r.startedAt) - (ms(runRound[i]!.startedAt) + runRound[i]!.durationMs));
  return {
    perApplication: spread(hops),
    roundConsumer: spread({
      'application.confirmed on the bus → runMatchingRound returned': requests.map((e) => deliveredTo(e, 'runMatchingRound') - ms(e.time)),
    }),
    rounds: {
      count: runRound.length,
      ...Object.fromEntries(spread({ duration: runRound.map((r) => r.durationMs), 'gap between rounds': spacing }).flatMap(({ hop, ...f }) => Object.entries(f).map(([k, v]) => [`${hop} ${k}`, v]))),
      proposalsPerRoundP50: percentile(runRound.map((r) => r.proposalsWritten), 50),
      roundsStartedBetweenConfirmationAndProposalP50: percentile(roundsWaitedFor, 50),
      roundsStartedBetweenConfirmationAndProposalMax: Math.max(...roundsWaitedFor),
    },
  };
}

export async function benchEndToEnd({ applications = 100, perSecond = 5 } = {}): Promise<Record<string, unknown>> {
  const loadAtStart = os.loadavg()[0]!.toFixed(2);
  return withStackProcess(async (stack) => {
    // A field no demo role takes, and enough places for everyone (at most 50 per role), so every
    // application in the run is proposed and its coordinator emailed.
    const field = { fieldOfStudy: '0721', sectors: ['technology'] };
    for (let left = applications; left > 0; left -= 50) {
      await openRole(stack, { sector: 'technology', fieldsOfStudy: ['0721'], places: Math.min(50, left) });
    }
    // Wall-clock times (Date.now(), comparable with the stack's event times) by application id.
    const runs = new Map<string, { confirmedAt: number; seenAt?: number }>();
    const sentAt = new Map<string, { at: number; applicationId: string }>(); // applicant's unique last name → the confirming POST's answer
    const latencies = new Map<string, number>();
    const awaitingConfirmation = new Map<string, string>(); // applicationId → last name
    const confirmations: Promise<void>[] = [];
    let since = 0;
    let polling = true;
    // One poller for all: a receipt names its application (the applicant confirms it from the
    // receipt's link, as every applicant must), the coordinator email names the applicant.
    const poller = (async () => {
      while (polling) {
        const { emails } = (await (await fetch(`${stack.urls.mail}/store?since=${since}`)).json()) as { emails: (StoredEmail & { at: number })[] };
        const now = Date.now();
        for (const e of emails) {
          since = Math.max(since, e.at);
          for (const [applicationId, name] of awaitingConfirmation) {
            if (!e.body.text?.includes(applicationId)) continue;
            awaitingConfirmation.delete(applicationId);
            const link = /https?:\/\/\S+\/t\/[A-Za-z0-9_-]{43}/.exec(e.body.text)![0];
            confirmations.push(
              fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=confirm' }).then(async (r) => {
                await r.text();
                const at = Date.now();
                sentAt.set(name, { at, applicationId });
                runs.set(applicationId, { confirmedAt: at });
              }),
            );
          }
          for (const [name, { at, applicationId }] of sentAt) {
            if (!latencies.has(name) && e.body.text?.includes(name)) {
              latencies.set(name, now - at);
              runs.get(applicationId)!.seenAt = now;
            }
          }
        }
        await sleep(25);
      }
    })();
    const started = performance.now();
    for (let i = 0; i < applications; i++) {
      const lastName = uniqueName('Bench');
      const body = validApplication({ ...field, lastName });
      await sleep(Math.max(0, started + (i * 1000) / perSecond - performance.now()));
      const { applicationId } = await postJson(`${stack.urls.api}/applications`, body);
      awaitingConfirmation.set(applicationId!, lastName);
    }
    const deadline = performance.now() + 60_000;
    while (latencies.size < applications && performance.now() < deadline) await sleep(100);
    polling = false;
    await poller;
    await Promise.all(confirmations);
    const sample = [...latencies.values()];
    const p50Ms = Math.round(percentile(sample, 50));
    const p99Ms = Math.round(percentile(sample, 99));
    const profile = await profileEndToEnd(stack, runs);
    return {
      method: `${applications} fitting applications at ${perSecond}/s through POST /applications on \`npm start\`'s stack (child process); latency = from the answer to the confirming POST (the receipt's link, pressed as soon as the receipt is seen) to the coordinator's email seen in the mail store (polled every 25 ms, so up to ~25 ms late). Each goes confirmed → stream → publisher → bus → runMatchingRound (a round, or a mark on the lease for the next one) → match.proposed → stream → bus → notifyCoordinator → SES. The profile times each hop from the bus's event log (an event's write time, its time on the bus, the time each consumer returned) and the stored rounds; machine load (1-minute average) at the start and end of the run.`,
      targets: [boundRow('Submit → coordinator email p99 (100 applications, npm start)', p99Ms, 1000, 'ms', 'bound: 1 s on a quiet machine (issue 17, target 5)')],
      applications,
      emailed: sample.length,
      p50Ms,
      p99Ms,
      maxMs: Math.round(Math.max(...sample)),
      loadAverage: { start: loadAtStart, end: os.loadavg()[0]!.toFixed(2) },
      ...profile,
    };
  });
}

/** Counts the items of one kind (by index key) with a paginated, count-only Query. */
async function countPool(ddb: DynamoDBClient, gsi1pk: string) {
  let count = 0;
  let start: QueryCommandOutput['LastEvaluatedKey'];
  do {
    const page = await ddb.send(
      new QueryCommand({
        TableName: TABLE,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: gsi1pk } },
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

export async function benchLoad({ applications = 10_000, concurrency = 8 } = {}): Promise<Record<string, unknown>> {
  const { POOL } = await import('#shared/platform/db');
  return withStackProcess(async (stack) => {
    const ddb = client(stack);
    // Nothing fits (no role takes this field), so the pool keeps every application to count.
    const body = () => validApplication({ fieldOfStudy: '0111', sectors: ['wellbeing'] });
    const statuses = new Map<number, number>(); // every answer, retries included
    let retried = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < applications) {
          next++;
          // As the web form does: one key per application, the same key again after a 5xx or a
          // lost response, so a retry can never store a second copy.
          const request = { method: 'POST', headers: { ...json, 'idempotency-key': randomUUID() }, body: JSON.stringify(body()) };
          for (let attempt = 1; ; attempt++) {
            const response = await fetch(`${stack.urls.api}/applications`, request).catch(() => undefined);
            await response?.arrayBuffer();
            const status = response?.status ?? 0;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if ((status !== 0 && status < 500) || attempt === 3) break;
            retried++;
          }
        }
      }),
    );
    const submitMs = performance.now() - started;
    // Events are delivered after the writes; wait until the count stops growing.
    const delivered = async () => {
      const stats = (await (await fetch(`${stack.urls.bus}/stats`)).json()) as { events: Record<string, { delivered: number }> };
      return stats.events['application.submitted']?.delivered ?? 0;
    };
    let events = await delivered();
    for (let still = 0; still < 5 && events < applications; ) {
      await sleep(1000);
      const now = await delivered();
      still = now === events ? still + 1 : 0;
      events = now;
    }
    const stored = await countPool(ddb, POOL.applications);
    ddb.destroy();
    return {
      method: `${applications} applications (fitting no role, so all stay in the pool) through POST /applications with ${concurrency} in flight, on \`npm start\`'s stack (child process); a 5xx or lost response is retried with the same Idempotency-Key (at most 3 attempts); stored = count of the pool index; events = application.submitted delivered by the local bus (its totals, GET /stats).`,
      applications,
      concurrency,
      submitSeconds: round1(submitMs / 1000),
      requestsPerSecond: round1(applications / (submitMs / 1000)),
      answers: Object.fromEntries([...statuses].map(([s, n]) => [s === 0 ? 'no response' : String(s), n])),
      retried,
      stored,
      eventsDelivered: events,
      lossless: stored === applications && events === applications && (statuses.get(201) ?? 0) === applications,
    };
  });
}
