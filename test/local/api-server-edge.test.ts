import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type LocalEdge } from '#local/api-server';
import type { LocalHandler } from '#local/lambda';
import { API_ENV } from '#shared/platform/config';
import { clientAddress, ORIGIN_VERIFY_HEADER } from '#shared/platform/http/origin';

/*
 * The local API server stands in for CloudFront as well as API Gateway: it sends the origin
 * secret over whatever a client sent, and appends the client's address to X-Forwarded-For, so
 * the handlers' check and their client address work locally as on AWS. A fake route captures
 * the event a handler would get.
 */

const SECRET = 'the-local-secret';
let seen: APIGatewayProxyEventV2 | undefined;
const capture: LocalHandler = async (event) => {
  seen = event as APIGatewayProxyEventV2;
  return { statusCode: 204 };
};
const route = { method: 'POST' as const, path: '/applications', regex: /^\/applications$/, params: [], name: 'createApplication' as const, handler: capture };

async function listen(edge: LocalEdge): Promise<{ server: Server; url: string }> {
  const server = createApiServer([route], () => undefined, undefined, edge);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/applications` };
}
const servers: Server[] = [];
const post = (url: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers, body: '{}' });

beforeAll(() => {
  process.env[API_ENV.originVerify] = SECRET;
});
afterAll(async () => {
  delete process.env[API_ENV.originVerify];
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('the local API server, in CloudFront’s place', () => {
  it('sends the origin secret over one a client sent, and appends the client’s address to X-Forwarded-For', async () => {
    const { server, url } = await listen({ originVerify: SECRET });
    servers.push(server);
    await post(url, { [ORIGIN_VERIFY_HEADER]: 'forged', 'x-forwarded-for': '6.6.6.6' });
    expect(seen!.headers[ORIGIN_VERIFY_HEADER]).toBe(SECRET);
    // The client's own entry, then the client's address (CloudFront's append), then the address
    // API Gateway got the request from (CloudFront's: this server's), which is its sourceIp.
    expect(seen!.headers['x-forwarded-for']).toBe('6.6.6.6, 127.0.0.1, 127.0.0.1');
    expect(seen!.requestContext.http.sourceIp).toBe('127.0.0.1');
    // So what a handler counts is the client's real address, not what it claimed.
    expect(clientAddress(seen!)).toBe('127.0.0.1');

    await post(url);
    expect(seen!.headers['x-forwarded-for']).toBe('127.0.0.1, 127.0.0.1');
    expect(clientAddress(seen!)).toBe('127.0.0.1');
  });

  it('without a secret of its own, passes no client’s x-origin-verify on', async () => {
    const { server, url } = await listen({});
    servers.push(server);
    await post(url, { [ORIGIN_VERIFY_HEADER]: SECRET });
    expect(seen!.headers[ORIGIN_VERIFY_HEADER]).toBeUndefined();
  });
});
