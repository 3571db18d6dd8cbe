import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import type { RoleItem } from '#shared/roles/store';
import { signIn } from '../support/desk.ts';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validRole } from '../support/fixtures.ts';
import { companyLinks, eventsOf, openRole } from '../support/flow.ts';
import { emailsTo, waitFor } from '../support/stack.ts';
import { ISOLATED_FIELDS, type BadRequest } from './arbitraries.ts';
import { counterexample, getItem, type Sent } from './harness.ts';
import { api } from '../support/stack.ts';

/*
 * The change form, fuzzed where it is posted: `POST /desk/roles/{roleId}` signed in as the
 * role's contact, and `POST /t/{token}` (the role management link) with `decision=change`.
 * Generated forms, from valid ones with valid variations to every field broken (numbers that are
 * none, impossible and past dates, levels and languages that do not exist, overlong and
 * control-character descriptions in both languages, rows and fields missing, repeated or too
 * many, names the form does not have). Each answer is a 303 (saved, or nothing to change) or a
 * 422 (the form again), never a 5xx; after each 422 the role is exactly as before, and every
 * saved change put exactly one role.changed on the bus.
 *
 * Sent one at a time, so "nothing written" is checked per request. The role's period and every
 * date a form may save are in 2059, and its fields are the fuzz's isolated ones: whatever a
 * change saves, no applicant of another test fits it. FUZZ_CHANGE sets the count per route.
 */
const COUNT = Number(process.env.FUZZ_CHANGE ?? 150);
const SEED = 16_059;

// ---- the form ---------------------------------------------------------------------------------

type Form = [name: string, value: string][];

const PROSE = ['Hoolekanne ja eakate abistamine.', 'Työ on monipuolista.', 'Уход за пожилыми.', 'Rida üks.\nRida kaks.\tTab.', 'Emoji 🙂 ja «кавычки».'];
const validDescription = fc.constantFrom(...PROSE);
/** Valid periods in 2059, each with a minimum that fits it. */
const validPeriod = fc.constantFrom(
  { from: '2059-03-01', to: '2059-08-31', weeks: ['8', '4', '26'] },
  { from: '2059-02-01', to: '2059-09-30', weeks: ['1', '12', '34'] },
  { from: '2059-05-01', to: '2059-06-30', weeks: ['2', '8'] },
).chain((p) => fc.constantFrom(...p.weeks).map((minWeeks) => ({ from: p.from, to: p.to, minWeeks })));
const validLanguages = fc.uniqueArray(
  fc.record({ code: fc.constantFrom('en', 'et', 'fi', 'ru', 'de', 'lt'), level: fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'C2') }),
  { maxLength: 4, selector: (l) => l.code },
);
const validFields = fc.uniqueArray(fc.constantFrom(...ISOLATED_FIELDS), { minLength: 1, maxLength: 10 });

const validForm: fc.Arbitrary<Form> = fc
  .record({
    description: validDescription,
    translation: fc.option(validDescription, { nil: '', freq: 4 }),
    places: fc.integer({ min: 1, max: 50 }).map(String),
    period: validPeriod,
    languages: validLanguages,
    fields: validFields,
  })
  .map((r) => [
    ['decision', 'change'],
    ['description', r.description],
    ['translation.description', r.translation],
    ['places', r.places],
    ['periodFrom', r.period.from],
    ['periodTo', r.period.to],
    ['minWeeks', r.period.minWeeks],
    ...r.languages.flatMap((l, i): Form => [[`languages.${i}.code`, l.code], [`languages.${i}.level`, l.level]]),
    ...r.fields.map((f): [string, string] => ['fieldsOfStudy', f]),
  ]);

const any = (max: number) => fc.string({ maxLength: max, unit: 'binary' });
const controlled = fc.tuple(fc.constantFrom(0x00, 0x01, 0x07, 0x0b, 0x1b, 0x7f, 0x85, 0x9f, 0x200b, 0x202e, 0xfeff), validDescription).map(([c, t]) => `${t.slice(0, 4)}${String.fromCharCode(c)}${t.slice(4)}`);
const badText = fc.oneof(
  fc.constantFrom('', '   ', '\n\t', '\u3000', '\ud800', 'a\udfffb'),
  fc.integer({ min: 4001, max: 9000 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 3990, max: 4010 }).map((n) => 'ä'.repeat(n)),
  controlled,
  any(80),
);
const badNumber = fc.oneof(fc.constantFrom('', '0', '-1', '51', '53', '1.5', '1e1', '٣', ' 2 ', '0x2', '999999999999', 'two', '+3', '３'), any(12));
const badDate = fc.oneof(fc.constantFrom('', '2059-02-30', '2059-13-01', '2020-01-01', '01.03.2059', '2059-3-1', '20590301', '2059-03-01T00:00', '9999-99-99', '２０５９-03-01'), any(12));
const badCode = fc.oneof(fc.constantFrom('', 'EN', 'e', 'xx', 'zz', 'eng', 'en ', 'ен'), any(5));
const badLevel = fc.oneof(fc.constantFrom('', 'b2', 'D1', 'B3', 'B2 ', 'В2', 'C'), any(4));
const badField = fc.oneof(fc.constantFrom('', '99', '07321', 'abc', '0000', '0011 ', '9999', '０７'), fc.stringMatching(/^\d{1,6}$/), any(6));

