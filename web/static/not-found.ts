import { LANGUAGES, type Language, type Translations } from '#shared/platform/i18n';
import { html } from '#shared/platform/html';
import { PRIVACY_NOTICE, privacyPath } from '#shared/platform/site-paths';
import { staticDocument } from './document.ts';

/*
 * The site's 404 page (`404.html`), for any path of the static site that is no page. Its reader's
 * language is unknown (the path is wrong, and the page has no script), so it says it in all five,
 * each with a way to the start page in that language. The API keeps its own 404s (an unknown
 * link's page, problem+json): see infra/constructs/static-site.ts.
 */

const TEXT: Translations<{ title: string; text: string; home: string }> = {
  fi: {
    title: 'Sivua ei löytynyt',
    text: 'Tässä osoitteessa ei ole sivua. Osoitteessa voi olla kirjoitusvirhe, tai sivu on poistettu.',
    home: 'Etusivulle',
  },
  en: {
    title: 'Page not found',
    text: 'There is no page at this address. It may be mistyped, or the page has been removed.',
    home: 'Go to the start page',
  },
  et: {
    title: 'Lehte ei leitud',
    text: 'Sellel aadressil lehte ei ole. Aadressis võib olla trükiviga või leht on eemaldatud.',
    home: 'Avalehele',
  },
  lt: {
    title: 'Puslapis nerastas',
    text: 'Šiuo adresu puslapio nėra. Galbūt adrese yra klaida arba puslapis pašalintas.',
    home: 'Į pradžios puslapį',
  },
  ru: {
    title: 'Страница не найдена',
    text: 'По этому адресу страницы нет. Возможно, в адресе опечатка или страница удалена.',
    home: 'На главную страницу',
  },
};

export const notFoundTitle = (language: Language) => TEXT[language].title;

/** `404.html`: the same message in the five languages, English first (the document's language). */
export function notFoundPage(css: string): string {
  const order: Language[] = ['en', ...LANGUAGES.filter((l) => l !== 'en')];
  const body = html`${order.map(
    (language) => html`<section class="translation" lang="${language}">
${language === 'en' ? '' : html`<h2>${TEXT[language].title}</h2>`}
<p>${TEXT[language].text}</p>
<p><a href="/?lang=${language}">${TEXT[language].home}</a> · <a href="${privacyPath(language)}">${PRIVACY_NOTICE[language]}</a></p>
</section>`,
  )}`;
  return staticDocument({ language: 'en', title: TEXT.en.title, css, body });
}
