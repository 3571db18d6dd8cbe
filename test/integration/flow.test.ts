import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { ddb, keys } from '#shared/platform/db';
import { newToken } from '#shared/links/tokens';
import { validApplication, validRole } from '../support/fixtures.ts';
import { api, busEvents, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';

const TABLE = () => process.env.TABLE_NAME!;
const getItem = async (key: { pk: string; sk: string }) =>
  (await ddb.send(new GetCommand({ TableName: TABLE(), Key: key, ConsistentRead: true }))).Item;

const eventsFor = async (detailType: string, field: string, id: string) =>
  (await busEvents()).filter(
    (e) => e['detail-type'] === detailType && (e.detail as { data: Record<string, string> }).data[field] === id,
  );

const formPost = (url: string, body = 'decision=verify') =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

describe('an application flows in', () => {
  it('is stored, announced once, and answered with a receipt in the applicant’s language', async () => {
    const body = validApplication();
    const response = await postJson('/applications', body);
    expect(response.status).toBe(201);
    const { applicationId, status } = (await response.json()) as { applicationId: string; status: string };
    expect(status).toBe('UNCONFIRMED');

    const item = await getItem(keys.application(applicationId));
    // SUBMITTED, or already PROPOSED if a demo role fits: matching runs within seconds.
    expect(item).toMatchObject({ firstName: 'Анна', homeCountry: 'RU' });

    const [receipt] = await waitForEmail(body.email);
    expect(receipt!.body.text).toContain('Анна');
    expect(receipt!.body.html).toContain('Анна');
    // Russian applicant, Russian email: the subject is written in Cyrillic.
    expect(receipt!.subject).toMatch(/[А-Яа-я]/);

    const events = await waitFor(async () => {
      const found = await eventsFor('application.submitted', 'applicationId', applicationId);
      return found[0]?.deliveries.every((d) => d.status === 'delivered') ? found : undefined;
    }, 'application.submitted delivered');
    expect(events).toHaveLength(1);
    // Events carry ids, never personal data.
    expect(JSON.stringify(events[0]!.detail)).not.toContain(body.email);
    expect(JSON.stringify(events[0]!.detail)).not.toContain('Анна');

    const page = await fetch(linkIn(receipt!.body.text!));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.text()).toContain('lang="ru"');
  });

  it('replays the first response for a repeated Idempotency-Key and writes nothing new', async () => {
    const body = validApplication({ language: 'en' });
    const key = crypto.randomUUID();
    const first = await postJson('/applications', body, { 'Idempotency-Key': key });
    const second = await postJson('/applications', body, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    const a = (await first.json()) as { applicationId: string };
    const b = (await second.json()) as { applicationId: string };
    expect(b.applicationId).toBe(a.applicationId);

    const other = await postJson('/applications', { ...body, minWeeks: 9 }, { 'Idempotency-Key': key });
    expect(other.status).toBe(422);
    expect(((await other.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('Idempotency-Key');

    await waitForEmail(body.email);
    // Give a duplicate event time to surface before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await eventsFor('application.submitted', 'applicationId', a.applicationId)).toHaveLength(1);
    expect(await waitForEmail(body.email)).toHaveLength(1);
  });
});

describe('a role is verified through the link in its email', () => {
  async function postRole(overrides: Record<string, unknown> = {}) {
    const body = validRole(overrides);
    const response = await postJson('/roles', body);
    expect(response.status).toBe(201);
    const created = (await response.json()) as { roleId: string; status: string };
    expect(created.status).toBe('PENDING_VERIFICATION');
    const [mail] = await waitForEmail(body.contact.email);
    return { body, roleId: created.roleId, link: linkIn(mail!.body.text!), mail: mail! };
  }

  it('opens only on the POST of the page, never on GET or HEAD', async () => {
    const { body, roleId, link, mail } = await postRole();
    expect(mail.body.html).toContain(link);

    for (let i = 0; i < 10; i++) {
      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<form[^>]*method="post"/i);
    }
    expect((await fetch(link, { method: 'HEAD' })).status).toBe(200);
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'PENDING_VERIFICATION' });
    expect(await eventsFor('role.opened', 'roleId', roleId)).toHaveLength(0);

    // Only the page's own button acts: an empty POST, or one another site's page sends, opens nothing.
    expect((await formPost(link, '')).status).toBe(400);
    const forged = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await fetch(link, { method: 'POST', headers: { ...forged, 'sec-fetch-site': 'cross-site' }, body: 'decision=verify' })).status).toBe(403);
    expect((await fetch(link, { method: 'POST', headers: { ...forged, origin: 'https://evil.example' }, body: 'decision=verify' })).status).toBe(403);
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'PENDING_VERIFICATION' });

    const done = await formPost(link);
    expect(done.status).toBe(200);
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'OPEN' });
    await waitFor(async () => {
      const events = await eventsFor('role.opened', 'roleId', roleId);
      return events.length === 1 ? events : undefined;
    }, 'role.opened');
    // The contact is told the role is open.
    await waitForEmail(body.contact.email, 2);

    // The link is spent: it says what was decided and when, and changes nothing.
    const again = await fetch(link);
    expect(again.status).toBe(200);
    const text = await again.text();
    expect(text).not.toMatch(/<form/i);
    const repost = await formPost(link);
    expect(repost.status).toBe(200);
    expect(await eventsFor('role.opened', 'roleId', roleId)).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous POSTs win', async () => {
    const { roleId, link } = await postRole({ places: 1 });
    const results = await Promise.all([formPost(link), formPost(link), formPost(link)]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    await waitFor(async () => ((await eventsFor('role.opened', 'roleId', roleId)).length ? true : undefined), 'role.opened');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await eventsFor('role.opened', 'roleId', roleId)).toHaveLength(1);
  });
});

