import fc from 'fast-check';
import { functions } from '#functions/catalog';
import { demoSchools } from '#local/demo-schools';
import { LANGUAGES } from '#shared/platform/i18n';
import { BROAD_FIELDS, DETAILED_FIELDS, NARROW_FIELDS } from '#shared/vocabulary/isced';
import { APPLICANT_TYPES, CEFR_LEVELS, COUNTRIES, SECTORS, type Country } from '#shared/vocabulary/codes';
import { BUSINESS_ID_RULES } from '#shared/roles/business-id';

/*
 * Arbitraries for the fuzz: valid request bodies built from the schemas' own constraints, and
 * invalid ones made by mutating a valid one. Every mutation says what the API must answer, so
 * a failure prints a readable counterexample ("drop firstName → expected 422 at firstName").
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Body = Record<string, Json>;

const DAY = 86_400_000;
export const isoDay = (daysFromToday: number) => new Date(Date.now() + daysFromToday * DAY).toISOString().slice(0, 10);

export const ALL_DETAILED: string[] = [...DETAILED_FIELDS];
export const ALL_FIELDS = [...BROAD_FIELDS, ...NARROW_FIELDS, ...ALL_DETAILED];

/**
 * Fields of study the stored (valid) fuzz bodies use: none is offered by a demo role nor used by
 * another test, so the fuzz's applications are never proposed to someone else's role and never
 * take a place another test counts on (test/fault/every-consumer-thrice.test.ts keeps its
 * own list of fields too: 0231–0232, 0311–0313, 0411–0416, 0111–0114, 1031, 1032, 0831; and
 * test/integration/undeliverable.test.ts 1021 and 1022).
 */
export const ISOLATED_FIELDS = [
  '0011', '0021', '0031', '0211', '0212', '0213', '0214', '0215', '0314', '0321', '0417', '0421',
  '0811', '0812', '0821',
];
/** Reserved for the token-page test's own pair (see token-pages.test.ts). */
export const TOKEN_PAIR_FIELD = '1041';

// ---- realistic text in the scripts of the network --------------------------------------------

const FIRST_NAMES = [
  'Aino', 'Eero', 'Väinö', 'Ülle', 'Jüri', 'Õie', 'Märt', 'Tõnu', 'Kärt', 'Žydrūnas', 'Gintarė', 'Rūta',
  'Šarūnas', 'Ąžuolas', 'Анна', 'Сергей', 'Ёлка', 'Юлия', 'Дмитрий', 'Наталья', 'Mikko', 'Saara', "D'Arcy",
  'Jean-Luc', 'Ольга-Мария', 'Ingrīda', 'Ēriks',
];
const LAST_NAMES = [
  'Virtanen', 'Järvinen', 'Kääriäinen', 'Tamm', 'Saar', 'Õunapuu', 'Pärn', 'Kazlauskas', 'Jankauskienė',
  'Petrauskaitė', 'Žukauskas', 'Смирнова', 'Иванов', 'Кузнецова', 'Соловьёв', "O'Brien", 'van der Berg',
  'Meyer-Åberg', 'Smith Иванова', 'Łukasiewicz',
];
const CITIES = ['Sastamala', 'Tampere', 'Tallinn', 'Tartu', 'Pärnu', 'Vilnius', 'Kaunas', 'Šiauliai', 'Санкт-Петербург', 'Петрозаводск', 'Jõhvi'];
const REGIONS = ['Pirkanmaa', 'Harjumaa', 'Tartumaa', 'Vilniaus apskritis', 'Kauno apskritis', 'Ленинградская область', 'Карелия'];
const COMPANY_WORDS = ['Rakennus', 'Puu', 'Ehitus', 'Statyba', 'Строй', 'Tehnika', 'Hoiva', 'Sveikata', 'Забота', 'Tekniikka', 'IT', 'Sähkö'];
const COMPANY_FORMS = ['Oy', 'Ab', 'OÜ', 'AS', 'UAB', 'ООО', 'АО', 'Tmi'];
const TITLE_WORDS = ['harjoittelija', 'trainee', 'praktikant', 'praktikantas', 'стажёр', 'Kirvesmies', 'Lähihoitaja', 'Электрик', 'IT-tugi', 'Slaugytojas', 'Keevitaja'];
const PROSE = [
  'Haluan oppia puurakentamista.', 'Tahaksin õppida.', 'Noriu išmokti.', 'Хочу научиться строить дома.',
  'I would like to learn.', 'Työ on monipuolista: purkua, runkoa ja viimeistelyä.', '\nRida kaks.\tTab.',
  '«Кавычки» и — тире.', 'Emoji 🙂 ja 👷‍♀️.', 'Ąčęėįšųūž ÕÄÖÜ õäöü ŠŽ.',
];

const words = (pool: string[], min: number, max: number) =>
  fc.array(fc.constantFrom(...pool), { minLength: min, maxLength: max }).map((w) => w.join(' '));

// Mixed scripts in one name are allowed ("any script"): half the time a name joins two pools.
const personName = (pool: string[]) => fc.oneof(fc.constantFrom(...pool), words(pool, 2, 3));

