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
      // The forms carry zod and the schemas (~30 kB gzip; since issue 17 zod/mini, ~16 kB less) and, since issue 14, the ISCED-F names in
      // all five languages (~8 kB gzip; loading only the page's language is left to the
      // performance work), and since issue 16 the role chooser (~6 kB gzip): a budget that still
      // notices all of zod (~100 kB).
      expect(gzip, page.file).toBeLessThan(78_000);
    }
  });
});

describe('the pages without a script: privacy notice and 404', () => {
  const LANGUAGES = ['fi', 'en', 'et', 'lt', 'ru'] as const;
  const text = (files: Map<string, Uint8Array>, file: string) => Buffer.from(files.get(file)!).toString('utf8');
  const settings = { contactAddress: 'liike@programme.example', programmeOperator: 'Sastamalan koulutuskuntayhtymä SASKY', retentionUntil: '2033-12-31' };

  it('builds the privacy notice in five languages, each in its language, with the deployment’s operator, contact and retention date', async () => {
    const files = await buildSite(settings);
    const pages = LANGUAGES.map((language) => text(files, `privacy/${language}/index.html`));
    pages.forEach((page, i) => {
      const language = LANGUAGES[i]!;
      expect(page, language).toContain(`<html lang="${language}"`);
      expect(page, language).toContain('liike@programme.example');
      expect(page, language).toContain('Sastamalan koulutuskuntayhtymä SASKY');
      expect(page, language).toMatch(/2033/); // the retention date, in the language's format
      expect(page, language).toMatch(/\b7\b/); // days an unconfirmed application is kept
      expect(page, language).toMatch(/\b12\b/); // months a never-placed application is kept
      // Links to the same notice in the other languages, this one marked.
      for (const other of LANGUAGES) expect(page).toContain(`href="/privacy/${other}/"`);
      expect(page).toContain('aria-current="page"');
      // The site's stylesheet, no inline style or script (the site's CSP), no script at all.
      expect(page).toMatch(/<link rel="stylesheet" href="\/assets\/site-[0-9a-f]{10}\.css">/);
      expect(page).not.toMatch(/<script|<style|style="/);
    });
    expect(new Set(pages).size).toBe(LANGUAGES.length);
    expect(pages[1]).toContain('12 months after the end of the period you were available');
    expect(pages[1]).toContain('kept until 31 December 2033');
    expect(text(files, 'privacy/index.html')).toContain('href="/privacy/et/"');
  });

  it('says who to ask without a contact address, and runs with a neutral wording without an operator', async () => {
    const page = text(await buildSite({ retentionUntil: '2033-12-31' }), 'privacy/en/index.html');
    expect(page).toContain('run by the programme that coordinates the exchange');
    expect(page).toContain('ask your school’s international coordinator');
  });

  it('builds a 404 page that says it in five languages', async () => {
    const files = await buildSite();
    const page = text(files, '404.html');
    for (const [language, title] of [['fi', 'Sivua ei löytynyt'], ['en', 'Page not found'], ['et', 'Lehte ei leitud'], ['lt', 'Puslapis nerastas'], ['ru', 'Страница не найдена']]) {
      expect(page).toContain(`lang="${language}"`);
      expect(page).toContain(title);
      expect(page).toContain(`href="/?lang=${language}"`);
    }
    expect(page).not.toMatch(/<script|<style|style="/);
  });

  it('links every form to the privacy notice, and every page to signing in (which finds a lost application too)', async () => {
    const files = await buildSite();
    for (const page of PAGES) {
      expect(text(files, page.file)).toContain('<a id="privacy-link" href="/privacy/">');
      expect(text(files, page.file)).toContain('<a id="sign-in-link" href="/sign-in">');
    }
    for (const language of LANGUAGES) expect(text(files, `privacy/${language}/index.html`)).toContain(`href="/sign-in?lang=${language}"`);
    expect(text(files, 'privacy/index.html')).toContain('href="/sign-in?lang=');
    expect(text(files, '404.html')).toContain('href="/sign-in?lang=');
  });

  it('lists in the site map exactly the pages it builds (CloudFront answers any other path with the 404 page)', async () => {
    const { SITE_PAGES } = await import('../../web/site-map.ts');
    const files = await buildSite();
    const built = [...files.keys()].filter((f) => f.endsWith('index.html')).map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect([...built].sort()).toEqual([...SITE_PAGES].sort());
  });
});
