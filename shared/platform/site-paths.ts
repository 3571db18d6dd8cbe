import type { Language, Translations } from './i18n.ts';

/*
 * Paths of the static site (web/) that emails and the server's pages link to. The site and the
 * pages behind email links are on one domain (README, "Deploy"), so a page links by path and an
 * email by the public base URL and the path.
 */

/** The form that posts a role (e.g. again, after its verification link expired). */
export const ROLE_FORM_PATH = '/role/';

/** The privacy notice in one language; `/privacy/` lists the five. */
export const privacyPath = (language: Language) => `/privacy/${language}/`;
export const PRIVACY_INDEX_PATH = '/privacy/';

/** The privacy notice's name, as every page, form and email footer links to it. */
export const PRIVACY_NOTICE: Translations<string> = {
  fi: 'Tietosuojaseloste',
  en: 'Privacy notice',
  et: 'Privaatsusteade',
  lt: 'Privatumo pranešimas',
  ru: 'Уведомление о конфиденциальности',
};

/**
 * The sign-in page (shared/sign-in/), in a language: every page and form links to it, and so
 * does the "unknown or expired link" page (a lost link is found by signing in).
 */
export const signInPath = (language: Language) => `/sign-in?lang=${language}`;
export const SIGN_IN_PATH = '/sign-in';

/** The link's words: signing in is also how a lost application or role is found. */
export const SIGN_IN: Translations<string> = {
  fi: 'Kirjaudu sisään tai etsi hakemuksesi',
  en: 'Sign in or find your application',
  et: 'Logige sisse või leidke oma avaldus',
  lt: 'Prisijunkite arba raskite savo paraišką',
  ru: 'Войти или найти свою заявку',
};
