import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler as health } from '#functions/api/health';
import { isDatabaseUnavailable } from '#shared/platform/unavailable';

const ddb = mockClient(DynamoDBDocumentClient);
const event = { rawPath: '/health', headers: {}, requestContext: { http: { method: 'GET' } } } as unknown as APIGatewayProxyEventV2;
const context = { functionName: 'health', getRemainingTimeInMillis: () => 30_000 } as Context;
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });

describe('the database unreachable', () => {
  beforeEach(() => ddb.reset());

  it('health reads the table and says ok', async () => {
    ddb.on(GetCommand).resolves({});
    const result = await health(event, context);
    expect(result.statusCode).toBe(200);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(1);
  });

  it('health answers 503 with Retry-After when the table cannot be reached', async () => {
    ddb.on(GetCommand).rejects(refused());
    const result = await health(event, context);
    expect(result.statusCode).toBe(503);
    expect(result.headers).toMatchObject({ 'retry-after': '5', 'content-type': 'application/problem+json' });
  });

  it('throttling and timeouts are 503 too; a bug stays 500', async () => {
    ddb.on(GetCommand).rejects(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' }));
    expect((await health(event, context)).statusCode).toBe(503);
    ddb.on(GetCommand).rejects(new TypeError('x is undefined'));
    expect((await health(event, context)).statusCode).toBe(500);
  });

  it('sees through wrappers (once() puts the SDK error in `cause` when a failed run cannot remove its record)', () => {
    expect(isDatabaseUnavailable(new Error('persistence layer failed', { cause: refused() }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('persistence layer failed', { cause: new Error('bug') }))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
