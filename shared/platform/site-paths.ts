import type { Language } from './i18n.ts';

/*
 * Paths of the static site (web/) that emails and the server's pages link to. The site and the
 * pages behind email links are on one domain (README, "Deploy"), so a page links by path and an
 * email by the public base URL and the path.
 */

/** The privacy notice in one language; `/privacy/` lists the five. */
export const privacyPath = (language: Language) => `/privacy/${language}/`;
export const PRIVACY_INDEX_PATH = '/privacy/';
