import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ddb, keys } from '#shared/platform/db';
import { businessIdProblem } from '#shared/roles/business-id';
import { boardPageSchema, publicRoleSchema, type BoardEntry, type BoardPage } from '#shared/roles/public-role';
import { closeRole, getRole } from '#shared/roles/store';
import type { Country } from '#shared/vocabulary/codes';
import { uniqueEmail, uniqueName, validRole } from '../support/fixtures.ts';
import { openRole, TABLE } from '../support/flow.ts';
import { api, postJson } from '../support/stack.ts';

/*
 * The public board over HTTP (GET /roles, GET /roles/{roleId}), against the local stack: its
 * filters, its pages, its 400s, what it never shows. This file's roles are all in 2051 (no other
 * test's application or role is) and carry a title word of their own (TAG): every query below
 * filters by it, since other tests open roles in the same countries and sectors meanwhile.
 * The roles are posted and opened as companies do (POST /roles, the verification link); a role
 * that is full or whose period is over is made so in the table, as a round or time would.
 *
 * That the board never Scans is enforced by the local stack itself: roleBoard is granted Query
 * and GetItem only (functions/catalog.ts, local/grants.ts), so a Scan would be a 500 here.
 */

const TAG = uniqueName('Boardtest');
const YEAR = 2051;
const day = (md: string) => `${YEAR}-${md}`;

/** A registration number valid in `country` (its check digit right) that no other role has. */
function distinctiveBusinessId(country: Country): string {
  for (;;) {
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
    const candidate = country === 'FI' ? `${digits(7)}-${digits(1)}` : country === 'EE' ? `1${digits(7)}` : country === 'LT' ? digits(9) : `1${digits(12)}`;
    if (!businessIdProblem(country, candidate)) return candidate;
  }
}

interface Spec {
  key: string;
  country: Country;
  sector: 'construction' | 'wellbeing' | 'technology';
  fields: string[];
  types: ('student' | 'staff')[];
  from: string;
  to: string;
  city?: string;
  extra?: Record<string, unknown>;
}

const REGION: Record<Country, string> = { FI: 'Pirkanmaa', EE: 'Harjumaa', LT: 'Šiaulių apskritis', RU: 'Leningradskaya' };

/** The roles of this file: `open` ones on the board, the rest not (`kind` says why). */
const OPEN: Spec[] = [
  {
    key: 'A',
    country: 'FI',
    sector: 'construction',
    fields: ['0732'],
    types: ['student'],
    from: day('03-01'),
    to: day('06-30'),
    extra: { translation: { language: 'en', title: `${TAG} carpenter trainee`, description: 'Timber frames and renovation.' } },
  },
  { key: 'B', country: 'FI', sector: 'construction', fields: ['07'], types: ['staff'], from: day('07-01'), to: day('09-30') },
  { key: 'C', country: 'FI', sector: 'wellbeing', fields: ['0913'], types: ['student', 'staff'], from: day('01-10'), to: day('04-30') },
  { key: 'D', country: 'EE', sector: 'construction', fields: ['073'], types: ['student'], from: day('05-01'), to: day('08-31') },
  { key: 'E', country: 'LT', sector: 'construction', fields: ['0731'], types: ['student'], from: day('02-01'), to: day('05-31'), city: 'Šiauliai' },
  { key: 'F', country: 'EE', sector: 'technology', fields: ['0613'], types: ['student'], from: day('09-01'), to: day('12-20') },
  // More in Finnish construction, so its pages have more than one page.
  ...[1, 2, 3, 4].map((n): Spec => ({ key: `G${n}`, country: 'FI', sector: 'construction', fields: ['0722'], types: ['student'], from: day('10-01'), to: day('12-15') })),
];
const HIDDEN = ['pending', 'closed', 'full', 'over'] as const;

interface Posted {
  spec: Spec;
  roleId: string;
  contact: { name: string; email: string };
  businessId: string;
}

const posted = new Map<string, Posted>();
const hidden = new Map<(typeof HIDDEN)[number], Posted>();

