/**
 * The public board (GET /roles) on the local stack: 5,000 open roles written straight into
 * DynamoDB Local (batch writes, as bench/round.ts does), then pages of 50 read over HTTP through
 * `npm start`'s API server (in a child process, as bench/api.ts runs it) one after another: the
 * first page of the whole board, a page of one country and sector, the page after the first by
 * its cursor, and a page filtered by sector alone (four key ranges), field and applicant type.
 * p50/p99 and response bytes of each, next to the floor measured in the same run: a raw Query of
 * 51 items on the same index through the same SDK (the DynamoDB Document client), no filter, no
 * projection. Issue 16's target: a page of 50 out of 5,000 open roles in under 50 ms p50.
 *
 *   npm run bench -- board
 */
import { BatchWriteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import os from 'node:os';
import { ENV } from '#shared/platform/config';
import { keys, POOL } from '#shared/platform/db';
import { domainTable } from '#shared/platform/table';
import { boardFields, boardText, rolePoolKey } from '#shared/roles/board-index';
import type { BoardPage } from '#shared/roles/public-role';
import type { RoleItem } from '#shared/roles/store';
import { COUNTRIES, SECTORS } from '#shared/vocabulary/codes';
import { DETAILED_FIELDS, NARROW_FIELDS } from '#shared/vocabulary/isced';
import { localEnvironment } from '#local/env';
import { percentile, round1, withStackProcess, type StackProcess } from './stack.ts';

const TABLE = localEnvironment({ apiPort: 0, mailPort: 0, dynamoPort: 0, busPort: 0 })[ENV.tableName]!;
const TARGET_P50_MS = 50;

/** A small seeded generator (mulberry32), so every run seeds the same board. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` open roles spread over the countries and sectors, the size of real ones (a description of a few hundred characters). */
function boardRoles(count: number): RoleItem[] {
  const next = random(16);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const opened = Date.UTC(2026, 0, 1);
  const today = new Date();
  const day = (days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const roleId = `b0a1d000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const country = pick(COUNTRIES);
    const sector = pick(SECTORS);
    const fieldsOfStudy = [...new Set([pick(next() < 0.3 ? NARROW_FIELDS : DETAILED_FIELDS), pick(DETAILED_FIELDS)])];
    const openedAt = new Date(opened + i * 60_000).toISOString();
    const from = Math.floor(next() * 200);
    const input = {
      company: { name: `Bench Company ${i}`, businessId: '1234567-1', country, region: 'Bench region', city: pick(['Tampere', 'Tallinn', 'Šiauliai', 'Narva', 'Kaunas', 'Oulu']) },
      contact: { name: 'Bench Contact', email: `contact.${i}@bench.example`, language: 'en' as const },
      title: `Trainee ${i} in ${sector}`,
      sector,
      fieldsOfStudy,
      places: 1 + Math.floor(next() * 4),
      periodFrom: day(from),
      periodTo: day(from + 60 + Math.floor(next() * 200)),
      minWeeks: 4,
      languages: [{ code: 'en', level: pick(['A2', 'B1', 'B2'] as const) }],
      applicantTypes: next() < 0.7 ? ['student' as const] : ['student' as const, 'staff' as const],
      description: 'Work alongside our team on real projects, with a mentor who speaks English. '.repeat(5).trim(),
    };
    return {
      ...keys.role(roleId),
      type: 'ROLE',
      roleId,
      status: 'OPEN',
      placesLeft: input.places,
      submittedAt: openedAt,
      openedAt,
      gsi1pk: POOL.roles,
      gsi1sk: rolePoolKey({ company: { country }, sector, roleId }, openedAt),
      boardText: boardText(input),
      boardFields: boardFields(input.fieldsOfStudy),
      ...input,
    } satisfies RoleItem;
  });
}

/** Batch writes of 25, four in flight (quicker than one at a time, as DynamoDB Local answers each in turn). */
async function seed(client: DynamoDBClient, items: readonly RoleItem[]) {
  const batches: RoleItem[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const writer = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!.map((item) => ({ PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) } }));
      let request: Record<string, typeof batch> | undefined = { [TABLE]: batch };
      while (request && Object.keys(request).length) {
        const out = await client.send(new BatchWriteItemCommand({ RequestItems: request }));
        request = out.UnprocessedItems as typeof request;
      }
    }
  };
  await Promise.all([writer(), writer(), writer(), writer()]);
}

/** Sequential timings of `run`, after `warmUp` untimed ones. */
async function timed(count: number, warmUp: number, run: () => Promise<number>) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count + warmUp; i++) {
    const started = performance.now();
    bytes = await run();
    if (i >= warmUp) times.push(performance.now() - started);
  }
  return { requests: count, p50Ms: round1(percentile(times, 50)), p99Ms: round1(percentile(times, 99)), bytes };
}

async function page(stack: StackProcess, query: string): Promise<BoardPage> {
  const response = await fetch(`${stack.urls.api}/roles?${query}`);
  if (response.status !== 200) throw new Error(`GET /roles?${query}: ${response.status} ${await response.text()}`);
  return (await response.json()) as BoardPage;
}

export async function benchBoard({ roles = 5_000, requests = 300 } = {}): Promise<Record<string, unknown>> {
  return withStackProcess(async (stack) => {
    const client = new DynamoDBClient({ region: stack.env.AWS_REGION!, endpoint: stack.urls.dynamodb, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const doc = DynamoDBDocumentClient.from(client);
    // The machine's load while timing (other work on a shared machine shows in the p99s).
    const loadAtStart = os.loadavg()[0]!;
    const seeded = performance.now();
    await seed(client, boardRoles(roles));
    const seedMs = Math.round(performance.now() - seeded);

    const gsi1 = domainTable.indexes[0];
    const floor = await timed(requests, 20, async () => {
      const out = await doc.send(
        new QueryCommand({
          TableName: TABLE,
          IndexName: gsi1.name,
          KeyConditionExpression: '#pk = :pool',
          ExpressionAttributeNames: { '#pk': gsi1.partitionKey },
          ExpressionAttributeValues: { ':pool': POOL.roles },
          Limit: 51,
        }),
      );
      if (out.Items?.length !== 51) throw new Error(`floor Query: ${out.Items?.length} items`);
      return JSON.stringify(out.Items).length;
    });

    const first = await page(stack, 'limit=50');
    if (first.roles.length !== 50 || !first.next) throw new Error('the first page is not a full page with a next');
    const queries: [string, string][] = [
      ['first page', 'limit=50'],
      ['country and sector', 'country=FI&sector=construction&limit=50'],
      ['next page (cursor)', `limit=50&cursor=${first.next}`],
      ['sector, field, applicant type', 'sector=wellbeing&field=09&applicantType=staff&limit=50'],
    ];
    // What each page costs DynamoDB: the board's own code in this process, on the same table,
    // counting its Queries and the items they evaluated (DynamoDB's read cost is by those).
    Object.assign(process.env, stack.env, { [ENV.tableName]: TABLE });
    const [{ readBoard }, { ddb }, { boardQuerySchema }] = await Promise.all([import('#shared/roles/board'), import('#shared/platform/db'), import('#shared/roles/public-role')]);
    let calls = 0;
    let evaluated = 0;
    let sent: QueryCommandInput[] = [];
    ddb.middlewareStack.add(
      (next) => async (args) => {
        sent.push(structuredClone(args.input as QueryCommandInput));
        const out = await next(args);
        calls++;
        evaluated += (out.output as { ScannedCount?: number }).ScannedCount ?? 0;
        return out;
      },
      { step: 'initialize', name: 'benchCount' },
    );

    const pages = [];
    for (const [name, query] of queries) {
      const sample = await page(stack, query);
      calls = 0;
      evaluated = 0;
      sent = [];
      await readBoard(boardQuerySchema.parse(Object.fromEntries(new URLSearchParams(query))));
      const cost = { queries: calls, itemsEvaluated: evaluated };
      // The same Queries sent raw, one after another, from this process: what DynamoDB Local
      // itself takes for this page, whatever the board adds (HTTP, the handler, JSON).
      const queriesAlone = await timed(requests, 20, async () => {
        let bytes = 0;
        for (const input of sent) bytes += JSON.stringify((await doc.send(new QueryCommand(input))).Items).length;
        return bytes;
      });
      const figures = await timed(requests, 20, async () => {
        const response = await fetch(`${stack.urls.api}/roles?${query}`);
        const body = await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`GET /roles?${query}: ${response.status}`);
        return body.byteLength;
      });
      pages.push({
        request: `GET /roles?${query.replace(/cursor=[^&]+/, 'cursor=…')}`,
        page: name,
        roles: sample.roles.length,
        next: sample.next !== undefined,
        ...cost,
        ...figures,
        p50VsFloor: round1(figures.p50Ms / floor.p50Ms),
        queriesAloneP50Ms: queriesAlone.p50Ms,
        p50VsQueriesAlone: round1(figures.p50Ms / queriesAlone.p50Ms),
        target: figures.p50Ms < TARGET_P50_MS ? 'PASS' : 'MISS',
      });
    }
    client.destroy();
    return {
      method: `${roles} open roles (random countries, sectors, fields, periods; a description of ~400 characters each) batch-written into DynamoDB Local, with the 12 demo roles, of \`npm start\`'s stack in a child process; then each request ${requests} times one after another (after 20 to warm up) from this process over HTTP to its API server: time to the last byte of the body. Floor: ${requests} raw Query calls of 51 items on the same index partition (gsi1, POOL#ROLE) through the DynamoDB Document client, no filter, no projection, from this process to the same DynamoDB Local. bytes: the response body (the floor: the items as JSON). queries and itemsEvaluated: the DynamoDB Queries one such request makes and the items they evaluate (read cost), counted by running the board's code in this process on the same table; queriesAloneP50Ms: those same Queries sent one after another from this process (what DynamoDB Local takes for the page, without HTTP, the handler and JSON).`,
      target: `GET /roles, a page of 50 out of ${roles} open roles: p50 < ${TARGET_P50_MS} ms on the local stack (issue 16)`,
      seeded: { roles, seedMs },
      loadAverage: { atStart: round1(loadAtStart), atEnd: round1(os.loadavg()[0]!), cores: os.cpus().length },
      floor: { request: 'Query gsi1 POOL#ROLE, Limit 51', ...floor },
      pages,
      verdict: `${pages.filter((p) => p.target === 'PASS').length} of ${pages.length} pages PASS${pages.some((p) => p.target === 'MISS') ? `; MISS: ${pages.filter((p) => p.target === 'MISS').map((p) => `${p.page} (p50 ${p.p50Ms} ms)`).join(', ')}` : ''}`,
    };
  });
}