const emailOf = (marker: string) =>
  fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,14}[a-z0-9]$/), fc.nat(9999))
    .map(([local, n]) => `${local.replace(/\.{2,}/g, '.')}${n}@${marker}.example`);

const uniqueSubset = <T>(items: readonly T[], min: number, max: number) =>
  fc.uniqueArray(fc.constantFrom(...items), { minLength: min, maxLength: max });

const languageList = (min: number, max: number) =>
  fc.uniqueArray(
    fc.record({
      code: fc.constantFrom('en', 'fi', 'et', 'lt', 'ru', 'sv', 'de', 'fr', 'lv', 'pl', 'uk', 'no'),
      level: fc.constantFrom(...CEFR_LEVELS),
    }),
    { minLength: min, maxLength: max, selector: (l) => l.code },
  );

/** A period from 1..200 days ahead lasting minWeeks..minWeeks+30 weeks. */
const period = fc.record({ startIn: fc.integer({ min: 1, max: 200 }), minWeeks: fc.integer({ min: 1, max: 52 }), extraDays: fc.integer({ min: 0, max: 200 }) }).map(
  ({ startIn, minWeeks, extraDays }) => ({ from: isoDay(startIn), to: isoDay(startIn + minWeeks * 7 + extraDays + 1), minWeeks }),
);

/**
 * A registration number of the company's country with a valid check digit: random digits in the
 * country's form, the last one chosen to pass the country's own check (shared/roles/business-id.ts).
 */
const businessIdOf = (country: Country) => {
  const form: Record<Country, (d: string) => string> = {
    FI: (d) => `${d.slice(0, 7)}-0`,
    EE: (d) => `1${d.slice(0, 7)}`,
    LT: (d) => d.slice(0, 9),
    RU: (d) => (d[12]! < '5' ? `1${d.slice(0, 12)}` : d.slice(0, 10)),
  };
  return fc.stringMatching(/^\d{13}$/).map((digits) => {
    const base = form[country](digits);
    for (let last = 0; last <= 9; last++) {
      const id = `${base.slice(0, -1)}${last}`;
      if (BUSINESS_ID_RULES[country].valid(id)) return id;
    }
    return country === 'FI' ? '1234567-1' : country === 'EE' ? '12345678' : country === 'LT' ? '302000009' : '1027800000007';
  });
};

export interface ValidOptions {
  /** Carried in the email domain and a free-text field, so a stored body can be found. */
  marker: string;
  /** Field-of-study codes to draw from (the isolated ones for bodies that are really stored). */
  fields?: readonly string[];
}

export function validApplicationArb({ marker, fields = ALL_DETAILED }: ValidOptions): fc.Arbitrary<Body> {
  const school = fc.constantFrom(...demoSchools);
  return fc
    .record({
      school,
      applicantType: fc.constantFrom(...APPLICANT_TYPES),
      firstName: personName(FIRST_NAMES),
      lastName: personName(LAST_NAMES),
      email: emailOf(marker),
      language: fc.constantFrom(...LANGUAGES),
      fieldOfStudy: fc.constantFrom(...fields),
      sectors: uniqueSubset(SECTORS, 1, 3),
      destinationSeed: fc.shuffledSubarray([...COUNTRIES], { minLength: 1, maxLength: 3 }),
      period,
      languages: languageList(1, 6),
      rolePreferences: fc.option(fc.uniqueArray(fc.uuid({ version: 4 }), { maxLength: 5 }), { nil: undefined }),
      motivation: fc.option(words(PROSE, 0, 6), { nil: undefined, freq: 4 }),
    })
    .map((r) => {
      const destinations = r.destinationSeed.filter((c) => c !== r.school.country);
      const body: Body = {
        applicantType: r.applicantType,
        firstName: r.firstName,
        lastName: r.lastName,
        email: r.email,
        language: r.language,
        schoolId: r.school.schoolId,
        fieldOfStudy: r.fieldOfStudy,
        sectors: r.sectors,
        destinations: destinations.length ? destinations : [COUNTRIES.find((c) => c !== r.school.country)!],
        availableFrom: r.period.from,
        availableTo: r.period.to,
        minWeeks: r.period.minWeeks,
        languages: r.languages,
        // The marker travels in the motivation too: a mutation of the email still leaves a trace.
        motivation: `${r.motivation ?? ''} ${marker}`.trim(),
        consent: { dataProcessing: true },
      };
      if (r.rolePreferences) body.rolePreferences = r.rolePreferences;
      return body;
    });
}

