import { describe, expect, it } from 'vitest';
import { hasNonLatinLetters, icaoLatin, isLatinName, latinForm, withLatinForm } from '#shared/vocabulary/transliteration';
import { applicationSchema } from '#shared/applications/schema';
import { LATIN_NAME_MESSAGE, LATIN_NAME_REQUIRED, latinNames, personName } from '#shared/applications/latin-name';
import { validApplication } from '../support/fixtures.ts';
import { errorText } from '../../web/src/errors.ts';
import { LANGUAGES } from '#shared/platform/i18n';
import { openApiDocument } from '#functions/openapi-document';

describe('ICAO Doc 9303 transliteration (Cyrillic → Latin, as in a passport)', () => {
  it('writes the letters as ICAO 9303 does', () => {
    expect(icaoLatin('Смирнова')).toBe('Smirnova');
    expect(icaoLatin('Щукин')).toBe('Shchukin');
    expect(icaoLatin('Юлия')).toBe('Iuliia');
    expect(icaoLatin('Ёлкин')).toBe('Elkin');
    expect(icaoLatin('Жанна Хабарова')).toBe('Zhanna Khabarova');
    expect(icaoLatin('Цой Чехов Шишкин')).toBe('Tsoi Chekhov Shishkin');
    // й → i, ы → y, э → e, ъ → ie, and ь is left out.
    expect(icaoLatin('Андрей Дмитрий Рыжиков Эдуард')).toBe('Andrei Dmitrii Ryzhikov Eduard');
    expect(icaoLatin('Подъячев Ольга Наталья')).toBe('Podieiachev Olga Natalia');
    expect(icaoLatin('Ксения Артём')).toBe('Kseniia Artem');
    // Letters of the other Cyrillic alphabets in ICAO's table.
    expect(icaoLatin('Іван Євгенія Ўладзімір')).toBe('Ivan Ievgeniia Uladzimir');
  });

  it('capitalises a letter that becomes several as its word is written', () => {
    expect(icaoLatin('ЮЛИЯ ЩЕГЛОВА')).toBe('IULIIA SHCHEGLOVA');
    expect(icaoLatin('Ющенко')).toBe('Iushchenko');
    expect(icaoLatin('ЧЕ')).toBe('CHE');
    expect(icaoLatin('Салтыков-Щедрин')).toBe('Saltykov-Shchedrin');
    expect(icaoLatin('Щ.')).toBe('Shch.');
  });

  it('reads a letter typed with a combining mark as the composed letter', () => {
    expect(icaoLatin('Е\u0308лкин')).toBe('Elkin'); // Ё as Е + combining diaeresis
    expect(icaoLatin('Андреи\u0306')).toBe('Andrei'); // й as и + combining breve
  });

  it('leaves Latin letters and other scripts as they are', () => {
    expect(icaoLatin('Rūta Kazlauskienė')).toBe('Rūta Kazlauskienė');
    expect(icaoLatin('Σοφία')).toBe('Σοφία');
    expect(latinForm('Σοφία')).toBeUndefined();
    expect(latinForm(' Анна ')).toBe('Anna');
    expect(latinForm('Mäkinen')).toBe('Mäkinen');
  });

  it('knows Latin names from others', () => {
    for (const name of ['Smirnova', 'Žukauskas', 'Põder', "O'Connor", 'O’Neill', 'Jean-Luc', 'St. John', 'Ærøe', 'Łukasz']) {
      expect(isLatinName(name), name).toBe(true);
      expect(hasNonLatinLetters(name), name).toBe(false);
    }
    for (const name of ['Смирнова', 'Smirnovа' /* Cyrillic а */, 'Anna<b>', 'Anna1', '-', ' ', '', '😀']) {
      expect(isLatinName(name), name).toBe(false);
    }
    expect(hasNonLatinLetters('Smirnovа')).toBe(true);
  });

  it('shows both forms only when they differ', () => {
    expect(withLatinForm('Анна Смирнова', 'Anna Smirnova')).toBe('Анна Смирнова (Anna Smirnova)');
    // The passport's spelling wins over the table's.
    expect(withLatinForm('Анна Смирнова', 'Anna Smirnova-Laine')).toBe('Анна Смирнова (Anna Smirnova-Laine)');
    // Without one, ICAO 9303's; none for a script it does not know.
    expect(withLatinForm('Юлия Щукина', undefined)).toBe('Юлия Щукина (Iuliia Shchukina)');
    expect(withLatinForm('Σοφία', undefined)).toBe('Σοφία');
    expect(withLatinForm('Aino Virtanen', 'Aino Virtanen')).toBe('Aino Virtanen');
    expect(withLatinForm('Aino Virtanen', undefined)).toBe('Aino Virtanen');
  });
});

