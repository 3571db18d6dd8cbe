/**
 * The API and the whole flow on the local stack (`npm start`'s stack, in a child process, so the
 * load generator here does not share an event loop with the handlers it measures):
 *
 * - api: POST /applications and POST /roles at a fixed rate for 30 s each (autocannon), every
 *   request a new body and Idempotency-Key; p50/p99 latency and errors, next to the raw
 *   DynamoDB Local PutItem round trip measured in the same run (the ratio is what the handler
 *   adds: validation, idempotency record, the transaction with the outbox item);
 * - e2e: 100 applications that fit an open role, paced; for each, the time from the 201 to the
 *   coordinator's email in the mail store (polled every 25 ms);
 * - load: 10,000 applications with bounded concurrency: how many were stored, how many
 *   `application.submitted` events were delivered, any 5xx.
 *
 *   npm run bench -- api e2e load
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { DynamoDBClient, PutItemCommand, QueryCommand, TransactWriteItemsCommand, type QueryCommandOutput } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { ENV } from '#shared/platform/config';
import { localEnvironment } from '#local/env';
import { uniqueName, validApplication, validRole } from '../test/support/fixtures.ts';
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
 * Sequential TransactWriteItems of the items a keyed POST /applications commits, of the same
 * sizes: the key's record (idempotency table), the application, its email lookup, the outbox
 * event and the two counts (per address, per client). The floor of the handler's one round trip.
 */
async function rawTransaction(stack: StackProcess, count: number) {
  const ddb = client(stack);
  const times: number[] = [];
  for (let i = 0; i < count + 20; i++) {
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
    if (i >= 20) times.push(performance.now() - started);
  }
  ddb.destroy();
  return { requests: count, p50Ms: round1(percentile(times, 50)), p99Ms: round1(percentile(times, 99)) };
}

/** Sequential POST /applications with a new Idempotency-Key each, timed from this process. */
async function sequentialPosts(stack: StackProcess, count: number) {
  const times: number[] = [];
  for (let i = 0; i < count + 20; i++) {
    const started = performance.now();
    const response = await fetch(`${stack.urls.api}/applications`, {
      method: 'POST',
      headers: { ...json, 'idempotency-key': randomUUID() },
      body: JSON.stringify(validApplication({ destinations: ['LT'], sectors: ['wellbeing'], fieldOfStudy: '0413' })),
    });
    await response.arrayBuffer();
    if (response.status !== 201) throw new Error(`POST /applications: ${response.status}`);
    if (i >= 20) times.push(performance.now() - started);
    // Let the receipt and the round this submission causes run between requests, as they would
    // on their own Lambdas: the figure is the request's own cost, not its queue behind them.
    await sleep(60);
  }
  return { requests: count, p50Ms: round1(percentile(times, 50)), p99Ms: round1(percentile(times, 99)) };
}

async function load(url: string, body: () => unknown, rate: number, seconds: number) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 16,
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
    rps: round1(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export async function benchApi({ rate = 20, seconds = 30 } = {}): Promise<Record<string, unknown>> {
  return withStackProcess(async (stack) => {
    const putItem = await rawPutItem(stack, 500);
    const transaction = await rawTransaction(stack, 300);
    const sequential = await sequentialPosts(stack, 300);
    const endpoints = [];
    for (const [path, body] of [
      ['/applications', () => validApplication()],
      ['/roles', () => validRole()],
    ] as const) {
      const figures = await load(`${stack.urls.api}${path}`, body, rate, seconds);
      endpoints.push({ endpoint: `POST ${path}`, ...figures, p50VsPutItem: round1(figures.p50Ms / putItem.p50Ms) });
    }
    return {
      method: `autocannon, ${rate} requests/s for ${seconds} s per endpoint, 16 connections, a new body and Idempotency-Key per request, against \`npm start\`'s stack in a child process (its consumers, rounds and emails run meanwhile, as they would); PutItem: 500 sequential calls from this process to the same DynamoDB Local, an item the size of an application. Latencies from autocannon's histogram (1 ms resolution). Sequential: 300 POST /applications one after another over HTTP (after 20 to warm up, 60 ms apart so the consumers each causes run in between), next to 300 TransactWriteItems of the same six items (key record, application, email lookup, outbox event, the two counts per address and per client) sent straight to DynamoDB Local; the handler's own DynamoDB calls are one TransactWriteItems (test/fault/write-exactly-once.test.ts counts them).`,
      target: 'POST p50 <= 1.5 x raw PutItem p50; sequential POST /applications p50 <= 1.3 x raw TransactWriteItems of the same items',
      putItem,
      sequential: {
        roundTrips: 1,
        transactWriteItems: transaction,
        postApplications: sequential,
        p50VsTransaction: round1(sequential.p50Ms / transaction.p50Ms),
      },
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

export async function benchEndToEnd({ applications = 100, perSecond = 5 } = {}): Promise<Record<string, unknown>> {
  return withStackProcess(async (stack) => {
    // A field no demo role takes, and enough places for everyone (at most 50 per role), so every
    // application in the run is proposed and its coordinator emailed.
    const field = { fieldOfStudy: '0721', sectors: ['technology'] };
    for (let left = applications; left > 0; left -= 50) {
      await openRole(stack, { sector: 'technology', fieldsOfStudy: ['0721'], places: Math.min(50, left) });
    }
    const sentAt = new Map<string, number>(); // applicant's unique last name → time the confirming POST was answered
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
        const now = performance.now();
        for (const e of emails) {
          since = Math.max(since, e.at);
          for (const [applicationId, name] of awaitingConfirmation) {
            if (!e.body.text?.includes(applicationId)) continue;
            awaitingConfirmation.delete(applicationId);
            const link = /https?:\/\/\S+\/t\/[A-Za-z0-9_-]{43}/.exec(e.body.text)![0];
            confirmations.push(
              fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=confirm' }).then(async (r) => {
                await r.text();
                sentAt.set(name, performance.now());
              }),
            );
          }
          for (const [name, at] of sentAt) {
            if (!latencies.has(name) && e.body.text?.includes(name)) latencies.set(name, now - at);
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
    return {
      method: `${applications} fitting applications at ${perSecond}/s through POST /applications on \`npm start\`'s stack (child process); latency = from the answer to the confirming POST (the receipt's link, pressed as soon as the receipt is seen) to the coordinator's email seen in the mail store (polled every 25 ms, so up to ~25 ms late). Each goes confirmed → stream → publisher → bus → matching.requested → round → match.proposed → stream → bus → notifyCoordinator → SES.`,
      target: 'p99 <= 2 s',
      applications,
      emailed: sample.length,
      p50Ms: Math.round(percentile(sample, 50)),
      p99Ms: Math.round(percentile(sample, 99)),
      maxMs: Math.round(Math.max(...sample)),
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
