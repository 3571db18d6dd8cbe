import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/*
 * Real HTTP fault points in front of the local stack's services: the AWS SDK in the code under
 * test talks to them as to EventBridge and SES (through AWS_ENDPOINT_URL_*), so its own retry
 * behaviour is part of what is tested.
 */

export interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
}
type EntryResult = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

/** What the faulty bus does with one PutEvents call. */
export type BusFault =
  /** Answer the whole call with an HTTP error (nothing is forwarded). */
  | { kind: 'http'; status: number; type: string }
  /** Per entry: an ErrorCode to answer with, or undefined to forward it to the real bus. */
  | { kind: 'entries'; errors: (string | undefined)[] }
  /** Forward the first `forward` entries, then call `then` (e.g. kill the caller) and drop the connection. */
  | { kind: 'die'; forward: number; then: () => void }
  | { kind: 'pass' };

export interface CallLog {
  call: number;
  eventIds: string[];
  fault: BusFault['kind'];
  answered: (string | undefined)[];
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closer(server: Server) {
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

export const eventIdOf = (entry: PutEventsEntry) => (JSON.parse(entry.Detail ?? '{}') as { metadata?: { eventId?: string } }).metadata?.eventId ?? '?';

/** Puts entries on the real local bus with the PutEvents JSON 1.1 protocol. */
export async function forwardPutEvents(busUrl: string, Entries: PutEventsEntry[]): Promise<EntryResult[]> {
  if (Entries.length === 0) return [];
  const response = await fetch(busUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSEvents.PutEvents' },
    body: JSON.stringify({ Entries }),
  });
  if (!response.ok) throw new Error(`real bus answered ${response.status}`);
  return ((await response.json()) as { Entries: EntryResult[] }).Entries;
}

/**
 * A PutEvents endpoint that misbehaves as `plan` says for each call (numbered from 1), and
 * forwards whatever it lets through to the real local bus at `busUrl`.
 */
export async function startFaultyBus(busUrl: string, plan: (call: number, entries: PutEventsEntry[]) => BusFault) {
  const calls: CallLog[] = [];
  let counter = 0;
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const call = ++counter;
    const entries = ((JSON.parse(body) as { Entries?: PutEventsEntry[] }).Entries ?? []) as PutEventsEntry[];
    const eventIds = entries.map(eventIdOf);
    const fault = plan(call, entries);
    const log: CallLog = { call, eventIds, fault: fault.kind, answered: [] };
    calls.push(log);
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `fault-${call}` });
      res.end(JSON.stringify(payload));
    };
    if (fault.kind === 'http') {
      log.answered = entries.map(() => `HTTP ${fault.status} ${fault.type}`);
      reply(fault.status, { __type: fault.type, message: `injected ${fault.type}` });
      return;
    }
    if (fault.kind === 'die') {
      await forwardPutEvents(busUrl, entries.slice(0, fault.forward));
      log.answered = entries.map((_, i) => (i < fault.forward ? 'forwarded, no answer' : 'lost'));
      fault.then();
      req.socket.destroy();
      return;
    }
    const errors = fault.kind === 'entries' ? fault.errors : [];
    const forwardIdx = entries.flatMap((_, i) => (errors[i] ? [] : [i]));
    const forwarded = await forwardPutEvents(busUrl, forwardIdx.map((i) => entries[i]!));
    const results: EntryResult[] = entries.map((_, i) =>
      errors[i] ? { ErrorCode: errors[i]!, ErrorMessage: `injected ${errors[i]}` } : forwarded[forwardIdx.indexOf(i)]!,
    );
    log.answered = results.map((r) => ('ErrorCode' in r ? r.ErrorCode : undefined));
    reply(200, { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results });
  });
  const close = closer(server);
  return { url: await listen(server), calls, close };
}

/**
 * An SES endpoint (AWS Query protocol) that forwards to the local SES, but answers HTTP 503
 * ServiceUnavailable to SendEmail while `fail(recipient)` says so.
 */
export async function startFlakySes(sesUrl: string, fail: (recipient: string) => boolean) {
  const failures: string[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const form = new URLSearchParams(body);
    const recipient = form.get('Destination.ToAddresses.member.1') ?? '';
    if (form.get('Action') === 'SendEmail' && fail(recipient)) {
      failures.push(recipient);
      res.writeHead(503, { 'content-type': 'text/xml' });
      res.end(
        '<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Receiver</Type><Code>ServiceUnavailable</Code><Message>injected</Message></Error><RequestId>fault</RequestId></ErrorResponse>',
      );
      return;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
    const upstream = await fetch(`${sesUrl}${req.url}`, { method: req.method, headers, body: req.method === 'GET' ? undefined : body });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/xml' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  const close = closer(server);
  return { url: await listen(server), failures, close };
}
