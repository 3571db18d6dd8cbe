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

describe('the local API server routes as CloudFront and API Gateway do', () => {
  // A small catalog with the shapes of the real one: a page under an API segment (/roles/), routes
  // with and without paths below them, and a segment whose routes are all below it (/t/*).
  const answer = (name: string): LocalHandler => async (event) => ({
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, query: (event as APIGatewayProxyEventV2).queryStringParameters ?? null }),
  });
  const at = (method: 'GET' | 'POST', path: string) => {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const regex = new RegExp(`^${path.replace(/\{\w+\}/g, '([^/]+)')}$`);
    return { method, path, regex, params, name: 'health' as const, handler: answer(`${method} ${path}`) };
  };
  const routes = [
    at('GET', '/roles'),
    at('GET', '/roles/{roleId}'),
    at('POST', '/roles'),
    at('POST', '/applications'),
    at('GET', '/desk'),
    at('GET', '/desk/roles/{roleId}'),
    at('GET', '/t/{token}'),
  ];
  let base = '';
  beforeAll(async () => {
    const server = createApiServer(routes, () => undefined, (_req, res, url) => {
      res.writeHead(url.pathname === '/roles/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`site ${url.pathname}`);
    });
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  const get = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${base}${path}`, init);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  it('a path under an API pattern that no route serves gets API Gateway’s 404, not the site’s page', async () => {
    for (const path of ['/desk/nope', '/desk/', '/desk/roles/x/more', '/t/abc/extra', '/roles/x/y']) {
      expect(await get(path), path).toEqual({ status: 404, type: 'application/json', text: '{"message":"Not Found"}' });
    }
  });

  it('the site’s page under an API segment (/roles/) is the site’s; the routes beside it the API’s', async () => {
    expect(await get('/roles/')).toMatchObject({ status: 200, text: 'site /roles/' });
    expect(await get('/roles/?role=3f2b6c1e-8a4d-4b8e-9c1a-2d5e7f9a0b1c&lang=lt')).toMatchObject({ status: 200, text: 'site /roles/' });
    expect(JSON.parse((await get('/roles')).text).name).toBe('GET /roles');
    expect(JSON.parse((await get('/roles/abc')).text).name).toBe('GET /roles/{roleId}');
    expect(JSON.parse((await get('/desk')).text).name).toBe('GET /desk');
  });

  it('any other path is the site’s (its 404 page): no API pattern takes it', async () => {
    // `/applications` has no route below it, so no `/applications/*` pattern; patterns are case-sensitive.
    for (const path of ['/nope', '/applications/123', '/ROLES/x', '/Desk/nope', '/roles.json', '//desk/nope']) {
      expect(await get(path), path).toMatchObject({ status: 404, text: `site ${path}` });
    }
  });

  it('a parameter given twice reaches the handler as API Gateway passes it: the values joined by a comma', async () => {
    expect(JSON.parse((await get('/roles?country=EE&country=FI&q=a%2Cb&empty')).text).query).toEqual({ country: 'EE,FI', q: 'a,b', empty: '' });
    expect(JSON.parse((await get('/roles')).text).query).toBeNull();
  });
});
