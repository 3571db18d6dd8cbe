import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { emailHash } from '#shared/platform/email-hash';
import { config } from '#shared/platform/config';
import { ddb, queryAll } from '#shared/platform/db';
import { handler as createApplication } from '#functions/api/create-application';
import { lambdaContext } from '#local/lambda';
import { validApplication } from '../support/fixtures.ts';

/*
 * POST /applications under crashes, run in this process against the stack's DynamoDB Local, with
 * faults injected into the handler's own DynamoDB client: the Idempotency-Key is stored in the
 * write's transaction, so a retry with the key after a crash before or after the commit leaves
 * exactly one application, and the happy path is one round trip.
 */

type Fault = (command: string, send: () => Promise<unknown>) => Promise<unknown>;
let fault: Fault | undefined;
const sent: string[] = [];

ddb.middlewareStack.add(
  (next, context) => async (args) => {
    const command = String(context.commandName);
    sent.push(command);
    return fault ? ((await fault(command, () => next(args))) as never) : next(args);
  },
  { step: 'initialize', name: 'writeExactlyOnceFaults' },
);
afterEach(() => {
  fault = undefined;
});

function request(body: unknown, key?: string): APIGatewayProxyEventV2 {
  const text = JSON.stringify(body);
  return {
    version: '2.0',
    routeKey: 'POST /applications',
    rawPath: '/applications',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...(key ? { 'idempotency-key': key } : {}) },
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method: 'POST', path: '/applications', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: crypto.randomUUID(),
      routeKey: 'POST /applications',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: text,
    isBase64Encoded: false,
  };
}

const post = async (body: unknown, key?: string) =>
  (await createApplication(request(body, key), lambdaContext('createApplication'))) as APIGatewayProxyStructuredResultV2;

/** Every application stored for an address, found through its email lookup items. */
const applicationsOf = async (email: string) =>
  queryAll<{ applicationId: string }>({
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': `EMAIL#${emailHash(email)}` },
  });

const idOf = (response: APIGatewayProxyStructuredResultV2) => (JSON.parse(response.body!) as { applicationId: string }).applicationId;

describe('POST /applications with an Idempotency-Key, exactly once', () => {
  it('is one DynamoDB round trip once the school is known: the transaction', async () => {
    await post(validApplication(), crypto.randomUUID()); // reads the school into the cache
    sent.length = 0;
    const response = await post(validApplication(), crypto.randomUUID());
    expect(response.statusCode).toBe(201);
    expect(sent).toEqual(['TransactWriteItemsCommand']);
  });

  it('a crash after the commit (the answer lost): the retry replays it, one application', async () => {
    const body = validApplication();
    const key = crypto.randomUUID();
    fault = async (command, send) => {
      const result = await send();
      if (command === 'TransactWriteItemsCommand') {
        fault = undefined;
        throw new Error('Task timed out after the commit');
      }
      return result;
    };
    expect((await post(body, key)).statusCode).toBe(500);
    const retry = await post(body, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers?.['idempotent-replayed']).toBe('true');
    const stored = await applicationsOf(body.email as string);
    expect(stored.map((a) => a.applicationId)).toEqual([idOf(retry)]);
  });

  it('a crash before the commit: the retry writes, once', async () => {
    const body = validApplication();
    const key = crypto.randomUUID();
    fault = async (command, send) => {
      if (command === 'TransactWriteItemsCommand') {
        fault = undefined;
        throw new Error('connection reset before the request was sent');
      }
      return send();
    };
    expect((await post(body, key)).statusCode).toBe(500);
    expect(await applicationsOf(body.email as string)).toEqual([]);
    const retry = await post(body, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers?.['idempotent-replayed']).toBeUndefined();
    expect((await applicationsOf(body.email as string)).map((a) => a.applicationId)).toEqual([idOf(retry)]);
    expect(idOf(await post(body, key))).toBe(idOf(retry));
  });

  it('twenty simultaneous requests with one key: one application, every answer is it (or 409 to retry)', async () => {
    const body = validApplication();
    const key = crypto.randomUUID();
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(body, key)));
    const stored = await applicationsOf(body.email as string);
    expect(stored).toHaveLength(1);
    for (const r of responses) {
      if (r.statusCode === 409) expect(r.headers?.['retry-after']).toBe('1');
      else {
        expect(r.statusCode).toBe(201);
        expect(idOf(r)).toBe(stored[0]!.applicationId);
      }
    }
    expect(responses.filter((r) => r.statusCode === 201).length).toBeGreaterThan(0);
  });

  it('a transaction cancelled by contention (real DynamoDB; DynamoDB Local never does) is a 409 to retry, not a 5xx', async () => {
    for (const key of [undefined, crypto.randomUUID()]) {
      const body = validApplication();
      fault = async (command, send) => {
        if (command !== 'TransactWriteItemsCommand') return send();
        fault = undefined;
        // As DynamoDB answers when another transaction holds the address's counter.
        throw new TransactionCanceledException({
          message: 'Transaction cancelled',
          $metadata: {},
          CancellationReasons: key ? [{ Code: 'None' }, { Code: 'TransactionConflict' }] : [{ Code: 'TransactionConflict' }],
        });
      };
      const response = await post(body, key);
      expect(response.statusCode, key ?? 'no key').toBe(409);
      expect(response.headers?.['retry-after']).toBe('1');
      expect(await applicationsOf(body.email as string)).toEqual([]);
      expect((await post(body, key)).statusCode).toBe(201);
    }
  });

  it('the same key with another body is refused and writes nothing', async () => {
    const body = validApplication();
    const key = crypto.randomUUID();
    expect((await post(body, key)).statusCode).toBe(201);
    const other = validApplication({ minWeeks: 9 });
    const refused = await post(other, key);
    expect(refused.statusCode).toBe(422);
    expect(await applicationsOf(other.email as string)).toEqual([]);
  });
});
