import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GetCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { ddb, keys } from '#shared/platform/db';
import { eraseApplication } from '#shared/erasure/erasure';
import { sweepRetention } from '#shared/erasure/sweep';
import { writeKeyRecordId } from '#shared/platform/http/idempotent-write';
import { logger } from '#shared/platform/logger';
import { retentionKeys } from '#shared/erasure/retention';
import { icaoLatin } from '#shared/vocabulary/transliteration';
import { BUSINESS_IDS, uniqueEmail, validApplication, validRole } from '../support/fixtures.ts';
import * as flow from '../support/flow.ts';
import { busEvents, emailsTo, linkIn, postJson, waitFor } from '../support/stack.ts';

/*
 * Erasure from the status page and by `npm run erase`, "download my data",
 * and retention by a sweep with a moved clock. After erasure a Scan of both tables finds none
 * of the person's name, email or free text; the anonymous record stays with its codes.
 * Each test has fields of study of its own (04xx), so its applicants only meet its roles.
 */

const TABLE = () => process.env.TABLE_NAME!;
/** The whole suite runs beside these tests on two cores: emails and rounds may take a while. */
const WAIT_MS = 30_000;
const IDEMPOTENCY_TABLE = () => process.env.IDEMPOTENCY_TABLE_NAME!;
const COORDINATOR = 'anna.virtanen@sasky.example';

const getItem = async (key: Record<string, string>, TableName = TABLE()) =>
  (await ddb.send(new GetCommand({ TableName, Key: key, ConsistentRead: true }))).Item;

const form = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

/** A random Cyrillic word, so the names this test looks for exist nowhere else. */
const cyrillic = (length: number) =>
  Array.from({ length }, () => 'абвгдежзиклмнопрстуфхцчшэюя'[Math.floor(Math.random() * 27)]).join('');

function person() {
  const firstName = `Ольга${cyrillic(5)}`;
  const lastName = `Кузнецова${cyrillic(6)}`;
  return {
    firstName,
    lastName,
    email: uniqueEmail('erase.Me'),
    motivation: `Хочу работать в Литве: ${cyrillic(12)} ${crypto.randomUUID()}`,
  };
}