function roleBody(spec: Spec) {
  const contact = { name: `${uniqueName('Quillfeather')} Zebulon`, email: uniqueEmail('zebulon.private'), language: 'fi' };
  const businessId = distinctiveBusinessId(spec.country);
  const body = validRole({
    company: { name: `Board Test ${spec.key} Oy`, businessId, country: spec.country, region: REGION[spec.country], city: spec.city ?? 'Tampere' },
    contact,
    title: `${TAG} role ${spec.key}`,
    sector: spec.sector,
    fieldsOfStudy: spec.fields,
    applicantTypes: spec.types,
    periodFrom: spec.from,
    periodTo: spec.to,
    minWeeks: 2,
    places: 2,
    description: `Description of ${spec.key}.`,
    ...spec.extra,
  });
  return { body, contact, businessId };
}

const get = async (path: string) => {
  const response = await api(path);
  return { response, body: (await response.json()) as any };
};
/** The board with these parameters (and this file's TAG); fails unless 200. */
async function board(params: Record<string, string | number>): Promise<BoardPage> {
  const search = new URLSearchParams(Object.entries({ q: TAG, ...params }).map(([k, v]): [string, string] => [k, String(v)]));
  const { response, body } = await get(`/roles?${search}`);
  expect(response.status, JSON.stringify(body)).toBe(200);
  return boardPageSchema.parse(body);
}
/** Every role of a query, page after page (each page checked), in the order given. */
async function allPages(params: Record<string, string | number>): Promise<{ roles: BoardEntry[]; pages: number }> {
  const roles: BoardEntry[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await board({ ...params, ...(cursor ? { cursor } : {}) });
    expect(page.roles.length).toBeLessThanOrEqual(Number(params.limit ?? 50));
    roles.push(...page.roles);
    cursor = page.next;
    pages++;
    // A search of the whole board with a small limit reads a few items per request (what the
    // page lacks, then more in proportion, within its budget): many pages in a full table.
    expect(pages).toBeLessThan(500);
  } while (cursor);
  return { roles, pages };
}
/**
 * Every role of a query, following `next`: what a filter finds, whichever page it is on. A search
 * of the whole board (no country, no sector) reads a bounded part of it per request, so in a
 * table that other tests fill its pages may be partial.
 */
const found = async (params: Record<string, string | number>) => (await allPages(params)).roles;
const keysOf = (roles: readonly BoardEntry[]) => roles.map((r) => [...posted.values()].find((p) => p.roleId === r.roleId)?.spec.key ?? r.roleId);
/** The board's order: the pool index's sort key (board-index.ts, rolePoolKey). */
const sortKey = (r: BoardEntry) => `${r.company.country}#${r.sector}#${r.openedAt}#${r.roleId}`;
const sorted = (roles: readonly BoardEntry[]) => [...roles].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
const set = (...k: string[]) => [...k].sort();

beforeAll(async () => {
  // One at a time, so each opens after the one before (the order within a country and sector).
  for (const spec of OPEN) {
    const { body, contact, businessId } = roleBody(spec);
    posted.set(spec.key, { spec, roleId: await openRole(body), contact, businessId });
  }
  const base: Spec = { key: 'H', country: 'FI', sector: 'construction', fields: ['0732'], types: ['student'], from: day('03-01'), to: day('06-30') };
  for (const kind of HIDDEN) {
    const { body, contact, businessId } = roleBody({ ...base, key: kind });
    let roleId: string;
    if (kind === 'pending') {
      // Posted, its contact has not confirmed it: not open.
      const created = await postJson('/roles', body);
      expect(created.status).toBe(201);
      roleId = ((await created.json()) as { roleId: string }).roleId;
    } else {
      roleId = await openRole(body);
    }
    if (kind === 'closed') expect(await closeRole((await getRole(roleId))!, new Date())).toBe('done');
    // As a round's proposals take the last places: the role stays open, in the pool.
    if (kind === 'full') await update(roleId, 'SET placesLeft = :v', { ':v': 0 });
    // A role whose period has ended stays open until someone closes it.
    if (kind === 'over') await update(roleId, 'SET periodFrom = :f, periodTo = :t', { ':f': '2020-01-01', ':t': '2020-03-31' });
    hidden.set(kind, { spec: { ...base, key: kind }, roleId, contact, businessId });
  }
}, 120_000);

const update = (roleId: string, expression: string, values: Record<string, unknown>) =>
  ddb.send(new UpdateCommand({ TableName: TABLE(), Key: keys.role(roleId), UpdateExpression: expression, ExpressionAttributeValues: values }));

