import { isUtf8 } from 'node:buffer';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { functions, type FunctionName, type HttpMethod } from '#functions/catalog';
import { apiPathPatterns, edgeBehaviors, edgeOrigin } from '#infra/constructs/edge-paths';
import { ORIGIN_VERIFY_HEADER } from '#shared/platform/http/origin';
import { lambdaContext, loadHandler, type LocalHandler } from './lambda.ts';
import type { SiteHandler } from './site.ts';

interface CompiledRoute {
  method: HttpMethod;
  path: string;
  regex: RegExp;
  params: string[];
  name: FunctionName;
  handler: LocalHandler;
}

/** API Gateway's own payload limit is 10 MB; locally anything far over the handler's 64 KiB is cut early. */
const MAX_READ_BYTES = 1024 * 1024;

function compile(path: string) {
  const params: string[] = [];
  const pattern = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
    params.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${pattern}$`), params };
}

/** The HTTP routes of the function catalogue, each bound to its handler: the same table CDK deploys. */
export async function loadRoutes(): Promise<CompiledRoute[]> {
  const routes: CompiledRoute[] = [];
  for (const [name, def] of Object.entries(functions) as [FunctionName, (typeof functions)[FunctionName]][]) {
    if (def.trigger.kind !== 'http') continue;
    const handler = await loadHandler(name);
    for (const route of def.trigger.routes) routes.push({ ...route, ...compile(route.path), name, handler });
  }
  return routes;
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_READ_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const TEXTUAL = /^(text\/|application\/(json|[\w.+-]+\+json|x-www-form-urlencoded|xml))/i;

/**
 * API Gateway passes textual bodies as they are and base64-encodes everything else; bytes that
 * are not UTF-8 are passed base64-encoded too, so the handler sees them as they came and refuses
 * them, instead of a string with U+FFFD where they were.
 */
function encodeBody(contentType: string | undefined, body: Buffer) {
  if (!body.length) return { isBase64Encoded: false };
  return TEXTUAL.test(contentType ?? '') && isUtf8(body)
    ? { body: body.toString('utf8'), isBase64Encoded: false }
    : { body: body.toString('base64'), isBase64Encoded: true };
}

/**
 * What the local server does in CloudFront's place (infra/constructs/static-site.ts), so the
 * handlers see what they see on AWS.
 */
export interface LocalEdge {
  /** The secret CloudFront sends to the API in `x-origin-verify`; the handlers are configured with the same. */
  originVerify?: string;
}

/**
 * The request's headers as they reach a handler on AWS, through CloudFront and API Gateway.
 * CloudFront sets `x-origin-verify` over whatever the client sent, and appends the client's
 * address to `X-Forwarded-For`; API Gateway appends the address it got the request from
 * (CloudFront's: here this server's own), which is also its `sourceIp`. A client can only add
 * entries to the left of the two (shared/platform/http/origin.ts reads them).
 */
function edgeHeaders(req: IncomingMessage, edge: LocalEdge): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined && key !== 'cookie') headers[key] = Array.isArray(value) ? value.join(',') : value;
  }
  const forwarded = [headers['x-forwarded-for'], req.socket.remoteAddress ?? '127.0.0.1', edgeAddress(req)];
  headers['x-forwarded-for'] = forwarded.filter(Boolean).join(', ');
  if (edge.originVerify !== undefined) headers[ORIGIN_VERIFY_HEADER] = edge.originVerify;
  else delete headers[ORIGIN_VERIFY_HEADER];
  return headers;
}

/** The address CloudFront would connect to API Gateway from: this server's end of the connection. */
const edgeAddress = (req: IncomingMessage) => req.socket.localAddress ?? '127.0.0.1';

/**
 * The query's parameters as API Gateway (payload format 2.0) gives them to a handler: decoded,
 * and a name given more than once with its values joined by commas (`country=EE&country=FI` is
 * `{ country: 'EE,FI' }`), not the last value only as URLSearchParams would keep.
 */
export function apiGatewayQuery(url: URL): Record<string, string> | undefined {
  if (!url.search) return undefined;
  const joined = new Map<string, string>();
  for (const [name, value] of url.searchParams) joined.set(name, joined.has(name) ? `${joined.get(name)},${value}` : value);
  // Own properties whatever the name (`__proto__` too), as API Gateway's JSON gives them.
  return Object.fromEntries(joined);
}

/** Builds the HTTP API (payload format 2.0) event that API Gateway would send. */
function toEvent(req: IncomingMessage, url: URL, route: CompiledRoute, match: RegExpExecArray, body: Buffer, edge: LocalEdge): APIGatewayProxyEventV2 {
  const headers = edgeHeaders(req, edge);
  const pathParameters = Object.fromEntries(route.params.map((p, i) => [p, decodeURIComponent(match[i + 1]!)]));
  const queryStringParameters = apiGatewayQuery(url);
  const now = new Date();
  return {
    version: '2.0',
    routeKey: `${route.method} ${route.path}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(req.headers.cookie ? { cookies: req.headers.cookie.split(/;\s*/) } : {}),
    ...(queryStringParameters ? { queryStringParameters } : {}),
    ...(route.params.length ? { pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'local',
      http: {
        method: req.method!,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: edgeAddress(req),
        userAgent: req.headers['user-agent'] ?? '',
      },
      requestId: crypto.randomUUID(),
      routeKey: `${route.method} ${route.path}`,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...encodeBody(req.headers['content-type'], body),
  };
}

function send(res: ServerResponse, status: number, headers: Record<string, string | string[]>, body: string | Buffer) {
  res.writeHead(status, headers);
  res.end(body);
}

const notFound = JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 });
/** What API Gateway (HTTP API) answers a path no route of it matches, without invoking anything. */
const API_GATEWAY_NOT_FOUND = JSON.stringify({ message: 'Not Found' });