describe('links that cannot be used', () => {
  it('answers an unknown token with a clear page', async () => {
    const response = await api(`/t/${'x'.repeat(43)}`, { headers: { 'accept-language': 'et-EE,et;q=0.9' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('lang="et"');
  });

  it('refuses a link with broken percent-encoding without a 5xx', async () => {
    expect((await api('/t/%E0%A4%A')).status).toBe(400);
  });

  it('answers an expired token with a clear page and does not act on POST', async () => {
    const created = await postJson('/roles', validRole());
    const { roleId } = (await created.json()) as { roleId: string };
    const { token, item } = newToken('roleVerification', roleId, 'lt', 60, new Date(Date.now() - 3600_000));
    await ddb.send(new PutCommand({ TableName: TABLE(), Item: item }));
    const link = `/t/${token}`;
    expect((await api(link)).status).toBe(410);
    expect((await api(link, { method: 'POST' })).status).toBe(410);
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'PENDING_VERIFICATION' });
  });
});

describe('read-only routes', () => {
  it('lists at least two partner schools per country without coordinator data', async () => {
    const response = await api('/schools');
    expect(response.status).toBe(200);
    const schools = (await response.json()) as Record<string, unknown>[];
    for (const country of ['FI', 'EE', 'LT', 'RU']) {
      expect(schools.filter((s) => s.country === country).length).toBeGreaterThanOrEqual(2);
    }
    for (const school of schools) {
      expect(Object.keys(school).sort()).toEqual(expect.arrayContaining(['city', 'country', 'name', 'schoolId']));
      expect(Object.keys(school).filter((key) => !['city', 'country', 'name', 'nameLatin', 'schoolId'].includes(key))).toEqual([]);
    }
    // A name in Cyrillic comes with its name in Latin letters, for readers abroad.
    expect(schools.find((s) => s.schoolId === 'ru-spb-construction')).toMatchObject({ nameLatin: 'St Petersburg College of Construction' });
  });

  it('serves health and the OpenAPI document', async () => {
    expect(await (await api('/health')).json()).toEqual({ status: 'ok' });
    const doc = (await (await api('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/applications', '/roles', '/schools', '/t/{token}']));
  });
});