describe('GET /roles: filters', () => {
  it('the tag alone: every open role of this file, none of the others, in the board’s order', async () => {
    const roles = await found({ limit: 100 });
    expect(set(...keysOf(roles))).toEqual(set(...OPEN.map((s) => s.key)));
    expect(roles).toEqual(sorted(roles));
  });

  it('country, and country with sector', async () => {
    expect(set(...keysOf(await found({ country: 'FI' })))).toEqual(set('A', 'B', 'C', 'G1', 'G2', 'G3', 'G4'));
    expect(set(...keysOf(await found({ country: 'FI', sector: 'construction' })))).toEqual(set('A', 'B', 'G1', 'G2', 'G3', 'G4'));
    expect(keysOf(await found({ country: 'EE', sector: 'technology' }))).toEqual(['F']);
    expect(await found({ country: 'RU' })).toEqual([]);
  });

  it('sector alone reads every country, in the sort order of the keys (EE, FI, LT)', async () => {
    const roles = await found({ sector: 'construction' });
    expect(set(...keysOf(roles))).toEqual(set('A', 'B', 'D', 'E', 'G1', 'G2', 'G3', 'G4'));
    expect(roles.map((r) => r.company.country)).toEqual(['EE', 'FI', 'FI', 'FI', 'FI', 'FI', 'FI', 'LT']);
    // Within a country and sector, in the order the roles opened.
    expect(keysOf(roles).slice(1, 7)).toEqual(['A', 'B', 'G1', 'G2', 'G3', 'G4']);
  });

  it('field: a broad code finds the narrower roles; a detailed one also the roles that take a broader field (as matching)', async () => {
    const keysFor = async (field: string) => set(...keysOf(await found({ field })));
    expect(await keysFor('07')).toEqual(set('A', 'B', 'D', 'E', 'G1', 'G2', 'G3', 'G4'));
    expect(await keysFor('073')).toEqual(set('A', 'B', 'D', 'E'));
    // 0732: A has it; B takes all of 07, D all of 073; E (0731) is another detailed field.
    expect(await keysFor('0732')).toEqual(set('A', 'B', 'D'));
    expect(await keysFor('0731')).toEqual(set('B', 'D', 'E'));
    expect(await keysFor('09')).toEqual(['C']);
    expect(await keysFor('0611')).toEqual([]);
  });

  it('applicant type', async () => {
    expect(set(...keysOf(await found({ applicantType: 'staff' })))).toEqual(set('B', 'C'));
    expect(keysOf(await found({ applicantType: 'student' }))).not.toContain('B');
  });

  it('period: the roles whose period overlaps the days asked, both ends included', async () => {
    expect(set(...keysOf(await found({ from: day('07-01'), to: day('07-31') })))).toEqual(set('B', 'D'));
    // A ends on 30 June, B begins on 1 July.
    expect(set(...keysOf(await found({ from: day('06-30'), to: day('06-30') })))).toEqual(set('A', 'D'));
    expect(set(...keysOf(await found({ from: day('12-16') })))).toEqual(set('F'));
    expect(set(...keysOf(await found({ to: day('01-31') })))).toEqual(set('C'));
  });

  it('q: every word must be in the title (either language), company or city; case and diacritics do not matter', async () => {
    expect(keysOf(await found({ q: `siauliai ${TAG}` }))).toEqual(['E']);
    expect(keysOf(await found({ q: `ŠIAULIAI ${TAG.toUpperCase()}` }))).toEqual(['E']);
    // The second language's title is searched too.
    expect(keysOf(await found({ q: `Carpenter ${TAG}` }))).toEqual(['A']);
    expect(keysOf(await found({ q: `${TAG} role G3` }))).toEqual(['G3']);
    expect(await found({ q: `${TAG} nowhere` })).toEqual([]);
  });

  it('filters combine', async () => {
    // 0732 (A, B, D), for students (not B), still on 1 June or later (A and D): Estonia first.
    expect(keysOf(await found({ sector: 'construction', field: '0732', applicantType: 'student', from: day('06-01') }))).toEqual(['D', 'A']);
  });
});