export function validRoleArb({ marker, fields = ALL_FIELDS }: ValidOptions): fc.Arbitrary<Body> {
  return fc
    .record({
      companyName: fc.tuple(words(COMPANY_WORDS, 1, 3), fc.constantFrom(...COMPANY_FORMS)).map(([w, f]) => `${w} ${f}`),
      company: fc.constantFrom(...COUNTRIES).chain((country) => businessIdOf(country).map((businessId) => ({ country, businessId }))),
      region: fc.constantFrom(...REGIONS),
      city: fc.constantFrom(...CITIES),
      contactName: fc.tuple(personName(FIRST_NAMES), personName(LAST_NAMES)).map(([f, l]) => `${f} ${l}`),
      email: emailOf(marker),
      language: fc.constantFrom(...LANGUAGES),
      title: words(TITLE_WORDS, 1, 4),
      sector: fc.constantFrom(...SECTORS),
      fieldsOfStudy: fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 10 }),
      places: fc.integer({ min: 1, max: 50 }),
      period,
      languages: languageList(0, 4),
      applicantTypes: uniqueSubset(APPLICANT_TYPES, 1, 2),
      description: fc.option(words(PROSE, 0, 8), { nil: undefined, freq: 4 }),
    })
    .map((r) => ({
      company: { name: r.companyName, businessId: r.company.businessId, country: r.company.country, region: r.region, city: r.city },
      contact: { name: r.contactName, email: r.email, language: r.language },
      title: r.title,
      sector: r.sector,
      fieldsOfStudy: r.fieldsOfStudy,
      places: r.places,
      periodFrom: r.period.from,
      periodTo: r.period.to,
      minWeeks: r.period.minWeeks,
      languages: r.languages,
      applicantTypes: r.applicantTypes,
      description: `${r.description ?? ''} ${marker}`.trim(),
    }));
}

// ---- mutations ---------------------------------------------------------------------------------

/** One bad request: what is sent and what must come back. */
export interface BadRequest {
  /** Readable description of how it was made (printed with a failure). */
  what: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** A string is sent as is; a Uint8Array is sent without a content-type of fetch's choosing. */
  body?: string | Uint8Array;
  /** Acceptable statuses (all 4xx). */
  status: readonly number[];
  /** False when the answer comes from outside the API (the static site), so is no problem+json. */
  problem?: false;
  /** A field the problem's `errors` must name, when the status is 422 (or 400/415 with a path). */
  errorPath?: string;
}

type Kind = 'string' | 'number' | 'array' | 'object' | 'boolean';
/** Where each field of a body lives and what type it is: the shape mutations work on. */
export interface FieldSpec {
  path: string[];
  kind: Kind;
  required: boolean;
  /** Single-line text (control characters never allowed) or free text (tabs and newlines allowed). */
  text?: 'line' | 'free';
  /** A code-like string (enum, id, date): homoglyphs and look-alike digits are invalid. */
  code?: boolean;
}

const f = (path: string, kind: Kind, extra: Partial<FieldSpec> = {}): FieldSpec => ({ path: path.split('.'), kind, required: true, ...extra });

export const APPLICATION_FIELDS: FieldSpec[] = [
  f('applicantType', 'string', { code: true }),
  f('firstName', 'string', { text: 'line' }),
  f('lastName', 'string', { text: 'line' }),
  f('email', 'string', { code: true }),
  f('language', 'string', { code: true }),
  f('schoolId', 'string', { code: true }),
  f('fieldOfStudy', 'string', { code: true }),
  f('sectors', 'array'),
  f('sectors.0', 'string', { code: true }),
  f('destinations', 'array'),
  f('destinations.0', 'string', { code: true }),
  f('availableFrom', 'string', { code: true }),
  f('availableTo', 'string', { code: true }),
  f('minWeeks', 'number'),
  f('languages', 'array'),
  f('languages.0', 'object'),
  f('languages.0.code', 'string', { code: true }),
  f('languages.0.level', 'string', { code: true }),
  f('motivation', 'string', { required: false, text: 'free' }),
  f('consent', 'object'),
  f('consent.dataProcessing', 'boolean'),
];

export const ROLE_FIELDS: FieldSpec[] = [
  f('company', 'object'),
  f('company.name', 'string', { text: 'line' }),
  f('company.businessId', 'string', { text: 'line' }),
  f('company.country', 'string', { code: true }),
  f('company.region', 'string', { text: 'line' }),
  f('company.city', 'string', { text: 'line' }),
  f('contact', 'object'),
  f('contact.name', 'string', { text: 'line' }),
  f('contact.email', 'string', { code: true }),
  f('contact.language', 'string', { code: true }),
  f('title', 'string', { text: 'line' }),
  f('sector', 'string', { code: true }),
  f('fieldsOfStudy', 'array'),
  f('fieldsOfStudy.0', 'string', { code: true }),
  f('places', 'number'),
  f('periodFrom', 'string', { code: true }),
  f('periodTo', 'string', { code: true }),
  f('minWeeks', 'number'),
  f('languages', 'array', { required: true }),
  f('applicantTypes', 'array'),
  f('applicantTypes.0', 'string', { code: true }),
  f('description', 'string', { required: false, text: 'free' }),
];

const clone = <T>(v: T): T => structuredClone(v);

function parentOf(body: Body, path: string[]): { parent: Record<string, Json> | Json[]; key: string } | undefined {
  let node: Json = body;
  for (const part of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, Json>)[part] as Json;
  }
  if (node === null || typeof node !== 'object') return undefined;
  const key = path[path.length - 1]!;
  if (!(key in node)) return undefined;
  return { parent: node as Record<string, Json>, key };
}

function setAt(body: Body, path: string[], value: Json | undefined): boolean {
  const at = parentOf(body, path);
  if (!at) return false;
  if (value === undefined) {
    if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1);
    else delete at.parent[at.key];
  } else {
    (at.parent as Record<string, Json>)[at.key] = value;
  }
  return true;
}