const problem = (status: number, title: string) => JSON.stringify({ type: 'about:blank', title, status });

/** A request the server cannot even parse into a URL or read to its end: the client's fault. */
class BadRequest extends Error {}

/**
 * The request's URL. `GET //` or a Host header that is no host make `new URL` throw; API Gateway
 * answers such requests 400 without invoking anything, and so does this server.
 */
function requestUrl(req: IncomingMessage): URL {
  try {
    // The path alone on a fixed origin (`//x` would be a host otherwise); an absolute-form
    // request target (`GET http://host/path`) gives its path. The Host header is checked below.
    const target = req.url ?? '/';
    const path = target.startsWith('/') ? target : ((u) => u.pathname + u.search)(new URL(target));
    const url = new URL(`http://localhost${path}`);
    const host = req.headers.host ?? 'localhost';
    if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) throw new Error('bad host');
    url.host = host;
    return url;
  } catch {
    throw new BadRequest('malformed request line or Host header');
  }
}

/**
 * A local stand-in for CloudFront in front of API Gateway's HTTP API: the headers CloudFront adds
 * (`edge`), route matching, event building, response mapping. With `site`, a path goes to the
 * static pages or to the API as CloudFront's behaviors send it (infra/constructs/edge-paths.ts,
 * the same code the distribution is built from): under an API path pattern (`/desk/*`, `/t/*`,
 * `/roles/*`…) to the API, where a path no route serves gets API Gateway's own 404, except a
 * site page listed under one (`/roles/`); every other path to the site (its 404 page). No
 * request can bring the process down: whatever one throws (a malformed URL, a client gone
 * mid-body, a handler's bug) is answered, or its socket closed, and the server keeps serving;
 * `npm start` dying would orphan DynamoDB Local.
 */
