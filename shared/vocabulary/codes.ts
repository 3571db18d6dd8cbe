import * as z from '#shared/platform/zod';
import { LANGUAGES } from '#shared/platform/i18n';

/**
 * The network's shared vocabulary, defined once: the request schemas, the event contracts, the
 * matcher, the pages and the forms all speak in these codes.
 */

export const COUNTRIES = ['FI', 'EE', 'LT', 'RU'] as const;
export const SECTORS = ['construction', 'wellbeing', 'technology'] as const;
export const APPLICANT_TYPES = ['student', 'staff'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/**
 * The languages the forms offer in their lists (the role form, the application form, a role's
 * change form): the network's own first, then those of the region and its newcomers. Any ISO
 * 639-1 code is valid at the API; these are the ones worth offering.
 */
export const OFFERED_LANGUAGES: readonly string[] = /* @__PURE__ */ (() => [
  ...LANGUAGES,
  ...['sv', 'no', 'da', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'lv', 'uk', 'be', 'cs', 'sk', 'hu', 'ro', 'bg', 'el', 'sr', 'hr', 'sl'],
  ...['sq', 'tr', 'ar', 'fa', 'ku', 'so', 'ti', 'am', 'hy', 'ka', 'az', 'kk', 'ky', 'uz', 'tg', 'tk', 'zh', 'ja', 'ko', 'vi', 'th', 'hi', 'ur', 'bn', 'ta', 'tl'],
])();

export type Country = (typeof COUNTRIES)[number];
export type Sector = (typeof SECTORS)[number];
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const country = z.enum(COUNTRIES);
export const sector = z.enum(SECTORS);
export const applicantType = z.enum(APPLICANT_TYPES);
/** The language a person is written to in: one of Liike's five. */
export const contactLanguage = z.enum(LANGUAGES);

// Made on first use: loading the language names takes ~12 ms, which every function that imports
// the codes (nearly all, through the event contracts) would otherwise pay at each cold start.
let knownLanguages: Intl.DisplayNames | undefined;
const isLanguage = (code: string) => (knownLanguages ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(code) !== undefined;

export const languageRequirement = z.strictObject({
  code: z.string().check(
    z.regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code, e.g. "en"'),
    // zod runs this even when the regex failed, and Intl throws on what is no language tag.
    z.refine((c) => !/^[a-z]{2}$/.test(c) || isLanguage(c), 'is not an ISO 639-1 language'),
  ),
  level: z.enum(CEFR_LEVELS),
});
