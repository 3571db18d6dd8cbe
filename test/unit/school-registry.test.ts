import { describe, expect, it } from 'vitest';
import { withoutPersonalValues } from '#shared/schools/audit';
import { schoolChanges, withPatch } from '#shared/schools/changes';
import { CSV_HEADER, csvRecords, parseSchoolsCsv, schoolsCsv } from '#shared/schools/csv';
import type { School } from '#shared/schools/registry';
import { flatFromSchool, parseSchool, type FlatSchool } from '#shared/schools/registry-schema';

/*
 * The registry entry as staff write it (one schema for the desk's form, the CLI's flags and the
 * CSV import): what it accepts, which field each error names and in what order, what a change
 * records, and the CSV as spreadsheets write it.
 */

const valid: FlatSchool = {
  schoolId: 'ee-parnu-khk',
  name: 'Pärnumaa Kutsehariduskeskus',
  country: 'EE',
  city: 'Pärnu',
  'coordinator.name': 'Kersti Lepp',
  'coordinator.email': 'kersti.lepp@pkhk.example',
  'coordinator.language': 'et',
  'deputy.name': 'Jaan Mets',
  'deputy.email': 'jaan.mets@pkhk.example',
  'deputy.language': 'en',
};

const school: School = {
  schoolId: 'ee-parnu-khk',
  name: 'Pärnumaa Kutsehariduskeskus',
  country: 'EE',
  city: 'Pärnu',
  coordinator: { name: 'Kersti Lepp', email: 'kersti.lepp@pkhk.example', language: 'et' },
  deputy: { name: 'Jaan Mets', email: 'jaan.mets@pkhk.example', language: 'en' },
};

const paths = (flat: FlatSchool) => {
  const result = parseSchool(flat);
  return result.ok ? [] : result.errors.map((e) => e.path);
};

describe('a registry school', () => {
  it('is a school with a coordinator and an optional deputy, trimmed, the country in capitals', () => {
    expect(parseSchool({ ...valid, city: '  Pärnu ', country: 'ee' })).toEqual({ ok: true, school });
    const { deputy: _deputy, ...withoutDeputy } = school;
    expect(parseSchool({ ...valid, 'deputy.name': '', 'deputy.email': ' ', 'deputy.language': '' })).toEqual({ ok: true, school: withoutDeputy });
  });

  it('names each wrong field once, in the order of the form', () => {
    const result = parseSchool({
      ...valid,
      schoolId: 'EE Pärnu',
      city: '',
      'coordinator.email': 'kersti.lepp',
      'coordinator.language': 'de',
      'deputy.name': 'Jaan <b>',
      country: 'SE',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { path: 'schoolId', message: 'must be lower-case letters, digits and single hyphens, e.g. "fi-sasky"' },
      { path: 'country', message: 'must be one of FI, EE, LT, RU' },
      { path: 'city', message: 'must not be empty' },
      { path: 'coordinator.email', message: 'must be a valid email address' },
      { path: 'coordinator.language', message: 'must be one of fi, en, et, lt, ru' },
      { path: 'deputy.name', message: expect.stringContaining('may contain only letters') },
    ]);
  });

  it('asks for every field of a deputy begun, and a deputy other than the coordinator', () => {
    expect(paths({ ...valid, 'deputy.name': '', 'deputy.language': '' })).toEqual(['deputy.name', 'deputy.language']);
    expect(paths({ ...valid, 'deputy.email': ' Kersti.Lepp@PKHK.example ' })).toEqual(['deputy.email']);
  });

  it('needs the name in Latin letters for a name in another script, and only Latin letters there', () => {
    const russian = { ...valid, schoolId: 'ru-pskov', name: 'Псковский колледж', country: 'RU', city: 'Псков' };
    expect(paths(russian)).toEqual(['nameLatin']);
    expect(paths({ ...russian, nameLatin: 'Псковский' })).toEqual(['nameLatin']);
    expect(paths({ ...russian, nameLatin: 'Pskov College' })).toEqual([]);
  });

  it('refuses ids that are no ids or that the desk uses in its addresses', () => {
    for (const schoolId of ['', 'fi--x', '-fi', 'fi_x', 'new', 'a'.repeat(65)]) expect(paths({ ...valid, schoolId }), schoolId).toEqual(['schoolId']);
    expect(paths({ ...valid, schoolId: 'fi-test-1a2b3c4d' })).toEqual([]);
  });

  it('goes back to the flat fields it came from', () => {
    expect(flatFromSchool(school)).toEqual(valid);
  });
});

