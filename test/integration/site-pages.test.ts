import { describe, expect, it } from 'vitest';
import { LOCAL_CONTACT_ADDRESS } from '#local/env';
import { api } from '../support/stack.ts';

/*
 * The static site's pages without a script, as the local server serves them in CloudFront's
 * place (the same viewer functions, evaluated): the privacy notice in each language, and the
 * 404 page for any path of the site that is no page, with status 404; the API's own 404s stay
 * the API's.
 */
describe('the static site', () => {
  it('serves the privacy notice in five languages, naming the stack’s contact address', async () => {
    for (const language of ['fi', 'en', 'et', 'lt', 'ru']) {
      const response = await api(`/privacy/${language}/`);
      expect(response.status, language).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      const page = await response.text();
      expect(page).toContain(`<html lang="${language}"`);
      expect(page).toContain(LOCAL_CONTACT_ADDRESS);
    }
    expect((await api('/privacy/')).status).toBe(200);
    const redirect = await api('/privacy/fi?lang=fi', { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/privacy/fi/?lang=fi');
  });

  it('answers a path that is no page with the 404 page and status 404', async () => {
    for (const path of ['/no-such-page', '/apply/old', '/privacy/sv/', '/robots.txt', '//evil.example/x', '/applications/123']) {
      const response = await api(path, { redirect: 'manual' });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('x-amz-meta-liike-status'), path).toBeNull();
      const page = await response.text();
      expect(page, path).toContain('Page not found');
      expect(page, path).toContain('Страница не найдена');
    }
    expect((await api('/no-such-page', { method: 'HEAD' })).status).toBe(404);
    // The pages themselves are still pages.
    for (const path of ['/', '/apply/', '/role/', '/roles/', '/apply/index.html']) expect((await api(path)).status, path).toBe(200);
  });

  it('serves the board as a page at /roles/ (one role: /roles/?role=<id>), and the board’s JSON at /roles', async () => {
    for (const path of ['/roles/', '/roles/?country=FI&lang=lt', '/roles/?role=3f2b6c1e-8a4d-4b8e-9c1a-2d5e7f9a0b1c']) {
      const page = await api(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(await page.text(), path).toMatch(/<script type="module" src="\/assets\/board-[^"]+\.js">/);
    }
    const board = await api('/roles?country=FI', { headers: { accept: 'application/json' } });
    expect(board.status).toBe(200);
    expect(board.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Array.isArray(((await board.json()) as { roles: unknown[] }).roles)).toBe(true);
  });

  it('leaves the API’s own 404s alone: an unknown link gets its page, in the reader’s language', async () => {
    const response = await api(`/t/${'y'.repeat(43)}`, { headers: { 'accept-language': 'lt' } });
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain('lang="lt"');
    expect(page).not.toContain('Page not found');
  });
});
