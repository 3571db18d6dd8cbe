import type { Language } from '#shared/platform/i18n';

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
