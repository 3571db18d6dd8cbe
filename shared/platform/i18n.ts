/**
 * The five languages of emails and pages, and what every text needs in them: dates, numbers,
 * plural forms, language names, quotation marks. Every table is a `Translations<T>`: a missing
 * language is a compile error. The names of the vocabulary's codes are in shared/vocabulary/labels.ts.
 */

export const LANGUAGES = ['fi', 'en', 'et', 'lt', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One value per language; used for every translation table. */
export type Translations<T> = Record<Language, T>;

/** A table built by one function for every language (for texts assembled from per-language parts); pure, so unused tables drop out of bundles. */
/* @__NO_SIDE_EFFECTS__ */ export function perLanguage<T>(build: (language: Language) => T): Translations<T> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, build(language)])) as Translations<T>;
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** Used when nothing better is known (e.g. an unknown link and no usable Accept-Language). */
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * The best of our languages for an `Accept-Language` header ("et-EE,et;q=0.9,en;q=0.8"),
 * or the default. Only the primary subtag counts; `q=0` means "not this one".
 */
export function preferredLanguage(header: string | undefined | null): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { code: tag.trim().split('-')[0]!.toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ q }) => Number.isFinite(q) && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const best = ranked.find(({ code }) => isLanguage(code))?.code;
  return isLanguage(best) ? best : DEFAULT_LANGUAGE;
}

const LOCALES: Translations<string> = { fi: 'fi-FI', en: 'en-GB', et: 'et-EE', lt: 'lt-LT', ru: 'ru-RU' };

/** Where nothing better is known: the network's own zone (Finland's, which Estonia and Lithuania share). */
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date-time with its reader's time zone annotated, as RFC 9557 writes it: "2026-12-18T20:59:00Z[Europe/Moscow]". */
const ANNOTATED = /^(.*)\[([A-Za-z_]+(?:\/[A-Za-z_+-]+)*)\]$/;

/** The zones of the network's countries as their readers say them; another zone gets Intl's name. */
const ZONE_NAMES: Translations<Record<string, string>> = {
  fi: { 'Europe/Helsinki': 'Helsingin aika', 'Europe/Tallinn': 'Tallinnan aika', 'Europe/Vilnius': 'Vilnan aika', 'Europe/Moscow': 'Moskovan aika' },
  en: { 'Europe/Helsinki': 'Helsinki time', 'Europe/Tallinn': 'Tallinn time', 'Europe/Vilnius': 'Vilnius time', 'Europe/Moscow': 'Moscow time' },
  et: { 'Europe/Helsinki': 'Helsingi aeg', 'Europe/Tallinn': 'Tallinna aeg', 'Europe/Vilnius': 'Vilniuse aeg', 'Europe/Moscow': 'Moskva aeg' },
  lt: { 'Europe/Helsinki': 'Helsinkio laikas', 'Europe/Tallinn': 'Talino laikas', 'Europe/Vilnius': 'Vilniaus laikas', 'Europe/Moscow': 'Maskvos laikas' },
  ru: { 'Europe/Helsinki': 'хельсинкское время', 'Europe/Tallinn': 'таллинское время', 'Europe/Vilnius': 'вильнюсское время', 'Europe/Moscow': 'московское время' },
};

const zonePart = (date: Date, locale: string, timeZone: string, timeZoneName: 'longGeneric' | 'shortOffset') =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;

/** "Moscow time, UTC+3": the zone's name and its offset from UTC at that moment (summer time included). */
function zoneName(date: Date, language: Language, timeZone: string): string {
  const name = ZONE_NAMES[language][timeZone] ?? zonePart(date, LOCALES[language], timeZone, 'longGeneric') ?? timeZone;
  const offset = (zonePart(date, 'en-US', timeZone, 'shortOffset') ?? 'GMT').replace(/^GMT/, 'UTC');
  return `${name}, ${offset}`;
}

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * A date for people: a plain ISO date ("2025-06-01") as a calendar date, never shifted by a
 * time zone; an ISO date-time in the reader's time zone, named with its offset: "18. joulukuuta
 * 2026 klo 23.59 (Helsingin aika, UTC+2)", "19 декабря 2026 г. в 00:59 (московское время, UTC+3)".
 * The zone is `timeZone`, else the one annotated on the value ("…Z[Europe/Moscow]", see
 * shared/vocabulary/time-zones.ts), else Helsinki's. Anything unparseable is returned as it came,
 * so a bad value never breaks a page or an email.
 */
