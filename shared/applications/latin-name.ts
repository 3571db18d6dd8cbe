import * as z from '#shared/platform/zod';
import { line } from '#shared/platform/validation';
import { hasNonLatinLetters, isLatinName, latinForm, withLatinForm } from '#shared/vocabulary/transliteration';

/**
 * The applicant's name in Latin letters, as in the passport (`firstNameLatin`, `lastNameLatin`):
 * what a company or coordinator abroad reads beside a name in Cyrillic, and what travel and
 * insurance papers need. The form pre-fills it by ICAO 9303 and the applicant corrects it; when
 * the API is sent a Cyrillic name without it, Liike stores ICAO 9303's. A name in another script
 * (Greek, Georgian, …) that no table here covers needs it (422 otherwise). It is personal data
 * like the name: erasure removes it, "download my data" shows it.
 */

export const LATIN_NAME_MESSAGE = 'must be in Latin letters, as in a passport';
export const LATIN_NAME_REQUIRED = 'is required when the name has letters other than Latin';

export const latinNameField = z.optional(
  line(100).check(
    z.refine(isLatinName, LATIN_NAME_MESSAGE),
    z.describe('The name in Latin letters (diacritics allowed) as in the passport; for a Cyrillic name, by default its ICAO 9303 transliteration'),
  ),
);

interface Names {
  firstName: string;
  lastName: string;
  firstNameLatin?: string | undefined;
  lastNameLatin?: string | undefined;
}

const PARTS = [
  ['firstName', 'firstNameLatin'],
  ['lastName', 'lastNameLatin'],
] as const;

/** A superRefine: the Latin form is needed where the name has letters ICAO 9303 cannot write in Latin. */
export function requireLatinNames(a: Names, ctx: z.core.$RefinementCtx<Names>) {
  for (const [name, latin] of PARTS) {
    if (a[latin] === undefined && typeof a[name] === 'string' && hasNonLatinLetters(a[name]) && latinForm(a[name]) === undefined) {
      ctx.addIssue({ code: 'custom', path: [latin], message: LATIN_NAME_REQUIRED });
    }
  }
}

/** What is stored: the Latin forms given, else ICAO 9303's for a name that has letters other than Latin. */
export function latinNames(a: Names): Pick<Names, 'firstNameLatin' | 'lastNameLatin'> {
  const stored: Pick<Names, 'firstNameLatin' | 'lastNameLatin'> = {};
  for (const [name, latin] of PARTS) {
    const value = a[latin] ?? (hasNonLatinLetters(a[name]) ? latinForm(a[name]) : undefined);
    if (value !== undefined) stored[latin] = value;
  }
  return stored;
}

/** "Анна Смирнова (Anna Smirnova)" for a reader abroad; a name in Latin letters alone. */
export function personName(a: Names): string {
  const first = a.firstNameLatin ?? latinForm(a.firstName);
  const last = a.lastNameLatin ?? latinForm(a.lastName);
  return withLatinForm(`${a.firstName} ${a.lastName}`, first !== undefined && last !== undefined ? `${first} ${last}` : undefined);
}
