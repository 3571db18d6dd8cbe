import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoSchools } from '#local/demo-schools';
import { keys } from '#shared/platform/db';
import { applicationSchema } from '#shared/applications/schema';
import { roleSchema } from '#shared/roles/schema';
import {
  ALL_FIELDS,
  APPLICATION_FIELDS,
  ISOLATED_FIELDS,
  ROLE_FIELDS,
  applicationChanges,
  badWrites,
  roleChanges,
  validApplicationArb,
  validRoleArb,
  type BadRequest,
  type Body,
} from './arbitraries.ts';
import {
  CONCURRENCY,
  counterexample,
  eventIds,
  existingIdempotencyRecords,
  getItem,
  idempotencyRecordId,
  itemsMentioning,
  judgeBadWrite,
  newEventsAbout,
  pool,
  send,
} from './harness.ts';

/*
 * Bad input at scale on the two write endpoints: fast-check makes 1,200 bad requests per endpoint
 * from valid bodies (wrong types, missing and extra fields, huge strings, control characters,
 * look-alike scripts, bad dates, malformed JSON, wrong media types, methods and Idempotency-Keys).
 * Each must get a 4xx problem naming the field, and none may write: no item, no idempotency
 * record, no event. Then generated valid bodies must all be stored. Fixed seeds; a failure prints
 * the counterexamples with their seed and index. FUZZ_BAD / FUZZ_VALID change the counts.
 */
const BAD = Number(process.env.FUZZ_BAD ?? 1200);
const VALID = Number(process.env.FUZZ_VALID ?? 100);

// Markers (lower-case, so they fit an email domain): in bad bodies only, in valid ones only.
const BAD_MARKER = 'fzbad5k2';
const VALID_MARKER = 'fzok5k2';
const REUSE_MARKER = 'fzreuse5k2';

const schoolCountry = new Map(demoSchools.map((s) => [s.schoolId, s.country]));

interface Endpoint {
  route: '/applications' | '/roles';
  seed: number;
  schema: () => { safeParse: (v: unknown) => { success: boolean } };
  valid: (marker: string, fields?: readonly string[]) => fc.Arbitrary<Body>;
  bad: fc.Arbitrary<BadRequest>;
  /** Checks the server makes beyond the schema (the school registry). */
  serverRejects: (body: Body) => boolean;
  stored: (id: string) => { pk: string; sk: string };
  idOf: (response: Record<string, string>) => string;
  status: string;
  /** Fields compared between the body sent and the item stored. */
  compare: string[];
}

const endpoints: Endpoint[] = [
  {
    route: '/applications',
    seed: 61_001,
    schema: () => applicationSchema(),
    valid: (marker, fields) => validApplicationArb({ marker, ...(fields ? { fields } : {}) }),
    bad: badWrites('/applications', validApplicationArb({ marker: BAD_MARKER }), APPLICATION_FIELDS, applicationChanges, `${BAD_MARKER}-key-`),
    serverRejects: (b) => {
      const home = schoolCountry.get(String(b.schoolId));
      return home === undefined || (Array.isArray(b.destinations) && b.destinations.includes(home));
    },
    stored: (id) => keys.application(id),
    idOf: (r) => r.applicationId!,
    status: 'UNCONFIRMED',
    compare: ['applicantType', 'firstName', 'lastName', 'email', 'schoolId', 'fieldOfStudy', 'sectors', 'destinations', 'languages', 'motivation'],
  },
  {
    route: '/roles',
    seed: 61_002,
    schema: () => roleSchema(),
    valid: (marker, fields) => validRoleArb({ marker, ...(fields ? { fields } : {}) }),
    bad: badWrites('/roles', validRoleArb({ marker: BAD_MARKER }), ROLE_FIELDS, roleChanges, `${BAD_MARKER}-key-`),
    serverRejects: () => false,
    stored: (id) => keys.role(id),
    idOf: (r) => r.roleId!,
    status: 'PENDING_VERIFICATION',
    compare: ['company', 'contact', 'title', 'sector', 'fieldsOfStudy', 'places', 'periodFrom', 'periodTo', 'applicantTypes', 'description'],
  },
];

