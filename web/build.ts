import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { BRAND, TAGLINE } from '#shared/platform/i18n';
import { CSS as LAYOUT_CSS } from '#shared/platform/page-layout';
import { PRIVACY_INDEX_PATH, PRIVACY_NOTICE, SIGN_IN, SIGN_IN_PATH } from '#shared/platform/site-paths';
import { resolveRetentionUntil } from '#shared/erasure/retention';
import { DEFAULT_PROGRAMME_LAST_PAYMENT_DATE } from '#infra/config';
import { NOT_FOUND_FILE, SITE_PAGES } from './site-map.ts';
import { notFoundPage } from './static/not-found.ts';
import { privacyPages, type PrivacySettings } from './static/privacy.ts';

/**
 * Builds the static site: four pages with a script (start, application form, role form, the
 * board of open roles), each an HTML shell with one stylesheet (the link pages' look plus the
 * forms' and the board's) and one script; and pages without one: the privacy notice in each
 * language (static/privacy.ts) and the 404 page (static/not-found.ts). The forms' scripts import
 * the API's zod schemas from shared/, so the browser validates with the same definitions (the
 * shared schemas import zod as a namespace, so esbuild keeps only the zod it uses); the board's
 * does not (it reads the API's JSON, and the API checks its filters). `web/site-map.ts` lists
 * the pages, for CloudFront.
 *
 * `buildSite()` returns the files in memory (the local stack serves them from there);
 * `buildWeb(outDir)` writes them (CDK synth uploads that folder to S3).
 */

const WEB = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(WEB, 'src');

export interface Page {
  /** Path of the HTML file in the site. */
  file: string;
  entry: string;
  /** The document title before the script runs (English; the script sets the reader's language). */
  title: string;
  /** What the page is, for the note shown without JavaScript: a form (the default) or a page to read. */
  kind?: 'form' | 'page';
}

export const PAGES: readonly Page[] = [
  { file: 'index.html', entry: 'home', title: 'Work placements abroad' },
  { file: 'apply/index.html', entry: 'apply', title: 'Apply for a work placement abroad' },
  { file: 'role/index.html', entry: 'role', title: 'Post a role for a trainee' },
  // The public board of roles (one role's page is `/roles/?role=<id>`), read from GET /roles.
  { file: 'roles/index.html', entry: 'board', title: 'Open roles', kind: 'page' },
];

/** Site path (no leading slash) → content. */
export type SiteFiles = Map<string, Uint8Array>;

const shortHash = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex').slice(0, 10);

