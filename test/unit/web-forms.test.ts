import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#shared/platform/i18n';
import { applicationSchema } from '#shared/applications/schema';
import { roleSchema } from '#shared/roles/schema';
import { formToBody } from '../../web/src/body.ts';
import { classifyResponse, errorSlotId, errorText, validateWith } from '../../web/src/errors.ts';
import { chooseLanguage } from '../../web/src/language.ts';
import { APPLICATION_SHAPE, ROLE_SHAPE } from '../../web/src/shapes.ts';

const today = () => '2030-01-01';
const application = applicationSchema(today);
const role = roleSchema(today);
const validate = validateWith(application);

/** A filled-in role form in Finnish, without its second language. */
const ROLE_ENTRIES: [string, string][] = [
  ['company.name', 'Rakennus Oy'],
  ['company.businessId', '1234567-1'],
  ['company.country', 'FI'],
  ['company.region', 'Pirkanmaa'],
  ['company.city', 'Sastamala'],
  ['contact.name', 'Pekka Järvinen'],
  ['contact.email', 'pekka@example.com'],
  ['contact.language', 'fi'],
  ['language', 'fi'],
  ['title', 'Kirvesmiesharjoittelija'],
  ['sector', 'construction'],
  ['fieldsOfStudy.0', '0732'],
  ['applicantTypes', 'student'],
  ['places', '2'],
  ['periodFrom', '2030-02-01'],
  ['periodTo', '2030-08-01'],
  ['minWeeks', '6'],
  ['description', 'Talojen runkotyöt.'],
];

/** What FormData gives for a filled-in application form (a checkbox group repeats its name). */
const applicationEntries: [string, string][] = [
  ['applicantType', 'student'],
  ['firstName', ' Анна '],
  ['lastName', 'Смирнова'],
  ['email', 'anna@example.com'],
  ['language', 'ru'],
  ['schoolId', 'ru-spb-construction'],
  ['fieldOfStudy', '0732'],
  ['sectors', 'construction'],
  ['sectors', 'technology'],
  ['destinations.0', 'FI'],
  ['destinations.1', ''],
  ['destinations.2', 'EE'],
  ['availableFrom', '2030-02-01'],
  ['availableTo', '2030-06-01'],
  ['minWeeks', '8'],
  ['languages.0.code', 'ru'],
  ['languages.0.level', 'C2'],
  ['languages.1.code', ''],
  ['languages.1.level', ''],
  ['languages.2.code', 'en'],
  ['languages.2.level', 'B1'],
  ['motivation', ''],
  ['rolePreferences.0', ''],
  ['rolePreferences.1', ''],
  ['consent.dataProcessing', 'true'],
];