describe("the application's name in Latin letters", () => {
  const schema = applicationSchema();
  const paths = (body: Record<string, unknown>) => {
    const result = schema.safeParse(validApplication(body));
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('is optional: a Cyrillic name gets ICAO 9303’s, a Latin name needs none', () => {
    expect(paths({ firstName: 'Анна', lastName: 'Смирнова' })).toEqual([]);
    expect(latinNames(schema.parse(validApplication({ firstName: 'Анна', lastName: 'Смирнова' })))).toEqual({
      firstNameLatin: 'Anna',
      lastNameLatin: 'Smirnova',
    });
    expect(latinNames(schema.parse(validApplication({ firstName: 'Aino', lastName: 'Mäkinen' })))).toEqual({});
  });

  it('keeps the spelling the applicant gave', () => {
    const input = schema.parse(validApplication({ firstName: 'Юлия', lastName: 'Щукина', firstNameLatin: 'Julia', lastNameLatin: 'Shchukina' }));
    expect(latinNames(input)).toEqual({ firstNameLatin: 'Julia', lastNameLatin: 'Shchukina' });
    expect(personName(input)).toBe('Юлия Щукина (Julia Shchukina)');
  });

  it('is required for a script ICAO 9303’s table does not cover, and must be Latin', () => {
    expect(paths({ firstName: 'Σοφία', lastName: 'Παπαδοπούλου' })).toEqual([
      `firstNameLatin: ${LATIN_NAME_REQUIRED}`,
      `lastNameLatin: ${LATIN_NAME_REQUIRED}`,
    ]);
    expect(paths({ firstName: 'Σοφία', lastName: 'Παπαδοπούλου', firstNameLatin: 'Sofia', lastNameLatin: 'Papadopoulou' })).toEqual([]);
    expect(paths({ firstNameLatin: 'Анна', lastNameLatin: 'Smirnova1' })).toEqual([
      `firstNameLatin: ${LATIN_NAME_MESSAGE}`,
      `lastNameLatin: ${LATIN_NAME_MESSAGE}`,
    ]);
  });

  it('is shown beside the name, also for an application stored before it was asked', () => {
    expect(personName({ firstName: 'Анна', lastName: 'Смирнова', firstNameLatin: 'Anna', lastNameLatin: 'Smirnova' })).toBe('Анна Смирнова (Anna Smirnova)');
    expect(personName({ firstName: 'Анна', lastName: 'Смирнова' })).toBe('Анна Смирнова (Anna Smirnova)');
    expect(personName({ firstName: 'Aino', lastName: 'Mäkinen' })).toBe('Aino Mäkinen');
  });

  it('its errors are said in the reader’s language in the form', () => {
    expect(errorText({ path: 'firstNameLatin', message: LATIN_NAME_REQUIRED }, 'fi')).toBe('Kirjoita nimesi latinalaisin kirjaimin, kuten passissa.');
    expect(errorText({ path: 'lastNameLatin', message: LATIN_NAME_MESSAGE }, 'ru')).toBe('Напишите латиницей, как в паспорте.');
    for (const message of [LATIN_NAME_REQUIRED, LATIN_NAME_MESSAGE]) {
      expect(new Set(LANGUAGES.map((l) => errorText({ path: 'firstNameLatin', message }, l))).size).toBe(5);
    }
  });

  it('is in the OpenAPI document, optional, as the school’s Latin name is', () => {
    const { schemas } = openApiDocument().components as { schemas: Record<string, { properties: Record<string, { description?: string }>; required: string[] }> };
    for (const field of ['firstNameLatin', 'lastNameLatin']) {
      expect(schemas.Application!.properties[field]?.description).toMatch(/Latin letters/);
      expect(schemas.Application!.required).not.toContain(field);
    }
    expect(schemas.School!.properties.nameLatin?.description).toMatch(/Latin letters/);
  });
});