function getAt(body: Body, path: string[]): Json | undefined {
  const at = parentOf(body, path);
  return at ? (at.parent as Record<string, Json>)[at.key] : undefined;
}

/** A JSON value of a kind other than `kind` (strings that look like numbers included). */
const wrongTypeValue = (kind: Kind): fc.Arbitrary<Json> => {
  const all: Record<Kind, fc.Arbitrary<Json>> = {
    string: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 20 }), fc.constant('8'), fc.constant('true')),
    number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(0)),
    boolean: fc.boolean(),
    array: fc.oneof(fc.constant<Json>([]), fc.array(fc.integer(), { maxLength: 3 })),
    object: fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 })),
  };
  const others = (Object.keys(all) as Kind[]).filter((k) => k !== kind).map((k) => all[k]);
  // A string where an array of strings is expected, or a number where a string is, etc.
  return fc.oneof(fc.constant(null), ...others) as fc.Arbitrary<Json>;
};

/** Controls that `trim()` would not remove at the edges, and any control in the middle. */
const CONTROLS_ANYWHERE = [0x00, 0x01, 0x07, 0x08, 0x1b, 0x1c, 0x1f, 0x7f, 0x80, 0x85, 0x9f];
const CONTROLS_MIDDLE_LINE = [...CONTROLS_ANYWHERE, 0x09, 0x0a, 0x0b, 0x0c, 0x0d];
const CONTROLS_MIDDLE_FREE = [...CONTROLS_ANYWHERE, 0x0b, 0x0c];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** Code-like strings with look-alikes: Cyrillic letters, full-width and Arabic-Indic digits. */
function homoglyph(value: string): string {
  const map: Record<string, string> = {
    a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х', y: 'у', E: 'Е', T: 'Т', I: 'І', A: 'А', B: 'В', C: 'С',
    0: '０', 1: '１', 2: '٢', 3: '３', 4: '٤', 5: '５', 7: '７', 8: '８', 9: '९', '-': '‐', '@': '＠',
  };
  for (let i = 0; i < value.length; i++) {
    const swap = map[value[i]!];
    if (swap) return value.slice(0, i) + swap + value.slice(i + 1);
  }
  return `${value}\u200b`;
}

const pathOf = (spec: FieldSpec) => spec.path.join('.');

interface BodyMutation {
  what: string;
  body: Body;
  status: readonly number[];
  errorPath?: string;
}
/** Changes a body in place (making it invalid) and says what the API must answer. */
type Mutate = (b: Body) => Omit<BodyMutation, 'body'>;

/**
 * Mutations that keep the body JSON but make it invalid. `extra` adds the endpoint's own
 * semantic mutations (dates, ranges, lists); each result names the field the error must carry.
 * Every mutation only ever writes invalid values, so applying several to one body keeps it invalid.
 */
