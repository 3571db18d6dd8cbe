import { BRAND, LANGUAGES, TAGLINE, type Language } from '#shared/platform/i18n';
import { PRIVACY_NOTICE, privacyPath, SIGN_IN, signInPath } from '#shared/platform/site-paths';
import { bind, currentLanguage, h, onLanguage, release, setLanguage, tx, type Text } from './dom.ts';
import { chooseLanguage, STORAGE_KEY } from './language.ts';
import { common } from './texts.ts';

/**
 * What every page shares: the header of the link pages (brand, tagline) with a language
 * switcher, the skip link, the document title, and the card the page's content goes into.
 * The HTML shell (web/build.ts) has the same structure, so nothing jumps when this runs.
 */

/** Each language's name in itself: a reader finds their own whatever the page shows. */
export const OWN_NAMES: Record<Language, string> = { fi: 'Suomi', en: 'English', et: 'Eesti', lt: 'Lietuvių', ru: 'Русский' };

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, blocked cookies)
  }
}

function remember(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    /* not remembered; the query parameter still carries it */
  }
  // The address keeps the choice too, so a reload or a shared link opens in the same language.
  const url = new URL(location.href);
  url.searchParams.set('lang', language);
  history.replaceState(history.state, '', url);
}

function languageSwitcher(): HTMLElement {
  const nav = bind(h('nav', { class: 'languages' }), tx(common.languageNav), 'aria-label');
  for (const language of LANGUAGES) {
    const button = h('button', { type: 'button', lang: language, 'data-lang': language }, OWN_NAMES[language]);
    button.addEventListener('click', () => {
      if (language === currentLanguage()) return;
      setLanguage(language);
      remember(language);
    });
    nav.append(button);
  }
  const mark = (language: Language) => {
    for (const button of nav.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.dataset.lang === language));
  };
  onLanguage(mark);
  mark(currentLanguage());
  return nav;
}

/**
 * Sets the page up in the chosen language and returns the card to fill. `title` is the page's
 * heading and, with the brand, the document title.
 */
export function startPage(title: Text): { card: HTMLElement; setTitle(next: Text): void } {
  setLanguage(
    chooseLanguage({ query: new URLSearchParams(location.search).get('lang'), stored: storedLanguage(), browser: navigator.languages }),
  );
  const header = document.querySelector('header')!;
  bind(document.querySelector('.skip')!, tx(common.skip));
  bind(header.querySelector('.tagline')!, tx(TAGLINE));
  header.append(languageSwitcher());
  // The footer's link to the privacy notice, in the page's language.
  const signIn = document.getElementById('sign-in-link');
  if (signIn) {
    bind(signIn, tx(SIGN_IN));
    const sync = () => signIn.setAttribute('href', signInPath(currentLanguage()));
    onLanguage(sync);
    sync();
  }
  const privacy = document.getElementById('privacy-link');
  if (privacy) {
    bind(privacy, tx(PRIVACY_NOTICE));
    const sync = () => privacy.setAttribute('href', privacyPath(currentLanguage()));
    onLanguage(sync);
    sync();
  }
  let current = title;
  const syncTitle = () => (document.title = `${current(currentLanguage())} – ${BRAND}`);
  onLanguage(syncTitle);
  const card = document.getElementById('card')!;
  const heading = h('h1', { id: 'title' });
  card.replaceChildren(heading);
  const setTitle = (next: Text) => {
    current = next;
    release(heading);
    bind(heading, next);
    syncTitle();
  };
  setTitle(title);
  return { card, setTitle };
}

/** Moves focus to a heading or message that replaced the content, so screen readers read it. */
export function focusInto(element: HTMLElement) {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
  element.scrollIntoView({ block: 'start' });
}
