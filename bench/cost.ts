/**
 * Cost per placement: a simulated cohort walks the whole flow on the local
 * stack — roles posted and verified by their emailed links, applications posted, every proposal
 * decided from its email (a seeded share rejected or declined) until nothing is pending and the
 * bus is quiet. Counted meanwhile: Lambda invocations and their local durations, the DynamoDB
 * capacity every handler call consumed, events put on the bus, emails sent. Priced with the
 * dated unit prices in bench/prices.json → dollars per 1,000 confirmed placements.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { functions, ticksPerMonth, type FunctionName, type ScheduleDef } from '#functions/catalog';
import { invocationObservers, lambdaContext, loadHandler, type InvocationRecord } from '#local/lambda';
import { demoRoleItems } from '#local/demo-roles';
import { demoSchools } from '#local/demo-schools';
import prices from './prices.json' with { type: 'json' };
import { round1, withStack } from './stack.ts';
import { BUSINESS_IDS } from '../test/support/fixtures.ts';

export interface CostOptions {
  applicants?: number;
  roles?: number;
  /** Share of coordinator decisions that reject, and of company decisions that decline. */
  rejectShare?: number;
  declineShare?: number;
  seed?: number;
  /** Concurrent simulated people (HTTP clients). */
  concurrency?: number;
  /** No new event, email or invocation for this long = the system has settled. */
  quietMs?: number;
  /** Gives up waiting for the cohort to settle after this long (then reports what it has). */
  maxSettleMs?: number;
}

/** Lambda memory: every function gets LiikeFunction's default (no catalog entry overrides it). */
const MEMORY_MB = 512;

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32).

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const sample = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, sample };
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------------------------------------
// The cohort: realistic data that mostly fits. Countries, sectors and fields as in docs/api.md; the
// demo roles of the stack stay open and take part like any other role.

const COUNTRIES = ['FI', 'EE', 'LT', 'RU'] as const;
const LANGUAGE_OF = { FI: 'fi', EE: 'et', LT: 'lt', RU: 'ru' } as const;
const SECTORS = ['construction', 'wellbeing', 'technology'] as const;
/** Detailed fields an applicant studies, and the narrow fields a role accepts, per sector. */
const FIELDS = {
  construction: { detailed: ['0732', '0731', '0713'], narrow: [['073'], ['073', '071'], ['073']] },
  wellbeing: { detailed: ['0913', '0922', '1012'], narrow: [['091', '092'], ['092'], ['101', '091']] },
  technology: { detailed: ['0613', '0714', '0715'], narrow: [['061'], ['071'], ['071', '061']] },
} as const;
const CITIES = {
  FI: [['Pirkanmaa', 'Tampere'], ['Uusimaa', 'Helsinki'], ['Varsinais-Suomi', 'Turku']],
  EE: [['Harjumaa', 'Tallinn'], ['Tartumaa', 'Tartu'], ['Pärnumaa', 'Pärnu']],
  LT: [['Vilniaus apskritis', 'Vilnius'], ['Kauno apskritis', 'Kaunas'], ['Klaipėdos apskritis', 'Klaipėda']],
  RU: [['Санкт-Петербург', 'Санкт-Петербург'], ['Республика Карелия', 'Петрозаводск'], ['Ленинградская область', 'Выборг']],
} as const;
const FIRST = ['Aino', 'Mari', 'Rūta', 'Анна', 'Eero', 'Kaspar', 'Tomas', 'Иван', 'Liis', 'Jonas', 'Ольга', 'Sanni'];
const LAST = ['Virtanen', 'Tamm', 'Kazlauskas', 'Смирнова', 'Korhonen', 'Kask', 'Petrauskas', 'Иванов', 'Mets', 'Laine'];

