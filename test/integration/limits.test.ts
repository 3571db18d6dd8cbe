import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as createApplication } from '#functions/api/create-application';
import { handler as createRole } from '#functions/api/create-role';
import { lambdaContext } from '#local/lambda';
import { addressHash, emailHash } from '#shared/platform/email-hash';
import { API_ENV, config } from '#shared/platform/config';
import { queryAll } from '#shared/platform/db';
import { ORIGIN_VERIFY_HEADER } from '#shared/platform/http/origin';
import { uniqueEmail, validApplication, validRole } from '../support/fixtures.ts';
import { emailsTo, postJson, waitForEmail } from '../support/stack.ts';

// Anyone can type anyone's address into a form: one address gets at most 5 submissions an hour.
const applicationsOf = async (email: string) =>
  queryAll({ TableName: config.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `EMAIL#${emailHash(email)}` } });

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('submissions naming one address are limited', () => {
  it('the sixth application for an address in an hour is a 429 with Retry-After, and writes and sends nothing', async () => {
    const victim = uniqueEmail('victim');
    const keys = Array.from({ length: 6 }, () => crypto.randomUUID());
    const statuses: number[] = [];
    for (const [i, key] of keys.entries()) {
      // The address in capitals is the same address.
      const email = i % 2 ? victim.toUpperCase() : victim;
      // Each for other dates: the same dates twice would be one application (one-at-a-time.ts).
      const period = { availableFrom: day(30 + i * 100), availableTo: day(110 + i * 100) };
      statuses.push((await postJson('/applications', validApplication({ email, ...period }), { 'idempotency-key': key })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses[5]).toBe(429);
    const refused = await postJson('/applications', validApplication({ email: victim }));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const problem = (await refused.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(['email']);
    expect(await applicationsOf(victim)).toHaveLength(5);

    // A repeat of an accepted request still replays; another address is not affected.
    const replay = await postJson('/applications', validApplication({ email: victim }), { 'idempotency-key': keys[0]! });
    expect([201, 422]).toContain(replay.status); // same key, another generated body: 422; never 429 before the key
    expect((await postJson('/applications', validApplication())).status).toBe(201);

    // Five receipts at most reached the address (three written in small letters, two in capitals).
    await waitForEmail(victim, 3);
    await waitForEmail(victim.toUpperCase(), 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await emailsTo(victim)).length + (await emailsTo(victim.toUpperCase())).length).toBe(5);
  });

  it('the sixth role naming one contact address is refused at contact.email', async () => {
    const contact = uniqueEmail('contact-victim');
    const role = (): Record<string, unknown> => {
      const body = validRole() as Record<string, unknown> & { contact: Record<string, unknown> };
      return { ...body, contact: { ...body.contact, email: contact } };
    };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await postJson('/roles', role())).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});

/*
 * One client address (a school's NAT) may submit at most so many applications and roles together
 * per hour. The stack's API server (CloudFront's stand-in) serves every test from 127.0.0.1, with
 * a limit set high for them (test/support/global-setup.ts): through it, this file checks what is
 * counted and for whom. The limit itself is checked by calling the handlers in this process, as
 * API Gateway would after CloudFront, with a figure of this file's own and a client address no
 * other test uses, against the same DynamoDB Local.
 */

/** Every count of a client's submissions counter, over all windows (a test may cross an hour). */
const submissionsCountedFor = async (address: string) =>
  (
    await queryAll<{ count: number }>({
      TableName: config.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `LIMIT#submissions#${addressHash(address)}` },
    })
  ).reduce((sum, item) => sum + item.count, 0);

describe('submissions through the local server are counted for the client’s own address', () => {
  it('whatever X-Forwarded-For or x-origin-verify the client sends', async () => {
    const claimed = `198.51.100.${randomInt(1, 255)}`;
    const before = await submissionsCountedFor('127.0.0.1');
    // A forged origin header is overwritten by the server, as by CloudFront: the requests pass.
    const headers = { 'x-forwarded-for': claimed, [ORIGIN_VERIFY_HEADER]: 'forged' };
    expect((await postJson('/applications', validApplication(), headers)).status).toBe(201);
    expect((await postJson('/roles', validRole(), headers)).status).toBe(201);
    // Other tests post from 127.0.0.1 meanwhile: at least these two more.
    expect((await submissionsCountedFor('127.0.0.1')) - before).toBeGreaterThanOrEqual(2);
    expect(await submissionsCountedFor(claimed)).toBe(0);
  });
});

describe('a handler reached without CloudFront’s secret, and the limit per client', () => {
  const SECRET = 'this-test-s-own-secret';
  const LIMIT = 3;
  const saved = { secret: process.env[API_ENV.originVerify], limit: process.env[API_ENV.submissionsPerClientPerHour] };
  beforeAll(() => {
    process.env[API_ENV.originVerify] = SECRET;
    process.env[API_ENV.submissionsPerClientPerHour] = String(LIMIT);
  });
  afterAll(() => {
    for (const [name, value] of [[API_ENV.originVerify, saved.secret], [API_ENV.submissionsPerClientPerHour, saved.limit]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  /** The event API Gateway hands the handler: from CloudFront (`edge`), for a viewer at `client`. */
  function request(path: '/applications' | '/roles', body: unknown, headers: Record<string, string>): APIGatewayProxyEventV2 {
    const edge = '130.176.0.1';
    return {
      version: '2.0',
      routeKey: `POST ${path}`,
      rawPath: path,
      rawQueryString: '',
      headers: { 'content-type': 'application/json', ...headers },
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: 'localhost',
        domainPrefix: 'localhost',
        http: { method: 'POST', path, protocol: 'HTTP/1.1', sourceIp: edge, userAgent: 'test' },
        requestId: crypto.randomUUID(),
        routeKey: `POST ${path}`,
        stage: '$default',
        time: new Date().toUTCString(),
        timeEpoch: Date.now(),
      },
      body: JSON.stringify(body),
      isBase64Encoded: false,
    };
  }
  const through = (client: string, extra: Record<string, string> = {}) => ({
    [ORIGIN_VERIFY_HEADER]: SECRET,
    // What the viewer sent, the viewer's address (CloudFront's append), CloudFront's (API Gateway's).
    'x-forwarded-for': `10.0.0.1, ${client}, 130.176.0.1`,
    ...extra,
  });
  const call = async (path: '/applications' | '/roles', body: unknown, headers: Record<string, string>) =>
    (await (path === '/applications' ? createApplication : createRole)(
      request(path, body, headers),
      lambdaContext(path === '/applications' ? 'createApplication' : 'createRole'),
    )) as APIGatewayProxyStructuredResultV2;
  const uniqueClient = () => `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;

  it('without the secret (or with a wrong one) is a 403 that writes nothing', async () => {
    const client = uniqueClient();
    for (const headers of [{}, { [ORIGIN_VERIFY_HEADER]: 'a-guess' }] as Record<string, string>[]) {
      const application = validApplication();
      const response = await call('/applications', application, { 'x-forwarded-for': client, ...headers });
      expect(response.statusCode).toBe(403);
      expect(response.headers?.['content-type']).toBe('application/problem+json');
      expect(await applicationsOf(application.email)).toEqual([]);
    }
    expect(await submissionsCountedFor(client)).toBe(0);
    expect(await submissionsCountedFor('130.176.0.1')).toBe(0);
    // The same request with the secret is written.
    const application = validApplication();
    expect((await call('/applications', application, through(client))).statusCode).toBe(201);
    expect(await applicationsOf(application.email)).toHaveLength(1);
  });

  it(`applications and roles together: the ${LIMIT + 1}th from one client address in the hour is a 429 with Retry-After, naming no field, writing nothing`, async () => {
    // Not across the turn of an hour: the counts would start again.
    const left = 3600 - (Math.floor(Date.now() / 1000) % 3600);
    if (left < 15) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 500));
    const client = uniqueClient();
    const key = crypto.randomUUID();
    const first = validApplication();
    const statuses = [
      (await call('/applications', first, through(client, { 'idempotency-key': key }))).statusCode,
      (await call('/roles', validRole(), through(client))).statusCode,
      (await call('/applications', validApplication(), through(client))).statusCode,
    ];
    expect(statuses).toEqual([201, 201, 201]);

    const refused = validApplication();
    const response = await call('/applications', refused, through(client));
    expect(response.statusCode).toBe(429);
    const retryAfter = Number(response.headers?.['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(JSON.parse(response.body!)).toMatchObject({ status: 429, errors: [] });
    expect(await applicationsOf(refused.email)).toEqual([]);
    expect((await call('/roles', validRole(), through(client))).statusCode).toBe(429);
    expect(await submissionsCountedFor(client)).toBe(LIMIT);

    // What the viewer put in X-Forwarded-For changes nothing; another client address is not affected.
    const spoofed = through(client, { 'x-forwarded-for': `${uniqueClient()}, ${client}, 130.176.0.1` });
    expect((await call('/applications', validApplication(), spoofed)).statusCode).toBe(429);
    expect((await call('/applications', validApplication(), through(uniqueClient()))).statusCode).toBe(201);
    // A repeat of an accepted request replays its answer: it is not a new submission.
    const replay = await call('/applications', first, through(client, { 'idempotency-key': key }));
    expect(replay.statusCode).toBe(201);
    expect(replay.headers?.['idempotent-replayed']).toBe('true');
  }, 60_000);
});
