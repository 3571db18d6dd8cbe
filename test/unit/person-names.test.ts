import { describe, expect, it } from 'vitest';
import { applicationSchema } from '#shared/applications/schema';
import { roleSchema } from '#shared/roles/schema';
import { isPersonName, NAME_MESSAGE, personName } from '#shared/platform/validation';
import { validApplication, validRole } from '../support/fixtures.ts';

/*
 * Names of people (applicant's first and last name, a role's contact) are letters of any
 * script with the marks that build them, spaces, hyphens, apostrophes and dots: nothing that
 * makes a name say something else in an email (digits, symbols, emoji, markup).
 */

const GOOD = [
  'Анна', 'Смирнова', 'Ёлка', 'Jūratė', 'Žukauskienė', 'Õie', 'Mäkelä', 'Łukasiewicz', 'Ðorđe',
  "O'Brien", 'O’Brien', 'Jean-Luc', 'Meyer‐Åberg', 'J. R. R.', 'van der Berg', "D'Arcy",
  'Nguyễn', 'Nguye\u0302\u0303n' /* the same with combining marks */, 'ნინო', 'अनुराधा', 'محمد', '李小龍', 'Ngũgĩ',
];
const BAD = [
  'Anna2', '4nna', 'Anna 🙂', '👷‍♀️', '<b>Anna</b>', 'Anna & Co', 'anna@example.com', 'Anna_Maria', 'Anna/Maria',
  'Anna (Ann)', 'Anna, Maria', 'Anna!', '“Anna”', 'Anna\u00a0Maria', '#1', '.', "-'", '١٢٣', 'Ⅻ',
];

describe('the name rule', () => {
  it('accepts names of any script, with marks, spaces, hyphens, apostrophes and dots', () => {
    for (const name of GOOD) expect(isPersonName(name), name).toBe(true);
  });

  it('refuses digits of any script, symbols, emoji, markup and names without a letter', () => {
    for (const name of BAD) expect(isPersonName(name), name).toBe(false);
  });

  it('reports control and invisible characters once, as every single-line text does', () => {
    const issues = personName(100).safeParse('An\u0007na').error!.issues.map((i) => i.message);
    expect(issues).toEqual(['must not contain control characters']);
    expect(personName(100).safeParse('   ').error!.issues.map((i) => i.message)).toEqual(['must not be empty']);
  });

  it('says the expected form', () => {
    expect(NAME_MESSAGE).toMatch(/letters, spaces, hyphens .* apostrophes .* dots/);
  });
});

describe('the schemas use it', () => {
  it('for the applicant’s first and last name', () => {
    const result = applicationSchema().safeParse(validApplication({ firstName: 'Anna<script>', lastName: 'Smith 2' }));
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['firstName', NAME_MESSAGE],
      ['lastName', NAME_MESSAGE],
    ]);
    expect(applicationSchema().safeParse(validApplication({ firstName: 'Jean-Luc', lastName: 'O’Brien' })).success).toBe(true);
  });

  it('for the role’s contact person', () => {
    const result = roleSchema().safeParse(validRole({ contact: { name: 'Pekka 🙂', email: 'p@example.com', language: 'fi' } }));
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['contact.name', NAME_MESSAGE]]);
  });
});