export function mutations(fields: FieldSpec[], extra: fc.Arbitrary<Mutate>): fc.Arbitrary<Mutate> {
  const fieldArb = fc.constantFrom(...fields);
  const textFields = fields.filter((s) => s.text);
  const codeFields = fields.filter((s) => s.code);
  const required = fields.filter((s) => s.required && !/\.\d+$/.test(pathOf(s)));
  const at = (spec: FieldSpec) => ({ status: [422], errorPath: pathOf(spec) });

  const drop = fc.constantFrom(...required).map((spec): Mutate => (body) => {
    setAt(body, spec.path, undefined);
    return { what: `drop ${pathOf(spec)}`, ...at(spec) };
  });

  const wrongType = fieldArb.chain((spec) =>
    wrongTypeValue(spec.kind).map((value): Mutate => (body) => {
      setAt(body, spec.path, value);
      return { what: `${pathOf(spec)} = ${JSON.stringify(value)} (wrong type)`, ...at(spec) };
    }),
  );

  const containers = fields.filter((s) => s.kind === 'object').map(pathOf);
  const unknownKey = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'id', 'status', 'applicationId', 'roleId', 'pk', 'isAdmin', 'Email'),
    fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
  );
  const extraField = fc.tuple(fc.constantFrom('', ...containers), unknownKey, fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>).map(
    ([where, key, value]): Mutate => (body) => {
      let target = (where ? getAt(body, where.split('.')) : body) as Record<string, Json> | undefined;
      let path = where ? `${where}.${key}` : key;
      // The container may have been mutated away (or be an empty list): add the key at the top.
      if (!target || typeof target !== 'object' || Array.isArray(target)) [target, path] = [body, key];
      if (Object.prototype.hasOwnProperty.call(target, key)) [key, path] = [`${key}_x`, `${path}_x`];
      // defineProperty, so "__proto__" becomes a real key of the JSON object.
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return { what: `extra field ${JSON.stringify(path)}`, status: [422], errorPath: path };
    },
  );

  // Long strings still under the body limit → 422; 100 KB+ strings → the whole body is refused (413).
  const LIMITS: Record<string, number> = { motivation: 2000, description: 4000, title: 200, 'company.name': 200, 'company.businessId': 50 };
  const longText = fc.tuple(fc.constantFrom(...textFields), fc.integer({ min: 0, max: 50_000 }), fc.constantFrom('x', 'Ж', 'õ', '🙂', ' a')).map(
    ([spec, extraLen, unit]): Mutate => (body) => {
      const limit = LIMITS[pathOf(spec)] ?? 100;
      // Every unit is at least one character however length is counted (UTF-16 units or code points).
      const text = unit.repeat(limit + 1 + extraLen);
      setAt(body, spec.path, text) || Object.assign(body, { [spec.path[0]!]: text });
      return { what: `${pathOf(spec)} of ${text.length} × ${JSON.stringify(unit)}`, ...at(spec) };
    },
  );
  const hugeString = fc.tuple(fieldArb, fc.integer({ min: 100_000, max: 400_000 })).map(([spec, n]): Mutate => (body) => {
    setAt(body, spec.path, 'Щ'.repeat(n)) || Object.assign(body, { [spec.path[0]!]: 'Щ'.repeat(n) });
    return { what: `${pathOf(spec)} = ${n} × "Щ" (huge)`, status: [413] };
  });

  const control = fc.tuple(fc.constantFrom(...textFields), fc.nat(), fc.boolean()).map(([spec, i, edge]): Mutate => (body) => {
    const current = String(getAt(body, spec.path) ?? 'Text');
    const pool = spec.text === 'line' ? CONTROLS_MIDDLE_LINE : CONTROLS_MIDDLE_FREE;
    const cp = edge ? CONTROLS_ANYWHERE[i % CONTROLS_ANYWHERE.length]! : pool[i % pool.length]!;
    const ch = String.fromCharCode(cp);
    const text = edge ? `${ch}${current}` : `${current.slice(0, 1) || 'A'}${ch}${current.slice(1) || 'b'}`;
    setAt(body, spec.path, text) || Object.assign(body, { [spec.path[0]!]: text });
    return { what: `${pathOf(spec)} with U+${cp.toString(16).padStart(4, '0')}`, ...at(spec) };
  });

  const surrogate = fc.tuple(fc.constantFrom(...textFields), fc.constantFrom(...LONE_SURROGATES), fc.boolean()).map(([spec, s, end]): Mutate => (body) => {
    const current = String(getAt(body, spec.path) ?? 'Text');
    const text = end ? `${current}${s}` : `${s}${current}`;
    setAt(body, spec.path, text) || Object.assign(body, { [spec.path[0]!]: text });
    return { what: `${pathOf(spec)} with lone surrogate \\u${s.charCodeAt(0).toString(16)}`, ...at(spec) };
  });

  const lookalike = fc.constantFrom(...codeFields).map((spec): Mutate => (body) => {
    const value = homoglyph(String(getAt(body, spec.path) ?? 'x'));
    setAt(body, spec.path, value) || Object.assign(body, { [spec.path[0]!]: value });
    return { what: `${pathOf(spec)} = ${JSON.stringify(value)} (look-alike)`, ...at(spec) };
  });

  return fc.oneof(
    { arbitrary: drop, weight: 3 },
    { arbitrary: wrongType, weight: 4 },
    { arbitrary: extraField, weight: 3 },
    { arbitrary: longText, weight: 2 },
    { arbitrary: hugeString, weight: 1 },
    { arbitrary: control, weight: 3 },
    { arbitrary: surrogate, weight: 2 },
    { arbitrary: lookalike, weight: 2 },
    { arbitrary: extra, weight: 5 },
  );
}

/** A valid body with one mutation applied. */
export const mutatedBody = (valid: fc.Arbitrary<Body>, mutation: fc.Arbitrary<Mutate>): fc.Arbitrary<BodyMutation> =>
  fc.tuple(valid, mutation).map(([b, m]) => {
    const body = clone(b);
    return { ...m(body), body };
  });

type Change = Mutate;
const change = (what: string, errorPath: string, apply: (b: Body) => void): Change => (b) => {
  apply(b);
  return { what, status: [422], errorPath };
};

const badDate = fc.constantFrom(
  '2027-02-29', '2028-02-30', '2027-04-31', '2027-13-01', '2027-00-10', '2027-1-5', '27-01-05', '2027/01/05',
  '05.01.2027', '2027-01-05T00:00:00Z', '2027-01-05 ', '', 'tomorrow', '２０２７-０１-０５', '+002027-01-05', '2027-01-5\u0000',
);

