import type { Country, Sector } from '#shared/vocabulary/codes';

/*
 * How an open role sits on the matching pool's index (gsi1, partition POOL.roles), so that the
 * public board (shared/roles/board.ts) reads it with key conditions, never a Scan: the sort key
 * begins with the host country and the sector, the filters a reader picks first, then the time
 * the role opened (a stable order: a role keeps its place while it is open) and its id.
 */

/** The role's sort key on the pool index: `<country>#<sector>#<openedAt>#<roleId>`. */
export const rolePoolKey = (role: { company: { country: Country }; sector: Sector; roleId: string }, openedAt: string) =>
  `${role.company.country}#${role.sector}#${openedAt}#${role.roleId}`;

/** Lower case without diacritics, so "Tampere" finds "tampere" and "Šiauliai" "siauliai". */
export const foldForSearch = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What the board's text search reads (`boardText` on the role item): title (in both languages),
 * company and city, folded. A search is a `contains` filter on it within the key range.
 */
export const boardText = (role: { title: string; translation?: { title: string }; company: { name: string; city: string } }) =>
  foldForSearch([role.title, role.translation?.title ?? '', role.company.name, role.company.city].join(' \u001f '));

/**
 * Every code the role's fields fall under or are (`boardFields` on the role item): 0732 gives
 * 07, 073 and 0732. A reader filtering by a broad field finds the narrower roles in it with one
 * `contains`; one filtering by a detailed field finds the broader roles that accept it by its
 * own prefixes, as matching does (shared/matching/rules.ts, fieldAccepted).
 */
export function boardFields(fields: readonly string[]): string[] {
  const all = new Set<string>();
  for (const f of fields) for (let n = 2; n <= f.length; n++) all.add(f.slice(0, n));
  return [...all].sort();
}
