import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LANGUAGES } from '#shared/platform/i18n';
import { boardEntry, boardEntrySchema, boardPageSchema, publicRole, publicRoleSchema, type BoardEntry, type BoardPage, type PublicRole } from '#shared/roles/public-role';
import type { RoleItem } from '#shared/roles/store';
import type { BoardEntryView, BoardPageView, PublicRoleView } from '../../web/src/board-contract.ts';
import * as boardTexts from '../../web/src/board-texts.ts';

const WEB_SRC = path.join(import.meta.dirname, '../../web/src');

/*
 * The board page and the role chooser read the API's JSON through types of their own
 * (web/src/board-contract.ts: the contract's module reaches the role store, which the browser's
 * typecheck cannot). Here, at compile time (`tsc`), they must be exactly the contract's; and the
 * texts must name the same values in every language.
 */

describe('the board pages read the board’s contract', () => {
  it('their types are exactly those of shared/roles/public-role.ts', () => {
    expectTypeOf<PublicRoleView>().toEqualTypeOf<PublicRole>();
    expectTypeOf<BoardEntryView>().toEqualTypeOf<BoardEntry>();
    expectTypeOf<BoardPageView>().toEqualTypeOf<BoardPage>();
  });

  it('a stored role, as the API gives it, is what the pages expect (no contact, no business id)', () => {
    const item = {
      roleId: '3f2b6c1e-8a4d-4b8e-9c1a-2d5e7f9a0b1c',
      title: 'Kirvesmiesharjoittelija',
      description: 'Puurakentamista.',
      language: 'fi',
      translation: { language: 'en', title: 'Carpenter trainee', description: 'Timber building.' },
      company: { name: 'Puu Oy', businessId: '1234567-1', country: 'FI', region: 'Pirkanmaa', city: 'Tampere' },
      contact: { name: 'Pekka Järvinen', email: 'pekka@puu.example', language: 'fi' },
      sector: 'construction',
      fieldsOfStudy: ['073'],
      applicantTypes: ['student'],
      periodFrom: '2030-03-01',
      periodTo: '2030-06-30',
      minWeeks: 6,
      places: 2,
      placesLeft: 1,
      languages: [{ code: 'en', level: 'B1' }],
      openedAt: '2030-01-01T10:00:00.000Z',
    } as unknown as RoleItem;
    const role: PublicRoleView = publicRoleSchema.parse(publicRole(item));
    const entry: BoardEntryView = boardEntrySchema.parse(boardEntry(item));
    boardPageSchema.parse({ roles: [entry] } satisfies BoardPageView);
    expect(role.translation?.description).toBe('Timber building.');
    expect(entry).not.toHaveProperty('description');
    expect(JSON.stringify([role, entry])).not.toMatch(/1234567-1|pekka|Järvinen/);
  });
});

describe('the board’s texts', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('say the same values in every language', () => {
    for (const [tableName, table] of Object.entries(boardTexts)) {
      for (const [key, texts] of Object.entries(table as Record<string, Record<string, string>>)) {
        const english = placeholders(texts.en!);
        for (const language of LANGUAGES) {
          expect(texts[language], `${tableName}.${key}.${language}`).toBeTruthy();
          expect(placeholders(texts[language]!), `${tableName}.${key}.${language}`).toEqual(english);
        }
      }
    }
  });

  it('are each shown somewhere: a text no page reads is one nobody keeps right', () => {
    // Every use of a table goes through the name a page imports it by (`board as B`, `facts`…).
    const used = new Set<string>();
    for (const file of readdirSync(WEB_SRC).filter((f) => f.endsWith('.ts') && f !== 'board-texts.ts')) {
      const source = readFileSync(path.join(WEB_SRC, file), 'utf8');
      for (const [, names] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\/board-texts\.ts'/g)) {
        for (const spec of names!.split(',').map((n) => n.trim()).filter(Boolean)) {
          const [table, alias = table] = spec.split(/\s+as\s+/) as [string, string?];
          for (const [, key] of source.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'))) used.add(`${table}.${key}`);
        }
      }
    }
    const all = Object.entries(boardTexts).flatMap(([table, texts]) => Object.keys(texts).map((key) => `${table}.${key}`));
    expect(all.filter((name) => !used.has(name))).toEqual([]);
  });
});