describe('GET /roles: pages', () => {
  it('follows `next` through the whole board: a stable order, no duplicates, no gaps', async () => {
    const whole = await found({ limit: 100 });
    expect(set(...keysOf(whole))).toEqual(set(...OPEN.map((s) => s.key)));
    for (const limit of [1, 3, 4]) {
      const { roles, pages } = await allPages({ limit });
      expect(roles.map((r) => r.roleId), `limit ${limit}`).toEqual(whole.map((r) => r.roleId));
      expect(new Set(roles.map((r) => r.roleId)).size).toBe(roles.length);
      expect(pages).toBeGreaterThanOrEqual(Math.ceil(OPEN.length / limit));
    }
  });

  it('pages of a key range and across ranges (sector alone) join up too', async () => {
    const queries: Record<string, string>[] = [{ country: 'FI', sector: 'construction' }, { sector: 'construction' }, { field: '073' }];
    for (const params of queries) {
      const whole = await found({ ...params, limit: 100 });
      expect(whole.length, JSON.stringify(params)).toBeGreaterThan(2);
      const { roles } = await allPages({ ...params, limit: 2 });
      expect(roles.map((r) => r.roleId), JSON.stringify(params)).toEqual(whole.map((r) => r.roleId));
    }
  });

  // In one key range (a country and a sector) with this file's six Finnish construction roles: a
  // request reads its range far enough to fill a page (a search of the whole board may stop short).
  const FI_CONSTRUCTION = { country: 'FI', sector: 'construction' } as const;

  it('limit: at most that many roles, and `next` when there are more; none after the last', async () => {
    const first = await board({ ...FI_CONSTRUCTION, limit: 2 });
    expect(first.roles).toHaveLength(2);
    expect(first.next).toEqual(expect.any(String));
    const all = await board({ ...FI_CONSTRUCTION, limit: 6 });
    expect(all.roles).toHaveLength(6);
    expect(all.next).toBeUndefined();
    // The default page holds them all.
    expect((await board(FI_CONSTRUCTION)).roles).toHaveLength(6);
  });

  it('the same cursor gives the same page again', async () => {
    const first = await board({ ...FI_CONSTRUCTION, limit: 3 });
    const a = await board({ ...FI_CONSTRUCTION, limit: 3, cursor: first.next! });
    const b = await board({ ...FI_CONSTRUCTION, limit: 3, cursor: first.next! });
    expect(b).toEqual(a);
    expect(a.roles.map((r) => r.roleId)).not.toContain(first.roles[2]!.roleId);
  });
});

