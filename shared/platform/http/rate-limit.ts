import { config } from '#shared/platform/config';
import { epochSeconds } from '#shared/platform/db';
import { addressHash } from '#shared/platform/email-hash';
import { HttpProblem } from './problem.ts';

/*
 * Limits on what one address may cause: a counter per subject and fixed window, in the domain
 * table, incremented in the same transaction as the write it counts. So a write and its count
 * happen together, the limit is exact under any concurrency, and the happy path stays one round
 * trip. The subject (an email address, or a client's network address) is stored only as a hash,
 * and the counter expires (TTL).
 */

export interface Limit {
  /** What is counted, e.g. "applications". */
  name: string;
  /** Whom it is counted for (an email address, a client's address); kept only as its hash (email-hash.ts). */
  subject: string;
  /** The request field a refusal names; none for a limit on the client rather than on a field. */
  path?: string;
  max: number;
  windowSeconds: number;
}

/**
 * POST /applications and POST /roles together, per client address (shared/platform/http/origin.ts)
 * and hour: `config.submissionsPerClientPerHour`, by default 60, as a school's students share
 * one NAT address. What one machine can write (and so the emails it can cause) is bounded even
 * when every submission names another address.
 */
export const submissionsPerClient = (clientAddress: string): Limit => ({
  name: 'submissions',
  subject: clientAddress,
  max: config.submissionsPerClientPerHour,
  windowSeconds: 3600,
});

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
      Key: { pk: `LIMIT#${limit.name}#${addressHash(limit.subject)}`, sk: `WINDOW#${start}` },
      UpdateExpression: 'ADD #count :one SET expiresAt = if_not_exists(expiresAt, :expires)',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
      ExpressionAttributeNames: { '#count': 'count' },
      // Kept an hour past its window, then removed by TTL.
      ExpressionAttributeValues: { ':one': 1, ':max': limit.max, ':expires': end + 3600 },
    },
  };
}

/** 429 naming the field (none for the client's limit), with when the window ends. */
export function limitReached(limit: Limit, now: Date): HttpProblem {
  const retryAfter = Math.max(1, windowOf(limit, now).end - epochSeconds(now));
  const minutes = Math.round(limit.windowSeconds / 60);
  return new HttpProblem(
    429,
    'Too many requests',
    limit.path === undefined
      ? `At most ${limit.max} submissions in ${minutes} minutes from one network address; try again later.`
      : `At most ${limit.max} in ${minutes} minutes for this address; try again later.`,
    limit.path === undefined ? [] : [{ path: limit.path, message: 'has been used for too many requests; try again later' }],
    { 'retry-after': String(retryAfter) },
  );
}
