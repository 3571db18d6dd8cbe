import isced from './isced-f-2013.json' with { type: 'json' };

/** ISCED-F 2013 codes: 2-digit broad, 3-digit narrow and 4-digit detailed fields. */
const broad = new Set(Object.keys(isced.broad));
const narrow = new Set(Object.keys(isced.narrow));
const detailed = new Set(Object.keys(isced.detailed));

export const isDetailedField = (code: string) => detailed.has(code);
export const isAnyField = (code: string) => broad.has(code) || narrow.has(code) || detailed.has(code);