export const applicationChanges: fc.Arbitrary<Change> = fc.oneof(
  badDate.map((d) => change(`availableFrom = ${JSON.stringify(d)}`, 'availableFrom', (b) => (b.availableFrom = d))),
  badDate.map((d) => change(`availableTo = ${JSON.stringify(d)}`, 'availableTo', (b) => (b.availableTo = d))),
  fc.integer({ min: 1, max: 3000 }).map((n) => change(`availableFrom ${n} days ago`, 'availableFrom', (b) => (b.availableFrom = isoDay(-n)))),
  fc.integer({ min: 0, max: 60 }).map((n) => change(`availableTo ${n} days before availableFrom`, 'availableTo', (b) => (b.availableTo = new Date(Date.parse(String(b.availableFrom)) - n * DAY).toISOString().slice(0, 10)))),
  fc.integer({ min: 1, max: 6 }).map((w) => change(`minWeeks longer than the period by ${w}`, 'minWeeks', (b) => {
    b.minWeeks = Math.min(52, Math.floor((Date.parse(String(b.availableTo)) - Date.parse(String(b.availableFrom))) / (7 * DAY)) + w);
    if (b.minWeeks === 52) b.availableTo = new Date(Date.parse(String(b.availableFrom)) + 7 * DAY).toISOString().slice(0, 10);
  })),
  fc.constantFrom(0, -1, 53, 2.5, 1e308, -0.5, 52.0001).map((n) => change(`minWeeks = ${n}`, 'minWeeks', (b) => (b.minWeeks = n))),
  fc.constantFrom<Json>([], ['construction', 'wellbeing', 'technology', 'construction'], ['farming'], ['Construction'], [''], [null]).map((s) =>
    change(`sectors = ${JSON.stringify(s)}`, 'sectors', (b) => (b.sectors = s)),
  ),
  fc.constantFrom<Json>([], ['FI', 'EE', 'LT', 'RU'], ['SE'], ['fi'], ['EST'], ['XX']).map((s) => change(`destinations = ${JSON.stringify(s)}`, 'destinations', (b) => (b.destinations = s))),
  fc.constant(change('destinations include the home country', 'destinations', (b) => {
    const home = (b.schoolId as string).slice(0, 2).toUpperCase();
    b.destinations = [home];
  })),
  fc.constantFrom('xx-nowhere', 'fi', 'FI-SASKY', 'fi_sasky', 'a'.repeat(65), '', '../etc').map((s) => change(`schoolId = ${JSON.stringify(s)}`, 'schoolId', (b) => (b.schoolId = s))),
  fc.constantFrom('073', '07321', '9999', '0000', 'abcd', ' 0732', '0732 ', '07.3', '1e3').map((s) => change(`fieldOfStudy = ${JSON.stringify(s)}`, 'fieldOfStudy', (b) => (b.fieldOfStudy = s))),
  fc.constantFrom<Json>([], [{ code: 'en', level: 'B3' }], [{ code: 'qq', level: 'B1' }], [{ code: 'EN', level: 'B1' }], [{ code: 'eng', level: 'B1' }], [{ code: 'en', level: 'b1' }], [{ code: 'en', level: 'B1' }, { code: 'en', level: 'C1' }], ['en'], [{ code: 'en' }], ['en', 'fi', 'et', 'lt', 'ru', 'de', 'sv'].map((code) => ({ code, level: 'A1' }))).map((l) =>
    change(`languages = ${JSON.stringify(l)}`, 'languages', (b) => (b.languages = l)),
  ),
  fc.constantFrom<Json>(['role-1'], ['00000000-0000-0000-0000-000000000000x'], Array.from({ length: 6 }, (_, i) => `1b4e28ba-2fa1-41d2-883f-0016d3cca42${i}`), ['1b4e28ba-2fa1-41d2-883f-0016d3cca427', '1b4e28ba-2fa1-41d2-883f-0016d3cca427'], 'abc', [1]).map((p) =>
    change(`rolePreferences = ${JSON.stringify(p)}`, 'rolePreferences', (b) => (b.rolePreferences = p)),
  ),
  fc.constantFrom<Json>(false, 'true', 1, null, { dataProcessing: false }, { dataProcessing: 'true' }, { dataProcessing: 1 }, {}, []).map((c) =>
    change(`consent = ${JSON.stringify(c)}`, 'consent', (b) => (b.consent = c)),
  ),
  fc.constantFrom('not-an-email', 'a@b', '@x.example', 'a b@x.example', 'a@@x.example', 'аnna@x.example', 'anna@x.example\u0000', `${'a'.repeat(250)}@x.example`, 'anna@x..example').map((e) =>
    change(`email = ${JSON.stringify(e)}`, 'email', (b) => (b.email = e)),
  ),
  fc.constantFrom('   ', '\t\n', '\u3000', '').map((s) => change(`lastName = ${JSON.stringify(s)} (blank)`, 'lastName', (b) => (b.lastName = s))),
  fc.constantFrom('teacher', 'Student', 'STAFF', '', 'students').map((s) => change(`applicantType = ${JSON.stringify(s)}`, 'applicantType', (b) => (b.applicantType = s))),
  fc.constantFrom('de', 'sv', 'EN', 'en-GB', 'fin', '').map((s) => change(`language = ${JSON.stringify(s)}`, 'language', (b) => (b.language = s))),
);

