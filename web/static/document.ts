import { BRAND, LANGUAGES, TAGLINE, type Language } from '#shared/platform/i18n';
import { html, type SafeHtml } from '#shared/platform/html';
import { SIGN_IN, signInPath } from '#shared/platform/site-paths';

/*
 * The static pages that need no script (the privacy notice, the 404 page): complete documents
 * with the same header and card as every other page, the site's stylesheet linked (the site's
 * content security policy allows no inline style), and nothing else loaded.
 */

/** Each language's name in itself, for the links to the other languages. */
const OWN_NAMES: Record<Language, string> = { fi: 'Suomi', en: 'English', et: 'Eesti', lt: 'Lietuvių', ru: 'Русский' };

const SKIP: Record<Language, string> = {
  fi: 'Siirry sisältöön',
  en: 'Skip to content',
  et: 'Liikuge sisu juurde',
  lt: 'Pereiti prie turinio',
  ru: 'Перейти к содержимому',
};

export interface StaticDocument {
  language: Language;
  /** The heading; the document title adds the brand. */
  title: string;
  /** The site's stylesheet, e.g. `assets/site-0123456789.css`. */
  css: string;
  body: SafeHtml;
  /** The same page in each language, linked from the header; the current one is marked. */
  languageLinks?: (language: Language) => string;
  /** By default the link every page's footer has: signing in, which also finds a lost application. */
  footer?: SafeHtml;
}

export function staticDocument(page: StaticDocument): string {
  const nav = page.languageLinks
    ? html`<nav class="language-links" aria-label="Language / Kieli / Keel / Kalba / Язык"><ul>${LANGUAGES.map((l) =>
        l === page.language
          ? html`<li><a lang="${l}" hreflang="${l}" href="${page.languageLinks!(l)}" aria-current="page">${OWN_NAMES[l]}</a></li>`
          : html`<li><a lang="${l}" hreflang="${l}" href="${page.languageLinks!(l)}">${OWN_NAMES[l]}</a></li>`,
      )}</ul></nav>`
    : '';
  return html`<!doctype html>
<html lang="${page.language}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} – ${BRAND}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/${page.css}">
</head>
<body>
<a class="skip" href="#main">${SKIP[page.language]}</a>
<header>
<div><p class="brand"><a href="/?lang=${page.language}">${BRAND}</a></p><p class="tagline">${TAGLINE[page.language]}</p></div>
${nav}
</header>
<main id="main" tabindex="-1">
<div class="card">
<h1>${page.title}</h1>
${page.body}
</div>
</main>
${page.footer ?? html`<footer class="site-footer"><p><a href="${signInPath(page.language)}">${SIGN_IN[page.language]}</a></p></footer>`}
</body>
</html>
`.value;
}
