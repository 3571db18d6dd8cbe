import * as z from './zod.ts';

/*
 * Building blocks of every request schema: texts of any script that are safe to store, mail
 * and log, dates, and lists without repeats. The feature schemas compose them.
 */

// Control characters have no place in names or titles and break emails and logs; newlines and
// tabs are allowed only in the long free-text fields.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
export const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Characters that are invisible or turn the direction of the text around: in a name or a title
// that lands in an email subject they can make "exe.pdf" out of "fdp.exe" or hide a word. Bidi
// embeddings, overrides and isolates, zero-width spaces and joiners, direction marks, word
// joiner and invisible operators, the byte-order mark, and the line and paragraph separators.
const INVISIBLE_OR_BIDI = /[\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
// In free text, only what turns the direction around (overrides and isolates) is refused.
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/;
export const INVISIBLE_MESSAGE = 'must not contain invisible or direction-changing characters';
// A lone UTF-16 surrogate (JSON allows "\ud800") is no text: it cannot be stored or mailed as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A single-line text of any script, trimmed. */
export const line = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(max, `at most ${max} characters`),
    z.refine((s) => !CONTROL.test(s), 'must not contain control characters'),
    z.refine((s) => !INVISIBLE_OR_BIDI.test(s), INVISIBLE_MESSAGE),
    z.refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode text'),
  );

/*
 * A person's name, in any script: letters and combining marks (ü, й, ą, ē, and the marks that
 * build letters in other scripts), spaces, hyphens, apostrophes (' and ’) and dots ("Jean-Luc",
 * "O’Brien", "J. R."), and at least one letter. No digits, symbols, emoji or markup: names are
 * shown in emails and pages to people who decide on them. What `line` refuses (control,
 * invisible and direction-changing characters) it reports itself, so it is not reported twice.
 */
const NAME_CHARACTER = /[\p{L}\p{M} \-\u2010'\u2019.]/u;
const LETTER = /\p{L}/u;
export const NAME_MESSAGE = "may contain only letters, spaces, hyphens (-), apostrophes (' ’) and dots, and at least one letter";
const refusedByLine = (c: string) => CONTROL.test(c) || INVISIBLE_OR_BIDI.test(c) || LONE_SURROGATE.test(c);

/** Whether a (trimmed, non-empty) text is written like a person's name; see NAME_MESSAGE. */
export function isPersonName(s: string): boolean {
  const others = [...s].filter((c) => !refusedByLine(c));
  return others.every((c) => NAME_CHARACTER.test(c)) && (others.length < [...s].length || LETTER.test(s));
}

/** A person's name (first, last, a contact's full name): a single line of letters, see `isPersonName`. */
export const personName = (max: number) => line(max).check(z.refine((s) => s === '' || isPersonName(s), NAME_MESSAGE));

/** A multi-line free text, trimmed. */
export const freeText = (max: number) =>
  z.string().check(
    z.trim(),
    z.maxLength(max, `at most ${max} characters`),
    z.refine((s) => !CONTROL_EXCEPT_WHITESPACE.test(s), 'must not contain control characters'),
    z.refine((s) => !BIDI_OVERRIDE.test(s), INVISIBLE_MESSAGE),
    z.refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode text'),
  );

export const email = z.email('must be a valid email address').check(z.maxLength(254));

/** Today as an ISO date in UTC; injectable so tests can fix the clock. */
export type Today = () => string;
export const utcToday: Today = () => new Date().toISOString().slice(0, 10);

export const isoDate = z.iso.date('must be a date as YYYY-MM-DD');

/** A superRefine for arrays: the second of two equal entries (by `key`) is "listed twice". */
export const unique = <T>(key: (v: T) => unknown = (v) => v) =>
  (list: T[], ctx: z.core.$RefinementCtx<T[]>) => {
    const seen = new Set<unknown>();
    list.forEach((v, i) => {
      const k = key(v);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: 'is listed twice', path: [i] });
      seen.add(k);
    });
  };

/**
 * Whole and partial weeks in a period, both end days counted, as matching and placements count
 * them: 1–28 March is 4 weeks (counting one end only, a form refused 4 weeks that matching accepts).
 */
export const weeksBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from) + 86_400_000) / (7 * 86_400_000);