// Shown only without JavaScript: the forms validate and post with it. In each language, short.
const NO_SCRIPT = [
  ['fi', 'Tämä lomake tarvitsee JavaScriptin. Ota se käyttöön selaimessasi.'],
  ['en', 'This form needs JavaScript. Please turn it on in your browser.'],
  ['et', 'See vorm vajab JavaScripti. Palun lubage see oma brauseris.'],
  ['lt', 'Šiai formai reikia „JavaScript“. Įjunkite ją naršyklėje.'],
  ['ru', 'Для этой формы нужен JavaScript. Включите его в браузере.'],
] as const;
const NO_SCRIPT_PAGE = [
  ['fi', 'Tämä sivu tarvitsee JavaScriptin. Ota se käyttöön selaimessasi.'],
  ['en', 'This page needs JavaScript. Please turn it on in your browser.'],
  ['et', 'See leht vajab JavaScripti. Palun lubage see oma brauseris.'],
  ['lt', 'Šiam puslapiui reikia „JavaScript“. Įjunkite ją naršyklėje.'],
  ['ru', 'Для этой страницы нужен JavaScript. Включите его в браузере.'],
] as const;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The shell: the same header and card as the link pages, filled in by the page's script. */
function shell(page: Page, css: string, js: string): string {
  const noscript = (page.kind === 'page' ? NO_SCRIPT_PAGE : NO_SCRIPT).map(([lang, text]) => `<p lang="${lang}">${escapeHtml(text)}</p>`).join('');
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} – ${BRAND}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/${css}">
<script type="module" src="/${js}"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<div><p class="brand">${BRAND}</p><p class="tagline">${escapeHtml(TAGLINE.en)}</p></div>
</header>
<main id="main" tabindex="-1">
<div class="card" id="card">
<h1>${escapeHtml(page.title)}</h1>
<noscript>${noscript}</noscript>
</div>
</main>
<footer class="site-footer"><p><a id="sign-in-link" href="${SIGN_IN_PATH}">${escapeHtml(SIGN_IN.en)}</a></p><p><a id="privacy-link" href="${PRIVACY_INDEX_PATH}">${escapeHtml(PRIVACY_NOTICE.en)}</a></p></footer>
</body>
</html>
`;
}

/** What the static pages say that comes from the deployment's settings. */
export type SiteOptions = Partial<PrivacySettings>;

/** The retention date when none is given: the default of infra/config.ts (as the deployment would have). */
const defaultRetentionUntil = () => resolveRetentionUntil({ programmeLastPaymentDate: DEFAULT_PROGRAMME_LAST_PAYMENT_DATE });

export async function buildSite(options: SiteOptions = {}): Promise<SiteFiles> {
  const files: SiteFiles = new Map();

  // One stylesheet for every page: the link pages' look, the forms', the board's.
  const own = await Promise.all(['site.css', 'board.css'].map((file) => readFile(path.join(SRC, file), 'utf8')));
  const css = await transform([LAYOUT_CSS, ...own].join('\n'), {
    loader: 'css',
    minify: true,
    target: ['chrome100', 'firefox100', 'safari15'],
  });
  const cssFile = `assets/site-${shortHash(css.code)}.css`;
  files.set(cssFile, Buffer.from(css.code));

  const result = await build({
    entryPoints: Object.fromEntries(PAGES.map((p) => [p.entry, path.join(SRC, `${p.entry}.ts`)])),
    bundle: true,
    minify: true,
    format: 'esm',
    // Browsers of the last few years; module scripts already exclude the very old ones.
    target: ['chrome100', 'firefox100', 'safari15'],
    outdir: path.join(WEB, 'out', 'assets'),
    entryNames: '[name]-[hash]',
    write: false,
    metafile: true,
    legalComments: 'none',
    // Texts as they are, not as \u escapes (Cyrillic and Baltic letters take a third of the bytes):
    // module scripts are always decoded as UTF-8, whatever the server says.
    charset: 'utf8',
    logLevel: 'silent',
    tsconfig: path.join(WEB, 'tsconfig.json'),
  });
  const scripts = new Map<string, string>();
  for (const [outPath, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const entry = path.basename(output.entryPoint, '.ts');
    scripts.set(entry, `assets/${path.basename(outPath)}`);
  }
  for (const file of result.outputFiles) files.set(`assets/${path.basename(file.path)}`, file.contents);

  for (const page of PAGES) {
    const js = scripts.get(page.entry);
    if (!js) throw new Error(`no bundle for ${page.entry}`);
    files.set(page.file, Buffer.from(shell(page, cssFile, js)));
  }
  const settings: PrivacySettings = { ...options, retentionUntil: options.retentionUntil ?? defaultRetentionUntil() };
  for (const [file, html] of privacyPages(settings, cssFile)) files.set(file, Buffer.from(html));
  files.set(NOT_FOUND_FILE, Buffer.from(notFoundPage(cssFile)));
  // CloudFront answers every other path with the 404 page: the site map must name every page.
  const pages = [...files.keys()].filter((f) => f.endsWith('index.html')).map((f) => `/${f.slice(0, -'index.html'.length)}`);
  const unlisted = pages.filter((p) => !SITE_PAGES.includes(p));
  if (unlisted.length || pages.length !== SITE_PAGES.length) throw new Error(`web/site-map.ts does not list the built pages: ${pages.join(', ')}`);
  return files;
}

/** Builds the site into `outDir` (created if missing). Called by CDK synth (infra/site-stack.ts). */
export async function buildWeb(outDir: string, options: SiteOptions = {}): Promise<void> {
  const files = await buildSite(options);
  for (const [file, content] of files) {
    const target = path.join(outDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/** The assets of each page: its HTML, script and stylesheet, for size reports. */
export function pageAssets(files: SiteFiles, page: Page): string[] {
  const html = Buffer.from(files.get(page.file)!).toString('utf8');
  const linked = [...html.matchAll(/(?:href|src)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  return [page.file, ...linked];
}