describe('GET /roles: a bad parameter is a 400 naming it', () => {
  const problem = async (query: string) => {
    const { response, body } = await get(`/roles?${query}`);
    expect(response.status, query).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.status).toBe(400);
    return (body.errors as { path: string; message: string }[]).map((e) => e.path);
  };
  const cases: [string, string][] = [
    ['country=SE', 'country'],
    ['country=fi', 'country'],
    ['country=', 'country'],
    ['sector=farming', 'sector'],
    ['field=9999', 'field'],
    ['field=07321', 'field'],
    ['field=7', 'field'],
    ['field=abc', 'field'],
    ['applicantType=teacher', 'applicantType'],
    ['from=2051-13-01', 'from'],
    ['from=01.03.2051', 'from'],
    ['to=2051-02-30', 'to'],
    [`from=${day('05-01')}&to=${day('04-01')}`, 'to'],
    ['q=a', 'q'],
    [`q=${'x'.repeat(101)}`, 'q'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=2.5', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=not%20a%20cursor', 'cursor'],
    [`cursor=${'A'.repeat(401)}`, 'cursor'],
    ['colour=blue', 'colour'],
    ['roleId=x', 'roleId'],
  ];
  it.each(cases)('%s → 400 at %s', async (query, path) => {
    expect(await problem(query)).toContain(path);
  });

  it('every bad parameter at once is named, each', async () => {
    expect((await problem('country=SE&sector=farming&limit=0&colour=blue')).sort()).toEqual(['colour', 'country', 'limit', 'sector']);
  });

  it('a forged, tampered or foreign cursor is a 400 at cursor, never a 5xx', async () => {
    const { next } = await board({ country: 'FI', sector: 'construction', limit: 1 });
    const position = Buffer.from(next!, 'base64url').toString('utf8');
    const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
    const forged = [
      // Another character in place of one.
      `${next!.slice(0, 10)}${next![10] === 'A' ? 'B' : 'A'}${next!.slice(11)}`,
      next!.slice(0, -3),
      `${next!}=`,
      `${next!}.`,
      encode('hello'),
      encode(position.replace(/#[0-9a-f-]{36}$/, '#not-a-uuid')),
      encode(position.replace(/#[0-9a-f-]{36}$/, '#00000000-0000-0000-0000-00000000000G')),
      encode(position.replace('FI#', 'SE#')),
      encode(position.replace('#construction#', '#farming#')),
      encode(`${position}#more`),
      encode(position.replace(/T[\d:.]+Z/, 'T99')),
      encode('FI#construction#'),
      encode(''),
      encode('\u0000'),
    ];
    for (const cursor of forged) {
      const { response } = await get(`/roles?${new URLSearchParams({ country: 'FI', sector: 'construction', q: TAG, cursor })}`);
      expect(response.status, `${cursor} (${Buffer.from(cursor, 'base64url').toString('utf8')})`).toBe(400);
      expect(((await (await api(`/roles?${new URLSearchParams({ country: 'FI', sector: 'construction', cursor })}`)).json()) as any).errors).toEqual([
        { path: 'cursor', message: expect.any(String) },
      ]);
    }
    // A cursor of one country's or sector's pages read with another's.
    const others: Record<string, string>[] = [{ country: 'EE' }, { country: 'EE', sector: 'construction' }, { country: 'FI', sector: 'wellbeing' }, { sector: 'wellbeing' }];
    for (const other of others) {
      expect(await problem(new URLSearchParams({ ...other, cursor: next! }).toString()), JSON.stringify(other)).toEqual(['cursor']);
    }
    // Within its range it is a position whatever else the query filters: the page after it.
    const sames: Record<string, string>[] = [{ country: 'FI' }, { sector: 'construction' }, {}];
    for (const same of sames) {
      const { response } = await get(`/roles?${new URLSearchParams({ ...same, q: TAG, cursor: next! })}`);
      expect(response.status, JSON.stringify(same)).toBe(200);
    }
    // A well-formed key inside the range, of no role: a position like any other.
    const nowhere = encode(position.replace(/#[0-9a-f-]{36}$/, '#00000000-0000-4000-8000-000000000000'));
    expect((await get(`/roles?${new URLSearchParams({ country: 'FI', sector: 'construction', q: TAG, cursor: nowhere })}`)).response.status).toBe(200);
  });
});

describe('what the board does not show', () => {
  it('a role waiting for verification, closed, full, or whose period is over is in no list, and its page is 404', async () => {
    const listed = new Set((await found({ limit: 100 })).map((r) => r.roleId));
    const everything = new Set((await allPages({ limit: 100, q: 'boardtest' })).roles.map((r) => r.roleId));
    for (const [kind, role] of hidden) {
      expect(listed.has(role.roleId), kind).toBe(false);
      expect(everything.has(role.roleId), kind).toBe(false);
      const { response, body } = await get(`/roles/${role.roleId}`);
      expect(response.status, kind).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(body.status).toBe(404);
    }
  });

  it('an unknown id, or no id at all, is a 404', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', `${posted.get('A')!.roleId}x`, '%00']) {
      const { response } = await get(`/roles/${id}`);
      expect(response.status, id).toBe(404);
    }
  });

  it('never contact data: no value of any field of the list or of a role’s page holds a contact’s name, address or business id', async () => {
    const secrets = [...posted.values(), ...hidden.values()].flatMap((p) => [p.contact.name, ...p.contact.name.split(' '), p.contact.email, p.contact.email.split('@')[0]!, p.businessId]);
    expect(secrets.length).toBeGreaterThan(40);
    const bodies: unknown[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await get(`/roles?${new URLSearchParams({ q: TAG, limit: '100', ...(cursor ? { cursor } : {}) })}`);
      bodies.push(body);
      cursor = (body as BoardPage).next;
    } while (cursor);
    expect(bodies.flatMap((b) => (b as BoardPage).roles)).toHaveLength(OPEN.length);
    const pages = bodies.length;
    for (const { roleId } of posted.values()) {
      const { response, body } = await get(`/roles/${roleId}`);
      expect(response.status).toBe(200);
      bodies.push(body);
    }
    expect(bodies.length).toBe(pages + posted.size);
    let values = 0;
    for (const body of bodies) {
      for (const [path, value] of leaves(body)) {
        values++;
        for (const secret of secrets) expect(value.toLowerCase(), `${path} = ${value}`).not.toContain(secret.toLowerCase());
      }
      // And nothing outside the contract (the schemas are strict: no field added by mistake).
      if ('roles' in (body as object)) boardPageSchema.parse(body);
      else publicRoleSchema.parse(body);
    }
    expect(values).toBeGreaterThan(OPEN.length * 20);
  });
});

/** Every key and value (as text) of a JSON value, with its path. */
function leaves(value: unknown, path = '$'): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[`${path}.${k} (key)`, k] as [string, string], ...leaves(v, `${path}.${k}`)]);
  }
  return [[path, String(value)]];
}