describe('form data → request body', () => {
  it('builds an application the shared schema accepts: numbers, lists in order, empty rows and optional fields left out', () => {
    const body = formToBody(applicationEntries, APPLICATION_SHAPE);
    expect(body).toEqual({
      applicantType: 'student',
      firstName: ' Анна ',
      lastName: 'Смирнова',
      email: 'anna@example.com',
      language: 'ru',
      schoolId: 'ru-spb-construction',
      fieldOfStudy: '0732',
      sectors: ['construction', 'technology'],
      destinations: ['FI', 'EE'],
      availableFrom: '2030-02-01',
      availableTo: '2030-06-01',
      minWeeks: 8,
      languages: [
        { code: 'ru', level: 'C2' },
        { code: 'en', level: 'B1' },
      ],
      consent: { dataProcessing: true, sensitiveData: false },
    });
    const parsed = application.safeParse(body);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.firstName).toBe('Анна');
  });

  it('participant data: unanswered items left out, a year as a number, "prefer not to say" as it is, sensitive items with their consent', () => {
    const base = applicationEntries.filter(([name]) => !name.startsWith('consent.'));
    const answered = formToBody(
      [
        ...base,
        ['participant.gender', 'female'],
        ['participant.birthYear', '2004'],
        ['participant.labourMarketStatus', ''],
        ['participant.education', 'prefer_not_to_say'],
        ['consent.dataProcessing', 'true'],
        ['consent.sensitiveData', 'true'],
        ['participant.sensitive.disability', 'no'],
        ['participant.sensitive.foreignBackground', ''],
        ['participant.sensitive.minority', 'prefer_not_to_say'],
      ],
      APPLICATION_SHAPE,
    );
    expect(answered.participant).toEqual({ gender: 'female', birthYear: 2004, education: 'prefer_not_to_say', sensitive: { disability: 'no', minority: 'prefer_not_to_say' } });
    expect(answered.consent).toEqual({ dataProcessing: true, sensitiveData: true });
    expect(application.safeParse(answered).success).toBe(true);

    // Without the consent the sensitive selects are disabled, so the browser sends none of them.
    const unanswered = formToBody(
      [...base, ['participant.gender', ''], ['participant.birthYear', 'prefer_not_to_say'], ['consent.dataProcessing', 'true']],
      APPLICATION_SHAPE,
    );
    expect(unanswered.participant).toEqual({ birthYear: 'prefer_not_to_say' });
    expect(application.safeParse(unanswered).success).toBe(true);
    const sneaked = { ...unanswered, participant: { sensitive: { disability: 'yes' } } };
    expect(application.safeParse(sneaked).error?.issues.map((i) => i.path.join('.'))).toEqual(['participant.sensitive']);
  });

  it('an unticked consent is false, nothing chosen is an empty list, an empty number is missing', () => {
    const body = formToBody([['minWeeks', ''], ['firstName', '']], APPLICATION_SHAPE);
    expect(body).toMatchObject({ consent: { dataProcessing: false }, sectors: [], destinations: [], languages: [], firstName: '' });
    expect(body).not.toHaveProperty('minWeeks');
    expect(body).not.toHaveProperty('rolePreferences');
  });

  it('builds a role with nested objects, and no required languages as an empty list', () => {
    const body = formToBody(
      [
        ['company.name', 'Rakennus Oy'],
        ['company.businessId', '1234567-1'],
        ['company.country', 'FI'],
        ['company.region', 'Pirkanmaa'],
        ['company.city', 'Sastamala'],
        ['contact.name', 'Pekka Järvinen'],
        ['contact.email', 'pekka@example.com'],
        ['contact.language', 'fi'],
        ['title', 'Kirvesmiesharjoittelija'],
        ['sector', 'construction'],
        ['fieldsOfStudy.0', '073'],
        ['fieldsOfStudy.1', '0732'],
        ['applicantTypes', 'student'],
        ['places', '2'],
        ['periodFrom', '2030-02-01'],
        ['periodTo', '2030-08-01'],
        ['minWeeks', '6'],
        ['description', ''],
      ],
      ROLE_SHAPE,
    );
    expect(body).toMatchObject({ company: { country: 'FI' }, fieldsOfStudy: ['073', '0732'], places: 2, languages: [] });
    expect(body).not.toHaveProperty('description');
    expect(role.safeParse(body).success).toBe(true);
  });

  it('a role’s second language: left out when nothing of it is filled in, kept whole when anything is', () => {
    const entries = (over: [string, string][]): [string, string][] => [...ROLE_ENTRIES, ...over];
    const none = formToBody(entries([['translation.language', ''], ['translation.title', ''], ['translation.description', ' ']]), ROLE_SHAPE);
    expect(none).not.toHaveProperty('translation');
    expect(none).toMatchObject({ language: 'fi' });
    expect(role.safeParse(none).success).toBe(true);
    const both = formToBody(entries([['translation.language', 'en'], ['translation.title', 'Carpenter trainee'], ['translation.description', 'Timber framing.']]), ROLE_SHAPE);
    expect(both.translation).toEqual({ language: 'en', title: 'Carpenter trainee', description: 'Timber framing.' });
    expect(role.safeParse(both).success).toBe(true);
    // A title alone: its description left out, the rest kept.
    const titleOnly = formToBody(entries([['translation.language', 'en'], ['translation.title', 'Carpenter trainee'], ['translation.description', '']]), ROLE_SHAPE);
    expect(titleOnly.translation).toEqual({ language: 'en', title: 'Carpenter trainee' });
    // Half filled in: kept, so the schema names what is missing at its field.
    const noLanguage = formToBody(entries([['translation.language', ''], ['translation.title', 'Carpenter trainee'], ['translation.description', '']]), ROLE_SHAPE);
    expect(validateWith(role)(noLanguage).map((e) => e.path)).toEqual(['translation.language']);
    const noTitle = formToBody(entries([['translation.language', 'en'], ['translation.title', ''], ['translation.description', '']]), ROLE_SHAPE);
    expect(validateWith(role)(noTitle)).toEqual([{ path: 'translation.title', message: 'must not be empty' }]);
  });
});

