/**
 * Names in Latin letters, as a passport writes them: the Cyrillic → Latin transliteration of
 * ICAO Doc 9303 (Machine Readable Travel Documents, part 3), which Russian international passports
 * use (and Belarusian, Kazakh, … for their Cyrillic letters). Pure, so the application form
 * pre-fills with the same table the API falls back on.
 *
 * ICAO writes upper case only; here a letter keeps its case, and a letter that becomes several
 * ("Щ" → "SHCH") is capitalised as its word is: "Щукин" → "Shchukin", "ЩУКИН" → "SHCHUKIN".
 */

// Lower-case Cyrillic → Latin. The Russian alphabet first, then ICAO's letters of the other
// Cyrillic alphabets (Ukrainian, Belarusian, Serbian, Macedonian). Ь is left out, as ICAO says.
const ICAO_9303: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  ґ: 'g', ѓ: 'g', є: 'ie', ѕ: 'dz', і: 'i', ї: 'i', ј: 'j', љ: 'lj', њ: 'nj', ќ: 'k', ћ: 'c',
  ў: 'u', џ: 'dz', ђ: 'd',
};

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/**
 * `text` with every Cyrillic letter ICAO 9303 knows in Latin letters; anything else as it was
 * (Latin letters, spaces, hyphens, and letters of other scripts, which it cannot help with).
 */
export function icaoLatin(text: string): string {
  const chars = [...text.normalize('NFC')];
  return chars
    .map((c, i) => {
      const lower = c.toLowerCase();
      const latin = ICAO_9303[lower];
      if (latin === undefined) return c;
      if (c === lower || latin.length <= 1) return c === lower ? latin : latin.toUpperCase();
      // An upper-case letter that becomes several: all capitals in a word of capitals.
      const next = chars[i + 1];
      const shouting = isLetter(next) ? isUpper(next) : isUpper(chars[i - 1]);
      return shouting ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
    })
    .join('');
}

/** A letter of any script but Latin (Cyrillic, Greek, Arabic, …). */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** Whether a name has letters a reader of Latin letters cannot read. */
export const hasNonLatinLetters = (text: string) => NON_LATIN_LETTER.test(text);

/** Latin letters (with any diacritics), spaces, hyphens, apostrophes and dots; at least one letter. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M} '’ʼ.-]+$/u;

export const isLatinName = (text: string) => LATIN_NAME.test(text) && /\p{Script=Latin}/u.test(text);

/**
 * The name in Latin letters when it can be had without asking: as it is when already Latin, by
 * ICAO 9303 when Cyrillic; undefined when letters of another script are left (Greek, Georgian…).
 */
export function latinForm(name: string): string | undefined {
  const latin = icaoLatin(name.trim());
  return hasNonLatinLetters(latin) ? undefined : latin;
}

/**
 * A name for a reader who may not read its script: "Анна Смирнова (Anna Smirnova)". The Latin
 * form is the one given (as in the passport), else ICAO 9303's; shown only when it differs.
 */
export function withLatinForm(name: string, latin: string | undefined): string {
  const other = latin?.trim() || latinForm(name);
  return other && other !== name && !hasNonLatinLetters(other) ? `${name} (${other})` : name;
}
