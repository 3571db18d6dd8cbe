import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { boardPageSchema, boardQuerySchema } from '#shared/roles/public-role';
import { APPLICANT_TYPES, COUNTRIES, SECTORS } from '#shared/vocabulary/codes';
import { fieldErrors } from '#shared/platform/http/problem';
import { api } from '../support/stack.ts';
import { CONCURRENCY, pool } from './harness.ts';

/*
 * Generated queries on the public board (GET /roles): good and bad values of every parameter,
 * unknown parameters, repeated ones, percent garbage, forged and mutated page cursors. Each must
 * get a 200 with a page of the board, or a 400 problem naming exactly the parameters the
 * contract (boardQuerySchema) refuses, or `cursor` alone for a cursor the board never gave.
 * Never a 5xx: a bad query must not reach DynamoDB as a ValidationException. FUZZ_BOARD changes
 * the count; the seed is fixed, and a failure prints the query.
 */
const COUNT = Number(process.env.FUZZ_BOARD ?? 600);
const SEED = 16_016;

/** Real cursors of the board as it is (the demo roles are on it), to mutate. */
let cursors: string[] = [];

beforeAll(async () => {
  for (const query of ['limit=1', 'limit=2&sector=construction', 'limit=1&country=FI']) {
    const page = (await (await api(`/roles?${query}`)).json()) as { next?: string };
    if (page.next) cursors.push(page.next);
  }
  expect(cursors.length).toBeGreaterThan(0);
});

const any = fc.string({ maxLength: 30, unit: 'binary' });
const date = fc.oneof(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2051-02-30', '2051-13-01', '01.03.2051', '2051-1-1', '20510101', ''),
);
const values: Record<string, fc.Arbitrary<string>> = {
  country: fc.oneof(fc.constantFrom(...COUNTRIES), fc.constantFrom('fi', 'SE', '', 'FI,EE', ' FI'), any),
  sector: fc.oneof(fc.constantFrom(...SECTORS), fc.constantFrom('Construction', 'farming', ''), any),
  field: fc.oneof(fc.constantFrom('07', '073', '0732', '0611', '10', '1041'), fc.stringMatching(/^\d{1,5}$/), any),
  applicantType: fc.oneof(fc.constantFrom(...APPLICANT_TYPES), fc.constantFrom('teacher', 'STUDENT', ''), any),
  from: date,
  to: date,
  q: fc.oneof(fc.constantFrom('tallinn', 'Šiauliai', 'Оy', 'a', '', '  ', 'x'.repeat(101), '%', '_', '\\', '"', "'", '#', ':v0', '(', ')'), fc.string({ maxLength: 120 })),
  limit: fc.oneof(fc.integer({ min: -5, max: 120 }).map(String), fc.constantFrom('2.5', '1e1', 'ten', '', ' 3', '0x10', 'Infinity', 'NaN')),
  cursor: fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/),
    any,
    fc.constantFrom('', '=', 'A'.repeat(401)),
    // A real one, mutated: a character changed, cut, extended.
    fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('A', 'z', '_', '-', '=', '.', '')).map(([i, j, c]) => {
      const real = cursors[i % cursors.length]!;
      const at = j % real.length;
      return `${real.slice(0, at)}${c}${real.slice(at + 1)}`;
    }),
    // A real one, as it is (valid with its own query, perhaps not with this one).
    fc.nat().map((i) => cursors[i % cursors.length]!),
    // A forged position, well-formed or nearly.
    fc.tuple(fc.constantFrom(...COUNTRIES, 'SE'), fc.constantFrom(...SECTORS, 'x'), fc.constantFrom('2049-01-01T00:00:00.000Z', '2049-01-01', 'T'), fc.uuid(), fc.constantFrom('', '#', '\n'))
      .map(([c, s, t, id, tail]) => Buffer.from(`${c}#${s}#${t}#${id}${tail}`, 'utf8').toString('base64url')),
  ),
};
const unknownName = fc.oneof(fc.constantFrom('colour', 'Country', 'page', 'offset', 'roleId', 'lang', '__proto__', 'constructor', 'q[]', ''), fc.string({ minLength: 1, maxLength: 12 }));

const query = fc
  .tuple(
    fc.subarray(Object.keys(values), { maxLength: 6 }).chain((names) => fc.tuple(...names.map((n) => values[n]!.map((v): [string, string] => [n, v])))),
    fc.array(fc.tuple(unknownName, any), { maxLength: 1 }),
    fc.boolean(),
  )
  .map(([known, unknown, repeat]) => {
    const pairs: [string, string][] = [...known, ...unknown];
    // A parameter twice: API Gateway (and the local server, as it) joins the values with commas.
    if (repeat && known.length) pairs.unshift([known[0]![0], 'first']);
    return pairs;
  });

describe('GET /roles with generated queries', () => {
  it(`${COUNT} queries: a page, or a 400 naming exactly what is wrong; never a 5xx`, async () => {
    const samples = fc.sample(query, { numRuns: COUNT, seed: SEED });
    const failures: string[] = [];
    let pages = 0;
    let refused = 0;
    await pool(samples, CONCURRENCY, async (pairs, index) => {
      const search = new URLSearchParams(pairs).toString();
      const response = await api(`/roles?${search}`);
      const text = await response.text();
      const fail = (why: string) => failures.push(`#${index} (seed ${SEED}) GET /roles?${search.slice(0, 300)}: ${why} → ${response.status} ${text.slice(0, 300)}`);
      // What the handler sees (API Gateway, payload 2.0): a name's values joined by commas, so
      // `country=first&country=FI` is `country: 'first,FI'`, a 400 at country.
      const joined = new Map<string, string>();
      for (const [name, value] of new URLSearchParams(search)) joined.set(name, joined.has(name) ? `${joined.get(name)},${value}` : value);
      const params = Object.fromEntries(joined);
      const expected = boardQuerySchema.safeParse(params, { reportInput: true });
      if (response.status >= 500) return fail('a 5xx');
      if (response.status === 200) {
        pages++;
        if (!expected.success) return fail('accepted what the contract refuses');
        if (!boardPageSchema.safeParse(JSON.parse(text)).success) fail('not a page of the board');
        return;
      }
      if (response.status !== 400) return fail('neither 200 nor 400');
      refused++;
      if (!response.headers.get('content-type')?.includes('application/problem+json')) return fail('not problem+json');
      const named = new Set(((JSON.parse(text) as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path));
      const wanted = expected.success ? new Set(['cursor']) : new Set(fieldErrors(expected.error).map((e) => e.path));
      if (expected.success && params.cursor === undefined) return fail('refused a valid query without a cursor');
      if ([...wanted].sort().join() !== [...named].sort().join()) fail(`named ${[...named].join(', ')}; expected ${[...wanted].join(', ')}`);
    });
    console.log(`GET /roles: ${COUNT} generated queries: ${pages} pages, ${refused} refused`);
    expect(failures.slice(0, 10), failures.slice(0, 10).join('\n')).toEqual([]);
    // Both answers were exercised.
    expect(pages).toBeGreaterThan(COUNT / 20);
    expect(refused).toBeGreaterThan(COUNT / 4);
  }, 300_000);
});
