import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { urls } from '../../support/stack.ts';

/*
 * Browser tests drive Debian's Chromium through playwright-core (no downloaded browsers).
 * One browser per test file (launch in beforeAll, close in afterAll); a fresh context per page.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = join('test-results', 'screenshots');
/** A small phone. */
export const PHONE = { width: 360, height: 740 } as const;

export async function launchBrowser(): Promise<Browser> {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install chromium; .ci/run does this) ` +
        'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface PageOptions {
  /** BCP 47, e.g. 'fi-FI'; sets navigator.language and Accept-Language. */
  locale?: string;
  width?: number;
  height?: number;
}

/** A page in a context of its own (no cookies or storage shared between pages). */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  return context.newPage();
}

/** Writes test-results/screenshots/<name>.png (kept as a CI artifact, gitignored): a whole page, or one element. */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  if ('goto' in target) await target.screenshot({ path, fullPage: true });
  else await target.screenshot({ path });
  return path;
}

/**
 * For afterEach: closes every context but `keep`; when the test failed, screenshots each open
 * page first (as `FAILED-<test>-<n>`).
 */
export async function closeContexts(browser: Browser, test: { name: string; failed: boolean }, keep?: Page): Promise<void> {
  for (const context of browser.contexts()) {
    if (keep && context === keep.context()) continue;
    if (test.failed) {
      for (const [n, page] of context.pages().entries()) await screenshot(page, `FAILED-${test.name}-${n}`).catch(() => undefined);
    }
    await context.close();
  }
}

/** Navigation timings of the current document, in ms from navigation start. */
export async function loadTimings(page: Page): Promise<{ domContentLoaded: number; load: number }> {
  // A string expression: the project's tsconfig has no DOM lib.
  return page.evaluate(`(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd) };
  })()`);
}

/** document.documentElement.scrollWidth: wider than the viewport means horizontal scrolling. */
export const scrollWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

/* ---- The local mail viewer (aws-ses-v2-local at urls.mail) ----
 * GET / is a single page that polls GET /store every second and prepends one `.email` card per
 * message: Subject/From/To lines, then "Toggle text view" / "Toggle HTML view" buttons. The
 * HTML body is written into an iframe (id `<messageId>-html-iframe`, no src, same origin).
 */

/** Opens the mail viewer. */
export async function openMailViewer(page: Page): Promise<void> {
  await page.goto(urls().mail);
}

/** The viewer's card of the newest message to `to` (optionally with a subject containing `subject`), once it is shown. */
export async function findMessage(page: Page, to: string, subject?: string | RegExp): Promise<Locator> {
  let card = page.locator('.email').filter({ hasText: to });
  if (subject !== undefined) card = card.filter({ has: page.locator('p', { hasText: subject }).first() });
  // The viewer polls the store every second; newest first.
  await card.first().waitFor({ state: 'visible', timeout: 10_000 });
  return card.first();
}

/** Shows the HTML body of a message card, and returns the frame it is rendered in. */
export async function openHtmlBody(card: Locator): Promise<FrameLocator> {
  await card.getByRole('button', { name: 'Toggle HTML view' }).click();
  const iframe = card.locator('iframe');
  await iframe.waitFor({ state: 'visible' });
  return iframe.contentFrame();
}

/**
 * Clicks a link that opens in a new tab (the emails' links have target="_blank") and returns
 * that tab once its document has loaded.
 */
export async function clickToNewTab(page: Page, link: Locator): Promise<Page> {
  const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await opened.waitForLoadState('domcontentloaded');
  return opened;
}

/** Shows the plain-text body of a message card, and returns its text. */
export async function openTextBody(card: Locator): Promise<string> {
  await card.getByRole('button', { name: 'Toggle text view' }).click();
  const body = card.locator('.email-text');
  await body.waitFor({ state: 'visible' });
  return body.innerText();
}
