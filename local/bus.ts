import { appendFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { rulePatterns } from '#events/patterns';
import { functions, type FunctionName } from '#functions/catalog';
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
  deliveries: { rule: string; status: 'pending' | 'delivered' | 'failed'; attempts: number; error?: string }[];
}

export interface BusOptions {
  busName: string;
  /** Retries after the first attempt, like a rule target's retry policy (compressed in time). */
  retries?: number;
  retryBaseMs?: number;
  /** Where undeliverable events go, like a target's dead-letter queue; a JSON line each. */
  deadLetterFile?: string;
  log: (line: string) => void;
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
    matched.forEach((rule, i) => this.track(this.deliver(rule, event, record.deliveries[i]!).then(() => this.settled(record))));
    return { EventId: event.id };
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

  private async deliver(rule: LocalRule, event: Record<string, unknown>, state: BusEventRecord['deliveries'][number]) {
    const retries = this.options.retries ?? 3;
    const base = this.options.retryBaseMs ?? 200;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(base * 2 ** (attempt - 1));
      state.attempts = attempt + 1;
      try {
        await rule.target(event, lambdaContext(rule.name, 60_000));
        state.status = 'delivered';
        state.error = undefined;
        this.countDelivery(rule.name, 'delivered', attempt + 1);
        return;
      } catch (error) {
        state.error = (error as Error).message;
        this.options.log(`[bus] ${event['detail-type']} → ${rule.name} failed (attempt ${attempt + 1}): ${state.error}`);
      }
    }
    state.status = 'failed';
    this.countDelivery(rule.name, 'failed', retries + 1);
    this.options.log(`[bus] gave up delivering ${event['detail-type']} ${event.id} to ${rule.name}`);
    if (this.options.deadLetterFile) {
      await appendFile(this.options.deadLetterFile, `${JSON.stringify({ rule: rule.name, error: state.error, event })}\n`);
    }
  }

  private countDelivery(rule: string, outcome: 'delivered' | 'failed', attempts: number) {
    const totals = (this.stats.deliveries[rule] ??= { delivered: 0, failed: 0, attempts: 0 });
    totals[outcome]++;
    totals.attempts += attempts;
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
  return createServer(async (req, res) => {
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
    const results = entries.map((entry) => bus.put(entry));
    reply(200, { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results });
  });
}
