import { createHash } from 'node:crypto';
import { BatchGetCommand, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, keys } from '#shared/platform/db';
import type { BusEventRecord } from '#local/bus';
import { busEvents, urls } from '../support/stack.ts';
import type { BadRequest } from './arbitraries.ts';

/** In flight at once: enough to keep the stack busy, few enough for a 2-core machine. */
export const CONCURRENCY = 6;

export interface Sent {
  status: number;
  contentType: string;
  text: string;
}

/** Sends one request; a client-side failure (the request could not even be sent) is status -1. */
export async function send(req: Pick<BadRequest, 'method' | 'path' | 'headers' | 'body'>): Promise<Sent> {
  try {
    const response = await fetch(`${urls().api}${req.path}`, {
      method: req.method,
      headers: req.headers,
      ...(req.body === undefined ? {} : { body: req.body }),
      redirect: 'manual',
    });
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
  } catch (error) {
    // Node refuses an oversized request line or header by closing the socket after its 431/413.
    return { status: -1, contentType: '', text: String((error as Error).cause ?? error) };
  }
}

/** Runs `fn` over `items` with at most `limit` in flight; results in order. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!, i);
      }
    }),
  );
  return results;
}

const short = (s: string | Uint8Array | undefined, max = 300) => {
  const text = s === undefined ? '' : typeof s === 'string' ? s : `<${s.byteLength} bytes> ${Buffer.from(s).toString('utf8')}`;
  return text.length > max ? `${JSON.stringify(text.slice(0, max))}… (${text.length} chars)` : JSON.stringify(text);
};

/** A failure as a counterexample someone can replay: seed, index, the request and the answer. */
export function counterexample(seed: number, index: number, req: BadRequest, got: Sent, why: string): string {
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, v.length > 80 ? `${v.slice(0, 80)}… (${v.length})` : v]));
  return [
    `#${index} (seed ${seed}) ${req.what}: ${why}`,
    `  ${req.method} ${req.path.length > 120 ? `${req.path.slice(0, 120)}… (${req.path.length})` : req.path} ${JSON.stringify(headers)}`,
    `  body ${short(req.body)}`,
    `  → ${got.status} ${got.contentType} ${short(got.text, 400)}`,
  ].join('\n');
}

/** What is wrong with the answer to a bad request, or undefined if it is right. */
export function judgeBadWrite(req: BadRequest, got: Sent): string | undefined {
  if (got.status >= 500) return `a ${got.status}`;
  if (got.status >= 200 && got.status < 300) return `accepted (${got.status})`;
  if (got.status === -1) {
    // Only a request over Node's header or body limits may be cut off this way.
    return req.status.includes(431) || req.status.includes(413) ? undefined : 'the request failed on the client';
  }
  if (!req.status.includes(got.status)) return `status ${got.status}, expected ${req.status.join(' or ')}`;
  if (req.method === 'HEAD' || got.status === 431 || req.problem === false) return undefined;
  if (!got.contentType.includes('application/problem+json')) return `content-type ${got.contentType}`;
  let problem: { status?: number; title?: string; errors?: { path: string; message: string }[] };
  try {
    problem = JSON.parse(got.text);
  } catch {
    return 'the problem body is not JSON';
  }
  if (problem.status !== got.status || !problem.title) return 'the problem body lacks status or title';
  if (req.errorPath !== undefined && got.status === 422) {
    const paths = (problem.errors ?? []).map((e) => e.path);
    const named = paths.some((p) => p === req.errorPath || (req.errorPath !== '' && p.startsWith(`${req.errorPath}.`)));
    if (!named) return `errors name ${JSON.stringify(paths)}, not ${JSON.stringify(req.errorPath)}`;
  }
  if (req.errorPath !== undefined && (got.status === 400 || got.status === 415) && req.errorPath !== '') {
    const paths = (problem.errors ?? []).map((e) => e.path);
    if (!paths.includes(req.errorPath)) return `errors name ${JSON.stringify(paths)}, not ${JSON.stringify(req.errorPath)}`;
  }
  return undefined;
}

/** Test-only Scan: the domain items whose content mentions `marker`. */
export async function itemsMentioning(marker: string): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await ddb.send(new ScanCommand({ TableName: process.env.TABLE_NAME!, ExclusiveStartKey }));
    found.push(...(page.Items ?? []).filter((item) => JSON.stringify(item).includes(marker)));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return found;
}

/**
 * The id of the record an Idempotency-Key leaves on a route (see shared/platform/http/idempotent-write.ts):
 * `write#` + base64url SHA-256 of "<method> <path>\n<key>". Checked against real writes in the test.
 */
export const idempotencyRecordId = (route: string, key: string) =>
  `write#${createHash('sha256').update(`POST ${route}\n${key}`).digest('base64url')}`;

/** Which of these idempotency records exist. */
export async function existingIdempotencyRecords(ids: string[]): Promise<string[]> {
  const found: string[] = [];
  const table = process.env.IDEMPOTENCY_TABLE_NAME!;
  for (let i = 0; i < ids.length; i += 100) {
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
      [table]: { Keys: ids.slice(i, i + 100).map((id) => ({ id })) },
    };
    while (request && Object.keys(request).length) {
      const out = await ddb.send(new BatchGetCommand({ RequestItems: request }));
      found.push(...(out.Responses?.[table] ?? []).map((item) => String(item.id)));
      request = out.UnprocessedKeys as typeof request;
    }
  }
  return found;
}

export const getItem = async (key: { pk: string; sk: string }) =>
  (await ddb.send(new GetCommand({ TableName: process.env.TABLE_NAME!, Key: key, ConsistentRead: true }))).Item;

/**
 * The application and role events put on the bus since `before` (ids of events seen then), with
 * the stored item each is about: an event caused by a fuzz body would carry the fuzz's marker.
 */
export async function newEventsAbout(before: Set<string>, marker: string): Promise<{ checked: number; marked: BusEventRecord[] }> {
  const fresh = (await busEvents()).filter((e) => !before.has(e.id));
  const marked: BusEventRecord[] = [];
  for (const event of fresh) {
    const data = (event.detail as { data?: Record<string, unknown> }).data ?? {};
    const item =
      typeof data.applicationId === 'string' ? await getItem(keys.application(data.applicationId))
      : typeof data.roleId === 'string' ? await getItem(keys.role(data.roleId))
      : undefined;
    if (item && JSON.stringify(item).includes(marker)) marked.push(event);
  }
  return { checked: fresh.length, marked };
}

export const eventIds = async () => new Set((await busEvents()).map((e) => e.id));
