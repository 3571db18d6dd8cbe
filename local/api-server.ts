import { isUtf8 } from 'node:buffer';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { functions, type FunctionName, type HttpMethod } from '#functions/catalog';
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

/** Builds the HTTP API (payload format 2.0) event that API Gateway would send. */
function toEvent(req: IncomingMessage, url: URL, route: CompiledRoute, match: RegExpExecArray, body: Buffer): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined && key !== 'cookie') headers[key] = Array.isArray(value) ? value.join(',') : value;
  }
  const pathParameters = Object.fromEntries(route.params.map((p, i) => [p, decodeURIComponent(match[i + 1]!)]));
  const queryStringParameters = url.search ? Object.fromEntries(url.searchParams) : undefined;
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
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
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

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer) {
  res.writeHead(status, headers);
  res.end(body);
}

const notFound = JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 });

/**
 * A local stand-in for API Gateway's HTTP API: route matching, event building, response mapping.
 * With `site`, every path that is no catalog route goes to the static pages, as CloudFront's
 * default behavior does on AWS.
 */
export function createApiServer(routes: CompiledRoute[], log: (line: string) => void, site?: SiteHandler): Server {
  return createServer(async (req, res) => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const candidates = routes.filter((r) => r.regex.test(url.pathname));
    if (site && candidates.length === 0) {
      site(req, res, url);
      return;
    }
    const route = candidates.find((r) => r.method === req.method);
    if (!route) {
      // Like API Gateway: an unknown path is 404, a known path with another method too.
      send(res, 404, { 'content-type': 'application/problem+json' }, notFound);
      return;
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      send(res, 413, { 'content-type': 'application/problem+json', connection: 'close' }, JSON.stringify({ type: 'about:blank', title: 'Request body too large', status: 413 }));
      req.destroy();
      return;
    }
    let event: APIGatewayProxyEventV2;
    try {
      event = toEvent(req, url, route, route.regex.exec(url.pathname)!, body);
    } catch {
      // A path parameter with broken percent-encoding never reaches a handler on AWS either.
      send(res, 400, { 'content-type': 'application/problem+json' }, JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400 }));
      return;
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
    const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)]));
    const payload = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? '');
    send(res, status, headers, req.method === 'HEAD' ? '' : payload);
    log(`[api] ${req.method} ${url.pathname.replace(/\/t\/[^/]+/, '/t/…')} → ${status} (${Date.now() - started} ms)`);
  });
}
