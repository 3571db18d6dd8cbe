import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { urls } from '../../support/stack.ts';
import { afterAll, afterEach, beforeAll } from 'vitest';

/*
 * Browser tests drive a Chromium through playwright-core (no browser download): CHROMIUM_PATH if
 * set, else Debian's /usr/bin/chromium if installed, else the headless Chromium that the npm
 * package @sparticuz/chromium carries in its tarball (unpacked on first use, see bundledChromium).
 * One browser per test file (launch in beforeAll, close in afterAll); a fresh context per page.
 */

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOT_DIR = join('test-results', 'screenshots');
/** A small phone. */
export const PHONE = { width: 360, height: 740 } as const;

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * @sparticuz/chromium's browser, unpacked once per package version into <tmpdir>/liike-chromium-<version>.
 * The package unpacks into os.tmpdir() itself and reuses any /tmp/chromium it finds, even one another
 * worker is still writing; so each caller unpacks into a directory of its own (TMPDIR pointed there
 * meanwhile) and renames it into place, and a caller that loses that race uses the winner's.
 * Its bundled fonts (Open Sans: Latin, Greek, Cyrillic) are used, so pages render the same on any machine.
 */
async function bundledChromium(): Promise<{ executablePath: string; env: Record<string, string | undefined> }> {
  const packageJson = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', '..', 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const dir = join(tmpdir(), `liike-chromium-${version}`);
  const fontconfig = { ...process.env, FONTCONFIG_PATH: join(dir, 'fonts') };
  if (existsSync(join(dir, 'chromium'))) return { executablePath: join(dir, 'chromium'), env: fontconfig };

  const { default: sparticuz } = await import('@sparticuz/chromium');
  const staging = mkdtempSync(join(tmpdir(), 'liike-chromium-unpacking-'));
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await sparticuz.executablePath(); // chromium, fonts/ and the SwiftShader libraries, into os.tmpdir()
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
  }
  // Its own fonts.conf names /tmp/fonts; this one names where the fonts end up.
  writeFileSync(
    join(staging, 'fonts', 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(dir, 'chromium'))) throw error;
  }
  return { executablePath: join(dir, 'chromium'), env: fontconfig };
}

export async function launchBrowser(): Promise<Browser> {
  let executablePath = process.env.CHROMIUM_PATH;
  let env: Record<string, string | undefined> | undefined;
  if (executablePath) {
    if (!isExecutable(executablePath)) throw new Error(`CHROMIUM_PATH=${executablePath} is not an executable Chromium/Chrome binary.`);
  } else if (isExecutable(SYSTEM_CHROMIUM)) {
    executablePath = SYSTEM_CHROMIUM;
  } else {
    ({ executablePath, env } = await bundledChromium());
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // The same flags for every browser: @sparticuz/chromium's needs no more here (its own `args`,
    // e.g. --single-process, are for Lambda's sandbox).
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    ...(env ? { env } : {}),
  });
}

export interface PageOptions {
  /** BCP 47, e.g. 'fi-FI'; sets navigator.language and Accept-Language. */
  locale?: string;
  width?: number;
  height?: number;
  /** A touch screen, so `tap()` sends touch events (as a phone does). */
  hasTouch?: boolean;
}

/** A page in a context of its own (no cookies or storage shared between pages). */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.hasTouch ? { hasTouch: true, isMobile: true } : {}),
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

/**
 * One browser for a test file: launched before its tests; after each, its pages closed (and
 * screenshotted when the test failed); closed after all. Returns how to get it.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async ({ task }) => {
    if (browser) await closeContexts(browser, { name: task.name, failed: task.result?.state === 'fail' });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
