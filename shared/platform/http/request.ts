import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod';
import { HttpProblem, fieldErrors, invalid } from './problem.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** The raw body as text, refused over the size limit before anything else is done with it. */
export function rawBody(event: APIGatewayProxyEventV2): string {
  const body = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
  if (bytes.byteLength > MAX_BODY_BYTES) {
    throw new HttpProblem(413, 'Request body too large', `The body must be at most ${MAX_BODY_BYTES} bytes.`);
  }
  return bytes.toString('utf8');
}

/**
 * Reads a JSON body and validates it: 415 for another media type, 413 over 64 KiB, 400 for
 * malformed JSON, 422 with one error per invalid field.
 */
export function parseJsonBody<S extends z.ZodType>(event: APIGatewayProxyEventV2, schema: S): z.output<S> {
  const mediaType = (header(event, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new HttpProblem(415, 'Unsupported media type', 'Send the body as application/json.', [
      { path: 'content-type', message: 'must be application/json' },
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
