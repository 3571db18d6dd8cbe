import { DynamoDBDocumentClient, GetCommand, QueryCommand, ScanCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler as roleBoard } from '#functions/api/role-board';
import { POOL } from '#shared/platform/db';
import { BOARD_CALL_BUDGET, BOARD_SEARCH_BUDGET, boardRanges, readBoard, readCursor, readPublicRole } from '#shared/roles/board';
import { rolePoolKey } from '#shared/roles/board-index';
import { boardQuerySchema } from '#shared/roles/public-role';
import { roleIdOf } from '#shared/roles/role-id';
import type { Country, Sector } from '#shared/vocabulary/codes';

/*
 * How readBoard walks the pool index, against a stand-in for DynamoDB's Query: key ranges in
 * the index's order, what each Query asks for, where a page stops and where its cursor points.
 * The stand-in keeps the order, the begins_with range, ExclusiveStartKey and Limit (items
 * evaluated, as DynamoDB counts them); whether an item passes the FilterExpression is the item's
 * own `hit` (the filters themselves are tested against DynamoDB Local: test/integration/role-board.test.ts).
 */

const ddb = mockClient(DynamoDBDocumentClient);
const TODAY = '2050-01-01';

interface Fake {
  gsi1sk: string;
  hit: boolean;
  item: Record<string, unknown>;
}
let index: Fake[] = [];
let queries: QueryCommandInput[] = [];

let n = 0;
function role(country: Country, sector: Sector, hit = true): Fake {
  const roleId = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const openedAt = new Date(Date.UTC(2049, 0, 1, 0, 0, n)).toISOString();
  const gsi1sk = rolePoolKey({ company: { country }, sector, roleId }, openedAt);
  return {
    gsi1sk,
    hit,
    item: {
      gsi1sk,
      roleId,
      title: `Role ${n}`,
      language: 'en',
      company: { name: 'C', country, region: 'R', city: 'X' },
      sector,
      fieldsOfStudy: ['0732'],
      applicantTypes: ['student'],
      periodFrom: '2050-02-01',
      periodTo: '2050-06-01',
      minWeeks: 4,
      places: 2,
      placesLeft: 1,
      languages: [],
      openedAt,
      submittedAt: openedAt,
    },
  };
}

