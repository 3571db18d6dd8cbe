import { html, raw, type HtmlValue, type SafeHtml } from './html.ts';
import { BRAND, TAGLINE, type Language, type Translations } from './i18n.ts';
import { PRIVACY_NOTICE, privacyPath, SIGN_IN, signInPath } from './site-paths.ts';

/**
 * The one layout of every server-rendered page: a complete document with its language, a
 * viewport for phones, and all styles inline (the pages load nothing from the network, and
 * the content security policy allows inline styles only).
 */

// Shared with the web forms (web/build.ts). Contrast: text #1f2933 on white 14.7:1, muted #4a5560 7.4:1, primary #0b5cad 6.4:1, destructive #b3261e 6.6:1 (white on it the same).
export const CSS = /* @__PURE__ */ (() => `
*,*::before,*::after{box-sizing:border-box}
html{color-scheme:light;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#eef1f4;color:#1f2933;font:17px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;overflow-wrap:break-word}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:8px 12px}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip:focus{left:8px;top:8px}
header,main{max-width:40rem;margin:0 auto;padding:0 16px}
header{padding-top:20px;padding-bottom:12px}
.brand{margin:0;font-size:1.4rem;font-weight:700;letter-spacing:.02em;color:#0b5cad}
.tagline{margin:0;font-size:.85rem;color:#4a5560}
.card{background:#fff;border-radius:8px;padding:20px 16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
@media (min-width:480px){.card{padding:28px 32px}}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 16px;hyphens:auto}
h2{font-size:1.15rem;margin:24px 0 8px}
p{margin:0 0 16px}
a{color:#0b5cad}
.lead{font-size:1.05rem}
.muted{color:#4a5560;font-size:.95rem}
.status{display:inline-block;margin:0 0 12px;padding:4px 12px;border-radius:999px;font-weight:700;background:#e3edf8;color:#0b3d73}
.status.ended{background:#eceef0;color:#3a444d}
dl.facts{margin:0 0 20px;padding:0;border-top:1px solid #d9dee3}
dl.facts div{padding:10px 0;border-bottom:1px solid #d9dee3}
dl.facts dt{font-size:.9rem;color:#4a5560}
dl.facts dd{margin:0;font-weight:600}
dl.facts ol,dl.facts ul{margin:0;padding-left:1.3em}
@media (min-width:480px){dl.facts div{display:grid;grid-template-columns:11rem 1fr;gap:12px}}
.notice{border-left:4px solid #0b5cad;background:#f3f7fb;padding:12px 16px;margin:0 0 20px}
form{margin:8px 0 20px}
button{display:block;width:100%;min-height:48px;padding:14px 20px;border:0;border-radius:6px;background:#0b5cad;color:#fff;font:inherit;font-weight:700;cursor:pointer}
@media (min-width:480px){button{display:inline-block;width:auto;min-width:16rem}}
button:hover{background:#094c8f}
a:focus-visible,button:focus-visible{outline:3px solid #1f2933;outline-offset:3px}
.button-link{display:block;min-height:48px;padding:11px 20px;border:2px solid #0b5cad;border-radius:6px;background:#fff;color:#0b5cad;font-weight:700;text-align:center;text-decoration:none}
@media (min-width:480px){.button-link{display:inline-block;min-width:16rem}}
.button-link:hover{background:#e3edf8}
.button-link.destructive{border-color:#b3261e;color:#b3261e}
.button-link.destructive:hover{background:#fdf3f2}
button.destructive{background:#b3261e}
button.destructive:hover{background:#8c1d18}
main{padding-bottom:24px}
main:focus{outline:none}
.site-footer{max-width:40rem;margin:0 auto;padding:0 16px 32px;font-size:.95rem;color:#4a5560}
.site-footer p{margin:0 0 8px}
.desk-bar{display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center;margin:10px 0 0;font-size:.95rem}
.desk-bar form{margin:0}
.desk-bar button{display:inline;width:auto;min-width:0;min-height:44px;padding:8px 12px;background:none;color:#0b5cad;border:0;text-decoration:underline;font-weight:400}
.desk-bar button:hover{background:#e3edf8}
table.desk{width:100%;border-collapse:collapse;margin:0 0 20px;font-size:.95rem}
table.desk th,table.desk td{text-align:left;vertical-align:top;padding:8px 6px;border-bottom:1px solid #d9dee3}
table.desk th{color:#4a5560;font-weight:600}
@media (max-width:479px){table.desk thead{position:absolute;left:-9999px}table.desk tr{display:block;padding:8px 0;border-bottom:1px solid #d9dee3}table.desk td{display:block;border:0;padding:2px 0}table.desk td[data-label]::before{content:attr(data-label) ": ";color:#4a5560}}
`.trim())();

const SKIP: Translations<string> = {
  fi: 'Siirry sisältöön',
  en: 'Skip to content',
  et: 'Liikuge sisu juurde',
  lt: 'Pereiti prie turinio',
  ru: 'Перейти к содержимому',
};

export interface LayoutOptions {
  language: Language;
  /** The page's own title (the heading); the document title adds the brand. */
  title: string;
  /** The inside of the card, built with `html`. */
  body: SafeHtml;
  /** Under the brand: the desks' bar (who is signed in, the desk, signing out). */
  bar?: SafeHtml;
}

export function layout({ language, title, body, bar }: LayoutOptions): string {
  return html`<!doctype html>
<html lang="${language}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title} – ${BRAND}</title>
<style>${raw(CSS)}</style>
</head>
<body>
<a class="skip" href="#main">${SKIP[language]}</a>
<header>
<p class="brand">${BRAND}</p>
<p class="tagline">${TAGLINE[language]}</p>
${bar ?? ''}
</header>
<main id="main" tabindex="-1">
<div class="card">
<h1>${title}</h1>
${body}
</div>
</main>
<footer class="site-footer"><p><a href="${signInPath(language)}">${SIGN_IN[language]}</a></p><p><a href="${privacyPath(language)}">${PRIVACY_NOTICE[language]}</a></p></footer>
</body>
</html>
`.value;
}

/** A list of label–value rows; a value may be a fragment (e.g. a list). */
export const facts = (rows: [label: string, value: HtmlValue][]) =>
  html`<dl class="facts">${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;

/** Paragraphs of plain text. */
export const paragraphs = (texts: readonly string[]) => html`${texts.map((text) => html`<p>${text}</p>`)}`;