async function scanAll(TableName: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await ddb.send(new ScanCommand({ TableName, ExclusiveStartKey, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** Every item of both tables (and every event on the bus) that mentions any of `needles`, case-insensitively. */
async function mentions(needles: string[]) {
  const lower = needles.map((n) => n.toLowerCase());
  const hit = (value: unknown) => {
    const text = JSON.stringify(value, (_k, v) => (v instanceof Set ? [...v] : v)).toLowerCase();
    return lower.some((n) => text.includes(n));
  };
  return {
    domain: (await scanAll(TABLE())).filter(hit),
    idempotency: (await scanAll(IDEMPOTENCY_TABLE())).filter(hit),
    events: (await busEvents()).filter(hit),
  };
}

const withDetail = (e: { detail: unknown }) => (e.detail as { data: Record<string, string> }).data;

async function openRole(field: string, title: string) {
  const role = validRole({
    company: { name: 'UAB Testas', businessId: BUSINESS_IDS.LT, country: 'LT', region: 'Vilniaus apskritis', city: 'Vilnius' },
    contact: { name: 'Contact Person', email: uniqueEmail('contact'), language: 'en' },
    title,
    sector: 'wellbeing',
    fieldsOfStudy: [field],
    places: 1,
    applicantTypes: ['student'],
  });
  const { roleId } = (await (await postJson('/roles', role)).json()) as { roleId: string };
  const [verification] = await waitFor(async () => ((await emailsTo(role.contact.email)).length ? await emailsTo(role.contact.email) : undefined), 'verification', WAIT_MS);
  expect((await form(linkIn(verification!.body.text!), { decision: 'verify' })).status).toBe(200);
  return { roleId, contactEmail: role.contact.email };
}

/** Posts and (unless `confirm` is false) confirms an application from its receipt, as its applicant does. */
async function apply(field: string, who: ReturnType<typeof person>, overrides: Record<string, unknown> = {}, idempotencyKey = crypto.randomUUID(), confirm = true) {
  const body = validApplication({
    ...who,
    language: 'ru',
    schoolId: 'fi-sasky',
    sectors: ['wellbeing'],
    destinations: ['LT'],
    fieldOfStudy: field,
    languages: [{ code: 'en', level: 'B2' }],
    participant: { gender: 'female', birthYear: 2004, labourMarketStatus: 'in_education', sensitive: { disability: 'no', minority: 'yes' } },
    consent: { dataProcessing: true, sensitiveData: true },
    ...overrides,
  });
  const posted = await postJson('/applications', body, { 'idempotency-key': idempotencyKey });
  expect(posted.status).toBe(201);
  const { applicationId } = (await posted.json()) as { applicationId: string };
  if (confirm) await flow.confirmFromReceipt(body.email, applicationId);
  return { applicationId, idempotencyKey };
}

const proposalFor = (applicationId: string, count = 1) =>
  waitFor(async () => {
    const found = (await busEvents()).filter((e) => e['detail-type'] === 'match.proposed' && withDetail(e).applicationId === applicationId);
    return found.length >= count ? found.map((e) => withDetail(e).matchId!) : undefined;
  }, `${count} proposal(s) for ${applicationId}`, WAIT_MS);

const coordinatorMailFor = (marker: string, count = 1) =>
  waitFor(async () => {
    const found = (await emailsTo(COORDINATOR)).filter((e) => e.body.text?.includes(marker));
    return found.length >= count ? found : undefined;
  }, `coordinator mail about ${marker}`, WAIT_MS);

const statusLinkOf = async (email: string) =>
  linkIn((await waitFor(async () => ((await emailsTo(email)).length ? await emailsTo(email) : undefined), `receipt to ${email}`, WAIT_MS))[0]!.body.text!);

describe('erasure and access', { timeout: 90_000 }, () => {
  it('download my data, then delete my data from the status page: nothing personal is left anywhere', async () => {
    const who = person();
    const first = await openRole('0411', 'Hoitaja A');
    const second = await openRole('0411', 'Hoitaja B');
    const { applicationId, idempotencyKey } = await apply('0411', who, { rolePreferences: [first.roleId, second.roleId] });
    const idempotencyId = writeKeyRecordId('POST /applications', idempotencyKey);
    expect(await getItem({ id: idempotencyId }, IDEMPOTENCY_TABLE())).toBeDefined();

    // The first proposal is rejected with a reason (free text about the person) ...
    const [firstMatch] = await proposalFor(applicationId);
    const [firstMail] = await coordinatorMailFor(who.lastName);
    const reason = `Ei sovi: ${cyrillic(10)} ${crypto.randomUUID()}`;
    expect((await form(linkIn(firstMail!.body.text!), { decision: 'reject', reason })).status).toBe(200);
    // ... and the next round proposes the other role, which is pending when the data is deleted.
    const [, pendingMatch] = await proposalFor(applicationId, 2);
    await coordinatorMailFor(who.lastName, 2);
    const pendingRoleId = ((await getItem(keys.match(pendingMatch!))) as { roleId: string }).roleId;
    expect([first.roleId, second.roleId]).toContain(pendingRoleId);

    const statusLink = await statusLinkOf(who.email);
    const before = await getItem(keys.application(applicationId));
    // GET and HEAD of every view change nothing.
    const page = await (await fetch(statusLink)).text();
    expect(page).toContain('?view=data');
    expect(page).toContain('?view=erase');
    const confirm = await fetch(`${statusLink}?view=erase`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toMatch(/<form[^>]*method="post"[\s\S]*name="decision" value="erase"/);
    for (const view of ['', '?view=data', '?view=erase']) expect((await fetch(`${statusLink}${view}`, { method: 'HEAD' })).status).toBe(200);

    const download = await fetch(`${statusLink}?view=data`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^application\/json/);
    expect(download.headers.get('cache-control')).toBe('no-store');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"$/);
    const data = (await download.json()) as {
      application: Record<string, unknown>;
      otherRecords: Record<string, unknown>[];
      matches: { matchId: string; status: string; coordinatorDecision?: { reason?: string }; role?: { title: string } }[];
    };
    expect(data.application).toMatchObject({ applicationId, firstName: who.firstName, lastName: who.lastName, email: who.email, motivation: who.motivation });
    // The name in Latin letters is the applicant's data too (here ICAO 9303's, as none was given).
    expect(data.application).toMatchObject({ firstNameLatin: icaoLatin(who.firstName), lastNameLatin: icaoLatin(who.lastName) });
    expect(data.application).not.toHaveProperty('pk');
    expect(data.otherRecords).toEqual([expect.objectContaining({ type: 'SENSITIVE', disability: 'no', minority: 'yes' })]);
    expect(data.matches.map((m) => m.matchId).sort()).toEqual([firstMatch, pendingMatch].sort());
    expect(data.matches.find((m) => m.matchId === firstMatch)).toMatchObject({ status: 'REJECTED', coordinatorDecision: { reason } });
    expect(data.matches.find((m) => m.matchId === pendingMatch)?.role?.title).toMatch(/^Hoitaja/);
    expect(await getItem(keys.application(applicationId))).toEqual(before);

    // The receipt, the first proposal, "the search goes on" after the rejection, the second proposal.
    await waitFor(async () => ((await emailsTo(who.email)).length >= 4 ? true : undefined), 'four mails', WAIT_MS);
    const mailsBefore = (await emailsTo(who.email)).length;
    const erased = await form(statusLink, { decision: 'erase' });
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain('Ваши данные удалены');

    // The anonymous record: codes, dates and states; nothing personal.
    const record = (await getItem(keys.application(applicationId)))!;
    expect(record).toMatchObject({
      applicationId,
      status: 'WITHDRAWN',
      schoolId: 'fi-sasky',
      homeCountry: 'FI',
      fieldOfStudy: '0411',
      sectors: ['wellbeing'],
      destinations: ['LT'],
      applicantType: 'student',
      participant: { gender: 'female', ageBand: '18_29', labourMarketStatus: 'in_education' },
    });
    expect(record.erasedAt).toEqual(expect.any(String));
    // When it was submitted, only to the month.
    expect(record.submittedAt).toMatch(/^\d{4}-\d{2}$/);
    for (const field of ['firstName', 'lastName', 'firstNameLatin', 'lastNameLatin', 'email', 'motivation', 'consent', 'idempotencyRecordIds', 'gsi1pk', 'gsi2pk']) {
      expect(record).not.toHaveProperty(field);
    }
    expect(await getItem(keys.sensitive(applicationId))).toBeUndefined();
    expect(await getItem({ id: idempotencyId }, IDEMPOTENCY_TABLE())).toBeUndefined();
    // The pending proposal was released as by a withdrawal; the rejected one keeps its decision without the reason.
    expect(await getItem(keys.match(pendingMatch!))).toMatchObject({ status: 'RELEASED', ended: { cause: 'withdrawn' } });
    expect((await getItem(keys.role(pendingRoleId)))!.placesLeft).toBe(1);
    const rejected = (await getItem(keys.match(firstMatch!)))!;
    expect(rejected).toMatchObject({ status: 'REJECTED', coordinatorDecision: { decision: 'rejected' } });
    expect(rejected.coordinatorDecision).not.toHaveProperty('reason');

    // The link now says the data is gone, and does nothing else.
    for (const view of ['', '?view=data', '?view=erase']) {
      const gone = await fetch(`${statusLink}${view}`);
      expect(gone.status).toBe(410);
      expect(gone.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await gone.text()).toContain('Ваши данные удалены');
    }
    expect((await form(statusLink, { decision: 'withdraw' })).status).toBe(410);

    // Nothing anywhere: both tables, whole, and every event.
    await waitFor(async () => ((await busEvents()).some((e) => e['detail-type'] === 'application.withdrawn' && withDetail(e).applicationId === applicationId) ? true : undefined), 'application.withdrawn', WAIT_MS);
    const found = await mentions([who.firstName, who.lastName, icaoLatin(who.firstName), icaoLatin(who.lastName), who.email, who.motivation, reason]);
    expect(found).toEqual({ domain: [], idempotency: [], events: [] });
    // Nobody wrote to the erased person after the erasure (no withdrawal confirmation).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await emailsTo(who.email)).length).toBe(mailsBefore);
  });

  it('npm run erase -- --email ADDRESS --yes erases every application of that address', async () => {
    const who = person();
    const a = await apply('0412', who);
    // Another period (one application per person for the same dates: shared/decisions/one-at-a-time.ts).
    const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const b = await apply('0412', { ...who, email: who.email.toUpperCase() }, { motivation: undefined, availableFrom: later(150), availableTo: later(240) });
    await statusLinkOf(who.email);

    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/erase.ts', '--email', `  ${who.email.toUpperCase()} `, '--yes'], {
      env: process.env,
      timeout: 60_000,
    });
    expect(stdout).toContain(a.applicationId);
    expect(stdout).toContain(b.applicationId);
    expect(stdout).toMatch(/Erased 2 of 2 application/);
    expect(stdout.toLowerCase()).not.toContain(who.email.toLowerCase());
    expect(stdout).not.toContain(who.lastName);

    for (const { applicationId, idempotencyKey } of [a, b]) {
      const record = (await getItem(keys.application(applicationId)))!;
      expect(record).toMatchObject({ status: 'WITHDRAWN', fieldOfStudy: '0412', erasedAt: expect.any(String) });
      expect(record).not.toHaveProperty('email');
      expect(await getItem({ id: writeKeyRecordId('POST /applications', idempotencyKey) }, IDEMPOTENCY_TABLE())).toBeUndefined();
    }
    expect(await mentions([who.firstName, who.lastName, who.email, who.motivation])).toEqual({ domain: [], idempotency: [], events: [] });

    // A second run finds nothing left to find.
    const again = await promisify(execFile)('npx', ['tsx', 'scripts/erase.ts', '--email', who.email, '--yes'], { env: process.env, timeout: 60_000 });
    expect(again.stdout).toMatch(/No application was found/);
    // Against deployed tables both names are needed, checked before anything is touched.
    const { IDEMPOTENCY_TABLE_NAME: _omitted, ...withoutIdempotency } = process.env;
    await expect(
      promisify(execFile)('npx', ['tsx', 'scripts/erase.ts', '--email', who.email, '--yes'], { env: withoutIdempotency, timeout: 60_000 }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('IDEMPOTENCY_TABLE_NAME must be set') });
  });

  /** Moves an application into the past, as if it had been submitted years ago. */
  async function backdate(applicationId: string, availableTo: string, dueAt: string) {
    await ddb.send(
      new UpdateCommand({
        TableName: TABLE(),
        Key: keys.application(applicationId),
        UpdateExpression: 'SET availableTo = :to, gsi2pk = :pk, gsi2sk = :sk',
        ExpressionAttributeValues: { ':to': availableTo, ':pk': retentionKeys(applicationId, dueAt).gsi2pk, ':sk': retentionKeys(applicationId, dueAt).gsi2sk },
      }),
    );
  }

  it('retention: a never-placed application is erased 12 months after its availability ended, not before', async () => {
    const who = person();
    const { applicationId } = await apply('0413', who);
    await statusLinkOf(who.email);
    expect(await getItem(keys.application(applicationId))).toMatchObject({ gsi2pk: 'RETENTION#APPLICATION' });
    await backdate(applicationId, '2011-06-30', '2012-07-01T00:00:00.000Z');

    await sweepRetention(new Date('2012-06-30T23:59:59.000Z'), { retentionUntil: '2016-12-31' });
    expect(await getItem(keys.application(applicationId))).toMatchObject({ email: who.email, status: 'SUBMITTED' });

    const logged = (['debug', 'info', 'warn', 'error'] as const).map((level) => vi.spyOn(logger, level));
    await sweepRetention(new Date('2012-07-01T00:00:01.000Z'), { retentionUntil: '2016-12-31' });
    // What erasure logs: ids and counts, never the person.
    const lines = JSON.stringify(logged.flatMap((spy) => spy.mock.calls)).toLowerCase();
    logged.forEach((spy) => spy.mockRestore());
    expect(lines).toContain(applicationId);
    for (const needle of [who.firstName, who.lastName, who.email, who.motivation]) expect(lines).not.toContain(needle.toLowerCase());
    const record = (await getItem(keys.application(applicationId)))!;
    expect(record).toMatchObject({ status: 'WITHDRAWN', fieldOfStudy: '0413', erasedAt: '2012-07-01T00:00:01.000Z' });
    expect(record).not.toHaveProperty('gsi2pk');
    expect(await getItem(keys.sensitive(applicationId))).toBeUndefined();
    expect(await mentions([who.firstName, who.lastName, who.email, who.motivation])).toMatchObject({ domain: [], idempotency: [] });
  });

  it('retention: an application never confirmed is erased 7 days after it was submitted, and was never matched', async () => {
    const who = person();
    await openRole('0914', 'Hoitaja D');
    const { applicationId } = await apply('0914', who, {}, crypto.randomUUID(), false);
    await statusLinkOf(who.email);
    const stored = await getItem(keys.application(applicationId));
    expect(stored).toMatchObject({ status: 'UNCONFIRMED', gsi2pk: 'RETENTION#APPLICATION' });
    expect(stored).not.toHaveProperty('gsi1pk');
    // Submitted on 1 January 2012 (moved back, as the clock of the sweep is).
    await ddb.send(
      new UpdateCommand({
        TableName: TABLE(),
        Key: keys.application(applicationId),
        UpdateExpression: 'SET submittedAt = :at, gsi2sk = :sk',
        ExpressionAttributeValues: { ':at': '2012-01-01T10:00:00.000Z', ':sk': retentionKeys(applicationId, '2012-01-08T10:00:00.000Z').gsi2sk },
      }),
    );
    await sweepRetention(new Date('2012-01-08T09:59:59.000Z'), { retentionUntil: '2016-12-31' });
    expect(await getItem(keys.application(applicationId))).toMatchObject({ email: who.email, status: 'UNCONFIRMED' });
    await sweepRetention(new Date('2012-01-08T10:00:01.000Z'), { retentionUntil: '2016-12-31' });
    expect(await getItem(keys.application(applicationId))).toMatchObject({ status: 'UNCONFIRMED', erasedAt: '2012-01-08T10:00:01.000Z' });
    expect(await mentions([who.firstName, who.lastName, who.email, who.motivation])).toMatchObject({ domain: [], idempotency: [] });
    // An open role fitted it all along: unconfirmed, it was never proposed.
    expect((await busEvents()).filter((e) => e['detail-type'] === 'match.proposed' && withDetail(e).applicationId === applicationId)).toEqual([]);
  });

  it('retention: a placement is kept until its retention date has ended', async () => {
    const who = person();
    const { roleId } = await openRole('0414', 'Hoitaja C');
    const { applicationId } = await apply('0414', who, { rolePreferences: [roleId] });
    const [matchId] = await proposalFor(applicationId);
    const [coordinatorMail] = await coordinatorMailFor(who.lastName);
    expect((await form(linkIn(coordinatorMail!.body.text!), { decision: 'approve' })).status).toBe(200);
    // The company of the proposed role (this test's, unless another test's role fits too).
    const proposedRole = (await getItem(keys.role(((await getItem(keys.match(matchId!))) as { roleId: string }).roleId))) as { contact: { email: string } };
    const companyMail = await waitFor(async () => (await emailsTo(proposedRole.contact.email)).find((e) => e.body.text?.includes(who.lastName)), 'company mail', WAIT_MS);
    expect((await form(linkIn(companyMail.body.text!), { decision: 'accept' })).status).toBe(200);
    expect(await getItem(keys.application(applicationId))).toMatchObject({ status: 'PLACED' });
    await backdate(applicationId, '2011-06-30', '2012-07-01T00:00:00.000Z');

    // Twelve months after the availability: a placement is not erased, but filed under its retention date.
    await sweepRetention(new Date('2012-07-02T00:00:00.000Z'), { retentionUntil: '2016-12-31' });
    expect(await getItem(keys.application(applicationId))).toMatchObject({ email: who.email, gsi2sk: `2017-01-01T00:00:00.000Z#${applicationId}` });
    await sweepRetention(new Date('2016-12-31T23:00:00.000Z'), { retentionUntil: '2016-12-31' });
    expect(await getItem(keys.application(applicationId))).toMatchObject({ email: who.email });

    await sweepRetention(new Date('2017-01-01T00:00:01.000Z'), { retentionUntil: '2016-12-31' });
    const record = (await getItem(keys.application(applicationId)))!;
    expect(record).toMatchObject({ status: 'PLACED', matchId, fieldOfStudy: '0414', erasedAt: '2017-01-01T00:00:01.000Z' });
    expect(await getItem(keys.match(matchId!))).toMatchObject({ status: 'CONFIRMED' });
    expect(await mentions([who.firstName, who.lastName, who.email, who.motivation])).toMatchObject({ domain: [], idempotency: [] });
  });

  it('once erased, a pending proposal can only be released: no approval, acceptance or return to the pool', async () => {
    // The moment between erasure's first step (personal fields gone, erasedAt set) and its
    // release of the proposal: here the first step only, so the decisions meet it.
    const pair = await flow.proposedPair('0522', 'Erased');
    const companyMail = await flow.approve(pair);
    const markErased = () =>
      ddb.send(
        new UpdateCommand({
          TableName: TABLE(),
          Key: keys.application(pair.applicationId),
          UpdateExpression: 'SET erasedAt = :now',
          ExpressionAttributeValues: { ':now': new Date().toISOString() },
        }),
      );
    await markErased();
    const [decide] = flow.companyLinks(companyMail);
    const accepted = await flow.form(decide!, { decision: 'accept' });
    expect(accepted.status).toBeLessThan(500);
    expect(await flow.getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED' });
    expect(await flow.getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'PROPOSED' });
    const declined = await flow.form(decide!, { decision: 'decline', reason: 'Not now' });
    expect(declined.status).toBeLessThan(500);
    expect(await flow.getItem(keys.application(pair.applicationId))).not.toHaveProperty('gsi1pk');
    expect(await flow.getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED' });
    // The erasure itself finishes: the proposal is released and the place given back.
    expect(await eraseApplication(pair.applicationId)).toMatchObject({ released: true });
    expect(await flow.getItem(keys.match(pair.matchId))).toMatchObject({ status: 'RELEASED' });
    expect(await flow.getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'WITHDRAWN' });
    expect(await flow.getItem(keys.role(pair.roleId))).toMatchObject({ placesLeft: 1 });
  });
});