/** The Query's begins_with prefix, read back through its names and values ('' for the whole partition). */
function prefixOf(input: QueryCommandInput): string {
  const match = /begins_with\(#gsi1sk, (:v\d+)\)/.exec(input.KeyConditionExpression!);
  return match ? String(input.ExpressionAttributeValues![match[1]!]) : '';
}

beforeEach(() => {
  ddb.reset();
  n = 0;
  queries = [];
  ddb.on(QueryCommand).callsFake((input: QueryCommandInput) => {
    queries.push(input);
    const prefix = prefixOf(input);
    const range = index.filter((f) => f.gsi1sk.startsWith(prefix)).sort((a, b) => (a.gsi1sk < b.gsi1sk ? -1 : 1));
    const after = input.ExclusiveStartKey?.gsi1sk as string | undefined;
    const rest = after === undefined ? range : range.filter((f) => f.gsi1sk > after);
    const evaluated = rest.slice(0, input.Limit);
    const last = evaluated.at(-1);
    return {
      Items: evaluated.filter((f) => f.hit).map((f) => f.item),
      ScannedCount: evaluated.length,
      Count: evaluated.filter((f) => f.hit).length,
      ...(rest.length > evaluated.length && last
        ? { LastEvaluatedKey: { gsi1pk: POOL.roles, gsi1sk: last.gsi1sk, pk: `ROLE#${last.item.roleId}`, sk: 'ROLE' } }
        : {}),
    };
  });
});

const ids = (page: { roles: { roleId: string }[] }) => page.roles.map((r) => r.roleId);
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

describe('readBoard', () => {
  it('reads the pool index with Query only, one key range per country for a sector, in the order the keys sort', async () => {
    index = [role('RU', 'construction'), role('FI', 'construction'), role('EE', 'construction'), role('LT', 'construction'), role('FI', 'wellbeing')];
    const page = await readBoard({ sector: 'construction' }, TODAY);
    expect(ddb.commandCalls(ScanCommand)).toHaveLength(0);
    expect(queries.map(prefixOf)).toEqual(['EE#construction#', 'FI#construction#', 'LT#construction#', 'RU#construction#']);
    for (const q of queries) {
      expect(q.IndexName).toBe('gsi1');
      expect(q.ExpressionAttributeValues![':v0']).toBe(POOL.roles);
    }
    expect(page.roles.map((r) => r.company.country)).toEqual(['EE', 'FI', 'LT', 'RU']);
    expect(page.next).toBeUndefined();
  });

  it('one range for a country, or a country and a sector; the whole partition for neither', () => {
    expect(boardRanges({ country: 'LT' })).toEqual(['LT#']);
    expect(boardRanges({ country: 'LT', sector: 'wellbeing' })).toEqual(['LT#wellbeing#']);
    expect(boardRanges({})).toEqual(['']);
  });

  it('reads only the board’s attributes: no contact person or address, no business id, no description in the list', async () => {
    index = [role('FI', 'construction')];
    await readBoard({}, TODAY);
    const [q] = queries;
    const paths = q!.ProjectionExpression!.split(', ').map((p) => p.split('.').map((name) => q!.ExpressionAttributeNames![name]).join('.'));
    expect(paths).toContain('company.city');
    expect(paths).toContain('contact.language');
    for (const secret of ['contact', 'contact.name', 'contact.email', 'company', 'company.businessId', 'description', 'translation', 'translation.description', 'boardText']) {
      expect(paths).not.toContain(secret);
    }
  });

  it('asks for what the page lacks plus one; a full page’s cursor is its last role, not where DynamoDB stopped', async () => {
    index = Array.from({ length: 10 }, () => role('FI', 'construction'));
    const page = await readBoard({ limit: 3 }, TODAY);
    expect(queries.map((q) => q.Limit)).toEqual([4]);
    expect(page.roles).toHaveLength(3);
    expect(decode(page.next!)).toBe(index[2]!.gsi1sk);
    const second = await readBoard({ limit: 3, cursor: page.next! }, TODAY);
    expect(ids(second)).toEqual(index.slice(3, 6).map((f) => f.item.roleId));
  });

  it('a last page has no cursor, even when it is exactly full', async () => {
    index = Array.from({ length: 3 }, () => role('FI', 'construction'));
    const page = await readBoard({ limit: 3 }, TODAY);
    expect(page.roles).toHaveLength(3);
    expect(page.next).toBeUndefined();
  });

  it('when few roles pass the filters, later Queries ask for more, in proportion, up to 1,000', async () => {
    index = Array.from({ length: 3_000 }, (_, i) => role('FI', 'construction', i % 500 === 499));
    const page = await readBoard({ limit: 5 }, TODAY);
    // 6 evaluated, none passed: 6 x 6; 42, none: 6 x 42; then at most 1,000 (1 in 500 passes).
    expect(queries.map((q) => q.Limit)).toEqual([6, 36, 252, 1_000, 1_000, 1_000]);
    expect(ids(page)).toEqual([499, 999, 1499, 1999, 2499].map((i) => index[i]!.item.roleId));
    expect(decode(page.next!)).toBe(index[2499]!.gsi1sk);
  });

  it('spends at most its budget of Queries: then an honest partial page, and a cursor where it stopped, from which the next request goes on', async () => {
    // Two hits far apart: the first request cannot reach the second within its budget.
    index = Array.from({ length: 20_000 }, (_, i) => role('FI', 'construction', i === 3 || i === 5_000));
    const first = await readBoard({ limit: 2 }, TODAY);
    expect(queries).toHaveLength(BOARD_CALL_BUDGET);
    expect(ids(first)).toEqual([index[3]!.item.roleId]);
    const evaluated = queries.reduce((sum, q) => sum + q.Limit!, 0);
    expect(decode(first.next!)).toBe(index[evaluated - 1]!.gsi1sk);
    // The next request starts where this one stopped: nothing is read twice, nothing skipped.
    queries = [];
    const second = await readBoard({ limit: 2, cursor: first.next! }, TODAY);
    expect(queries[0]!.ExclusiveStartKey).toEqual({ gsi1pk: POOL.roles, gsi1sk: index[evaluated - 1]!.gsi1sk, pk: `ROLE#${index[evaluated - 1]!.item.roleId}`, sk: 'ROLE' });
    expect(ids(second)).toEqual([index[5_000]!.item.roleId]);
    // Its budget ran out too, with the index not yet read to its end.
    expect(queries).toHaveLength(BOARD_CALL_BUDGET);
    expect(second.next).toEqual(expect.any(String));
  });

  it('a search of the whole board (q or field, no country, no sector) spends a smaller budget: each distinct one misses the cache', async () => {
    index = Array.from({ length: 20_000 }, (_, i) => role('FI', 'construction', i === 3 || i === 15_000));
    const spent = async (query: Parameters<typeof readBoard>[0]) => {
      queries = [];
      const page = await readBoard(query, TODAY);
      return { calls: queries.length, page };
    };
    expect(BOARD_SEARCH_BUDGET).toBeLessThan(BOARD_CALL_BUDGET);
    for (const query of [{ q: 'carpenter' }, { field: '0732' }, { q: 'carpenter', field: '07', applicantType: 'student' as const }]) {
      const { calls, page } = await spent(query);
      expect(calls, JSON.stringify(query)).toBe(BOARD_SEARCH_BUDGET);
      // Partial, as designed: what it found, and where to go on.
      expect(ids(page)).toEqual([index[3]!.item.roleId]);
      expect(page.next).toEqual(expect.any(String));
    }
    // A country or a sector picks key ranges: the usual budget, as for the board without a search.
    for (const query of [{ q: 'carpenter', country: 'FI' as const }, { field: '0732', sector: 'construction' as const }, {}, { applicantType: 'student' as const }]) {
      expect((await spent(query)).calls, JSON.stringify(query)).toBe(BOARD_CALL_BUDGET);
    }
  });

  it('a budget spent at the end of a range: the cursor is the next range’s start, and reading goes on there', async () => {
    index = [role('EE', 'construction', false), role('FI', 'construction', false), role('LT', 'construction'), role('RU', 'construction')];
    const first = await readBoard({ sector: 'construction' }, TODAY, 2);
    expect(first.roles).toEqual([]);
    expect(decode(first.next!)).toBe('LT#construction#');
    queries = [];
    const second = await readBoard({ sector: 'construction', cursor: first.next! }, TODAY, 2);
    expect(queries.map(prefixOf)).toEqual(['LT#construction#', 'RU#construction#']);
    expect(queries[0]!.ExclusiveStartKey).toBeUndefined();
    expect(ids(second)).toEqual([index[2]!.item.roleId, index[3]!.item.roleId]);
  });
});

describe('readCursor', () => {
  const ranges = boardRanges({ sector: 'construction' });
  const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
  const key = rolePoolKey({ company: { country: 'FI' }, sector: 'construction', roleId: '00000000-0000-4000-8000-000000000001' }, '2049-01-01T00:00:00.000Z');

  it('a role’s key goes on in its range, after it; a later range’s start from its beginning', () => {
    expect(readCursor(encode(key), ranges)).toEqual({
      range: 1,
      startKey: { gsi1pk: POOL.roles, gsi1sk: key, pk: 'ROLE#00000000-0000-4000-8000-000000000001', sk: 'ROLE' },
    });
    expect(readCursor(encode('LT#construction#'), ranges)).toEqual({ range: 2 });
  });

  it('refuses, as a 400 at cursor, anything else', () => {
    for (const bad of [
      '',
      'not base64!',
      `${encode(key)}=`,
      encode('EE#construction#'),
      encode(key.replace('FI#construction', 'FI#wellbeing')),
      encode(key.replace('0001', '000g')),
      encode(key.toUpperCase()),
      encode(` ${key}`),
      encode(`${key}\n`),
    ]) {
      expect(() => readCursor(bad, ranges), bad).toThrow(expect.objectContaining({ status: 400, errors: [{ path: 'cursor', message: expect.any(String) }] }));
    }
    // Another country's range only: the same key is outside it.
    expect(() => readCursor(encode(key), boardRanges({ country: 'EE' }))).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('the board’s error answers are never kept by a cache', () => {
  // CloudFront keeps the board's answers as their Cache-Control says (infra/constructs/
  // static-site.ts): an error that said nothing would be kept its default while, for every reader.
  const event = (path: string, query?: Record<string, string>) =>
    ({
      rawPath: path,
      headers: {},
      requestContext: { http: { method: 'GET', path } },
      ...(path === '/roles' ? {} : { pathParameters: { roleId: path.slice('/roles/'.length) } }),
      ...(query ? { queryStringParameters: query } : {}),
    }) as unknown as APIGatewayProxyEventV2;
  const context = { functionName: 'roleBoard', getRemainingTimeInMillis: () => 30_000 } as Context;
  const throttled = () => Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' });
  const ROLE = '00000000-0000-4000-8000-000000000001';

  it('a 503 (the database throttled) and a 500 (a bug) say no-store, on the list and on a role', async () => {
    for (const [error, status] of [[throttled(), 503], [new TypeError('x is undefined'), 500]] as const) {
      ddb.on(QueryCommand).rejects(error);
      ddb.on(GetCommand).rejects(error);
      for (const path of ['/roles', `/roles/${ROLE}`]) {
        const result = await roleBoard(event(path, path === '/roles' ? { country: 'FI' } : undefined), context);
        expect(result.statusCode, path).toBe(status);
        expect(result.headers?.['cache-control'], `${status} ${path}`).toBe('no-store');
      }
    }
  });

  it('a 400 says no-store too; a role not on the board may be kept a short while; a page a minute', async () => {
    const bad = await roleBoard(event('/roles', { country: 'XX' }), context);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers?.['cache-control']).toBe('no-store');
    ddb.on(GetCommand).resolves({});
    const missing = await roleBoard(event(`/roles/${ROLE}`), context);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers?.['cache-control']).toBe('public, max-age=10');
    index = [];
    const page = await roleBoard(event('/roles'), context);
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['cache-control']).toBe('public, max-age=60');
  });
});

describe('a role id, as the API and the pages read it', () => {
  const ID = '3f2b6c1e-8a4d-4b8e-9c1a-2d5e7f9a0b1c';

  it('is a UUID in either case, named as issued (lower case); anything else is none', () => {
    expect(roleIdOf(ID)).toBe(ID);
    expect(roleIdOf(ID.toUpperCase())).toBe(ID);
    for (const bad of [null, undefined, '', 'nope', `${ID} `, ` ${ID}`, `${ID}\n`, ID.replace(/-/g, ''), ID.replace('3', 'g'), `${ID}0`]) {
      expect(roleIdOf(bad), String(bad)).toBeUndefined();
    }
  });

  it('GET /roles/{roleId} with the id in upper case reads the role by its id as issued', async () => {
    ddb.on(GetCommand).resolves({ Item: { ...role('FI', 'construction').item, roleId: ID, status: 'OPEN', periodTo: '2099-12-31' } });
    const found = await readPublicRole(ID.toUpperCase(), TODAY);
    expect(found?.roleId).toBe(ID);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input.Key).toEqual({ pk: `ROLE#${ID}`, sk: 'ROLE' });
    ddb.resetHistory();
    expect(await readPublicRole(`${ID}x`, TODAY)).toBeUndefined();
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });
});

describe('the board query’s errors', () => {
  const errorsOf = (query: Record<string, string>) => {
    const result = boardQuerySchema.safeParse(query);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('say one thing per parameter, in words a reader understands', () => {
    for (const limit of ['9999999999999999999', '50.5', 'ten', '0', '101']) {
      expect(errorsOf({ limit }), limit).toEqual(['limit: must be a whole number from 1 to 100']);
    }
    for (const field of ['abc', '9', '07321', '9999']) {
      expect(errorsOf({ field }), field).toEqual(['field: must be an ISCED-F 2013 field code of 2, 3 or 4 digits']);
    }
    expect(errorsOf({ limit: '50', field: '0732' })).toEqual([]);
  });
});
