import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createHash, timingSafeEqual } from 'node:crypto';
import { config } from '#shared/platform/config';
import { HttpProblem } from './problem.ts';
import { header } from './request.ts';

/*
 * The API is reached through CloudFront only, and knows its client's address from what
 * CloudFront says about it.
 *
 * API Gateway's own host name is public. CloudFront adds `x-origin-verify` with a secret to every
 * request it sends to the API (infra/constructs/static-site.ts), setting it over any header of
 * that name a viewer sent (CloudFront Developer Guide, "Add custom headers to origin requests":
 * "If a header is present, CloudFront overwrites the header value before forwarding the request
 * to the origin"). So a request without the secret went around the distribution and its web ACL,
 * and is refused before the handler runs.
 */

/** The header CloudFront sends to the API with the secret (config.originVerify). */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether the request carries the configured secret; true when none is configured (a handler
 * invoked directly, as in the unit tests). Compared in constant time, on digests of equal length,
 * so neither the secret's characters nor its length show in the time an answer takes.
 */
export function fromOrigin(event: APIGatewayProxyEventV2): boolean {
  const expected = config.originVerify;
  if (expected === undefined) return true;
  const sent = header(event, ORIGIN_VERIFY_HEADER);
  return sent !== undefined && timingSafeEqual(digest(sent), digest(expected));
}

export const notFromOrigin = () => new HttpProblem(403, 'Forbidden', 'This API is reached through its site only.');

/**
 * The address of the client, for limits per client (shared/platform/http/rate-limit.ts).
 *
 * API Gateway's `sourceIp` is the address it got the request from: behind CloudFront, one of
 * CloudFront's. CloudFront appends the viewer's address to `X-Forwarded-For`, so whatever a
 * viewer sends in that header stays to the left of it: the right-most entry CloudFront wrote is
 * the viewer's. API Gateway then appends the address it received the request from, CloudFront's,
 * which is `sourceIp`: a right-most entry equal to `sourceIp` with an entry before it is that
 * one, and is skipped. (Were API Gateway to append nothing, the right-most entry is the viewer's
 * and differs from `sourceIp`; were it to replace the header, only `sourceIp` is left and counts.)
 *
 * Only a request that proved it came through CloudFront (`x-origin-verify`) has an
 * `X-Forwarded-For` worth reading; otherwise, and when no secret is configured, `sourceIp`.
 */
export function clientAddress(event: APIGatewayProxyEventV2): string {
  const sourceIp = event.requestContext?.http?.sourceIp ?? '';
  if (config.originVerify === undefined || !fromOrigin(event)) return sourceIp;
  const hops = (header(event, 'x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length > 1 && hops.at(-1) === sourceIp) hops.pop();
  return hops.at(-1) ?? sourceIp;
}
