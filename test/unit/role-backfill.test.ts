import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { POOL } from '#shared/platform/db';
import { backfillBoardIndex, boardIndexUpdate, openedAtOf, type IndexedRole } from '#shared/roles/backfill';
import { boardRanges, readCursor } from '#shared/roles/board';
import { boardFields, boardText, rolePoolKey } from '#shared/roles/board-index';

/*
 * The backfill of roles opened before the board's index (shared/roles/backfill.ts): what it
 * computes for a role (pure) and what it writes, against a mocked DynamoDB.
 */

const ID = '00000000-0000-4000-8000-0000000000b1';
const OPENED = '2026-11-02T08:30:00.000Z';

/** A role as one opened before the board was stored: the old pool key, no board attributes. */
const oldRole = (overrides: Partial<IndexedRole> = {}): IndexedRole => ({
  roleId: ID,
  company: { name: 'Šiaulių Statyba UAB', businessId: '302000009', country: 'LT', region: 'Šiaulių apskritis', city: 'Šiauliai' },
  sector: 'construction',
  title: 'Mūrininko praktika',
  translation: { title: 'Bricklayer trainee' },
  fieldsOfStudy: ['0732', '071'],
  openedAt: OPENED,
  submittedAt: '2026-11-01T10:00:00.000Z',
  gsi1sk: `${OPENED}#${ID}`,
  ...overrides,
});

const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

describe('what the backfill computes for a role', () => {
  it('an old role: its key by country and sector at the time it opened, its search text and fields', () => {
    expect(boardIndexUpdate(oldRole())).toEqual({
      gsi1sk: `LT#construction#${OPENED}#${ID}`,
      boardText: boardText(oldRole()),
      boardFields: ['07', '071', '073', '0732'],
    });
    expect(boardIndexUpdate(oldRole())!.boardText).toContain('siauliai');
    expect(boardIndexUpdate(oldRole())!.boardText).toContain('bricklayer trainee');
  });

  it('the old key is a cursor the board refuses; the new one a cursor it follows', () => {
    const ranges = boardRanges({});
    expect(() => readCursor(encode(oldRole().gsi1sk!), ranges)).toThrow();
    expect(readCursor(encode(boardIndexUpdate(oldRole())!.gsi1sk), ranges)).toMatchObject({ range: 0 });
  });

  it('nothing for a role that has them as its fields give them (a second run writes nothing)', () => {
    const done = oldRole({ gsi1sk: rolePoolKey(oldRole(), OPENED), boardText: boardText(oldRole()), boardFields: boardFields(oldRole().fieldsOfStudy) });
    expect(boardIndexUpdate(done)).toBeUndefined();
    // Each attribute on its own: a new key without the text, stale fields, a missing list.
    expect(boardIndexUpdate({ ...done, boardText: undefined })).toBeDefined();
    expect(boardIndexUpdate({ ...done, boardFields: ['07'] })).toBeDefined();
    expect(boardIndexUpdate({ ...done, boardFields: undefined })).toBeDefined();
    expect(boardIndexUpdate({ ...done, gsi1sk: `${OPENED}#${ID}` })).toBeDefined();
  });

  it('when it opened: openedAt; else the old key’s time; else its submission, each as toISOString writes it', () => {
    expect(openedAtOf(oldRole())).toBe(OPENED);
    expect(openedAtOf(oldRole({ openedAt: '2026-11-02T08:30:00Z' }))).toBe(OPENED);
    expect(openedAtOf(oldRole({ openedAt: undefined }))).toBe(OPENED);
    expect(openedAtOf(oldRole({ openedAt: undefined, gsi1sk: 'garbage' }))).toBe('2026-11-01T10:00:00.000Z');
  });
});

describe('backfillBoardIndex', () => {
  const ddb = mockClient(DynamoDBDocumentClient);
  beforeEach(() => ddb.reset());

  it('reads the pool’s roles page by page (a Query, never a Scan) and writes only the old ones, each on condition it is as read', async () => {
    const done = oldRole({ roleId: `${ID.slice(0, -2)}c1`, gsi1sk: rolePoolKey({ ...oldRole(), roleId: `${ID.slice(0, -2)}c1` }, OPENED), boardText: boardText(oldRole()), boardFields: boardFields(oldRole().fieldsOfStudy) });
    const changed = oldRole({ roleId: `${ID.slice(0, -2)}d1`, gsi1sk: `${OPENED}#${ID.slice(0, -2)}d1`, revision: 2 });
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [oldRole(), done], LastEvaluatedKey: { gsi1pk: POOL.roles, gsi1sk: done.gsi1sk, pk: 'x', sk: 'y' } })
      .resolvesOnce({ Items: [changed] });
    ddb.on(UpdateCommand, { Key: { pk: `ROLE#${changed.roleId}`, sk: 'ROLE' } }).rejects(new ConditionalCheckFailedException({ message: 'changed', $metadata: {} }));
    ddb.on(UpdateCommand, { Key: { pk: `ROLE#${ID}`, sk: 'ROLE' } }).resolves({});

    expect(await backfillBoardIndex()).toEqual({ read: 3, updated: 1, unchanged: 1, changedMeanwhile: 1 });
    expect(ddb.commandCalls(ScanCommand)).toHaveLength(0);
    const queries = ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
    expect(queries.map((q) => [q.IndexName, q.ExpressionAttributeValues![':pool']])).toEqual([
      ['gsi1', POOL.roles],
      ['gsi1', POOL.roles],
    ]);
    expect(queries[1]!.ExclusiveStartKey).toMatchObject({ gsi1sk: done.gsi1sk });

    const [first, second] = ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input);
    expect(first).toMatchObject({
      Key: { pk: `ROLE#${ID}`, sk: 'ROLE' },
      UpdateExpression: 'SET gsi1sk = :key, boardText = :text, boardFields = :fields',
      ConditionExpression: 'gsi1pk = :pool AND gsi1sk = :seen AND attribute_not_exists(revision)',
      ExpressionAttributeValues: { ':key': `LT#construction#${OPENED}#${ID}`, ':seen': `${OPENED}#${ID}`, ':pool': POOL.roles, ':fields': ['07', '071', '073', '0732'] },
    });
    // A role changed since it was read is bound to its revision: a change meanwhile is not overwritten.
    expect(second).toMatchObject({ ConditionExpression: 'gsi1pk = :pool AND gsi1sk = :seen AND revision = :revision', ExpressionAttributeValues: { ':revision': 2 } });
  });

  it('a dry run counts and writes nothing', async () => {
    ddb.on(QueryCommand).resolves({ Items: [oldRole()] });
    expect(await backfillBoardIndex({ dryRun: true })).toEqual({ read: 1, updated: 1, unchanged: 0, changedMeanwhile: 0 });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });
});