/** A valid-format Idempotency-Key on every third JSON request, so a write would leave a record. */
function withKeys(route: string, requests: BadRequest[]) {
  const keysSent: string[] = [];
  const out = requests.map((req, i) => {
    if (i % 3 !== 0 || req.method !== 'POST' || 'idempotency-key' in req.headers) return req;
    const key = `${BAD_MARKER}-${route.slice(1)}-${i}`;
    keysSent.push(idempotencyRecordId(route, key));
    return { ...req, headers: { ...req.headers, 'idempotency-key': key } };
  });
  return { requests: out, records: keysSent };
}

/** JSON with object keys sorted: DynamoDB does not keep the order of a map's keys. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

const kinds = (requests: BadRequest[]) => {
  const count: Record<string, number> = {};
  for (const r of requests) {
    const kind = r.what.startsWith('combined') ? 'combined' : r.what.replace(/[:=(].*$|\s\d.*$/, '').trim().split(' ').slice(0, 2).join(' ');
    count[kind] = (count[kind] ?? 0) + 1;
  }
  return count;
};

describe.each(endpoints)('fuzz POST $route', (ep) => {
  it('the generators are right: valid bodies pass the schema, bad ones fail it or a server check', () => {
    // Valid bodies over every field of study, school, language and script (no HTTP: cheap).
    fc.assert(
      fc.property(ep.valid('fzsanity', ep.route === '/roles' ? ALL_FIELDS : undefined), (body) => {
        const result = ep.schema().safeParse(body);
        if (!result.success) throw new Error(JSON.stringify((result as unknown as { error: unknown }).error));
        return !ep.serverRejects(body);
      }),
      { seed: ep.seed, numRuns: 1000 },
    );
    // Bad bodies that are valid JSON of the right media type must be refused by the schema itself
    // or by the registry check: otherwise the generator, not the API, would be wrong.
    const schema = ep.schema();
    const wronglyValid = fc
      .sample(ep.bad, { seed: ep.seed, numRuns: BAD })
      .filter((r) => r.method === 'POST' && r.path === ep.route && r.headers['content-type'] === 'application/json' && typeof r.body === 'string' && r.status.includes(422) && !r.status.includes(413))
      .filter((r) => !('idempotency-key' in r.headers))
      .filter((r) => {
        const value = JSON.parse(r.body as string) as Body;
        return schema.safeParse(value).success && !ep.serverRejects(value);
      });
    expect(wronglyValid.map((r) => `${r.what}: ${String(r.body).slice(0, 300)}`)).toEqual([]);
  });

  it(`${BAD} bad requests: always a 4xx problem naming the field, never a 5xx, never a write`, { timeout: 120_000 }, async () => {
    const before = await eventIds();
    const { requests, records } = withKeys(ep.route, fc.sample(ep.bad, { seed: ep.seed, numRuns: BAD }));
    const started = Date.now();
    const answers = await pool(requests, CONCURRENCY, (req) => send(req));
    const elapsed = Date.now() - started;

    const failures = requests.flatMap((req, i) => {
      const why = judgeBadWrite(req, answers[i]!);
      return why ? [counterexample(ep.seed, i, req, answers[i]!, why)] : [];
    });
    const statuses: Record<number, number> = {};
    for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    console.info(`POST ${ep.route}: ${requests.length} bad requests in ${elapsed} ms; statuses ${JSON.stringify(statuses)}; kinds ${JSON.stringify(kinds(requests))}`);
    expect(failures.length, `${failures.length} of ${requests.length} bad requests got a wrong answer:\n${failures.slice(0, 15).join('\n')}`).toBe(0);

    // Nothing written: no domain item carries the marker, no idempotency record, no event.
    const stored = await itemsMentioning(BAD_MARKER);
    expect(stored.map((i) => `${i.pk} ${i.type}`)).toEqual([]);
    expect(await existingIdempotencyRecords(records)).toEqual([]);
    const { marked } = await newEventsAbout(before, BAD_MARKER);
    expect(marked).toEqual([]);
  });

  it(`${VALID} generated valid bodies: each 201, stored as sent, its key replays and refuses another body`, { timeout: 120_000 }, async () => {
    const variants = fc.record({
      contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/json;charset=UTF-8'),
      key: fc.option(fc.stringMatching(/^[\x21-\x7e]{1,40}$/), { freq: 2, nil: undefined }),
    });
    const cases = fc.sample(fc.tuple(ep.valid(VALID_MARKER, ISOLATED_FIELDS), variants), { seed: ep.seed + 7, numRuns: VALID });
    const schema = ep.schema();
    const requests = cases.map(([body, v], i) => {
      expect(schema.safeParse(body).success, JSON.stringify(body)).toBe(true);
      // Unique per request: the same key with another body is (rightly) refused.
      const key = v.key === undefined ? undefined : `${VALID_MARKER}-${i}-${v.key}`;
      return { body, key, req: { method: 'POST', path: ep.route, headers: { 'content-type': v.contentType, ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(body) } };
    });
    const started = Date.now();
    const answers = await pool(requests, 4, (r) => send(r.req));
    console.info(`POST ${ep.route}: ${requests.length} valid bodies in ${Date.now() - started} ms`);
    const failures = requests.flatMap((r, i) =>
      answers[i]!.status === 201 ? [] : [`#${i} (seed ${ep.seed + 7}) → ${answers[i]!.status} ${answers[i]!.text.slice(0, 400)}\n  body ${r.req.body}`],
    );
    expect(failures.length, `${failures.length} valid bodies were refused:\n${failures.slice(0, 10).join('\n')}`).toBe(0);

    const ids = answers.map((a) => ep.idOf(JSON.parse(a.text) as Record<string, string>));
    expect(new Set(ids).size).toBe(ids.length);
    const mismatches: string[] = [];
    await pool(requests, 8, async (r, i) => {
      const item = await getItem(ep.stored(ids[i]!));
      if (!item) return void mismatches.push(`#${i}: ${ids[i]} not stored`);
      if (item.status !== ep.status) mismatches.push(`#${i}: status ${String(item.status)}`);
      for (const field of ep.compare) {
        if (canonical(item[field]) !== canonical(r.body[field])) {
          mismatches.push(`#${i}: ${field} stored ${JSON.stringify(item[field])}, sent ${JSON.stringify(r.body[field])}`);
        }
      }
    });
    expect(mismatches).toEqual([]);
    // The harness computes Powertools' record ids right: every key used here has its record.
    const keyed = requests.filter((r) => r.key !== undefined);
    expect((await existingIdempotencyRecords(keyed.map((r) => idempotencyRecordId(ep.route, r.key!)))).length).toBe(keyed.length);

    // Each key replays its first answer for the same body, and refuses another valid body.
    const others = fc.sample(ep.valid(REUSE_MARKER, ISOLATED_FIELDS), { seed: ep.seed + 9, numRuns: keyed.length });
    const reuse = await pool(keyed, 8, async (r, i) => ({
      same: await send(r.req),
      other: await send({ ...r.req, body: JSON.stringify(others[i]) }),
    }));
    reuse.forEach(({ same, other }, i) => {
      const first = answers[requests.indexOf(keyed[i]!)]!;
      expect(same.status, `replay of #${i}`).toBe(201);
      expect(same.text).toBe(first.text);
      expect(other.status, `key of #${i} with another body: ${other.text}`).toBe(422);
    });
    expect(await itemsMentioning(REUSE_MARKER)).toEqual([]);
  });
});
