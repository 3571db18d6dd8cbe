import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createHash } from 'node:crypto';
import type { OutboxEvent } from '#events/define-event';
import { config } from '#shared/platform/config';
import { ddb, epochSeconds, writeWithEvents, type TransactItems } from '#shared/platform/db';
import type { ApiResult } from './handler.ts';
import { HttpProblem, json } from './problem.ts';
import { limitReached, limitUpdate, type Limit } from './rate-limit.ts';
import { header } from './request.ts';

/*
 * Idempotent API writes. The record of an Idempotency-Key is written in the same DynamoDB
 * transaction as the write it guards, with a hash of the request and the response. So the key
 * and the write exist together or not at all: a crash or a timeout at any moment, before or after
 * the commit, can never leave a write without its key (which a retry would repeat) nor a key
 * without its write. A repeat finds the key in the transaction's condition and replays.
 *
 * The consumers' `once` (shared/platform/idempotency.ts) still guards the consumers: there the
 * work is sending email or other side effects that cannot join a transaction, and its
 * "in progress" record is what keeps two deliveries of one event apart. For the API's writes
 * that record is the problem: written apart from the write, it expired while the write it
 * stood for had committed, and the retry wrote a second application.
 */

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** How long a key is remembered: a client retrying a lost response does so within a day. */
const KEY_TTL_SECONDS = 24 * 3600;

/** What a write would commit and answer; computed first, written with its key in one transaction. */
export interface GuardedWrite {
  items: TransactItems;
  events: OutboxEvent[];
  /** The JSON answer, stored with the key to be replayed. */
  response: { statusCode: number; body: unknown };
  /** Counted in the same transaction; one at its maximum refuses the write with 429. */
  limits?: Limit[];
}

/**
 * Another transaction touched the same item in the same instant (real DynamoDB cancels one of
 * them; a limit's counter is such an item): not a fault, the client sends it again.
 */
const conflict = () =>
  new HttpProblem(409, 'Request in progress', 'Another request changed the same data at the same moment; send it again.', [], { 'retry-after': '1' });

/** A transaction cancelled by a limit's count: 429 for the first limit that refused. */
function limitRefusal(error: TransactionCanceledException, limits: Limit[], first: number, now: Date): HttpProblem | undefined {
  const refused = limits.findIndex((_, i) => error.CancellationReasons?.[first + i]?.Code === 'ConditionalCheckFailed');
  return refused < 0 ? undefined : limitReached(limits[refused]!, now);
}

interface KeyRecord {
  id: string;
  type: 'WRITE_KEY';
  scope: string;
  requestHash: string;
  response: { statusCode: number; body: string };
  createdAt: string;
  /** TTL attribute of the idempotency table (`expiration`, as the consumers' records have it). */
  expiration: number;
}

/**
 * The id of a key's record in the idempotency table: the scope (method and path) and the key,
 * hashed, so any visible-ASCII key fits and the key itself is not stored. Prefixed apart from
 * the consumers' records (`liike#…`, shared/platform/idempotency.ts) in the same table.
 */
export const writeKeyRecordId = (scope: string, key: string) => `write#${createHash('sha256').update(`${scope}\n${key}`).digest('base64url')}`;

const requestHash = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('base64url');

const replay = (record: KeyRecord): ApiResult => ({
  statusCode: record.response.statusCode,
  headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
  body: record.response.body,
});

const reused = () =>
  new HttpProblem(422, 'Idempotency-Key reused', 'This Idempotency-Key was used with a different body.', [
    { path: 'Idempotency-Key', message: 'was already used with a different body' },
  ]);

async function readKey(id: string): Promise<KeyRecord | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.idempotencyTableName, Key: { id }, ConsistentRead: true }));
  const record = Item as KeyRecord | undefined;
  return record && record.expiration > epochSeconds(new Date()) ? record : undefined;
}

function answerFor(record: KeyRecord, hash: string): ApiResult {
  if (record.requestHash !== hash) throw reused();
  return replay(record);
}

/**
 * Honours the `Idempotency-Key` header of a write: the same key with the same body replays the
 * first response and writes nothing; the same key with another body is refused (422); a repeat
 * racing the first in the same instant gets 409 with Retry-After. Without the header the write
 * simply runs. `prepare` computes the write (it may read, e.g. the registry, and may refuse with
 * a problem) but must not write: its items are committed here, with the key, in one round trip.
 * It is given the id of the key's record so the write can note it (erasure deletes it later).
 */
export async function idempotentWrite(
  event: APIGatewayProxyEventV2,
  body: unknown,
  prepare: (keyRecordId?: string) => Promise<GuardedWrite>,
): Promise<ApiResult> {
  const now = new Date();
  const key = header(event, 'idempotency-key');
  if (key === undefined) {
    const write = await prepare(undefined);
    const limits = write.limits ?? [];
    try {
      await writeWithEvents([...limits.map((l) => limitUpdate(l, now)), ...write.items], write.events, now);
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      throw limitRefusal(error, limits, 0, now) ?? (error.CancellationReasons?.some((r) => r.Code === 'TransactionConflict') ? conflict() : error);
    }
    return json(write.response.statusCode, write.response.body);
  }
  if (!KEY_PATTERN.test(key)) {
    throw new HttpProblem(400, 'Invalid Idempotency-Key', undefined, [
      { path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
    ]);
  }
  const id = writeKeyRecordId(`${event.requestContext.http.method} ${event.rawPath}`, key);
  const hash = requestHash(body);

  let write: GuardedWrite;
  try {
    write = await prepare(id);
  } catch (error) {
    // What was accepted once is answered the same way, even if the write would be refused now
    // (say, the school left the registry since): look for the key only on this rare path.
    const record = error instanceof HttpProblem ? await readKey(id) : undefined;
    if (record) return answerFor(record, hash);
    throw error;
  }

  const record: KeyRecord = {
    id,
    type: 'WRITE_KEY',
    scope: `${event.requestContext.http.method} ${event.rawPath}`,
    requestHash: hash,
    response: { statusCode: write.response.statusCode, body: JSON.stringify(write.response.body) },
    createdAt: now.toISOString(),
    expiration: epochSeconds(now) + KEY_TTL_SECONDS,
  };
  try {
    await writeWithEvents(
      [
        {
          Put: {
            TableName: config.idempotencyTableName,
            Item: record,
            // An expired record may still be in the table (TTL deletes lazily): it no longer counts.
            ConditionExpression: 'attribute_not_exists(id) OR expiration < :now',
            ExpressionAttributeValues: { ':now': epochSeconds(now) },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        ...(write.limits ?? []).map((l) => limitUpdate(l, now)),
        ...write.items,
      ],
      write.events,
      now,
    );
    return json(write.response.statusCode, write.response.body);
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reason = error.CancellationReasons?.[0];
    if (reason?.Code === 'ConditionalCheckFailed') {
      const existing = reason.Item ? (unmarshall(reason.Item) as KeyRecord) : await readKey(id);
      if (existing) return answerFor(existing, hash);
    }
    const refusal = limitRefusal(error, write.limits ?? [], 1, now);
    if (refusal) throw refusal;
    if (error.CancellationReasons?.some((r) => r.Code === 'TransactionConflict')) throw conflict();
    throw error;
  }
}