export const roleChanges: fc.Arbitrary<Change> = fc.oneof(
  badDate.map((d) => change(`periodFrom = ${JSON.stringify(d)}`, 'periodFrom', (b) => (b.periodFrom = d))),
  badDate.map((d) => change(`periodTo = ${JSON.stringify(d)}`, 'periodTo', (b) => (b.periodTo = d))),
  fc.integer({ min: 0, max: 60 }).map((n) => change(`periodTo ${n} days before periodFrom`, 'periodTo', (b) => (b.periodTo = new Date(Date.parse(String(b.periodFrom)) - n * DAY).toISOString().slice(0, 10)))),
  fc.integer({ min: 1, max: 900 }).map((n) => change(`period in the past (ended ${n} days ago)`, 'periodTo', (b) => {
    b.periodFrom = isoDay(-n - 30);
    b.periodTo = isoDay(-n);
  })),
  fc.integer({ min: 1, max: 6 }).map((w) => change(`minWeeks longer than the period by ${w}`, 'minWeeks', (b) => {
    b.minWeeks = Math.min(52, Math.floor((Date.parse(String(b.periodTo)) - Date.parse(String(b.periodFrom))) / (7 * DAY)) + w);
    if (b.minWeeks === 52) b.periodTo = new Date(Date.parse(String(b.periodFrom)) + 7 * DAY).toISOString().slice(0, 10);
  })),
  fc.constantFrom(0, -1, 53, 2.5, 1e308).map((n) => change(`minWeeks = ${n}`, 'minWeeks', (b) => (b.minWeeks = n))),
  fc.constantFrom(0, -3, 51, 1.5, 1e9).map((n) => change(`places = ${n}`, 'places', (b) => (b.places = n))),
  fc.constantFrom<Json>([], ['07321'], ['99'], ['7'], ['073', '073'], ['abc'], ['0x1'], Array.from({ length: 11 }, (_, i) => ALL_FIELDS[i]!)).map((s) =>
    change(`fieldsOfStudy = ${JSON.stringify(s)}`, 'fieldsOfStudy', (b) => (b.fieldsOfStudy = s)),
  ),
  fc.constantFrom('DE', 'SE', 'fi', 'Finland', '').map((c) => change(`company.country = ${JSON.stringify(c)}`, 'company.country', (b) => ((b.company as Body).country = c))),
  fc.constantFrom('farming', 'Construction', 'tech', '').map((s) => change(`sector = ${JSON.stringify(s)}`, 'sector', (b) => (b.sector = s))),
  fc.constantFrom<Json>(['en', 'fi', 'et', 'lt', 'ru'].map((code) => ({ code, level: 'A1' })), [{ code: 'zz', level: 'A1' }], [{ code: 'en', level: 'D1' }], [{ code: 'en', level: 'A1' }, { code: 'en', level: 'B1' }], null).map((l) =>
    change(`languages = ${JSON.stringify(l)}`, 'languages', (b) => (b.languages = l)),
  ),
  fc.constantFrom<Json>([], ['student', 'staff', 'student'], ['teacher'], ['student', 'student'], 'student').map((t) =>
    change(`applicantTypes = ${JSON.stringify(t)}`, 'applicantTypes', (b) => (b.applicantTypes = t)),
  ),
  fc.constantFrom('not-an-email', 'a@b', 'контакт@пример.рф', 'x@x.example\n').map((e) => change(`contact.email = ${JSON.stringify(e)}`, 'contact.email', (b) => ((b.contact as Body).email = e))),
  fc.constantFrom('de', 'sv', 'EN', '').map((l) => change(`contact.language = ${JSON.stringify(l)}`, 'contact.language', (b) => ((b.contact as Body).language = l))),
  fc.constantFrom('   ', '\u00a0', '').map((s) => change(`title = ${JSON.stringify(s)} (blank)`, 'title', (b) => (b.title = s))),
);

// ---- whole-request mutations: JSON syntax, media type, methods, Idempotency-Key ------------------

const enc = new TextEncoder();

