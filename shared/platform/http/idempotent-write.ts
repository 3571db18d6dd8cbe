import { IdempotencyAlreadyInProgressError, IdempotencyValidationError } from '@aws-lambda-powertools/idempotency';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { idempotencyRecordId, once } from '#shared/platform/idempotency';
import type { ApiResult } from './handler.ts';
import { HttpProblem } from './problem.ts';
import { header } from './request.ts';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** How long a key is remembered: a client retrying a lost response does so within a day. */
const KEY_TTL_SECONDS = 24 * 3600;

/**
 * Honours the `Idempotency-Key` header of a write: the same key with the same body replays the
 * first response and writes nothing; the same key with another body is refused (422); a repeat
 * while the first is still running gets 409. Without the header the write simply runs. The write
 * is given the id of the record its key leaves, so it can note it (erasure deletes it later).
 */
export async function idempotentWrite(
  event: APIGatewayProxyEventV2,
  context: Context | undefined,
  body: unknown,
  write: (idempotencyRecordId?: string) => Promise<ApiResult>,
): Promise<ApiResult> {
  const key = header(event, 'idempotency-key');
  if (key === undefined) return write(undefined);
  if (!KEY_PATTERN.test(key)) {
    throw new HttpProblem(400, 'Invalid Idempotency-Key', undefined, [
      { path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
    ]);
  }
  const scope = `${event.requestContext.http.method} ${event.rawPath}`;
  try {
    return await once(context, { expiresAfterSeconds: KEY_TTL_SECONDS }, { scope, key, payload: body }, () => write(idempotencyRecordId(scope, key)));
  } catch (error) {
    if (error instanceof IdempotencyValidationError) {
      throw new HttpProblem(422, 'Idempotency-Key reused', 'This Idempotency-Key was used with a different body.', [
        { path: 'Idempotency-Key', message: 'was already used with a different body' },
      ]);
    }
    if (error instanceof IdempotencyAlreadyInProgressError) {
      throw new HttpProblem(409, 'Request in progress', 'A request with this Idempotency-Key is still being processed.', [], {
        'retry-after': '1',
      });
    }
    throw error;
  }
}
