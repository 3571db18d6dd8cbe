import * as z from 'zod';
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

// ICU's language names, built on first use: building them costs milliseconds at init in every
// function that imports this module, and only a role's or an application's check reads them.
let displayNames: Intl.DisplayNames | undefined;
const knownLanguages = { of: (code: string) => (displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(code) };
export const languageRequirement = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code, e.g. "en"')
    // zod runs this even when the regex failed, and Intl throws on what is no language tag.
    .refine((c) => !/^[a-z]{2}$/.test(c) || knownLanguages.of(c) !== undefined, 'is not an ISO 639-1 language'),
  level: z.enum(CEFR_LEVELS),
});