describe('a change to a school', () => {
  it('records each field that differs, before and after, the contacts marked personal', () => {
    const after = { ...school, city: 'Tallinn', coordinator: { ...school.coordinator, email: 'k.lepp@pkhk.example' } };
    expect(schoolChanges(school, after)).toEqual([
      { field: 'city', before: 'Pärnu', after: 'Tallinn' },
      { field: 'coordinator.email', before: 'kersti.lepp@pkhk.example', after: 'k.lepp@pkhk.example', personal: true },
    ]);
    expect(schoolChanges(school, school)).toEqual([]);
  });

  it('records every field of a school added, and a deputy removed as each of its fields going', () => {
    expect(schoolChanges(undefined, school).map((c) => c.field)).toEqual(Object.keys(valid));
    const { deputy: _deputy, ...withoutDeputy } = school;
    expect(schoolChanges(school, withoutDeputy)).toEqual([
      { field: 'deputy.name', before: 'Jaan Mets', personal: true },
      { field: 'deputy.email', before: 'jaan.mets@pkhk.example', personal: true },
      { field: 'deputy.language', before: 'en' },
    ]);
  });

  it('lays a partial change over the school as it is, or removes the deputy', () => {
    expect(withPatch(school, { city: 'Tartu' })).toEqual({ ...valid, city: 'Tartu' });
    expect(parseSchool(withPatch(school, {}, { removeDeputy: true }))).toEqual({ ok: true, school: { ...school, deputy: undefined } });
  });

  it('keeps in the audit only the names of personal fields once their values are removed', () => {
    const changes = schoolChanges(school, { ...school, name: 'PKHK', deputy: { ...school.deputy!, name: 'Jaan Kask' } });
    expect(withoutPersonalValues(changes)).toEqual([
      { field: 'name', before: 'Pärnumaa Kutsehariduskeskus', after: 'PKHK' },
      { field: 'deputy.name', personal: true, removed: true },
    ]);
  });
});

describe('the registry as CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks, a byte-order mark, CRLF and LF', () => {
    const text = '\uFEFFschoolId,name,city\r\nfi-a,"Koulu, ""Uusi""",Tampere\r\nfi-b,"Two\nlines",Pori\n\n';
    expect(csvRecords(text)).toEqual([
      { line: 1, fields: ['schoolId', 'name', 'city'] },
      { line: 2, fields: ['fi-a', 'Koulu, "Uusi"', 'Tampere'] },
      { line: 3, fields: ['fi-b', 'Two\nlines', 'Pori'] },
    ]);
    expect(csvRecords('a,"b\nc')).toBe('line 1: a quoted field is not closed');
  });

  it('takes the columns its header names, as spreadsheets write them; a column left out is absent', () => {
    const parsed = parseSchoolsCsv('School id\nfi-a\n');
    expect(parsed).toEqual({ ok: true, rows: [{ line: 2, values: { schoolId: 'fi-a' } }] });
    const named = parseSchoolsCsv('schoolId,Coordinator email,coordinator.language,deputyName\nfi-a, a@b.example ,fi,\n');
    expect(named).toEqual({ ok: true, rows: [{ line: 2, values: { schoolId: 'fi-a', 'coordinator.email': 'a@b.example', 'coordinator.language': 'fi', 'deputy.name': '' } }] });
  });

  it('refuses a file it cannot read as the registry, saying why', () => {
    expect(parseSchoolsCsv('')).toEqual({ ok: false, error: expect.stringContaining('empty') });
    expect(parseSchoolsCsv('name,city\nX,Y\n')).toEqual({ ok: false, error: expect.stringContaining('schoolId is missing') });
    expect(parseSchoolsCsv('schoolId,colour\nfi-a,red\n')).toEqual({ ok: false, error: expect.stringContaining('unknown column(s) "colour"') });
    expect(parseSchoolsCsv('schoolId,name\nfi-a,A,B\n')).toEqual({ ok: false, error: 'line 2: 3 fields, the header has 2' });
    expect(parseSchoolsCsv('schoolId,city,City\nfi-a,A,B\n')).toEqual({ ok: false, error: 'column city is named twice' });
  });

  it('writes what it reads: a listing imports again unchanged', () => {
    const { deputy: _deputy, ...withoutDeputy } = school;
    const russian: School = { ...withoutDeputy, schoolId: 'ru-pskov', name: 'Псковский колледж, "ПК"', nameLatin: 'Pskov College', country: 'RU', city: 'Псков' };
    const text = schoolsCsv([flatFromSchool(school), flatFromSchool(russian)]);
    expect(text.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    const parsed = parseSchoolsCsv(text);
    expect(parsed.ok && parsed.rows.map((r) => parseSchool(r.values))).toEqual([
      { ok: true, school },
      { ok: true, school: russian },
    ]);
  });
});