export function formatDate(isoDateOrDateTime: string, language: Language, timeZone?: string): string {
  const annotated = ANNOTATED.exec(isoDateOrDateTime);
  const value = annotated ? annotated[1]! : isoDateOrDateTime;
  const plain = PLAIN_DATE.test(value);
  const date = new Date(plain ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return isoDateOrDateTime;
  const locale = LOCALES[language];
  if (plain) return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  const zone = [timeZone, annotated?.[2]].find((z): z is string => z !== undefined && isTimeZone(z)) ?? DEFAULT_TIME_ZONE;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(date);
  return `${dateTime} (${zoneName(date, language, zone)})`;
}

/** "1 June 2025 – 31 August 2025" */
export const formatPeriod = (from: string, to: string, language: Language) =>
  `${formatDate(from, language)} – ${formatDate(to, language)}`;

/** Numbers with the language's grouping ("1 000" / "1,000"). */
export const formatNumber = (value: number, language: Language) => new Intl.NumberFormat(LOCALES[language]).format(value);

/** A label from a table, or the raw value if it is not one we know (never throws). */
export const labelFrom = <K extends string>(table: Record<K, string>, value: string): string =>
  Object.hasOwn(table, value) ? table[value as K] : value;

/** Nouns that follow a number; each language picks the form by its plural rules. */
export type CountUnit = 'week' | 'day' | 'level' | 'point';

/** The forms a noun takes after a number; `few` and `many` only where the language has them. */
type PluralForms = { one: string; other: string; few?: string; many?: string };

const UNITS: Translations<Record<CountUnit, PluralForms>> = {
  fi: {
    week: { one: 'viikko', other: 'viikkoa' },
    day: { one: 'päivä', other: 'päivää' },
    level: { one: 'taso', other: 'tasoa' },
    point: { one: 'piste', other: 'pistettä' },
  },
  en: {
    week: { one: 'week', other: 'weeks' },
    day: { one: 'day', other: 'days' },
    level: { one: 'level', other: 'levels' },
    point: { one: 'point', other: 'points' },
  },
  et: {
    week: { one: 'nädal', other: 'nädalat' },
    day: { one: 'päev', other: 'päeva' },
    level: { one: 'tase', other: 'taset' },
    point: { one: 'punkt', other: 'punkti' },
  },
  // Lithuanian and Russian: `other` and `many` are swapped between the two (CLDR): in Lithuanian
  // `many` is for fractions, in Russian `other` is.
  lt: {
    week: { one: 'savaitė', few: 'savaitės', many: 'savaitės', other: 'savaičių' },
    day: { one: 'diena', few: 'dienos', many: 'dienos', other: 'dienų' },
    level: { one: 'lygis', few: 'lygiai', many: 'lygio', other: 'lygių' },
    point: { one: 'taškas', few: 'taškai', many: 'taško', other: 'taškų' },
  },
  ru: {
    week: { one: 'неделя', few: 'недели', many: 'недель', other: 'недели' },
    day: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
    level: { one: 'уровень', few: 'уровня', many: 'уровней', other: 'уровня' },
    point: { one: 'балл', few: 'балла', many: 'баллов', other: 'балла' },
  },
};

// Built on first use, one language at a time: ICU's rules cost milliseconds each at init, and most
// invocations format counts in one language or none.
const PLURAL_RULES: Partial<Translations<Intl.PluralRules>> = {};
const pluralRules = (language: Language) => (PLURAL_RULES[language] ??= new Intl.PluralRules(LOCALES[language]));

/** "1 week", "12 weeks", "12 viikkoa", "21 savaitė", "5 недель". */
export function formatCount(count: number, unit: CountUnit, language: Language): string {
  const forms = UNITS[language][unit];
  const category = pluralRules(language).select(count);
  const noun = (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
  return `${formatNumber(count, language)} ${noun}`;
}

/** A language's name in the reader's language ("en" → "englanti"); an unknown code as it is. */
export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not even shaped like a language code
  }
}

/**
 * Languages with their CEFR level, as the reader says them: "English C1, Finnish B1",
 * "englanti C1, suomi B1". The level codes (A1..C2) are the same in every language.
 */
export const languageLevels = (skills: readonly { code: string; level: string }[], language: Language) =>
  skills.map(({ code, level }) => `${languageName(code, language)} ${level}`).join(', ');

/** The network's name and strapline, shown in the header of every email and page. */
export const BRAND = 'Liike';
export const TAGLINE: Translations<string> = {
  fi: 'Työssäoppimista yli rajojen',
  en: 'Work-based learning across borders',
  et: 'Töökohapõhine õpe üle piiride',
  lt: 'Mokymasis darbo vietoje be sienų',
  ru: 'Практическое обучение без границ',
};

// Quotation marks as each language writes them around a title.
const QUOTES: Translations<readonly [string, string]> = {
  fi: ['”', '”'],
  en: ['“', '”'],
  et: ['„', '“'],
  lt: ['„', '“'],
  ru: ['«', '»'],
};

/** A title in the language's quotation marks: ”…” (fi), “…” (en), „…“ (et, lt), «…» (ru). */
export const quote = (text: string, language: Language) => `${QUOTES[language][0]}${text}${QUOTES[language][1]}`;