describe('GET /roles/{roleId}', () => {
  it('the role with its descriptions, as the list has it otherwise', async () => {
    const a = posted.get('A')!;
    const { response, body } = await get(`/roles/${a.roleId}`);
    expect(response.status).toBe(200);
    const role = publicRoleSchema.parse(body);
    expect(role).toMatchObject({
      roleId: a.roleId,
      title: `${TAG} role A`,
      description: 'Description of A.',
      language: 'fi',
      translation: { language: 'en', title: `${TAG} carpenter trainee`, description: 'Timber frames and renovation.' },
      company: { name: 'Board Test A Oy', country: 'FI', region: 'Pirkanmaa', city: 'Tampere' },
      places: 2,
      placesLeft: 2,
      periodFrom: day('03-01'),
      periodTo: day('06-30'),
    });
    const listed = (await board({ country: 'FI', sector: 'construction' })).roles.find((r) => r.roleId === a.roleId)!;
    // The list leaves out the descriptions (the role's page has them), and only them.
    const { description: _d, translation, ...rest } = role;
    expect(listed).toEqual({ ...rest, translation: { language: translation!.language, title: translation!.title } });
  });

  it('an id in upper case (typed, or changed by a mail client) names the same role: the answer says it as issued', async () => {
    const a = posted.get('A')!;
    const { response, body } = await get(`/roles/${a.roleId.toUpperCase()}`);
    expect(response.status).toBe(200);
    expect(publicRoleSchema.parse(body).roleId).toBe(a.roleId);
  });
});

describe('HTTP', () => {
  it('200s may be cached a minute; a missing role a short while; HEAD answers as GET without a body', async () => {
    const a = posted.get('A')!;
    for (const path of [`/roles?q=${TAG}`, `/roles/${a.roleId}`, `/roles/${hidden.get('closed')!.roleId}`]) {
      const getResponse = await api(path);
      const head = await api(path, { method: 'HEAD' });
      expect(head.status, path).toBe(getResponse.status);
      expect(head.headers.get('content-type')).toBe(getResponse.headers.get('content-type'));
      expect(head.headers.get('cache-control')).toBe(getResponse.headers.get('cache-control'));
      expect(await head.text()).toBe('');
      expect((await getResponse.text()).length).toBeGreaterThan(0);
    }
    expect((await api(`/roles?q=${TAG}`)).headers.get('cache-control')).toBe('public, max-age=60');
    expect((await api(`/roles/${a.roleId}`)).headers.get('cache-control')).toBe('public, max-age=60');
    const missing = (await api(`/roles/${hidden.get('pending')!.roleId}`)).headers.get('cache-control')!;
    const maxAge = Number(/^public, max-age=(\d+)$/.exec(missing)?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThan(60);
  });

  it('/roles/ (the board’s page) is the static site’s, not the API’s; POST /roles still posts a role', async () => {
    for (const path of ['/roles/', `/roles/?role=${posted.get('A')!.roleId}&lang=lt`]) {
      const response = await api(path);
      expect(response.headers.get('content-type'), path).toContain('text/html');
      expect(response.headers.get('content-security-policy'), path).toContain("script-src 'self'");
    }
    // The JSON without the slash.
    expect((await api(`/roles?q=${TAG}`)).headers.get('content-type')).toBe('application/json');
    // The board answers GET and HEAD only: POST /roles is createRole's (a bad body: 422, no role).
    expect((await postJson('/roles', { title: TAG })).status).toBe(422);
    expect((await api(`/roles/${posted.get('A')!.roleId}`, { method: 'POST' })).status).toBe(404);
  });
});
