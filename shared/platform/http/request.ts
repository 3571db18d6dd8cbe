import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from '#shared/platform/zod';
import { config } from '#shared/platform/config';
import { HttpProblem, fieldErrors, invalid } from './problem.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The raw body as text, refused over the size limit before anything else is done with it, and
 * refused (400) when its bytes are not UTF-8: decoding them leniently would store U+FFFD in
 * place of what the sender meant. A body the gateway passed base64-encoded is checked byte by
 * byte; a textual one was decoded on the way in.
 */
export function rawBody(event: APIGatewayProxyEventV2): string {
  const body = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
  if (bytes.byteLength > MAX_BODY_BYTES) {
    throw new HttpProblem(413, 'Request body too large', `The body must be at most ${MAX_BODY_BYTES} bytes.`);
  }
  // Text the gateway decoded is re-encoded as it was before: a lone surrogate becomes U+FFFD.
  if (!event.isBase64Encoded) return bytes.toString('utf8');
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new HttpProblem(400, 'Malformed body', 'The body is not valid UTF-8.', [{ path: '', message: 'is not valid UTF-8' }]);
  }
}

/**
 * Whether a browser sent this request from another site's page (cross-site request forgery).
 * `Sec-Fetch-Site` decides where a browser sends it (every current one does). Otherwise the
 * `Origin` must be `ownOrigin` (the public base URL) or the host it was sent to; "null" is let
 * through, since our own pages send it (their referrer policy is no-referrer). Requests with
 * neither header (mail scanners, scripts) are not a browser acting for someone, and pass.
 */
export function isCrossSite(event: APIGatewayProxyEventV2, ownOrigin: string): boolean {
  const site = header(event, 'sec-fetch-site')?.trim().toLowerCase();
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = header(event, 'origin')?.trim();
  if (origin === undefined || origin === 'null' || origin === ownOrigin) return false;
  // The host it was sent to (the scheme may differ behind a proxy; no one else serves this host).
  const host = header(event, 'host')?.toLowerCase();
  return !host || originHost(origin) !== host;
}

const originHost = (origin: string) => {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined; // "null" or garbage: not ours
  }
};

/** The media type and charset of a Content-Type header, lower-cased; a missing charset is undefined. */
export function mediaTypeOf(event: APIGatewayProxyEventV2): { type: string; charset: string | undefined } {
  const [type = '', ...params] = (header(event, 'content-type') ?? '').split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(p)?.[1]).find((c) => c !== undefined);
  return { type: type.trim().toLowerCase(), charset: charset?.toLowerCase() };
}

/** JSON is UTF-8 (RFC 8259): a body declared in another charset is refused rather than misread. */
const isUtf8Charset = (charset: string | undefined) => charset === undefined || charset === 'utf-8' || charset === 'utf8';

/**
 * Reads a JSON body and validates it: 415 for another media type, 413 over 64 KiB, 400 for
 * malformed JSON, 422 with one error per invalid field.
 */
export function parseJsonBody<S extends z.ZodMiniType>(event: APIGatewayProxyEventV2, schema: S): z.output<S> {
  const { type, charset } = mediaTypeOf(event);
  if (type !== 'application/json') {
    throw new HttpProblem(415, 'Unsupported media type', 'Send the body as application/json.', [
      { path: 'content-type', message: 'must be application/json' },
    ]);
  }
  if (!isUtf8Charset(charset)) {
    throw new HttpProblem(415, 'Unsupported charset', 'Send the body as application/json in UTF-8.', [
      { path: 'content-type', message: 'must be UTF-8 (charset=utf-8 or none)' },
    ]);
  }
  const text = rawBody(event);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'Malformed JSON', 'The body is not valid JSON.', [{ path: '', message: 'is not valid JSON' }]);
  }
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw invalid(fieldErrors(result.error));
  return result.data;
}

/** A POST sent from a page of another site than Liike's own (the public base URL): see isCrossSite. */
export const fromAnotherSite = (event: APIGatewayProxyEventV2) => isCrossSite(event, new URL(config.publicBaseUrl).origin);

/**
 * The fields of a form POST (urlencoded); empty for GET and HEAD, and for a body that is no form.
 * The body is read first, so an oversized post is refused (413) before any other work.
 */
export function formFields(event: APIGatewayProxyEventV2): URLSearchParams {
  if (event.requestContext.http.method !== 'POST') return new URLSearchParams();
  const body = rawBody(event);
  const isForm = (header(event, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
  return new URLSearchParams(isForm ? body : '');
}