/** Bad requests to a write endpoint, made from valid bodies. */
export function badWrites(route: '/applications' | '/roles', valid: fc.Arbitrary<Body>, fields: FieldSpec[], changes: fc.Arbitrary<Change>, keyPrefix: string): fc.Arbitrary<BadRequest> {
  const json = { 'content-type': 'application/json' };
  const post = (what: string, body: string | Uint8Array, status: readonly number[], errorPath?: string, headers: Record<string, string> = json): BadRequest => ({
    what, method: 'POST', path: route, headers, body, status, ...(errorPath === undefined ? {} : { errorPath }),
  });

  const mutation = mutations(fields, changes);
  const sized = (m: BodyMutation) => {
    const text = JSON.stringify(m.body);
    // Whatever the mutation, a body over 64 KiB is refused for its size first.
    return Buffer.byteLength(text) > 64 * 1024 ? post(`${m.what} (body ${Buffer.byteLength(text)} B)`, text, [413]) : post(m.what, text, m.status, m.errorPath);
  };
  const mutated = mutatedBody(valid, mutation).map(sized);

  // Two or three mutations of one body: only "some 4xx" can be expected.
  const combined = fc.tuple(valid, fc.array(mutation, { minLength: 2, maxLength: 3 })).map(([b, ms]) => {
    const body = clone(b);
    const results = ms.map((m) => m(body));
    return sized({ what: `combined: ${results.map((r) => r.what).join(' + ')}`, body, status: [422, 413] });
  });

  const malformed = fc.tuple(valid, fc.nat(), fc.constantFrom('truncated', 'trailing', 'bom', 'single-quotes', 'comment', 'nan', 'trailing-comma', 'duplicate-key-bad', 'invalid-escape', 'raw-control', 'deep', 'scalar', 'empty', 'array', 'whitespace')).map(([b, n, kind]) => {
    const text = JSON.stringify(b);
    switch (kind) {
      case 'truncated': {
        const cut = 1 + (n % (text.length - 1));
        return post(`truncated JSON at ${cut}/${text.length}`, text.slice(0, cut), [400]);
      }
      case 'trailing':
        return post('trailing garbage', `${text}${['x', '}', ',{}', ' {"a":1}', '\u0000'][n % 5]}`, [400]);
      case 'bom':
        return post('byte order mark before the JSON', `\ufeff${text}`, [400]);
      case 'single-quotes':
        return post('single-quoted JSON', text.replace(/"/g, "'"), [400]);
      case 'comment':
        return post('JSON with a comment', `/* hi */${text}`, [400]);
      case 'nan':
        return post('NaN literal', text.replace(/"minWeeks":\d+/, '"minWeeks":NaN'), [400]);
      case 'trailing-comma':
        return post('trailing comma', `${text.slice(0, -1)},}`, [400]);
      case 'duplicate-key-bad': {
        const [key] = Object.keys(b);
        return post(`duplicate key ${key}, last one invalid`, `${text.slice(0, -1)},"${key}":12345}`, [422], key);
      }
      case 'invalid-escape':
        return post('invalid escape \\x41', text.replace(/"([^"]{2})/, '"\\x41$1'), [400]);
      case 'raw-control':
        return post('raw control character inside a JSON string', text.replace(/"([^"]{2})/, '"\u0001$1'), [400]);
      case 'deep': {
        const depth = 1000 + (n % 20_000);
        return post(`array nested ${depth} deep`, `${'['.repeat(depth)}${']'.repeat(depth)}`, depth * 2 > 64 * 1024 ? [413] : [422]);
      }
      case 'scalar': {
        const scalar = ['null', '42', '"text"', 'true', '-0', '1e999'][n % 6]!;
        return post(`JSON scalar ${scalar}`, scalar, [422], '');
      }
      case 'empty':
        return post('empty body', '', [400]);
      case 'array':
        return post('the valid body inside an array', `[${text}]`, [422], '');
      default:
        return post('whitespace only', ' \n\t ', [400]);
    }
  });

  const mediaType = fc.tuple(valid, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'application/json-patch+json', 'application/problem+json', 'json', 'application/xml', '*/*', 'application/ json', 'application/javascript', 'none')).map(([b, ct]) => {
    const text = JSON.stringify(b);
    return ct === 'none'
      ? post('no content-type', enc.encode(text), [415], 'content-type', {})
      : post(`content-type ${ct}`, text, [415], 'content-type', { 'content-type': ct });
  });

  const badKey = fc.oneof(
    fc.constant(''),
    fc.constant(' '),
    fc.integer({ min: 256, max: 8000 }).map((n) => `${keyPrefix}${'k'.repeat(n)}`),
    fc.string({ minLength: 1, maxLength: 20 }).map((s) => `${keyPrefix} ${s}`),
    fc.constantFrom('é', 'ключ', 'ä-key', '\u00a0key', 'key\u0080').map((s) => `${keyPrefix}${s}`),
  );
  const idempotencyKey = fc.tuple(valid, badKey).map(([b, key]) => {
    // Header values travel as bytes: a non-Latin-1 key is sent as its UTF-8 bytes read as Latin-1.
    // Characters no HTTP client may send in a header (controls, DEL) become "?".
    const sendable = (/^[\u0000-\u00ff]*$/.test(key) ? key : Buffer.from(key, 'utf8').toString('latin1')).replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');
    return post(`Idempotency-Key ${JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}… (${key.length})` : key)}`, JSON.stringify(b), [400], 'Idempotency-Key', { ...json, 'idempotency-key': sendable });
  });
  const hugeHeader = valid.map((b) => post('Idempotency-Key of 40 000 characters (over the header limit)', JSON.stringify(b), [400, 431], undefined, { ...json, 'idempotency-key': 'k'.repeat(40_000) }));

  // The methods the catalog serves on this path are no wrong ones (GET /roles is the public board).
  const served = new Set(Object.values(functions).flatMap((def) => (def.trigger.kind === 'http' ? def.trigger.routes.filter((r) => r.path === route).map((r) => r.method as string) : [])));
  const wrongMethods = ['PUT', 'DELETE', 'PATCH', 'GET', 'HEAD', 'OPTIONS'].filter((m) => !served.has(m));
  const wrongMethod = fc.tuple(valid, fc.constantFrom(...wrongMethods)).map(([b, method]): BadRequest => ({
    what: `${method} ${route}`,
    method,
    path: route,
    headers: json,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: JSON.stringify(b) }),
    status: [404, 405],
  }));
  const wrongPath = fc.tuple(valid, fc.constantFrom(`${route}/`, `${route}/x`, `${route.toUpperCase()}`, `${route}%00`, `${route};x`, `/api${route}`)).map(([b, path]) => ({ ...post(`POST ${path}`, JSON.stringify(b), [404, 405]), path, problem: false as const }));

  return fc.oneof(
    { arbitrary: mutated, weight: 14 },
    { arbitrary: combined, weight: 2 },
    { arbitrary: malformed, weight: 4 },
    { arbitrary: mediaType, weight: 2 },
    { arbitrary: idempotencyKey, weight: 2 },
    { arbitrary: hugeHeader, weight: 1 },
    { arbitrary: wrongMethod, weight: 2 },
    { arbitrary: wrongPath, weight: 1 },
  );
}