describe('field errors', () => {
  it('are the paths and messages the API sends for the same body', async () => {
    const body = formToBody([['firstName', ''], ['email', 'not-an-email'], ['languages.0.code', 'xx']], APPLICATION_SHAPE);
    const errors = validate(body);
    expect(errors).toEqual(expect.arrayContaining([
      { path: 'firstName', message: 'must not be empty' },
      { path: 'email', message: 'must be a valid email address' },
      { path: 'availableFrom', message: 'is required' },
      { path: 'languages.0.code', message: 'is not an ISO 639-1 language' },
    ]));
    // The handler's answer to the same body, through parseJsonBody.
    const { parseJsonBody } = await import('#shared/platform/http/request');
    const event = { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), isBase64Encoded: false };
    let api: unknown;
    try {
      parseJsonBody(event as never, application);
    } catch (problem) {
      api = (problem as { errors: unknown }).errors;
    }
    expect(errors).toEqual(api);
  });

  it('map a problem+json body to field errors, and tell the other outcomes apart', () => {
    const problem = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 422,
      errors: [{ path: 'destinations.0', message: 'is the home country of your school' }],
    };
    expect(classifyResponse(422, problem)).toEqual({ kind: 'invalid', errors: problem.errors });
    expect(classifyResponse(201, { applicationId: 'x' })).toEqual({ kind: 'created', body: { applicationId: 'x' } });
    expect(classifyResponse(502, null)).toEqual({ kind: 'server-error' });
    expect(classifyResponse(409, { errors: [] })).toEqual({ kind: 'in-progress' });
    expect(classifyResponse(422, { errors: [{ path: 'Idempotency-Key', message: 'was already used with a different body' }] })).toEqual({
      kind: 'already-sent',
    });
    expect(classifyResponse(415, { errors: [{ path: 'content-type', message: 'must be application/json' }] })).toEqual({ kind: 'rejected' });
    // The per-address limit (429) is shown at the address, saying what it is, in every language.
    const limited = { path: 'email', message: 'has been used for too many requests; try again later' };
    expect(classifyResponse(429, { errors: [limited] })).toEqual({ kind: 'invalid', errors: [limited] });
    expect(errorText(limited, 'en')).toMatch(/too many forms/i);
    expect(new Set(LANGUAGES.map((l) => errorText(limited, l))).size).toBe(5);
    // The per-client limit (and the web ACL's rate rule) name no field: a message of its own.
    expect(classifyResponse(429, { errors: [] })).toEqual({ kind: 'too-many' });
    expect(classifyResponse(429, null)).toEqual({ kind: 'too-many' });
  });

  it('are shown at error-<path joined by ->', () => {
    expect(errorSlotId('languages.0.level')).toBe('error-languages-0-level');
    expect(errorSlotId('consent.dataProcessing')).toBe('error-consent-dataProcessing');
  });

  it('are said in the reader’s language, zod’s default messages included', () => {
    expect(errorText({ path: 'destinations.0', message: 'is the home country of your school' }, 'fi')).toBe('Tämä on koulusi maa – valitse jokin muu.');
    expect(errorText({ path: 'firstName', message: 'at most 100 characters' }, 'ru')).toBe('Не более 100 символов.');
    const byPath = new Map(validate({ sectors: [], minWeeks: 2.5, destinations: ['FI', 'EE', 'LT', 'RU'] }).map((e) => [e.path, e]));
    expect(errorText(byPath.get('sectors')!, 'en')).toBe('Choose at least one.');
    expect(errorText(byPath.get('destinations')!, 'et')).toBe('Valige kõige rohkem 3.');
    expect(errorText(byPath.get('minWeeks')!, 'lt')).toBe('Įveskite sveikąjį skaičių.');
    expect(errorText(byPath.get('applicantType')!, 'en')).toBe('Choose one of the options.');
    expect(errorText(byPath.get('firstName')!, 'en')).toBe('This is required.');
    expect(errorText({ path: 'x', message: 'something new' }, 'en')).toBe('Please check this value.');
  });
});

describe('the role form’s second language', () => {
  it('says its two rules at their fields, in every language', () => {
    const base = formToBody(ROLE_ENTRIES, ROLE_SHAPE);
    // The same language twice: said at the second language.
    const same = validateWith(role)({ ...base, language: 'en', translation: { language: 'en', title: 'Carpenter trainee' } });
    expect(same.map((e) => e.path)).toEqual(['translation.language']);
    expect(errorText(same[0]!, 'en')).toBe('Choose another language than that of the job title and description.');
    // Without a language of its own the title is in the contact's.
    expect(validateWith(role)({ ...base, translation: { language: 'fi', title: 'x' } }).map((e) => e.path)).toEqual(['translation.language']);
    // A second description without the first: said at the first.
    const { description: _none, ...noDescription } = base;
    const missing = validateWith(role)({ ...noDescription, translation: { language: 'en', title: 'Carpenter trainee', description: 'Timber framing.' } });
    expect(missing.map((e) => e.path)).toEqual(['description']);
    expect(errorText(missing[0]!, 'fi')).toBe('Kirjoita kuvaus myös tähän tai jätä toisen kielen kuvaus tyhjäksi.');
    for (const error of [same[0]!, missing[0]!]) {
      const texts = LANGUAGES.map((l) => errorText(error, l));
      expect(new Set(texts).size).toBe(5);
      expect(texts).not.toContain(errorText({ path: 'x', message: 'something new' }, 'en'));
    }
  });
});

describe('the page language', () => {
  it('is ?lang=, then the remembered choice, then the browser’s languages, then English', () => {
    expect(chooseLanguage({ query: 'RU', stored: 'fi', browser: ['et-EE'] })).toBe('ru');
    expect(chooseLanguage({ query: 'de', stored: 'fi', browser: ['et-EE'] })).toBe('fi');
    expect(chooseLanguage({ stored: 'xx', browser: ['de-DE', 'lt-LT', 'en'] })).toBe('lt');
    expect(chooseLanguage({ browser: ['de-DE'] })).toBe('en');
    expect(chooseLanguage({})).toBe('en');
  });
});
