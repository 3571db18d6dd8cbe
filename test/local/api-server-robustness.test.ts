import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer } from '#local/api-server';
import type { LocalHandler } from '#local/lambda';

/*
 * Requests that used to kill `npm start` (an unhandled rejection in the API server): each is
 * sent over a raw socket, must be answered (or its socket closed), and the server must still
 * answer /health afterwards. The route table is a small fake one: the server's own request
 * handling is under test, not the handlers (no stack needed).
 */

const ok: LocalHandler = async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"status":"ok"}' });
const echo: LocalHandler = async (event) => ({ statusCode: 200, body: String(event.body ?? '').length.toString() });
const throws: LocalHandler = async () => {
  throw new Error('a handler bug');
};
const route = (method: 'GET' | 'POST', path: string, handler: LocalHandler) => ({
  method,
  path,
  regex: new RegExp(`^${path.replace('{id}', '([^/]+)')}$`),
  params: path.includes('{id}') ? ['id'] : [],
  name: 'health' as const,
  handler,
});

const logged: string[] = [];
const server = createApiServer(
  [route('GET', '/health', ok), route('POST', '/echo', echo), route('GET', '/boom', throws), route('GET', '/t/{id}', ok)],
  (line) => logged.push(line),
  (_req, res, url) => {
    // A site handler that throws on one path: a synchronous bug outside any route.
    if (url.pathname === '/site-bug') throw new Error('site bug');
    res.writeHead(404);
    res.end();
  },
);
let port = 0;

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Writes raw bytes, then reads until the server closes or `ms` pass; returns what came back. */
async function raw(bytes: string, { ms = 2000, endAfterWrite = false, destroyAfterWrite = false } = {}): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let received = '';
  socket.on('data', (d) => (received += d.toString()));
  socket.on('error', () => undefined);
  socket.write(bytes);
  if (destroyAfterWrite) {
    socket.destroy();
    return '';
  }
  if (endAfterWrite) socket.end();
  await Promise.race([once(socket, 'close'), new Promise((resolve) => setTimeout(resolve, ms))]);
  socket.destroy();
  return received;
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

async function stillServes() {
  const response = await fetch(`http://127.0.0.1:${port}/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
}

describe('the local API server survives any request', () => {
  it('GET // and //host/path are answered (404 here), not a crash', async () => {
    expect(statusOf(await raw('GET // HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'))).toBe(404);
    expect(statusOf(await raw('GET //evil.example/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'))).toBe(404);
    await stillServes();
  });

  it('a Host header that is no host is a 400', async () => {
    for (const host of ['exa mple', '%%%', 'a/b', '[::1', 'x:99999999']) {
      expect(statusOf(await raw(`GET /health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)), host).toBe(400);
    }
    await stillServes();
  });

  it('Transfer-Encoding: gzip is a 400', async () => {
    const response = await raw('POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\nabc');
    expect(statusOf(response)).toBe(400);
    await stillServes();
  });

  it('a client that disconnects mid-body leaves the server serving', async () => {
    for (let i = 0; i < 5; i++) {
      await raw('POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"half":', { destroyAfterWrite: true });
      await raw('POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123', { destroyAfterWrite: true });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    await stillServes();
  });

  it('a half-closed socket with a short body is answered or closed, never a crash', async () => {
    await raw('POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 50\r\n\r\nshort', { endAfterWrite: true });
    await stillServes();
  });

  it('garbage, a bad request line and broken percent-encoding are 400', async () => {
    expect(statusOf(await raw('\x00\x01\x02 nonsense\r\n\r\n'))).toBe(400);
    expect(statusOf(await raw('GET /health HTTP/9.9\r\nHost: localhost\r\n\r\n'))).toBe(400);
    expect(statusOf(await raw('GET /t/%E0%A4%A HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'))).toBe(400);
    await stillServes();
  });

  it('a handler or site bug is a 5xx, and the server goes on', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/boom`)).status).toBe(500);
    expect((await fetch(`http://127.0.0.1:${port}/site-bug`)).status).toBe(500);
    await stillServes();
  });

  it('a correct body still arrives whole', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(await response.text()).toBe('7');
  });
});
