import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLikeCdk } from '../support/bundle.ts';
import { LANGUAGES, type Language } from '#shared/platform/i18n';
import { BROAD_FIELDS, DETAILED_FIELDS, fieldsUnder, isAnyField, isDetailedField, NARROW_FIELDS } from '#shared/vocabulary/isced';
import { fieldOfStudyLabel, fieldOfStudyName } from '#shared/vocabulary/labels';

const ROOT = path.resolve(import.meta.dirname, '../..');
const namesFile = (language: Language) =>
  JSON.parse(readFileSync(path.join(ROOT, `shared/vocabulary/isced-f-2013.${language}.json`), 'utf8')) as Record<'source' | 'broad' | 'narrow' | 'detailed', unknown>;
const ALL = [...BROAD_FIELDS, ...NARROW_FIELDS, ...DETAILED_FIELDS];

describe('ISCED-F 2013 fields in five languages', () => {
  it('are listed in code order: "00 Generic …" first, "10 Services" last', () => {
    expect(BROAD_FIELDS).toEqual(['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    expect(NARROW_FIELDS).toHaveLength(29);
    expect(DETAILED_FIELDS).toHaveLength(80);
    for (const list of [BROAD_FIELDS, NARROW_FIELDS, DETAILED_FIELDS]) expect([...list]).toEqual([...list].sort());
    expect(fieldsUnder(NARROW_FIELDS, '07')).toEqual(['071', '072', '073']);
    expect(fieldsUnder(DETAILED_FIELDS, '073')).toEqual(['0731', '0732']);
    expect([isDetailedField('0732'), isDetailedField('073'), isAnyField('073'), isAnyField('10'), isAnyField('0788')]).toEqual([true, false, true, true, false]);
  });

  it('have a name in every language for every code, and no other', () => {
    for (const language of LANGUAGES) {
      const file = namesFile(language);
      expect(typeof file.source, language).toBe('string');
      expect(Object.keys(file.broad as object).sort(), language).toEqual([...BROAD_FIELDS]);
      expect(Object.keys(file.narrow as object).sort(), language).toEqual([...NARROW_FIELDS]);
      expect(Object.keys(file.detailed as object).sort(), language).toEqual([...DETAILED_FIELDS]);
      for (const code of ALL) {
        const label = fieldOfStudyLabel(code, language);
        expect(label, `${language} ${code}`).toMatch(/^\S(.*\S)?$/);
        expect(fieldOfStudyName(code, language)).toBe(`${code} ${label}`);
      }
    }
  });

  it('are translated, not copied: each language in its own script, none the English name', () => {
    for (const language of ['fi', 'et', 'lt', 'ru'] as const) {
      for (const code of ALL) {
        const label = fieldOfStudyLabel(code, language)!;
        expect(label, `${language} ${code}`).not.toBe(fieldOfStudyLabel(code, 'en'));
        // "(ICT)" and "(ИКТ)" aside, Russian names are Cyrillic and the others Latin.
        const letters = label.replace(/\(ICT\)/, '');
        expect(/\p{Script=Cyrillic}/u.test(letters), `${language} ${code}: ${label}`).toBe(language === 'ru');
      }
    }
    expect(['fi', 'en', 'et', 'lt', 'ru'].map((l) => fieldOfStudyName('0732', l as Language))).toEqual([
      '0732 Rakennus- ja yhdyskuntatekniikka',
      '0732 Building and civil engineering',
      '0732 Ehitus ja tsiviilrajatised',
      '0732 Statyba ir civilinė inžinerija',
      '0732 Строительство зданий и сооружений',
    ]);
    expect(fieldOfStudyName('10', 'fi')).toBe('10 Palvelualat');
    expect(fieldOfStudyName('9999', 'fi')).toBe('9999');
  });

  it('are carried only by the functions that show a field (a later issue measures bundles)', async () => {
    const bundle = async (entry: string) => {
      // Letters as they are, so the names can be looked for (the deployed build escapes them).
      const result = await buildLikeCdk([entry], { charset: 'utf8', metafile: false });
      return result.outputFiles[0]!.text;
    };
    const names = ['Rakennus- ja yhdyskuntatekniikka', 'Building and civil engineering', 'Строительство зданий и сооружений'];
    // POST /applications validates the code and shows no name.
    const validates = await bundle('functions/api/create-application.ts');
    for (const name of names) expect(validates.includes(name), name).toBe(false);
    // The coordinator's decision email names the field in the coordinator's language.
    const shows = await bundle('functions/consumers/notify-coordinator.ts');
    for (const name of names) expect(shows.includes(name), name).toBe(true);
  }, 60_000);
});
