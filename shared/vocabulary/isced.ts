import isced from './isced-f-2013.json' with { type: 'json' };

/**
 * ISCED-F 2013 fields of education and training: 2-digit broad, 3-digit narrow and 4-digit
 * detailed codes with their (English) names. The code list ships here; the forms and tests read
 * it through this module.
 */
export const ISCED_F: { broad: Record<string, string>; narrow: Record<string, string>; detailed: Record<string, string> } = isced;

const broad = new Set(Object.keys(isced.broad));
const narrow = new Set(Object.keys(isced.narrow));
const detailed = new Set(Object.keys(isced.detailed));

export const isDetailedField = (code: string) => detailed.has(code);
export const isAnyField = (code: string) => broad.has(code) || narrow.has(code) || detailed.has(code);