const day = 86_400_000;
/** A number as letters (0 → "a", 27 → "bb"): names take letters only (shared/platform/validation.ts). */
const letters = (n: number) => [...n.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
const isoDate = (days: number) => new Date(Date.now() + days * day).toISOString().slice(0, 10);

function cohortRole(r: Rng, i: number) {
  const country = r.pick(COUNTRIES);
  const sector = r.pick(SECTORS);
  const [region, city] = r.pick<readonly string[]>(CITIES[country]);
  const language = r.next() < 0.3 ? 'en' : LANGUAGE_OF[country];
  const from = r.int(10, 40);
  return {
    company: { name: `Cost Company ${i} ${city}`, businessId: BUSINESS_IDS[country], country, region, city },
    contact: { name: `Contact ${letters(i)}`, email: `contact.${i}.${randomUUID().slice(0, 6)}@cost.example`, language },
    title: `${sector} trainee ${i}`,
    sector,
    fieldsOfStudy: [...r.pick<readonly string[]>(FIELDS[sector].narrow)],
    places: r.pick([1, 1, 2, 2, 2, 3]),
    periodFrom: isoDate(from),
    periodTo: isoDate(from + r.int(150, 260)),
    minWeeks: r.int(4, 8),
    languages: r.next() < 0.15 ? [] : [{ code: 'en', level: r.pick(['A2', 'A2', 'B1']) }],
    applicantTypes: r.next() < 0.6 ? ['student'] : ['student', 'staff'],
    description: 'A placement of the simulated cohort.',
  };
}

function cohortApplication(r: Rng, i: number) {
  const school = r.pick(demoSchools);
  const home = school.country as (typeof COUNTRIES)[number];
  const sectors = r.sample(SECTORS, r.next() < 0.6 ? 1 : 2);
  const field = r.pick<string>(FIELDS[sectors[0]!].detailed);
  const abroad = COUNTRIES.filter((c) => c !== home);
  const from = r.int(15, 60);
  const homeLanguage = LANGUAGE_OF[home];
  return {
    applicantType: r.next() < 0.9 ? 'student' : 'staff',
    firstName: r.pick(FIRST),
    lastName: `${r.pick(LAST)} ${letters(i)}`,
    email: `applicant.${i}.${randomUUID().slice(0, 6)}@cost.example`,
    language: r.next() < 0.2 ? 'en' : homeLanguage,
    schoolId: school.schoolId,
    fieldOfStudy: field,
    sectors,
    destinations: r.sample(abroad, r.int(2, 3)),
    availableFrom: isoDate(from),
    availableTo: isoDate(from + r.int(100, 200)),
    minWeeks: r.int(4, 10),
    languages: [
      { code: homeLanguage, level: 'C2' },
      { code: 'en', level: r.pick(['A2', 'B1', 'B1', 'B2', 'C1']) },
    ],
    motivation: 'I want to learn my trade abroad.',
    consent: { dataProcessing: true },
  };
}

// ---------------------------------------------------------------------------------------------
// Counting DynamoDB capacity: every DynamoDB client of the handlers (the shared document client,
// Powertools idempotency's own clients) is a DynamoDBClient or a DynamoDBDocumentClient; their
// `send` is wrapped to add a middleware to the client's stack that asks for the consumed capacity
// and sums it. Only while a counter is installed.

type Kind = 'read' | 'write';
const READS = new Set(['GetItem', 'Get', 'Query', 'Scan', 'BatchGetItem', 'BatchGet', 'TransactGetItems', 'TransactGet']);
const WRITES = new Set(['PutItem', 'Put', 'UpdateItem', 'Update', 'DeleteItem', 'Delete', 'BatchWriteItem', 'BatchWrite', 'TransactWriteItems', 'TransactWrite']);

interface CapacityCounter {
  byCommand: Record<string, { calls: number; units: number; kind: Kind; failed: number; failedUnitsEstimate: number }>;
}
let counter: CapacityCounter | undefined;
const instrumented = new WeakSet<object>();

type Stack = { add: (mw: unknown, options: Record<string, unknown>) => void };

function instrument(stack: Stack) {
  if (instrumented.has(stack)) return;
  instrumented.add(stack);
  stack.add(
    (next: (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>, context: { commandName?: string }) =>
      async (args: { input: Record<string, unknown> }) => {
        const command = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        const kind: Kind | undefined = READS.has(command) ? 'read' : WRITES.has(command) ? 'write' : undefined;
        const active = counter;
        if (!active || !kind) return next(args);
        args.input.ReturnConsumedCapacity = 'TOTAL';
        const row = (active.byCommand[command] ??= { calls: 0, units: 0, kind, failed: 0, failedUnitsEstimate: 0 });
        row.calls++;
        try {
          const result = await next(args);
          const consumed = result.output.ConsumedCapacity as { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;
          for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) row.units += c.CapacityUnits ?? 0;
          return result;
        } catch (error) {
          // A failed conditional write still consumes write capacity on AWS, and the error carries
          // no ConsumedCapacity: estimate 1 WRU per single write, 2 per item of a cancelled transaction.
          row.failed++;
          const items = Array.isArray(args.input.TransactItems) ? args.input.TransactItems.length : 1;
          if (kind === 'write') row.failedUnitsEstimate += command.startsWith('Transact') ? 2 * items : 1;
          throw error;
        }
      },
    { step: 'initialize', name: 'benchCostConsumedCapacity', override: true },
  );
}

function installCapacityCounter(): () => void {
  const originals: [object, unknown][] = [];
  for (const Client of [DynamoDBClient, DynamoDBDocumentClient]) {
    const proto = Client.prototype as unknown as { send: (...args: unknown[]) => unknown; middlewareStack?: Stack };
    const original = proto.send;
    originals.push([proto, original]);
    Object.defineProperty(proto, 'send', {
      configurable: true,
      writable: true,
      value: function send(this: { middlewareStack: Stack }, ...args: unknown[]) {
        instrument(this.middlewareStack);
        return original.apply(this, args);
      },
    });
  }
  return () => {
    for (const [proto] of originals) delete (proto as { send?: unknown }).send;
  };
}

// ---------------------------------------------------------------------------------------------
// The simulated people, over HTTP.

interface StoredEmail {
  messageId: string;
  destination: { to: string[]; cc?: string[]; bcc?: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

const LINK = /https?:\/\/[^\s"'<>]+\/t\/[A-Za-z0-9_-]{43}/g;
const linksIn = (text: string) => [...text.matchAll(LINK)].map((m) => m[0]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items`, `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

export async function benchCost(options: CostOptions = {}): Promise<Record<string, unknown>> {
  const applicants = options.applicants ?? 500;
  const roleCount = options.roles ?? 200;
  const rejectShare = options.rejectShare ?? 0.1;
  const declineShare = options.declineShare ?? 0.05;
  const seed = options.seed ?? 6001;
  const concurrency = options.concurrency ?? 8;
  const quietMs = options.quietMs ?? 4000;
  const maxSettleMs = options.maxSettleMs ?? 6 * 60_000;
  const r = rng(seed);

  return withStack(async (stack) => {
    const started = Date.now();
    const api = stack.urls.api;
    const mail = stack.urls.mail;

    // Counters, from here on (the stack's own seeding is not the cohort's).
    const invocations: InvocationRecord[] = [];
    let lastActivity = Date.now();
    const observe = (record: InvocationRecord) => {
      invocations.push(record);
      lastActivity = Date.now();
    };
    invocationObservers.add(observe);
    counter = { byCommand: {} };
    const uninstall = installCapacityCounter();
    const events: { detailType: string; bytes: number }[] = [];
    const put = stack.bus.put.bind(stack.bus);
    stack.bus.put = (entry) => {
      // EventBridge meters an entry's Time, Source, DetailType, Detail and Resources in 64 KB chunks.
      const bytes = 14 + Buffer.byteLength(entry.Source ?? '') + Buffer.byteLength(entry.DetailType ?? '') + Buffer.byteLength(entry.Detail ?? '');
      events.push({ detailType: entry.DetailType ?? '?', bytes });
      lastActivity = Date.now();
      return put(entry);
    };
    const apiRequests: Record<string, number> = {};
    const http = async (route: string, path: string, init?: RequestInit) => {
      apiRequests[route] = (apiRequests[route] ?? 0) + 1;
      const response = await fetch(`${api}${path}`, init);
      const text = await response.text();
      return { status: response.status, text };
    };
    const postJson = (route: string, path: string, body: unknown) =>
      http(route, path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(body),
      });
    const openAndPost = async (link: string, fields: Record<string, string>) => {
      const path = new URL(link).pathname;
      await http('GET /t/{token}', path); // the person opens the page first
      return http('POST /t/{token}', path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    };

    // The mail store, read incrementally (`since` is in whole seconds: overlap and dedupe).
    const seen = new Map<string, StoredEmail>();
    let since = 0;
    const newEmails = async (): Promise<StoredEmail[]> => {
      const { emails } = (await (await fetch(`${mail}/store?since=${since}`)).json()) as { emails: StoredEmail[] };
      const fresh = emails.filter((e) => !seen.has(e.messageId));
      for (const e of fresh) {
        seen.set(e.messageId, e);
        since = Math.max(since, Math.floor(e.at) - 2);
      }
      if (fresh.length) lastActivity = Date.now();
      return fresh;
    };
    const errors: string[] = [];
    const fail = (what: string) => {
      if (errors.length < 20) errors.push(what);
    };

    // 1. Roles, posted and verified from their emails.
    const roles = Array.from({ length: roleCount }, (_, i) => cohortRole(r, i));
    const contactOf = new Set(roles.map((role) => role.contact.email));
    const rolesStarted = Date.now();
    await pool(roles, concurrency, async (role) => {
      const { status } = await postJson('POST /roles', '/roles', role);
      if (status !== 201 && status !== 202 && status !== 200) fail(`POST /roles → ${status}`);
    });
    const verified = new Set<string>();
    const verifyDeadline = Date.now() + 120_000;
    while (verified.size < roleCount && Date.now() < verifyDeadline) {
      const todo = (await newEmails()).filter((e) => e.destination.to.some((to) => contactOf.has(to)) && linksIn(e.body.text ?? '').length === 1);
      await pool(todo, concurrency, async (e) => {
        const to = e.destination.to.find((t) => contactOf.has(t))!;
        if (verified.has(to)) return;
        verified.add(to);
        const { status } = await openAndPost(linksIn(e.body.text!)[0]!, { decision: 'verify' });
        if (status !== 200) fail(`verify → ${status}`);
      });
      if (verified.size < roleCount) await sleep(200);
    }
    const rolesMs = Date.now() - rolesStarted;

    // 2. Applications; each applicant loads the form (GET /schools) and submits it.
    const applications = Array.from({ length: applicants }, (_, i) => cohortApplication(r, i));
    const applicationsStarted = Date.now();
    await pool(applications, concurrency, async (application) => {
      await http('GET /schools', '/schools');
      const { status } = await postJson('POST /applications', '/applications', application);
      if (status !== 201 && status !== 202 && status !== 200) fail(`POST /applications → ${status}`);
    });
    const applicationsMs = Date.now() - applicationsStarted;

    // 3. Confirmations and decisions from the emails, until nothing is pending and the system is quiet.
    const coordinators = new Set(demoSchools.flatMap((s) => [s.coordinator.email, ...(s.deputy ? [s.deputy.email] : [])]));
    const applicantAddresses = new Set(applications.map((a) => a.email));
    const decisions = { confirmed: 0, approved: 0, rejected: 0, accepted: 0, declined: 0, stale: 0 };
    const decisionsStarted = Date.now();
    let settled = false;
    while (Date.now() - decisionsStarted < maxSettleMs) {
      const fresh = await newEmails();
      const work: (() => Promise<void>)[] = [];
      for (const e of fresh) {
        const links = linksIn(e.body.text ?? '');
        if (links.length === 0) continue;
        if (e.destination.to.some((to) => applicantAddresses.has(to))) {
          // A receipt: the applicant confirms the application from its link, as each must before matching.
          if (links.length !== 1) continue;
          work.push(async () => {
            const { status } = await openAndPost(links[0]!, { decision: 'confirm' });
            if (status !== 200) fail(`confirm → ${status}`);
            else decisions.confirmed++;
          });
        } else if (e.destination.to.some((to) => coordinators.has(to))) {
          const reject = r.next() < rejectShare;
          work.push(async () => {
            const { status, text } = await openAndPost(
              links[0]!,
              reject ? { decision: 'reject', reason: 'Dates clash with the school year' } : { decision: 'approve' },
            );
            if (status !== 200) fail(`coordinator → ${status}`);
            else if (/<form/i.test(text)) decisions.stale++;
            else decisions[reject ? 'rejected' : 'approved']++;
          });
        } else if (links.length >= 2) {
          const decline = r.next() < declineShare;
          work.push(async () => {
            const { status, text } = await openAndPost(
              links[0]!,
              decline ? { decision: 'decline', reason: 'The place was filled locally' } : { decision: 'accept' },
            );
            if (status !== 200) fail(`company → ${status}`);
            else if (/<form/i.test(text)) decisions.stale++;
            else decisions[decline ? 'declined' : 'accepted']++;
          });
        }
      }
      await pool(work, concurrency, (job) => job());
      if (work.length === 0 && Date.now() - lastActivity > quietMs) {
        settled = true;
        break;
      }
      await sleep(250);
    }
    const decisionsMs = Date.now() - decisionsStarted;
    const cohortMs = Date.now() - started;

    // 4. One tick of each schedule, on the settled pool: a fixed monthly cost, priced apart.
    const cohortInvocations = invocations.length;
    const cohortCapacity = structuredClone(counter);
    const scheduleTicks: Record<string, { ms: number; rru: number; wru: number }> = {};
    for (const [name, def] of Object.entries(functions) as [FunctionName, (typeof functions)[FunctionName]][]) {
      if (!('schedule' in def)) continue;
      counter = { byCommand: {} };
      const handler = await loadHandler(name);
      const t0 = performance.now();
      await handler(
        { version: '0', id: randomUUID(), 'detail-type': 'Scheduled Event', source: 'aws.events', time: new Date().toISOString(), detail: {} },
        lambdaContext(name, 60_000),
      ).catch((error: Error) => fail(`${name} tick: ${error.message}`));
      const ms = performance.now() - t0;
      const totals = capacityTotals(counter);
      scheduleTicks[name] = { ms: round1(ms), rru: totals.rru, wru: totals.wru };
    }

    invocationObservers.delete(observe);
    counter = undefined;
    uninstall();
    await sleep(500); // let a round the ticks started finish before the stack stops
    const cohortRecords = invocations.slice(0, cohortInvocations);

    // ---- Figures.
    const confirmedEvents = events.filter((e) => e.detailType === 'match.confirmed').length;
    const placements = confirmedEvents || decisions.accepted;
    const countOf = (type: string) => events.filter((e) => e.detailType === type).length;
    const emails = [...seen.values()];
    const recipients = emails.reduce((n, e) => n + e.destination.to.length + (e.destination.cc?.length ?? 0) + (e.destination.bcc?.length ?? 0), 0);
    const apiTotal = Object.values(apiRequests).reduce((a, b) => a + b, 0);

    const byFunction = new Map<string, { invocations: number; ms: number[]; gbSeconds: number; failed: number }>();
    for (const rec of cohortRecords) {
      const row = byFunction.get(rec.name) ?? { invocations: 0, ms: [], gbSeconds: 0, failed: 0 };
      row.invocations++;
      row.ms.push(rec.ms);
      row.gbSeconds += (Math.max(1, Math.ceil(rec.ms)) / 1000) * (MEMORY_MB / 1024);
      if (!rec.ok) row.failed++;
      byFunction.set(rec.name, row);
    }
    const lambdaRequests = cohortRecords.length;
    const gbSeconds = [...byFunction.values()].reduce((a, f) => a + f.gbSeconds, 0);
    const capacity = capacityTotals(cohortCapacity);
    const chunks = events.reduce((n, e) => n + Math.max(1, Math.ceil(e.bytes / 65_536)), 0);

    const p = prices.prices;
    const per1000 = (quantity: number) => (placements ? (quantity / placements) * 1000 : Number.NaN);
    const line = (service: string, quantity: number, unitPrice: number, unit: string) => ({
      service,
      per1000Placements: round3(per1000(quantity)),
      unit,
      unitPriceUsd: unitPrice,
      usdPer1000Placements: round4(per1000(quantity) * unitPrice),
    });
    const breakdown = [
      line('API Gateway HTTP API requests', apiTotal, p.httpApiRequest.usd, 'request'),
      line('Lambda requests', lambdaRequests, p.lambdaRequest.usd, 'request'),
      line('Lambda duration (arm64, 512 MB, local durations)', gbSeconds, p.lambdaGbSecondArm64.usd, 'GB-s'),
      line('DynamoDB read request units', capacity.rru, p.dynamodbReadRequestUnit.usd, 'RRU'),
      line('DynamoDB write request units', capacity.wru + capacity.failedWruEstimate, p.dynamodbWriteRequestUnit.usd, 'WRU'),
      line('DynamoDB Streams reads (by the Lambda trigger)', 0, p.dynamodbStreamsReadRequestUnit.usd, 'stream RRU'),
      line('EventBridge custom events', chunks, p.eventBridgeCustomEvent.usd, '64 KB chunk'),
      line('SES emails', recipients, p.sesEmail.usd, 'email'),
      line('SQS (dead-letter queues, idle)', 0, p.sqsRequest.usd, 'request'),
    ];
    const total = breakdown.reduce((a, b) => a + b.usdPer1000Placements, 0);
    const lambdaDurationUsd = breakdown[2]!.usdPer1000Placements;

    // Schedules: every catalog schedule, 30-day month, one measured tick each.
    const fixedMonthly = Object.entries(scheduleTicks).map(([name, tick]) => {
      const def = functions[name as FunctionName] as { schedule?: ScheduleDef };
      const ticks = ticksPerMonth(def.schedule!);
      const usd =
        ticks *
        (p.lambdaRequest.usd +
          (Math.max(1, Math.ceil(tick.ms)) / 1000) * (MEMORY_MB / 1024) * p.lambdaGbSecondArm64.usd +
          tick.rru * p.dynamodbReadRequestUnit.usd +
          tick.wru * p.dynamodbWriteRequestUnit.usd);
      return { schedule: name, ...def.schedule!, ticksPerMonth: ticks, tickMs: tick.ms, tickRru: tick.rru, tickWru: tick.wru, usdPerMonth: round4(usd) };
    });

    const perPlacement = (n: number) => (placements ? round2(n / placements) : Number.NaN);
    const demoRoles = demoRoleItems(new Date()).length;
    return {
      method:
        `A seeded cohort (seed ${seed}) on the in-memory local stack: ${roleCount} roles through POST /roles, each verified by opening its emailed link and posting the form; ` +
        `${applicants} applicants each loading the form (GET /schools) and posting POST /applications; then every coordinator and company decision email read from the local SES store and its link opened (GET) and the form posted, ` +
        `${Math.round(rejectShare * 100)}% of coordinator decisions rejecting and ${Math.round(declineShare * 100)}% of company decisions declining, until no decision email was left and nothing happened for ${quietMs / 1000} s. ` +
        `The stack's ${demoRoles} demo roles stay open and take part. ${concurrency} simulated people at a time. ` +
        'Counted: every handler invocation (local/lambda.ts observer; API, rule deliveries, stream-publisher batches of the local poller); DynamoDB consumed capacity of every handler call (ReturnConsumedCapacity=TOTAL added by a middleware on every DynamoDB client, as DynamoDB Local reports it; failed conditional writes estimated); ' +
        'events put on the bus (64 KB chunks); emails (recipients) in the SES store. Priced with bench/prices.json ' +
        `(${prices.region}, list prices as of ${prices.asOf}, to be checked). Lambda GB-s = 512 MB × local handler duration (≥ 1 ms each): a rough proxy only — handlers share one process, DynamoDB Local is slower than DynamoDB, and cold starts are not in it. ` +
        'Schedules (matching round and decision sweep, every 15 min) do not fire during the run: one tick of each is measured on the settled pool and priced as a monthly fixed cost. CloudWatch (logs, metrics, alarms) and X-Ray are excluded.',
      target: '≤ $1 per 1,000 confirmed placements before logs',
      usdPer1000Placements: round4(total),
      meetsTarget: total <= 1,
      usdPer1000PlacementsWithoutLambdaDuration: round4(total - lambdaDurationUsd),
      prices: { asOf: prices.asOf, region: prices.region, file: 'bench/prices.json' },
      cohort: {
        roles: roleCount,
        rolesVerified: verified.size,
        demoRolesAlsoOpen: demoRoles,
        applicants,
        placementsConfirmed: placements,
        rejected: countOf('match.rejected'),
        declined: countOf('match.declined'),
        expiredOrReleased: countOf('match.expired'),
        proposals: countOf('match.proposed'),
        unmatchedApplicants: applicants - placements,
        staleLinks: decisions.stale,
        settled,
        errors: errors.length,
      },
      perPlacement: {
        apiRequests: perPlacement(apiTotal),
        lambdaInvocations: perPlacement(lambdaRequests),
        lambdaGbSeconds: placements ? round4(gbSeconds / placements) : Number.NaN,
        rru: perPlacement(capacity.rru),
        wru: perPlacement(capacity.wru),
        failedWriteWruEstimate: perPlacement(capacity.failedWruEstimate),
        events: perPlacement(events.length),
        emails: perPlacement(recipients),
      },
      costPer1000Placements: breakdown,
      fixedMonthly,
      fixedMonthlyUsd: round4(fixedMonthly.reduce((a, f) => a + f.usdPerMonth, 0)),
      functions: [...byFunction.entries()]
        .sort((a, b) => b[1].invocations - a[1].invocations)
        .map(([name, f]) => ({
          function: name,
          invocations: f.invocations,
          perPlacement: perPlacement(f.invocations),
          meanMs: round1(f.ms.reduce((a, b) => a + b, 0) / f.ms.length),
          gbSeconds: round2(f.gbSeconds),
          failed: f.failed,
        })),
      apiRoutes: Object.entries(apiRequests).map(([route, requests]) => ({ route, requests, perPlacement: perPlacement(requests) })),
      dynamodbCalls: Object.entries(cohortCapacity.byCommand)
        .sort((a, b) => b[1].units - a[1].units)
        .map(([command, c]) => ({ command, kind: c.kind, calls: c.calls, units: round1(c.units), perPlacement: perPlacement(c.units), failed: c.failed })),
      events: Object.entries(
        events.reduce<Record<string, { count: number; maxBytes: number }>>((acc, e) => {
          const row = (acc[e.detailType] ??= { count: 0, maxBytes: 0 });
          row.count++;
          row.maxBytes = Math.max(row.maxBytes, e.bytes);
          return acc;
        }, {}),
      ).map(([detailType, e]) => ({ detailType, count: e.count, perPlacement: perPlacement(e.count), maxBytes: e.maxBytes })),
      wallSeconds: {
        total: round1(cohortMs / 1000),
        rolesPostedAndVerified: round1(rolesMs / 1000),
        applicationsPosted: round1(applicationsMs / 1000),
        decisionsUntilQuiet: round1(decisionsMs / 1000),
      },
      ...(errors.length ? { firstErrors: errors } : {}),
    };
  });
}

function capacityTotals(c: CapacityCounter) {
  let rru = 0;
  let wru = 0;
  let failedWruEstimate = 0;
  for (const row of Object.values(c.byCommand)) {
    if (row.kind === 'read') rru += row.units;
    else wru += row.units;
    failedWruEstimate += row.failedUnitsEstimate;
  }
  return { rru: round1(rru), wru: round1(wru), failedWruEstimate };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
