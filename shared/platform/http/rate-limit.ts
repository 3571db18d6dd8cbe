import { config } from '#shared/platform/config';
import { epochSeconds } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import { HttpProblem } from './problem.ts';

/*
 * Limits on what one address may cause: a counter per subject and fixed window, in the domain
 * table, incremented in the same transaction as the write it counts. So a write and its count
 * happen together, the limit is exact under any concurrency, and the happy path stays one round
 * trip. The subject (an email address) is stored only as a hash, and the counter expires (TTL).
 */

export interface Limit {
  /** What is counted, e.g. "applications". */
  name: string;
  /** Whom it is counted for (an email address); kept only as its hash (email-hash.ts). */
  subject: string;
  /** The request field a refusal names. */
  path: string;
  max: number;
  windowSeconds: number;
}

const windowOf = (limit: Limit, now: Date) => {
  const start = Math.floor(epochSeconds(now) / limit.windowSeconds) * limit.windowSeconds;
  return { start, end: start + limit.windowSeconds };
};

/** The transaction item that counts one more write, refused once the window holds `max`. */
export function limitUpdate(limit: Limit, now: Date) {
  const { start, end } = windowOf(limit, now);
  return {
    Update: {
      TableName: config.tableName,
      Key: { pk: `LIMIT#${limit.name}#${emailHash(limit.subject)}`, sk: `WINDOW#${start}` },
      UpdateExpression: 'ADD #count :one SET expiresAt = if_not_exists(expiresAt, :expires)',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
      ExpressionAttributeNames: { '#count': 'count' },
      // Kept an hour past its window, then removed by TTL.
      ExpressionAttributeValues: { ':one': 1, ':max': limit.max, ':expires': end + 3600 },
    },
  };
}

/** 429 naming the field, with when the window ends. */
export function limitReached(limit: Limit, now: Date): HttpProblem {
  const retryAfter = Math.max(1, windowOf(limit, now).end - epochSeconds(now));
  return new HttpProblem(
    429,
    'Too many requests',
    `At most ${limit.max} in ${Math.round(limit.windowSeconds / 60)} minutes for this address; try again later.`,
    [{ path: limit.path, message: 'has been used for too many requests; try again later' }],
    { 'retry-after': String(retryAfter) },
  );
}
