import { describe, expect, it } from 'vitest';
import { functions } from '#functions/catalog';
import { api } from '../support/stack.ts';

// Every route read with GET also answers HEAD: the same status and headers, no body.
const readRoutes = Object.values(functions).flatMap((def) =>
  def.trigger.kind === 'http' ? def.trigger.routes.filter((r) => r.method === 'GET' && !r.path.includes('{')).map((r) => r.path) : [],
);

describe('HEAD on every GET route', () => {
  it('is in the catalog for each GET route, with or without path parameters', () => {
    for (const def of Object.values(functions)) {
      if (def.trigger.kind !== 'http') continue;
      for (const { path } of def.trigger.routes.filter((r) => r.method === 'GET')) {
        expect(def.trigger.routes.some((r) => r.method === 'HEAD' && r.path === path), path).toBe(true);
      }
    }
    expect(readRoutes.length).toBeGreaterThanOrEqual(3);
  });

  it.each(readRoutes)('HEAD %s answers as GET, without a body', async (path) => {
    const get = await api(path);
    const head = await api(path, { method: 'HEAD' });
    expect(head.status).toBe(get.status);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
    expect((await get.text()).length).toBeGreaterThan(0);
  });
});
