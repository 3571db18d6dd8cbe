import { describe, expect, it } from 'vitest';
import { openApiDocument } from '#functions/openapi-document';

/*
 * The OpenAPI document (GET /openapi.json) says what each route can answer. The board's routes
 * can answer a 503 as every route that reads the table can (the database throttled:
 * shared/platform/unavailable.ts), besides their own 400 and 404; HEAD answers as GET.
 */

const document = openApiDocument();
type Operation = { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }>; headers?: Record<string, unknown> }> };
const operation = (path: string, method: string) => (document.paths[path] as Record<string, Operation>)[method]!;

describe('the OpenAPI document of the board', () => {
  it('GET /roles: a page, a 400 naming the parameter, a 503; GET /roles/{roleId}: the role, a 404, a 503', () => {
    expect(Object.keys(operation('/roles', 'get').responses).sort()).toEqual(['200', '400', '503']);
    expect(Object.keys(operation('/roles/{roleId}', 'get').responses).sort()).toEqual(['200', '404', '503']);
    for (const path of ['/roles', '/roles/{roleId}']) {
      const { responses } = operation(path, 'get');
      for (const [status, response] of Object.entries(responses).filter(([s]) => s !== '200')) {
        expect(response.content?.['application/problem+json']?.schema.$ref, `${path} ${status}`).toBe('#/components/schemas/Problem');
      }
      expect(Object.keys(responses['503']!.headers ?? {}), path).toContain('Retry-After');
    }
  });

  it('HEAD answers with the same statuses and headers as GET, without a body', () => {
    for (const path of ['/roles', '/roles/{roleId}']) {
      const get = operation(path, 'get').responses;
      const head = operation(path, 'head').responses;
      expect(Object.keys(head)).toEqual(Object.keys(get));
      for (const status of Object.keys(get)) {
        expect(head[status]!.content, `${path} ${status}`).toBeUndefined();
        expect(head[status]!.headers, `${path} ${status}`).toEqual(get[status]!.headers);
      }
    }
  });

  it('the public writes can answer a 503 too', () => {
    for (const path of ['/applications', '/roles']) expect(Object.keys(operation(path, 'post').responses), path).toContain('503');
  });
});