export function createApiServer(routes: CompiledRoute[], log: (line: string) => void, site?: SiteHandler, edge: LocalEdge = {}): Server {
  const behaviors = edgeBehaviors(apiPathPatterns(routes));
  const server = createServer((req, res) => {
    // A client that goes away mid-request makes both streams emit 'error': nobody else listens.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    handle(req, res).catch((error: unknown) => {
      const clientFault = error instanceof BadRequest;
      if (!clientFault) log(`[api] ${req.method} ${req.url?.slice(0, 200)} failed: ${(error as Error)?.message ?? error}`);
      if (res.headersSent || res.destroyed || req.socket.destroyed) {
        res.destroy();
        return;
      }
      const status = clientFault ? 400 : 500;
      send(res, status, { 'content-type': 'application/problem+json', connection: 'close' }, problem(status, clientFault ? 'Bad Request' : 'Internal Server Error'));
    });
  });
  // What Node's parser rejects (a bad request line, a Transfer-Encoding it cannot decode, headers
  // too large) is answered 400 here. When the headers parsed and only the body failed, the request
  // was already dispatched: answer through its response, unless that has begun.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const res = (socket as { _httpMessage?: ServerResponse })._httpMessage;
    const body = problem(400, 'Bad Request');
    if (!socket.writable || error.code === 'ECONNRESET') socket.destroy();
    else if (res && !res.headersSent) send(res, 400, { 'content-type': 'application/problem+json', connection: 'close' }, body);
    else if (res) socket.end();
    else socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  return server;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const started = Date.now();
    const url = requestUrl(req);
    const te = req.headers['transfer-encoding'];
    // Only chunked framing is understood (as by API Gateway): anything else is refused unread.
    if (te !== undefined && te.trim().toLowerCase() !== 'chunked') throw new BadRequest('unsupported Transfer-Encoding');
    if (site && edgeOrigin(url.pathname, behaviors) === 'site') {
      site(req, res, url);
      return;
    }
    const candidates = routes.filter((r) => r.regex.test(url.pathname));
    if (candidates.length === 0) {
      // A path under an API pattern that no route serves: API Gateway's own 404 (not a problem).
      send(res, 404, { 'content-type': 'application/json' }, API_GATEWAY_NOT_FOUND);
      return;
    }
    const route = candidates.find((r) => r.method === req.method);
    if (!route) {
      // A known path with another method: 404 too. (API Gateway's body is its `{"message":"Not
      // Found"}` here as well; the write routes' fuzz test, test/fuzz/arbitraries.ts `wrongMethod`,
      // still expects a problem, so this one stays a problem until that test says otherwise.)
      send(res, 404, { 'content-type': 'application/problem+json' }, notFound);
      return;
    }
    let body: Buffer | 'too-large';
    try {
      body = await readBody(req);
    } catch {
      // The client disconnected (or sent a body Node could not decode) before the end of it.
      throw new BadRequest('request body not received');
    }
    if (body === 'too-large') {
      send(res, 413, { 'content-type': 'application/problem+json', connection: 'close' }, problem(413, 'Request body too large'));
      req.destroy();
      return;
    }
    let event: APIGatewayProxyEventV2;
    try {
      event = toEvent(req, url, route, route.regex.exec(url.pathname)!, body, edge);
    } catch {
      // A path parameter with broken percent-encoding never reaches a handler on AWS either.
      throw new BadRequest('broken percent-encoding');
    }
    let result: APIGatewayProxyStructuredResultV2;
    try {
      result = await route.handler(event, lambdaContext(route.name));
    } catch (error) {
      // What API Gateway answers when the integration fails.
      log(`[api] ${req.method} ${url.pathname} handler threw: ${(error as Error).message}`);
      send(res, 500, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Internal Server Error' }));
      return;
    }
    const status = result.statusCode ?? 200;
    const headers: Record<string, string | string[]> = Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)]));
    // API Gateway (payload 2.0) turns the result's cookies into one Set-Cookie header each.
    if (result.cookies?.length) headers['set-cookie'] = result.cookies;
    const payload = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? '');
    send(res, status, headers, req.method === 'HEAD' ? '' : payload);
    log(`[api] ${req.method} ${url.pathname.replace(/\/t\/[^/]+/, '/t/…')} → ${status} (${Date.now() - started} ms)`);
  }
}