type Mutation = { what: string; apply: (form: Form) => Form };
const setValue = (name: string, value: string): Mutation => ({
  what: `${name}=${JSON.stringify(value.length > 30 ? `${value.slice(0, 12)}… (${value.length})` : value)}`,
  apply: (form) => (form.some(([n]) => n === name) ? form.map(([n, v]) => [n, n === name ? value : v]) : [...form, [name, value]]),
});
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  badText.map((v) => setValue('description', v)),
  badText.map((v) => setValue('translation.description', v)),
  // The first description emptied while the second one stays: "is required when…".
  fc.constant<Mutation>({ what: 'description emptied', apply: (form) => form.map(([n, v]) => [n, n === 'description' ? '' : v]) }),
  badNumber.map((v) => setValue('places', v)),
  badNumber.map((v) => setValue('minWeeks', v)),
  badDate.map((v) => setValue('periodFrom', v)),
  badDate.map((v) => setValue('periodTo', v)),
  // The period swapped (the end before the start), or too short for the minimum weeks.
  fc.constant<Mutation>({ what: 'period swapped', apply: (form) => form.map(([n, v]) => [n === 'periodFrom' ? 'periodTo' : n === 'periodTo' ? 'periodFrom' : n, v]) }),
  fc.constant<Mutation>({ what: 'minWeeks 52', apply: (form) => setValue('minWeeks', '52').apply(form) }),
  fc.tuple(fc.integer({ min: 0, max: 5 }), badCode).map(([i, v]) => setValue(`languages.${i}.code`, v)),
  fc.tuple(fc.integer({ min: 0, max: 5 }), badLevel).map(([i, v]) => setValue(`languages.${i}.level`, v)),
  // The same language twice.
  fc.constant<Mutation>({ what: 'language twice', apply: (form) => [...form.filter(([n]) => !n.startsWith('languages.')), ['languages.0.code', 'en'], ['languages.0.level', 'B1'], ['languages.1.code', 'en'], ['languages.1.level', 'C1']] }),
  badField.map((v): Mutation => ({ what: `field ${JSON.stringify(v)}`, apply: (form) => [...form, ['fieldsOfStudy', v]] })),
  fc.constant<Mutation>({ what: 'no fields', apply: (form) => form.filter(([n]) => n !== 'fieldsOfStudy') }),
  fc.constant<Mutation>({ what: '12 fields', apply: (form) => [...form.filter(([n]) => n !== 'fieldsOfStudy'), ...ISOLATED_FIELDS.slice(0, 12).map((f): [string, string] => ['fieldsOfStudy', f])] }),
  fc.constant<Mutation>({ what: 'a field twice', apply: (form) => [...form.filter(([n]) => n !== 'fieldsOfStudy'), ['fieldsOfStudy', '0011'], ['fieldsOfStudy', '0011']] }),
  fc.constantFrom('places', 'periodFrom', 'periodTo', 'minWeeks', 'description', 'translation.description').map((name): Mutation => ({ what: `no ${name}`, apply: (form) => form.filter(([n]) => n !== name) })),
  fc.tuple(fc.constantFrom('places', 'periodFrom', 'minWeeks', 'description'), any(10)).map(([name, v]): Mutation => ({ what: `${name} twice`, apply: (form) => [...form, [name, v]] })),
  // Names the form does not have: ignored (the title and the rest stay as posted).
  fc.tuple(fc.constantFrom('title', 'sector', 'company.country', 'translation.title', 'translation.language', 'status', 'placesLeft', 'x', ''), any(20)).map(([name, v]): Mutation => ({ what: `extra ${name}`, apply: (form) => [...form, [name, v]] })),
);

const generated: fc.Arbitrary<{ what: string; form: Form }> = fc.oneof(
  { arbitrary: validForm.map((form) => ({ what: 'valid', form })), weight: 2 },
  {
    arbitrary: fc.tuple(validForm, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([form, ms]) => ({ what: ms.map((m) => m.what).join(', '), form: ms.reduce((f, m) => m.apply(f), form) })),
    weight: 5,
  },
);

const encode = (form: Form) => {
  const body = new URLSearchParams();
  for (const [name, value] of form) body.append(name, value);
  return body.toString();
};

// ---- the role ---------------------------------------------------------------------------------

let roleId: string;
let cookie: string;
let linkPath: string;

const role = async () => (await getItem(keys.role(roleId))) as RoleItem;
const savedChanges = async () => (await eventsOf('role.changed', 'roleId', roleId)).length;

