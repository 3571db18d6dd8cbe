import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { functions, type FunctionDef, type FunctionName } from '#functions/catalog';
import { handler as createApplication } from '#functions/api/create-application';
import { API_ENV } from '#shared/platform/config';
import { addressHash } from '#shared/platform/email-hash';
import { clientAddress, ORIGIN_VERIFY_HEADER } from '#shared/platform/http/origin';
import { validApplication, validRole } from '../support/fixtures.ts';

/*
 * The API answers only requests that came through CloudFront (x-origin-verify with the secret the
 * function is configured with), and limits per client by the address CloudFront reports. Handlers
 * are called directly, as API Gateway would, with their DynamoDB client mocked: a refused request
 * must not have sent it anything.
 */

const ddb = mockClient(DynamoDBDocumentClient);
const SECRET = 'a-secret-of-this-test';
const context = { functionName: 'test', getRemainingTimeInMillis: () => 10_000 } as Context;

function event(method: string, rawPath: string, headers: Record<string, string> = {}, body?: unknown): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `${method} ${rawPath}`,
    rawPath,
    rawQueryString: '',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    pathParameters: { token: 'A'.repeat(43) },
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '130.176.0.1', userAgent: 'test' },
      requestId: crypto.randomUUID(),
      routeKey: `${method} ${rawPath}`,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  } as APIGatewayProxyEventV2;
}

const apiFunctions = (Object.entries(functions) as [FunctionName, FunctionDef][]).filter(([, def]) => def.trigger.kind === 'http');
const root = path.resolve(import.meta.dirname, '../..');
type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
/** The handler of a catalog entry, from its source (the mock must see its DynamoDB client). */
const handlerOf = async (def: FunctionDef): Promise<Handler> =>
  ((await import(pathToFileURL(path.join(root, def.entry)).href)) as { handler: Handler }).handler;

beforeAll(() => {
  process.env[API_ENV.originVerify] = SECRET;
});
afterAll(() => {
  delete process.env[API_ENV.originVerify];
});
beforeEach(() => {
  ddb.reset();
  ddb.on(GetCommand).resolves({ Item: { pk: 'SCHOOL#ru-spb-construction', schoolId: 'ru-spb-construction', name: 'College', country: 'RU', city: 'Санкт-Петербург' } });
  ddb.on(TransactWriteCommand).resolves({});
});

describe('a request that did not come through CloudFront', () => {
  it('is refused by every API handler with 403 problem+json, before it reads or writes anything', async () => {
    expect(apiFunctions.length).toBeGreaterThan(3);
    for (const [name, def] of apiFunctions) {
      if (def.trigger.kind !== 'http') continue;
      const handler = await handlerOf(def);
      for (const route of def.trigger.routes) {
        const rawPath = route.path.replace(/\{[^}]+\}/g, 'A'.repeat(43));
        for (const headers of [{}, { [ORIGIN_VERIFY_HEADER]: 'a-guess' }, { [ORIGIN_VERIFY_HEADER]: `${SECRET}x` }, { [ORIGIN_VERIFY_HEADER]: '' }] as Record<string, string>[]) {
          const result = await handler(event(route.method, rawPath, headers, route.method === 'POST' ? validApplication() : undefined), context);
          const label = `${name} ${route.method} ${route.path} ${JSON.stringify(headers)}`;
          expect(result.statusCode, label).toBe(403);
          expect(result.headers?.['content-type'], label).toBe('application/problem+json');
          if (route.method === 'HEAD') expect(result.body, label).toBe('');
          else expect(JSON.parse(result.body!), label).toMatchObject({ status: 403, title: 'Forbidden' });
        }
      }
    }
    expect(ddb.calls()).toHaveLength(0);
  });

  it('with the secret, the same request is answered and written', async () => {
    const result = await createApplication(event('POST', '/applications', { [ORIGIN_VERIFY_HEADER]: SECRET }, validApplication()), context);
    expect(result.statusCode).toBe(201);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });
});

describe('the client address of a limit', () => {
  const through = (forwardedFor?: string, secret = SECRET) =>
    event('POST', '/applications', { [ORIGIN_VERIFY_HEADER]: secret, ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }) });

  it('is the right-most X-Forwarded-For entry CloudFront wrote, whatever the viewer put before it', () => {
    // API Gateway appended CloudFront's address, its sourceIp: the entry before it is the viewer's.
    expect(clientAddress(through('6.6.6.6, 203.0.113.7, 130.176.0.1'))).toBe('203.0.113.7');
    expect(clientAddress(through('203.0.113.7, 130.176.0.1'))).toBe('203.0.113.7');
    // Were API Gateway to append nothing, the right-most is the viewer's.
    expect(clientAddress(through('6.6.6.6, 2001:db8::7'))).toBe('2001:db8::7');
    // Were it to replace the header with its sourceIp, that is all there is.
    expect(clientAddress(through('130.176.0.1'))).toBe('130.176.0.1');
    expect(clientAddress(through())).toBe('130.176.0.1');
  });

  it('is API Gateway’s sourceIp when the request did not prove it came through CloudFront', () => {
    expect(clientAddress(through('6.6.6.6, 203.0.113.7', 'a-guess'))).toBe('130.176.0.1');
    delete process.env[API_ENV.originVerify];
    try {
      expect(clientAddress(through('6.6.6.6, 203.0.113.7'))).toBe('130.176.0.1');
    } finally {
      process.env[API_ENV.originVerify] = SECRET;
    }
  });

  it('is counted as a hash in the write’s own transaction, for applications and roles alike', async () => {
    const viewer = '203.0.113.7';
    const counter = `LIMIT#submissions#${addressHash(viewer)}`;
    const headers = { [ORIGIN_VERIFY_HEADER]: SECRET, 'x-forwarded-for': `6.6.6.6, ${viewer}, 130.176.0.1` };
    await createApplication(event('POST', '/applications', headers, validApplication()), context);
    const createRole = await handlerOf(functions.createRole);
    await createRole(event('POST', '/roles', headers, validRole()), context);
    const transactions = ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems!);
    expect(transactions).toHaveLength(2);
    for (const items of transactions) {
      const update = items.find((item) => String(item.Update?.Key?.pk).startsWith('LIMIT#submissions#'));
      expect(update?.Update?.Key?.pk).toBe(counter);
      expect(update?.Update?.ConditionExpression).toBe('attribute_not_exists(#count) OR #count < :max');
      expect(update?.Update?.ExpressionAttributeValues?.[':max']).toBe(60);
      expect(JSON.stringify(items)).not.toContain(viewer);
    }
  });
});
