import { appendFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { rulePatterns } from '#events/patterns';
import { functions, type FunctionName } from '#functions/catalog';
import { isLeftoverTemp, readJsonFile, writeFileAtomic } from './durable-file.ts';
import { assertValidPattern, matchesPattern, type EventPattern } from './event-pattern.ts';
import { lambdaContext, loadHandler, type LocalHandler } from './lambda.ts';

/** An EventBridge rule with one Lambda target, as the CDK app creates it. */
export interface LocalRule {
  name: FunctionName;
  pattern: EventPattern;
  target: LocalHandler;
}

export interface BusEventRecord {
  id: string;
  'detail-type': string;
  source: string;
  time: string;
  detail: unknown;
  /**
   * Each matching rule's delivery; `deliveredAt` (ISO time the target returned) lets a benchmark
   * time each hop of a flow from the event log alone.
   */
  deliveries: { rule: string; status: 'pending' | 'delivered' | 'failed'; attempts: number; error?: string; deliveredAt?: string }[];
}

export interface BusOptions {
  busName: string;
  /** Retries after the first attempt, like a rule target's retry policy (compressed in time). */
  retries?: number;
  retryBaseMs?: number;
  /** Where undeliverable events go, like a target's dead-letter queue; a JSON line each. */
  deadLetterFile?: string;
  /**
   * Where accepted events wait until every matching rule has had them (one file per event, written
   * atomically before PutEvents answers): EventBridge never forgets an event it accepted, and
   * neither may `npm start` when it is killed. Undefined keeps them in memory only (tests).
   */
  queueDir?: string;
  /**
   * How long a delivery recovered after a crash keeps being retried (default 90 s): the consumer
   * it was running in may have left its idempotency record in progress, refused for up to the
   * 60 s the bus gives a consumer.
   */
  recoveredRetryMs?: number;
  log: (line: string) => void;
}

/** One queued event as stored in the queue folder: the event as delivered, and the rules still owed it. */
interface QueuedEvent {
  event: Record<string, unknown> & { id: string; 'detail-type': string };
  pending: string[];
}

/** The rules the CDK app creates, with the same patterns: one per pattern of each consumer. */
export async function loadRules(): Promise<LocalRule[]> {
  const rules: LocalRule[] = [];
  for (const [name, def] of Object.entries(functions) as [FunctionName, (typeof functions)[FunctionName]][]) {
    if (def.trigger.kind !== 'rule') continue;
    const target = await loadHandler(name);
    for (const pattern of rulePatterns(def.trigger.events)) {
      assertValidPattern(pattern);
      rules.push({ name, pattern, target });
    }
  }
  return rules;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HISTORY = 1000;

/**
 * A local stand-in for one custom EventBridge bus: it accepts PutEvents, and delivers each event
 * asynchronously to every rule whose pattern matches, retrying a failing target and recording
 * what it finally could not deliver.
 */
export class LocalBus {
  readonly history: BusEventRecord[] = [];
  /**
   * Totals since start, by detail type and by rule (the history keeps only the latest events):
   * for load tests and benchmarks that count every event.
   */
  readonly stats = {
    events: {} as Record<string, { put: number; delivered: number; failed: number }>,
    deliveries: {} as Record<string, { delivered: number; failed: number; attempts: number }>,
  };
  private readonly inFlight = new Set<Promise<void>>();
  private readonly counted = new WeakSet<BusEventRecord>();

  constructor(
    private readonly rules: LocalRule[],
    private readonly options: BusOptions,
  ) {}

  /** Accepts one PutEvents entry; returns its event id or an EventBridge error code. */
  put(entry: { Source?: string; DetailType?: string; Detail?: string; EventBusName?: string }): { EventId: string } | { ErrorCode: string; ErrorMessage: string } {
    if (entry.EventBusName !== this.options.busName) {
      return { ErrorCode: 'NotFound', ErrorMessage: `Event bus ${entry.EventBusName} does not exist.` };
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail ?? '');
    } catch {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
    }
    if (!entry.Source || !entry.DetailType || typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Source, DetailType and an object Detail are required.' };
    }
    const event = {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType,
      source: entry.Source,
      account: '000000000000',
      time: new Date().toISOString(),
      region: process.env.AWS_REGION ?? 'eu-north-1',
      resources: [],
      detail,
    };
    const matched = this.rules.filter((rule) => matchesPattern(rule.pattern, event));
    const record: BusEventRecord = {
      id: event.id,
      'detail-type': event['detail-type'],
      source: event.source,
      time: event.time,
      detail,
      deliveries: matched.map((rule) => ({ rule: rule.name, status: 'pending', attempts: 0 })),
    };
    this.history.push(record);
    if (this.history.length > HISTORY) this.history.shift();
    const totals = (this.stats.events[event['detail-type']] ??= { put: 0, delivered: 0, failed: 0 });
    totals.put++;
    if (matched.length === 0) totals.delivered++;
    this.options.log(`[bus] ${event['detail-type']} → ${matched.map((r) => r.name).join(', ') || '(no rule matched)'}`);
    // Delivered only once queued on disk: a crash before that loses nothing the caller was told was accepted.
    const queued = matched.length > 0 ? this.enqueue(event, matched.map((r) => r.name)) : Promise.resolve(true);
    this.queued.set(event.id, queued);
    // A failure stays on record, so a late `isQueued` still reports it (it is rare: a full disk).
    void queued.then((ok) => ok && this.queued.delete(event.id));
    matched.forEach((rule, i) =>
      this.track(queued.then(() => this.deliver(rule, event, record.deliveries[i]!)).then(() => this.settled(record))),
    );
    return { EventId: event.id };
  }

  /**
   * Whether the accepted event is safely queued (always, without a queue folder). PutEvents answers
   * only after this, and reports the entry failed when it is false, so the publisher retries and
   * the stream poller keeps its checkpoint before the event.
   */
  async isQueued(eventId: string): Promise<boolean> {
    return (await this.queued.get(eventId)) ?? true;
  }

  private readonly queued = new Map<string, Promise<boolean>>();
  /** Per queued event: the rules still owed it, and the chain of its file's rewrites (one at a time). */
  private readonly queue = new Map<string, { item: QueuedEvent; writes: Promise<unknown> }>();

  private queueFile(eventId: string) {
    return join(this.options.queueDir!, `${eventId}.json`);
  }

  private async enqueue(event: QueuedEvent['event'], rules: string[]): Promise<boolean> {
    if (!this.options.queueDir) return true;
    const item: QueuedEvent = { event, pending: [...rules] };
    const write = writeFileAtomic(this.queueFile(event.id), JSON.stringify(item)).then(
      () => true,
      (error: Error) => {
        this.options.log(`[bus] could not queue ${event['detail-type']} ${event.id}: ${error.message}`);
        return false;
      },
    );
    this.queue.set(event.id, { item, writes: write });
    return write;
  }

  /** A rule has had the event (delivered, or given up on and dead-lettered): it is owed no more. */
  private dequeue(eventId: string, rule: string): Promise<unknown> {
    const entry = this.queue.get(eventId);
    if (!entry) return Promise.resolve();
    entry.item.pending = entry.item.pending.filter((name) => name !== rule);
    const last = entry.item.pending.length === 0;
    if (last) this.queue.delete(eventId);
    const file = this.queueFile(eventId);
    const snapshot = JSON.stringify(entry.item);
    entry.writes = entry.writes
      .then(() => (last ? rm(file, { force: true }) : writeFileAtomic(file, snapshot)))
      .catch((error: Error) => this.options.log(`[bus] could not update the queue for ${eventId}: ${error.message}`));
    return entry.writes;
  }

  /**
   * After a crash: delivers again every event the queue folder still holds to the rules still owed
   * it (consumers are idempotent on the event id, so one that had already acted does nothing).
   * Leftover temp files are removed; a file that does not parse is set aside and reported.
   * Returns how many deliveries were resumed.
   */
  async recover(): Promise<number> {
    const folder = this.options.queueDir;
    if (!folder) return 0;
    await mkdir(folder, { recursive: true });
    let resumed = 0;
    for (const name of (await readdir(folder)).sort()) {
      const path = join(folder, name);
      if (isLeftoverTemp(name)) {
        await rm(path, { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const item = await readJsonFile<QueuedEvent | undefined>(path, undefined, this.options.log);
      if (!item?.event?.id || !Array.isArray(item.pending)) {
        if (item) await rename(path, `${path}.corrupt-${Date.now()}`);
        this.options.log(`[bus] queue file ${name} is unreadable; set aside`);
        continue;
      }
      const rules = item.pending.map((ruleName) => this.rules.find((r) => r.name === ruleName && matchesPattern(r.pattern, item.event)));
      const record: BusEventRecord = {
        id: item.event.id,
        'detail-type': item.event['detail-type'],
        source: String(item.event.source),
        time: String(item.event.time),
        detail: item.event.detail,
        deliveries: item.pending.map((rule) => ({ rule, status: 'pending', attempts: 0 })),
      };
      this.history.push(record);
      (this.stats.events[record['detail-type']] ??= { put: 0, delivered: 0, failed: 0 }).put++;
      this.queue.set(item.event.id, { item, writes: Promise.resolve() });
      rules.forEach((rule, i) => {
        const state = record.deliveries[i]!;
        if (!rule) {
          // The consumer is gone from the catalogue since: nothing can take it; dead-letter it.
          state.status = 'failed';
          state.error = 'no such rule any more';
          this.track(this.deadLetter(state.rule, state.error, item.event).then(() => this.dequeue(item.event.id, state.rule)).then(() => this.settled(record)));
          return;
        }
        resumed++;
        this.track(this.deliver(rule, item.event, state, this.options.recoveredRetryMs ?? 90_000).then(() => this.settled(record)));
      });
    }
    if (resumed > 0) this.options.log(`[bus] resumed ${resumed} deliveries queued before the last stop`);
    return resumed;
  }

  /** Counts an event as delivered (or failed) once every rule it matched has settled. */
  private settled(record: BusEventRecord) {
    const states = record.deliveries.map((d) => d.status);
    // Two deliveries can settle before either callback runs: count each event once.
    if (states.includes('pending') || this.counted.has(record)) return;
    this.counted.add(record);
    const totals = this.stats.events[record['detail-type']]!;
    if (states.includes('failed')) totals.failed++;
    else totals.delivered++;
  }

  private track(delivery: Promise<void>) {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  /**
   * Delivers to one rule with retries, then marks the rule done in the queue (delivered or
   * dead-lettered). With `retryForMs` (a delivery recovered after a crash) it retries for that long
   * instead of a fixed count, backing off up to 5 s between attempts.
   */
  private async deliver(rule: LocalRule, event: Record<string, unknown>, state: BusEventRecord['deliveries'][number], retryForMs?: number) {
    const retries = retryForMs === undefined ? (this.options.retries ?? 3) : 1000;
    const base = this.options.retryBaseMs ?? 200;
    const deadline = Date.now() + (retryForMs ?? 0);
    let attempt = 0;
    for (; attempt <= retries; attempt++) {
      if (attempt > 0 && retryForMs !== undefined && Date.now() > deadline) break;
      // Stopping with a queue on disk: what is still failing is left queued for the next start.
      if (attempt > 0 && this.closing && this.options.queueDir) return;
      if (attempt > 0) await sleep(Math.min(base * 2 ** (attempt - 1), retryForMs === undefined ? Infinity : 5000));
      state.attempts = attempt + 1;
      try {
        await rule.target(event, lambdaContext(rule.name, 60_000));
        state.status = 'delivered';
        state.error = undefined;
        state.deliveredAt = new Date().toISOString();
        this.countDelivery(rule.name, 'delivered', attempt + 1);
        await this.dequeue(String(event.id), rule.name);
        return;
      } catch (error) {
        state.error = (error as Error).message;
        this.options.log(`[bus] ${event['detail-type']} → ${rule.name} failed (attempt ${attempt + 1}): ${state.error}`);
      }
    }
    state.status = 'failed';
    this.countDelivery(rule.name, 'failed', attempt);
    this.options.log(`[bus] gave up delivering ${event['detail-type']} ${event.id} to ${rule.name}`);
    await this.deadLetter(rule.name, state.error, event);
    await this.dequeue(String(event.id), rule.name);
  }

  private async deadLetter(rule: string, error: string | undefined, event: Record<string, unknown>) {
    if (this.options.deadLetterFile) {
      await appendFile(this.options.deadLetterFile, `${JSON.stringify({ rule, error, event })}\n`);
    }
  }

  private countDelivery(rule: string, outcome: 'delivered' | 'failed', attempts: number) {
    const totals = (this.stats.deliveries[rule] ??= { delivered: 0, failed: 0, attempts: 0 });
    totals[outcome]++;
    totals.attempts += attempts;
  }

  private closing = false;

  /**
   * For a stop: stops retrying what fails (with a queue folder it stays queued for the next start)
   * and resolves when every attempt under way has finished.
   */
  async close() {
    this.closing = true;
    await this.drain();
  }

  /** Resolves when every delivery under way has finished (for a clean stop). */
  async drain() {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}

/**
 * Serves the EventBridge PutEvents API (JSON 1.1 protocol), so the stream publisher runs
 * unchanged with AWS_ENDPOINT_URL_EVENTBRIDGE pointing here; GET /events lists recent events,
 * GET /stats the totals since start.
 */
export function createBusServer(bus: LocalBus): Server {
  // A caller gone mid-request must not crash the stack (an unhandled rejection): drop its socket.
  return createServer((req, res) => void serveBus(bus, req, res).catch(() => res.destroy()));
}

async function serveBus(bus: LocalBus, req: IncomingMessage, res: ServerResponse) {
  if (req.method === 'GET' && req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(bus.stats));
    return;
  }
  if (req.method === 'GET' && req.url?.startsWith('/events')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(bus.history));
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(JSON.stringify(body));
  };
  if (req.method !== 'POST' || req.headers['x-amz-target'] !== 'AWSEvents.PutEvents') {
    reply(400, { __type: 'UnknownOperationException', message: 'Only PutEvents is supported locally.' });
    return;
  }
  let request: { Entries?: Parameters<LocalBus['put']>[0][] };
  try {
    request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    reply(400, { __type: 'SerializationException', message: 'Malformed request.' });
    return;
  }
  const entries = request.Entries ?? [];
  if (entries.length < 1 || entries.length > 10) {
    reply(400, { __type: 'ValidationException', message: 'Entries must hold 1 to 10 items.' });
    return;
  }
  const results = await Promise.all(
    entries.map(async (entry) => {
      const result = bus.put(entry);
      if ('EventId' in result && !(await bus.isQueued(result.EventId))) {
        // Accepted but not safely queued: the caller must retry (its consumers dedupe on the event id).
        return { ErrorCode: 'InternalException', ErrorMessage: 'The event could not be queued; retry.' };
      }
      return result;
    }),
  );
  reply(200, { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results });
}