beforeAll(async () => {
  const contact = uniqueEmail('fuzz-change-contact');
  roleId = await openRole(
    validRole({
      company: { name: 'Fuzz Hoiva OÜ', businessId: BUSINESS_IDS.EE, country: 'EE', region: 'Harju maakond', city: 'Tallinn' },
      contact: { name: 'Kärt Tamm', email: contact, language: 'et' },
      title: `Hooldaja ${uniqueName('Fuzz')}`,
      sector: 'wellbeing',
      language: 'et',
      description: 'Hoolekanne.',
      translation: { language: 'en', title: 'Care assistant', description: 'Elderly care.' },
      fieldsOfStudy: [ISOLATED_FIELDS[0]],
      places: 2,
      periodFrom: '2059-03-01',
      periodTo: '2059-08-31',
      minWeeks: 8,
      languages: [{ code: 'en', level: 'B1' }],
    }),
  );
  // The "role open" email (Estonian, the contact's language), with the management link.
  const opened = await waitFor(async () => (await emailsTo(contact)).find((m) => m.subject.includes('on nüüd avatud')), 'the role-is-open email');
  linkPath = new URL(companyLinks(opened)[0]!).pathname;
  cookie = await signIn(contact);
}, 60_000);

/** Posts a form; the answer with where a 303 leads. */
async function post(path: string, headers: Record<string, string>, body: string): Promise<Sent & { location: string }> {
  const response = await api(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body, redirect: 'manual' });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', location: response.headers.get('location') ?? '', text: await response.text() };
}

/** Posts each generated form in turn to `path`; the answers judged and the role compared around each. */
async function fuzz(path: string, headers: Record<string, string>, seed: number) {
  const cases = fc.sample(generated, { seed, numRuns: COUNT });
  const eventsBefore = await savedChanges();
  const failures: string[] = [];
  const statuses: Record<number, number> = {};
  let saved = 0;
  for (const [i, c] of cases.entries()) {
    const req: BadRequest = { what: c.what, method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: encode(c.form), status: [303, 422], problem: false };
    const before = await role();
    const got = await post(path, headers, encode(c.form));
    statuses[got.status] = (statuses[got.status] ?? 0) + 1;
    const fail = (why: string) => failures.push(counterexample(seed, i, req, got, why));
    const after = await role();
    if (got.status === 422) {
      if (!isDeepStrictEqual(after, before)) fail('a 422 wrote to the role');
      continue;
    }
    if (got.status !== 303) {
      fail(`status ${got.status}`);
      continue;
    }
    // Back to the role's page, saying what was done, and the role agrees: saved (one revision
    // more), or nothing to change (as it was).
    const notice = got.location.startsWith(`${path}?notice=`) ? got.location.slice(path.length + '?notice='.length) : '';
    if (!['changed', 'searching', 'unchanged'].includes(notice)) fail(`a 303 to ${got.location}`);
    else if (notice === 'unchanged' ? !isDeepStrictEqual(after, before) : after.revision !== (before.revision ?? 0) + 1) fail(`notice ${notice}, but the role says otherwise`);
    else if (notice !== 'unchanged') saved += 1;
  }
  console.info(`change form at ${path.startsWith('/t/') ? '/t/{token}' : '/desk/roles/{id}'}: ${cases.length} forms; statuses ${JSON.stringify(statuses)}; ${saved} saved`);
  expect(failures.length, `${failures.length} of ${cases.length} forms got a wrong answer:\n${failures.slice(0, 12).join('\n')}`).toBe(0);
  // Both kinds came up, so the run means something.
  expect(statuses[303] ?? 0).toBeGreaterThan(COUNT / 10);
  expect(statuses[422] ?? 0).toBeGreaterThan(COUNT / 3);
  // Every saved change, and only those, put one role.changed on the bus (through the outbox).
  await waitFor(async () => ((await savedChanges()) === eventsBefore + saved ? true : undefined), `${saved} role.changed events`, 20_000);
  expect(await role()).toMatchObject({ status: 'OPEN', sector: 'wellbeing', title: expect.stringMatching(/^Hooldaja /), translation: { language: 'en', title: 'Care assistant' } });
}

describe('fuzz the change form', () => {
  it(`${COUNT} generated forms on the desk (signed in): a 303 or a 422, never a 5xx, nothing written on a 422`, { timeout: 180_000 }, async () => {
    await fuzz(`/desk/roles/${roleId}`, { cookie }, SEED);
  });

  it(`${COUNT} generated forms behind the role management link: the same`, { timeout: 180_000 }, async () => {
    await fuzz(linkPath, {}, SEED + 1);
  });

  it('the generator’s valid forms are valid: each saves, and sent again changes nothing', async () => {
    for (const form of fc.sample(validForm, { seed: SEED + 2, numRuns: 5 })) {
      const first = await post(`/desk/roles/${roleId}`, { cookie }, encode(form));
      expect(first.status, encode(form)).toBe(303);
      const again = await post(`/desk/roles/${roleId}`, { cookie }, encode(form));
      expect(again.location).toBe(`/desk/roles/${roleId}?notice=unchanged`);
    }
  });
});
