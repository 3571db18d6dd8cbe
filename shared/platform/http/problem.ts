import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from '#shared/platform/zod';

/** One invalid field: `path` is dotted (`languages.0.level`), as a form maps it back to an input. */
export interface FieldError {
  path: string;
  message: string;
}

/** An expected failure that becomes an RFC 9457 problem response. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
  }
}

/**
 * The problem as a response. Never kept by a cache unless the problem says otherwise (a board's
 * `404` of a role may be kept briefly): an error is about this moment (a throttle, a bug, the
 * database away), and a cache that kept it would answer every reader with it. CloudFront keeps
 * a 5xx anyway unless told not to (infra/constructs/static-site.ts, its error caching TTL of 0).
 */
export function problemResponse(p: HttpProblem): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: p.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...p.headers },
    body: JSON.stringify({
      type: 'about:blank',
      title: p.title,
      status: p.status,
      ...(p.detail ? { detail: p.detail } : {}),
      ...(p.errors ? { errors: p.errors } : {}),
    }),
  };
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** zod issues → field errors; unknown keys become one error per key, missing values say so. */
export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: 'is not a known field' }));
    }
    const missing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
    return [{ path: base.join('.'), message: missing ? 'is required' : issue.message }];
  });
}

export const invalid = (errors: FieldError[]) =>
  new HttpProblem(422, 'Invalid request', 'Some fields are missing or not valid.', errors);
