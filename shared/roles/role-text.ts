import type { Language, Translations } from '#shared/platform/i18n';

/** What a role says about itself, in the words the company wrote, and in which language. */
export interface RoleText {
  language: Language;
  title: string;
  description?: string;
}

/** The parts of a role that carry its own text (a stored role, or the board's public view of one). */
export interface WithRoleText {
  title: string;
  description?: string;
  /** Absent on roles posted before the field existed: then the contact's language. */
  language?: Language;
  contact?: { language: Language };
  translation?: { language: Language; title: string; description?: string };
}

/** The language the role's own title and description are in. */
export const originalLanguage = (role: WithRoleText): Language => role.language ?? role.contact?.language ?? 'en';

/** The role's text in each language it was written in: the original first. */
export function roleTexts(role: WithRoleText): RoleText[] {
  const original: RoleText = { language: originalLanguage(role), title: role.title, ...(role.description ? { description: role.description } : {}) };
  return role.translation ? [original, { ...role.translation }] : [original];
}

/**
 * The text that fits a reader: the one in their language; else the English one (the language
 * most readers abroad share); else the original. Liike never translates a company's words, so
 * the page names the language of what it shows (and offers the other).
 */
export function roleTextFor(role: WithRoleText, reader: Language): RoleText {
  const texts = roleTexts(role);
  return texts.find((t) => t.language === reader) ?? texts.find((t) => t.language === 'en') ?? texts[0]!;
}

/**
 * "in Finnish", as each reader says it: named beside a company's words shown in a language that
 * is not the reader's (Liike never translates them), so nobody takes them for a translation.
 */
export const IN_LANGUAGE: Translations<Record<Language, string>> = {
  fi: { fi: 'suomeksi', en: 'englanniksi', et: 'viroksi', lt: 'liettuaksi', ru: 'venäjäksi' },
  en: { fi: 'in Finnish', en: 'in English', et: 'in Estonian', lt: 'in Lithuanian', ru: 'in Russian' },
  et: { fi: 'soome keeles', en: 'inglise keeles', et: 'eesti keeles', lt: 'leedu keeles', ru: 'vene keeles' },
  lt: { fi: 'suomių kalba', en: 'anglų kalba', et: 'estų kalba', lt: 'lietuvių kalba', ru: 'rusų kalba' },
  ru: { fi: 'на финском', en: 'на английском', et: 'на эстонском', lt: 'на литовском', ru: 'на русском' },
};

/** "in Finnish" (a text's language) in the reader's language. */
export const inLanguage = (text: Language, reader: Language): string => IN_LANGUAGE[reader][text];

/**
 * " (in Finnish)", to follow a company's words (or the heading over them) when their language is
 * to be named; '' when none is given. Every page and email names a language this one way.
 */
export const languageNamed = (textLanguage: Language | undefined, reader: Language): string =>
  textLanguage ? ` (${inLanguage(textLanguage, reader)})` : '';

/**
 * "Kirvesmiesharjoittelija (in Finnish)": a text with its language named when one is given (as
 * `roleTextShown` gives it: only when it is not the reader's). Plain text, escaped where it is shown.
 */
export const withLanguage = (text: string, textLanguage: Language | undefined, reader: Language): string =>
  `${text}${languageNamed(textLanguage, reader)}`;

/**
 * What a reader who is not the company is shown of a role's own words: the title that fits them
 * (`roleTextFor`) and a description, each with its language when it is not the reader's. The
 * description is the fitting text's own; when that text has none (a second language may give only
 * the title), the first other text that has one, so a description is never hidden.
 */
export interface RoleTextShown {
  title: string;
  /** Set when the title is not in the reader's language. */
  titleLanguage?: Language;
  description?: string;
  /** Set when the description is not in the reader's language. */
  descriptionLanguage?: Language;
}

export function roleTextShown(role: WithRoleText, reader: Language): RoleTextShown {
  const fitting = roleTextFor(role, reader);
  const texts = roleTexts(role);
  const described = fitting.description?.trim()
    ? fitting
    : [texts.find((t) => t.language === 'en'), ...texts].find((t) => t?.description?.trim());
  return {
    title: fitting.title,
    ...(fitting.language !== reader ? { titleLanguage: fitting.language } : {}),
    ...(described?.description
      ? { description: described.description, ...(described.language !== reader ? { descriptionLanguage: described.language } : {}) }
      : {}),
  };
}
