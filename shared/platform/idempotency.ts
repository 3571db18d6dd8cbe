import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { createHash } from 'node:crypto';
import { config } from './config.ts';
import { ddb, isConditionFailure } from './db.ts';
import { idempotencyTable } from './table.ts';

/*
 * At most once per key, with a record in the idempotency table. This replaces Powertools
 * idempotency (37 KB and its JMESPath engine in every consumer's bundle, and a second DynamoDB
 * client built at load), keeping its table layout and record format exactly: a record either
 * wrote is read alike by the other, so a deployment that mixes the two, or meets records written
 * before it, needs no migration.
 *
 *   id                      "liike#" + base64 MD5 of the JSON of [scope, key]
 *   status                  INPROGRESS while the work runs, COMPLETED after
 *   expiration              epoch seconds; past it the record counts as absent (TTL removes it)
 *   in_progress_expiration  epoch milliseconds: the invocation's deadline; past it an INPROGRESS
 *                           record is taken over (the invocation that wrote it crashed or timed out)
 *   validation              base64 MD5 of the JSON of the payload
 *   data                    the work's result, replayed for a repeat
 */

const KEY_PREFIX = 'liike';
const INPROGRESS = 'INPROGRESS';
const COMPLETED = 'COMPLETED';
/** A repeat that finds the record gone or expired between two requests tries again, this often. */
const ATTEMPTS = 3;
/** Lambda's longest timeout. */
const LONGEST_RUN_MS = 15 * 60_000;

interface Call {
  /** What the key is unique within: a route or a consumer name (all share one table). */
  scope: string;
  key: string;
  /** Compared on a repeat: the same key with other content is refused, not replayed. */
  payload: string;
}

interface StoredRecord {
  id: string;
  status?: string;
  expiration?: number;
  in_progress_expiration?: number;
  validation?: string;
  data?: unknown;
}

/** A repeat while the first run of the same key is still going: the caller fails, and its retry comes later. */
export class AlreadyInProgressError extends Error {
  override name = 'AlreadyInProgressError';
}

/** The same key with another payload: refused, never replayed nor run. */
export class PayloadMismatchError extends Error {
  override name = 'PayloadMismatchError';
}

const md5 = (text: string) => createHash('md5').update(text).digest('base64');

/** The record's id for a call: the format Powertools idempotency wrote (see above). */
export const onceRecordId = (scope: string, key: string) => `${KEY_PREFIX}#${md5(JSON.stringify([scope, key]))}`;

/**
 * Runs `fn` at most once per (scope, key): a repeat with the same payload returns the stored
 * first result without running it, a repeat with another payload is refused, a repeat while the
 * first is still running is refused as in progress. A thrown error removes the record, so a retry
 * runs `fn` again; a crash leaves it in progress until the invocation's deadline
 * (`context.getRemainingTimeInMillis()`), after which a retry takes it over.
 */
export async function once<R>(
  context: Context | undefined,
  options: { expiresAfterSeconds: number },
  call: Call,
  fn: (payload: string) => Promise<R>,
): Promise<R> {
  const TableName = config.idempotencyTableName;
  const id = onceRecordId(call.scope, call.key);
  const validation = md5(JSON.stringify(call.payload));
  for (let attempt = 1; ; attempt++) {
    const now = Date.now();
    const remaining = context?.getRemainingTimeInMillis() ?? 0;
    // Its own deadline identifies this run's record: only that one is removed on failure. Without
    // time left to go by (no context, or none left), the longest a Lambda can run: a record with
    // no deadline could not be taken over after a crash until it expired, days later.
    const deadline = now + (remaining > 0 ? remaining : LONGEST_RUN_MS);
    try {
      await ddb.send(
        new PutCommand({
          TableName,
          Item: {
            [idempotencyTable.partitionKey]: id,
            status: INPROGRESS,
            [idempotencyTable.ttlAttribute]: Math.round(now / 1000 + options.expiresAfterSeconds),
            in_progress_expiration: deadline,
            validation,
          },
          // Absent, expired, or in progress past its run's deadline.
          ConditionExpression: 'attribute_not_exists(#id) OR #expiry < :now OR (#status = :inprogress AND attribute_exists(#inProgressExpiry) AND #inProgressExpiry < :nowMs)',
          ExpressionAttributeNames: { '#id': idempotencyTable.partitionKey, '#expiry': idempotencyTable.ttlAttribute, '#status': 'status', '#inProgressExpiry': 'in_progress_expiration' },
          ExpressionAttributeValues: { ':now': now / 1000, ':nowMs': now, ':inprogress': INPROGRESS },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const { Item } = await ddb.send(new GetCommand({ TableName, Key: { [idempotencyTable.partitionKey]: id }, ConsistentRead: true }));
      const existing = Item as StoredRecord | undefined;
      const at = Date.now();
      // Gone (its run failed) or expired since the put: the put may succeed now.
      const stale =
        !existing ||
        (existing.expiration !== undefined && existing.expiration < at / 1000) ||
        (existing.status === INPROGRESS && existing.in_progress_expiration !== undefined && existing.in_progress_expiration < at);
      if (stale) {
        if (attempt < ATTEMPTS) continue;
        throw new AlreadyInProgressError(`${call.scope}: the record of ${id} changed under ${ATTEMPTS} attempts`);
      }
      if (existing.validation !== validation) throw new PayloadMismatchError(`${call.scope}: ${id} was used with another payload`);
      if (existing.status === INPROGRESS) throw new AlreadyInProgressError(`${call.scope}: ${id} is in progress`);
      if (existing.status !== COMPLETED) throw new Error(`${call.scope}: ${id} has an unknown status ${String(existing.status)}`);
      return existing.data as R;
    }

    let result: R;
    try {
      result = await fn(call.payload);
    } catch (error) {
      // This run's record only: one that took over after this run's deadline is not ours to remove.
      await ddb
        .send(
          new DeleteCommand({
            TableName,
            Key: { [idempotencyTable.partitionKey]: id },
            ConditionExpression: '#status = :inprogress AND #inProgressExpiry = :deadline',
            ExpressionAttributeValues: { ':inprogress': INPROGRESS, ':deadline': deadline },
            ExpressionAttributeNames: { '#status': 'status', '#inProgressExpiry': 'in_progress_expiration' },
          }),
        )
        .catch((deleteError: unknown) => {
          if (!isConditionFailure(deleteError)) throw new Error(`${call.scope}: the work failed and its record could not be removed`, { cause: error });
        });
      throw error;
    }
    await ddb.send(
      new UpdateCommand({
        TableName,
        Key: { [idempotencyTable.partitionKey]: id },
        UpdateExpression: result === undefined ? 'SET #status = :completed, #expiry = :expiry' : 'SET #status = :completed, #expiry = :expiry, #data = :data',
        ExpressionAttributeNames: { '#status': 'status', '#expiry': idempotencyTable.ttlAttribute, ...(result === undefined ? {} : { '#data': 'data' }) },
        ExpressionAttributeValues: {
          ':completed': COMPLETED,
          ':expiry': Math.round(Date.now() / 1000 + options.expiresAfterSeconds),
          ...(result === undefined ? {} : { ':data': result }),
        },
      }),
    );
    return result;
  }
}
