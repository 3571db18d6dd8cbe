import { LANGUAGES } from '#shared/platform/i18n';
import { currentLanguage, h, onLanguage } from './dom.ts';
import { OWN_NAMES } from './page.ts';

/** Today in the reader's time zone, as an input type=date wants it (the API then checks in UTC). */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * The language of the emails: the page's language until the person picks another, so that by
 * default the emails speak the language the form was filled in.
 */
export function contactLanguageSelect() {
  const element = h('select');
  for (const language of LANGUAGES) element.append(h('option', { value: language, lang: language }, OWN_NAMES[language]));
  element.value = currentLanguage();
  element.addEventListener('change', () => (element.dataset.chosen = ''));
  onLanguage((language) => {
    if (!('chosen' in element.dataset)) element.value = language;
  });
  return element;
}

/**
 * Marks the page usable (controls built, data loaded): `data-ready` for tests, and a
 * performance mark measured from navigation start (the time-to-usable in web/README.md).
 */
export function markReady() {
  performance.mark('liike:ready');
  document.documentElement.dataset.ready = '';
}
