import { HttpProblem } from './http/problem.ts';

/** Seconds a client is asked to wait when the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 5;

/** Socket-level failures: the database's endpoint does not answer (or not in time). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** DynamoDB's own "not now" answers, after the SDK's retries: throttled, or a fault on its side. */
const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);

/**
 * Whether an error (or what caused it: a wrapper may put the SDK's error in `cause`) says the
 * database could not be reached or would not serve now, as opposed to a bug. An API handler talks
 * to no other AWS service, so that is what such an error means there.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { name?: string; code?: string; cause?: unknown; $metadata?: { httpStatusCode?: number } } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.code && NETWORK_CODES.has(e.code)) return true;
    if (e.name && UNAVAILABLE_NAMES.has(e.name)) return true;
    if (e.$metadata?.httpStatusCode === 503) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/** The answer then: 503 with Retry-After, so clients (and the forms) try again, not give up. */
export const databaseUnavailable = () =>
  new HttpProblem(503, 'Service Unavailable', 'The service cannot reach its database just now; please try again shortly.', undefined, {
    'retry-after': String(RETRY_AFTER_SECONDS),
  });
