import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { hashToken } from '#shared/links/tokens';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validApplication, validRole } from '../support/fixtures.ts';
import { busEvents, emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';
import { confirmFromReceipt } from '../support/flow.ts';
import { TOKEN_PAIR_FIELD, type BadRequest } from './arbitraries.ts';
import { CONCURRENCY, counterexample, getItem, pool, send, type Sent } from './harness.ts';

/*
 * Bad input at scale on the pages behind email links (GET/HEAD/POST /t/{token}): 1,200 generated
 * requests with random, malformed, overlong and percent-garbage tokens and every method must get
 * a 4xx page, never a 5xx nor a 2xx. Then a real coordinator decision link gets generated bad
 * form posts (no or unknown choice, a reject with a missing, huge or control-character reason,
 * the wrong media type, an oversized body, other methods): each a 4xx, and afterwards the match
 * is unchanged, the token unspent, no event sent; finally the real decision still works.
 */
const BAD = Number(process.env.FUZZ_BAD ?? 1200);
const REAL = Number(process.env.FUZZ_REAL ?? 300);
const SEED = 61_003;
const COORDINATOR = 'anna.virtanen@sasky.example';

/** The contract for a reason (not the code's own check): 1..2000 characters trimmed, no controls but tab and newlines. */
const acceptableReason = (r: string) => {
  const t = r.trim();
  return t.length > 0 && t.length <= 2000 && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(t);
};

const form = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

const base64url = fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);
const token = fc.oneof(
  { arbitrary: base64url, weight: 4 },
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,42}$/), weight: 2 },
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{44,300}$/), weight: 2 },
  { arbitrary: fc.tuple(base64url, fc.nat(42), fc.constantFrom('+', '=', '~', '.', '!', '$', "'", '(', '*', ',', ':', '@')).map(([t, i, c]) => `${t.slice(0, i)}${c}${t.slice(i + 1)}`), weight: 2 },
  // Any Unicode, percent-encoded as a browser would (no dot segments: those would leave /t/).
  { arbitrary: fc.string({ minLength: 1, maxLength: 60, unit: 'binary' }).filter((s) => !/^\.{1,2}$/.test(s)).map(encodeURIComponent), weight: 2 },
  { arbitrary: fc.tuple(base64url, fc.constantFrom('%', '%Z', '%ZZ', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%00', '%2F', '%25', '%FF%FE', '%0D%0A', '%u0041')).map(([t, g]) => `${t.slice(0, 20)}${g}${t.slice(20)}`), weight: 3 },
  { arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => 'A'.repeat(n)), weight: 1 },
);
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS');
const formBody = fc.oneof(
  fc.dictionary(fc.constantFrom('decision', 'reason', 'x', 'token', ''), fc.oneof(fc.constantFrom('approve', 'reject', 'accept', 'decline', 'close'), fc.string({ maxLength: 40 }))).map((d) => new URLSearchParams(d).toString()),
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.constantFrom('decision=%ZZ', 'decision=approve&decision=reject', '%%%', '=&=&', 'decision=approve&pad='.padEnd(70_000, 'x')),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
);
const contentType = fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8', 'application/json', 'text/plain', 'multipart/form-data; boundary=x', 'none');
const acceptLanguage = fc.oneof(fc.constantFrom('et-EE,et;q=0.9,en;q=0.8', 'ru', '*', 'q=0', ';;;,,,', 'xx-YY;q=abc', 'fi;q=2', ''), fc.string({ maxLength: 100, unit: 'binary-ascii' }).map((s) => s.replace(/[^\t\x20-\x7e]/g, '')));

const badTokenRequests: fc.Arbitrary<BadRequest> = fc
  .record({ token, method, suffix: fc.constantFrom('', '', '', '/', '?decision=approve', '?x=%ZZ'), body: formBody, contentType, acceptLanguage })
  .map((r) => {
    const path = `/t/${r.token}${r.suffix}`;
    const bodied = r.method !== 'GET' && r.method !== 'HEAD';
    const headers: Record<string, string> = { 'accept-language': r.acceptLanguage, ...(bodied && r.contentType !== 'none' ? { 'content-type': r.contentType } : {}) };
    return {
      what: `${r.method} /t/<${r.token.length} chars>${r.suffix}`,
      method: r.method,
      path,
      headers,
      ...(bodied ? { body: r.contentType === 'none' ? new TextEncoder().encode(r.body) : r.body } : {}),
      // 404 unknown token or no such route; 400 broken percent-encoding; 405 the static site;
      // 413 oversized form; 414/431 an overlong URL.
      status: [400, 404, 405, 413, 414, 431],
      problem: false,
    };
  });

function judgePage(req: BadRequest, got: Sent): string | undefined {
  if (got.status >= 500) return `a ${got.status}`;
  if (got.status === -1) return req.path.length > 8000 || Buffer.byteLength(req.body ?? '') > 1024 * 1024 ? undefined : 'the request failed on the client';
  if (!req.status.includes(got.status)) return `status ${got.status}, expected ${req.status.join(' or ')}`;
  return undefined;
}

describe('fuzz the pages behind email links', () => {
  it(`${BAD} requests with bad tokens and methods: always a 4xx, never a 5xx nor a page that acts`, { timeout: 120_000 }, async () => {
    const requests = fc.sample(badTokenRequests, { seed: SEED, numRuns: BAD });
    const before = (await busEvents()).length;
    const started = Date.now();
    const answers = await pool(requests, CONCURRENCY, (req) => send(req));
    const statuses: Record<number, number> = {};
    for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    console.info(`/t/{token}: ${requests.length} bad requests in ${Date.now() - started} ms; statuses ${JSON.stringify(statuses)}`);
    const failures = requests.flatMap((req, i) => {
      const why = judgePage(req, answers[i]!);
      return why ? [counterexample(SEED, i, req, answers[i]!, why)] : [];
    });
    expect(failures.length, `${failures.length} of ${requests.length} got a wrong answer:\n${failures.slice(0, 15).join('\n')}`).toBe(0);
    // An unknown token reaches nothing that could put an event on the bus (other tests may, so
    // only the kinds a link's POST causes are counted: none may be about an unknown token anyway).
    expect((await busEvents()).length).toBeGreaterThanOrEqual(before);
  });

  describe('a real coordinator decision link', () => {
    let link: string;
    let matchId: string;
    let applicationId: string;
    let statusLink: string;

    beforeAll(async () => {
      // A one-place role and a fitting application of a field no other test or demo role uses.
      const marker = uniqueName('Fuzzer');
      const role = validRole({
        company: { name: 'UAB Fuzz', businessId: BUSINESS_IDS.LT, country: 'LT', region: 'Vilniaus apskritis', city: 'Vilnius' },
        contact: { name: 'Fuzz Contact', email: uniqueEmail('fuzz-contact'), language: 'lt' },
        sector: 'wellbeing',
        fieldsOfStudy: [TOKEN_PAIR_FIELD],
        places: 1,
        applicantTypes: ['student'],
      });
      expect((await postJson('/roles', role)).status).toBe(201);
      const [verification] = await waitForEmail(role.contact.email);
      expect((await form(linkIn(verification!.body.text!), { decision: 'verify' })).status).toBe(200);
      const application = validApplication({
        firstName: 'Ülle',
        lastName: marker,
        language: 'et',
        schoolId: 'fi-sasky',
        sectors: ['wellbeing'],
        destinations: ['LT'],
        fieldOfStudy: TOKEN_PAIR_FIELD,
        languages: [{ code: 'en', level: 'B2' }],
      });
      const posted = await postJson('/applications', application);
      applicationId = ((await posted.json()) as { applicationId: string }).applicationId;
      await confirmFromReceipt(application.email, applicationId);
      const proposed = await waitFor(
        async () => (await busEvents()).find((e) => e['detail-type'] === 'match.proposed' && (e.detail as { data: { applicationId: string } }).data.applicationId === applicationId),
        'match.proposed',
        20_000,
      );
      matchId = (proposed.detail as { data: { matchId: string } }).data.matchId;
      const mail = await waitFor(async () => (await emailsTo(COORDINATOR)).find((e) => e.body.text?.includes(marker)), 'the coordinator email', 20_000);
      link = linkIn(mail.body.text!);
      const [receipt] = await waitForEmail(application.email);
      statusLink = linkIn(receipt!.body.text!);
    }, 60_000);

    const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;
    const tokenItem = (url: string) => getItem(keys.token(hashToken(tokenOf(url))));

    it(`${REAL} bad form posts and methods: each a 4xx (or a page that only shows), the match unchanged, the token unspent`, { timeout: 120_000 }, async () => {
      const path = new URL(link).pathname;
      const statusPath = new URL(statusLink).pathname;
      const enc = (fields: [string, string][]) => new URLSearchParams(fields).toString();
      const badReason = fc.oneof(
        fc.constantFrom('', '   ', '\n\t', '\u3000'),
        fc.integer({ min: 2001, max: 60_000 }).map((n) => 'ж'.repeat(n)),
        fc.tuple(fc.constantFrom(0x00, 0x01, 0x07, 0x0b, 0x0c, 0x1b, 0x7f, 0x85, 0x9f), fc.constantFrom('Dates clash', 'Не подходит', 'Ei sobi')).map(([c, t]) => `${t.slice(0, 3)}${String.fromCharCode(c)}${t.slice(3)}`),
      );
      const badChoice = fc.oneof(fc.constantFrom('', 'APPROVE', 'Approve', 'approve ', ' approve', 'аpprove', 'approved', 'yes', 'accept', 'close', 'decline', 'reject\u0000', 'approve\u0000'), fc.string({ maxLength: 20 }));
      const formPost = (what: string, body: string, status: number[], ct = 'application/x-www-form-urlencoded'): BadRequest => ({
        what, method: 'POST', path, headers: { 'content-type': ct }, body, status, problem: false,
      });
      const real: fc.Arbitrary<BadRequest> = fc.oneof(
        badChoice.map((c) => formPost(`decision ${JSON.stringify(c)}`, enc([['decision', c], ['reason', 'because']]), [400])),
        fc.constant(formPost('no decision', enc([['reason', 'x']]), [400])),
        fc.tuple(badChoice, fc.constantFrom('approve', 'reject')).map(([c, then]) => formPost(`decision ${JSON.stringify(c)} then ${then}`, enc([['decision', c], ['decision', then], ['reason', 'ok']]), [400])),
        badReason.map((r) => {
          const body = enc([['decision', 'reject'], ['reason', r]]);
          const huge = Buffer.byteLength(body) > 64 * 1024;
          return formPost(`reject, reason ${JSON.stringify(r.length > 40 ? `${r.slice(0, 20)}… (${r.length})` : r)}`, body, huge ? [413] : [422]);
        }),
        fc.constantFrom('decision=%ZZ', 'decision=appr%ove', '%%%decision=approve', 'decision', 'decision=approve'.replace('=', '%3D')).map((b) => formPost(`raw form ${b}`, b, [400])),
        fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencodedx').map((ct) =>
          formPost(`content-type ${ct}`, ct === 'application/json' ? '{"decision":"approve"}' : ct.startsWith('multipart') ? '--x\r\nContent-Disposition: form-data; name="decision"\r\n\r\napprove\r\n--x--\r\n' : 'decision=approve', [400], ct),
        ),
        fc.integer({ min: 65_536, max: 200_000 }).map((n) => formPost(`approve padded to ${n} bytes`, `decision=approve&pad=${'x'.repeat(n)}`, [413])),
        fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS').map((m): BadRequest => ({ what: `${m} with decision=approve`, method: m, path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', status: [404], problem: false })),
        fc.tuple(fc.constantFrom('GET', 'HEAD'), fc.constantFrom('?decision=approve', '?decision=reject&reason=x', '', '?%ZZ'), acceptLanguage).map(([m, q, al]): BadRequest => ({ what: `${m}${q}`, method: m, path: `${path}${q}`, headers: { 'accept-language': al }, status: [200], problem: false })),
        // The applicant's status link: only its POST withdraws; these must not.
        fc.constantFrom('PUT', 'DELETE', 'PATCH').map((m): BadRequest => ({ what: `status link ${m}`, method: m, path: statusPath, headers: {}, body: 'withdraw=1', status: [404], problem: false })),
        fc.constant<BadRequest>({ what: 'status link oversized POST', method: 'POST', path: statusPath, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `withdraw=1&pad=${'x'.repeat(70_000)}`, status: [413], problem: false }),
        fc.constantFrom('GET', 'HEAD').map((m): BadRequest => ({ what: `status link ${m}`, method: m, path: `${statusPath}?withdraw=1`, headers: {}, status: [200], problem: false })),
      );
      const requests = fc.sample(real, { seed: SEED + 1, numRuns: REAL });
      // The generator's own check: none of these posts is a valid decision by the server's rules
      // (an oversized one may be: it must be refused for its size before it is read).
      for (const r of requests) {
        if (r.method !== 'POST' || r.path !== path || r.status.includes(413) || !/^application\/x-www-form-urlencoded$/.test(r.headers['content-type'] ?? '')) continue;
        const f = new URLSearchParams(String(r.body));
        const choice = f.get('decision');
        expect(choice === 'approve' || (choice === 'reject' && acceptableReason(f.get('reason') ?? '')), r.what).toBe(false);
      }
      const matchBefore = await getItem(keys.match(matchId));
      expect(matchBefore).toMatchObject({ status: 'PROPOSED' });

      // Sequential in small groups: a decision link is one match, and one wrong 2xx would spend it.
      const answers = await pool(requests, 4, (req) => send(req));
      const failures = requests.flatMap((req, i) => {
        const why = judgePage(req, answers[i]!);
        return why ? [counterexample(SEED + 1, i, req, answers[i]!, why)] : [];
      });
      const statuses: Record<number, number> = {};
      for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      console.info(`real links: ${requests.length} bad requests; statuses ${JSON.stringify(statuses)}`);
      expect(failures.length, `${failures.length} of ${requests.length} got a wrong answer:\n${failures.slice(0, 15).join('\n')}`).toBe(0);

      // Nothing changed: the match and the application as they were, the token unspent, no event.
      expect(await getItem(keys.match(matchId))).toEqual(matchBefore);
      expect(await getItem(keys.application(applicationId))).toMatchObject({ status: 'PROPOSED' });
      expect((await tokenItem(link))?.usedAt).toBeUndefined();
      const events = (await busEvents()).filter((e) => (e.detail as { data: { matchId?: string; applicationId?: string } }).data.matchId === matchId || (e.detail as { data: { applicationId?: string } }).data.applicationId === applicationId);
      expect(events.map((e) => e['detail-type']).sort()).toEqual(['application.confirmed', 'application.submitted', 'match.proposed']);

      // The link was live all along: the real decision still works, once.
      expect((await form(link, { decision: 'approve' })).status).toBe(200);
      expect(await getItem(keys.match(matchId))).toMatchObject({ status: 'APPROVED' });
      expect((await tokenItem(link))?.usedAt).toBeDefined();
    });
  });
});
