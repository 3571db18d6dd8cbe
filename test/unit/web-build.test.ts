import { gzipSync } from 'node:zlib';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, buildWeb, pageAssets, PAGES } from '../../web/build.ts';

describe('buildWeb', () => {
  it('writes the start page, the two forms and their assets', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'liike-web-'));
    try {
      await buildWeb(out);
      const files = (await readdir(out, { recursive: true })).map((f) => f.split(path.sep).join('/'));
      expect(files).toEqual(expect.arrayContaining(['index.html', 'apply/index.html', 'role/index.html']));
      for (const page of PAGES) {
        const html = await readFile(path.join(out, page.file), 'utf8');
        // Root-absolute assets, so /apply and /apply/ load the same files; no inline script or style (CSP).
        const linked = [...html.matchAll(/(?:href|src)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
        expect(linked).toHaveLength(2);
        for (const asset of linked) expect(files).toContain(asset);
        expect(html).not.toMatch(/<script>|<style>|style="/);
        expect(html).toContain('<meta name="viewport"');
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('keeps every page small (HTML + JS + CSS, gzip)', async () => {
    const files = await buildSite();
    for (const page of PAGES) {
      const gzip = pageAssets(files, page).reduce((n, file) => n + gzipSync(files.get(file)!).length, 0);
      // The forms carry zod and the schemas (~30 kB gzip): a budget that notices all of zod (~100 kB).
      expect(gzip, page.file).toBeLessThan(70_000);
    }
  });
});
