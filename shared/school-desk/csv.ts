import { personName } from '#shared/applications/latin-name';
import { FOLLOW_UP_KINDS } from '#shared/follow-up/records';
import type { Language } from '#shared/platform/i18n';
import { countryName } from '#shared/vocabulary/labels';
import type { Placement } from './data.ts';
import { CSV_COLUMNS, DESK } from './texts.ts';

/**
 * A cell as a spreadsheet should take it: text that a spreadsheet would run as a formula (it
 * starts with =, +, -, @, or a tab or carriage return that some strip first) gets a leading
 * apostrophe, so a name or title typed by anyone cannot become a formula on a coordinator's
 * machine; every cell is quoted (RFC 4180), quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Rows as CSV: CRLF line ends, a byte-order mark first so spreadsheets read it as UTF-8 (Cyrillic names). */
export const toCsv = (rows: readonly (readonly string[])[], separator = ',') => `\uFEFF${rows.map((row) => row.map(csvCell).join(separator)).join('\r\n')}\r\n`;

/**
 * The list separator a spreadsheet expects in the reader's locale: where the decimal mark is a
 * comma (Finnish, Estonian, Lithuanian, Russian), Excel opens a double-clicked file by `;`.
 */
export const LIST_SEPARATOR: Record<Language, string> = { fi: ';', en: ',', et: ';', lt: ';', ru: ';' };

/** The school's placements: a header row in the desk's language, then one row per placement; dates as ISO dates. */
export function placementsCsv(language: Language, placements: readonly Placement[]): string {
  const c = CSV_COLUMNS[language];
  const t = DESK[language];
  const header = [c.student, c.company, c.role, c.country, c.city, c.from, c.to, ...FOLLOW_UP_KINDS.map((kind) => t.followUpKinds[kind])];
  const rows = placements.map((p) => [
    personName(p.application),
    p.role.company.name,
    p.role.title,
    countryName(p.role.company.country, language),
    p.role.company.city,
    p.periodFrom,
    p.periodTo,
    ...FOLLOW_UP_KINDS.map((kind) => t.followUpStatuses[p.followUps[kind] ?? 'NONE']),
  ]);
  return toCsv([header, ...rows], LIST_SEPARATOR[language]);
}
