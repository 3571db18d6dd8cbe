import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ENV } from '#shared/platform/config';
import { lambdaContext } from '#local/lambda';
import { handler as signInHandler } from '#functions/api/sign-in';
import { ddb, epochSeconds } from '#shared/platform/db';
import { addressHash } from '#shared/platform/email-hash';
import { newSession } from '#shared/sign-in/session';
import { signInMails, askForLink, desk, deskForm, newSchool, signIn, signInLink } from '../support/desk.ts';
import { uniqueEmail, validApplication } from '../support/fixtures.ts';
import { getItem, TABLE } from '../support/flow.ts';
import { api, busEvents, emailsTo, postJson, waitFor } from '../support/stack.ts';
import { signInRequestKey } from '#shared/sign-in/request';
import { hashToken } from '#shared/links/tokens';
import { keys } from '#shared/platform/db';

/*
 * Signing in by email link (shared/sign-in/): the same answer for every address, a link only to
 * an address Liike knows, at most 5 an hour, single use; sessions that end on sign-out and
 * after 12 hours; cross-site posts refused; a lost receipt found again by signing in.
 */

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const linksCounted = async (email: string) => {
  const window = Math.floor(epochSeconds(new Date()) / 3600) * 3600;
  const { Items } = await ddb.send(
    new QueryCommand({ TableName: TABLE(), KeyConditionExpression: 'pk = :pk AND sk = :sk', ExpressionAttributeValues: { ':pk': `LIMIT#sign-in-links#${addressHash(email)}`, ':sk': `WINDOW#${window}` } }),
  );
  return Number(Items?.[0]?.count ?? 0);
};
/** Waits until the consumer has handled `n` sign-in requests for the address (the bus log says it delivered them). */
const handled = (email: string, n: number) =>
  waitFor(
    async () => {
      let done = 0;
      for (const event of await busEvents()) {
        if (event['detail-type'] !== 'signIn.requested') continue;
        if (!event.deliveries.some((d) => d.rule === 'sendSignInLink' && d.status === 'delivered')) continue;
        const { requestId } = (event.detail as { data: { requestId: string } }).data;
        if ((await getItem(signInRequestKey(requestId)))?.email === email) done += 1;
      }
      return done >= n ? true : undefined;
    },
    `${n} sign-in requests handled for ${email}`,
    20_000,
  );

describe('signing in', () => {
  it('answers alike for a known and an unknown address, and emails only the known one', async () => {
    const school = await newSchool('Alike');
    const known = school.coordinator.email;
    const unknown = uniqueEmail('nobody');
    const [a, b] = [await askForLink(known), await askForLink(unknown)];
    for (const response of [a, b]) {
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/sign-in?sent=1&lang=en');
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    expect(await a.text()).toBe(await b.text());
    // The page it leads to is the same page for everyone.
    const sent = await (await api('/sign-in?sent=1&lang=en')).text();
    expect(sent).toContain('If we know this address, a sign-in link is on its way to it.');

    await handled(known, 1);
    // The stranger's request was counted (so counting says nothing either), then forgotten: no
    // email, and the address is no longer in the table.
    await waitFor(async () => ((await linksCounted(unknown)) >= 1 ? true : undefined), 'the unknown address counted', 15_000);
    expect(await signInMails(known)).toBe(1);
    await waitFor(async () => {
      for (const event of await busEvents()) {
        if (event['detail-type'] !== 'signIn.requested') continue;
        const item = await getItem(signInRequestKey((event.detail as { data: { requestId: string } }).data.requestId));
        if (item?.email === unknown) return undefined;
      }
      return true;
    }, 'the unknown address forgotten', 15_000);
    expect(await emailsTo(unknown)).toEqual([]);
    // In the coordinator's language (the registry's), with a 15-minute link.
    const [mail] = await emailsTo(known);
    expect(mail!.subject).toBe('Your sign-in link – Liike');
    expect(mail!.body.text).toMatch(/works once, for 15 minutes/);
  });

  it('refuses what is not an email address, naming the field, and writes nothing', async () => {
    const response = await api('/sign-in', { method: 'POST', headers: FORM, body: 'email=not-an-address&lang=fi', redirect: 'manual' });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('id="email-error"');
    expect(page).toContain('value="not-an-address"');
    expect(page).toContain('<html lang="fi"');
  });

  it('a link signs in once: its GET only shows a button, its POST starts one session, a second POST none', async () => {
    const school = await newSchool('Once');
    const email = school.deputy!.email;
    await askForLink(email);
    const link = await signInLink(email, 0);
    for (let i = 0; i < 3; i++) {
      const view = await fetch(link);
      expect(view.status).toBe(200);
      expect(view.headers.getSetCookie()).toEqual([]);
      expect(await view.text()).toContain('name="decision" value="signIn"');
    }
    const first = await fetch(link, { method: 'POST', headers: FORM, body: 'decision=signIn', redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/desk');
    const [cookie] = first.headers.getSetCookie();
    expect(cookie).toMatch(/^__Host-liike-session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=43200; HttpOnly; Secure; SameSite=Lax$/);
    const again = await fetch(link, { method: 'POST', headers: FORM, body: 'decision=signIn', redirect: 'manual' });
    expect(again.status).toBe(200);
    expect(again.headers.getSetCookie()).toEqual([]);
    // The "already used" page, in the deputy's language (the registry's), with nothing to press.
    const used = await again.text();
    expect(used).toContain('Linkki on jo käytetty');
    expect(used).not.toContain('<form');

    // The session opens the deputy's desk, with the school on it.
    const home = await desk('/desk', cookie!.split(';')[0]!);
    expect(home.status).toBe(200);
    const page = await home.text();
    expect(page).toContain(`href="/desk/school/${school.schoolId}"`);
    expect(page).toContain(email);
  });

  it('a session is refused after signing out, after 12 hours, and for a cookie never issued', async () => {
    const school = await newSchool('Session');
    const cookie = await signIn(school.coordinator.email);
    expect((await desk('/desk', cookie)).status).toBe(200);
    const out = await deskForm('/sign-out', cookie, {});
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie()[0]).toMatch(/^__Host-liike-session=; Path=\/; Max-Age=0;/);
    const after = await desk('/desk', cookie);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/sign-in\?lang=/);
    expect((await deskForm('/desk/applications/00000000-0000-4000-8000-000000000000', cookie, {})).status).toBe(401);

    // A session made 12 hours and a second ago has run out, though its item is still there.
    const { id, item } = newSession(school.coordinator.email, 'en', new Date(Date.now() - 12 * 3_600_000 - 1000));
    await ddb.send(new PutCommand({ TableName: TABLE(), Item: item }));
    expect((await desk('/desk', `__Host-liike-session=${id}`)).status).toBe(303);
    expect((await desk('/desk', '__Host-liike-session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(303);
    expect((await desk('/desk', '__Host-liike-session=<script>')).status).toBe(303);
  });

  it('refuses a cross-site post: no sign-out, no sign-in request', async () => {
    const school = await newSchool('Cross');
    const cookie = await signIn(school.coordinator.email);
    const forged = await desk('/sign-out', cookie, { method: 'POST', headers: { ...FORM, 'sec-fetch-site': 'cross-site' }, body: '' });
    expect(forged.status).toBe(403);
    expect((await desk('/desk', cookie)).status).toBe(200);
    const before = await signInMails(school.deputy!.email);
    expect((await askForLink(school.deputy!.email, 'en', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await linksCounted(school.deputy!.email)).toBe(0);
    expect(await signInMails(school.deputy!.email)).toBe(before);
  });

  it('sends at most 5 links an hour to one address: the sixth request sends nothing', async () => {
    const school = await newSchool('Flood');
    const email = school.coordinator.email;
    for (let i = 0; i < 6; i++) expect((await askForLink(email)).status).toBe(303);
    await handled(email, 6);
    expect(await signInMails(email)).toBe(5);
  });

  it('an applicant who lost the receipt signs in and lands on the application’s status page', async () => {
    const application = validApplication({ email: uniqueEmail('lost-receipt'), language: 'lt' });
    expect((await postJson('/applications', application)).status).toBe(201);
    const cookie = await signIn(application.email);
    const home = await desk('/desk', cookie);
    expect(home.status).toBe(303);
    const status = await api(home.headers.get('location')!);
    expect(status.status).toBe(200);
    // The link the session opened lives as long as a visit, not the emailed link's year: it stays in the browser's history.
    const token = home.headers.get('location')!.split('/t/')[1]!;
    const item = await getItem(keys.token(hashToken(token)));
    expect(Date.parse(item!.validUntil as string) - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    const page = await status.text();
    expect(page).toContain('<html lang="lt"');
    expect(page).toContain('value="confirm"'); // still unconfirmed: the receipt's button is here too
    // Someone else's application is not theirs to open.
    expect((await deskForm('/desk/applications/00000000-0000-4000-8000-000000000000', cookie, {})).status).toBe(404);
  });

  it('an unknown or expired link offers signing in, which finds what it was for', async () => {
    const page = await (await api('/t/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { headers: { 'accept-language': 'et' } })).text();
    expect(page).toContain('<a class="button-link" href="/sign-in?lang=et">Logige sisse või leidke oma avaldus</a>');
  });
});

describe('sign-in requests per client address', () => {
  const LIMIT = 2;
  const saved = process.env[API_ENV.signInsPerClientPerHour];
  beforeAll(() => {
    process.env[API_ENV.signInsPerClientPerHour] = String(LIMIT);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env[API_ENV.signInsPerClientPerHour];
    else process.env[API_ENV.signInsPerClientPerHour] = saved;
  });
  // The handler as API Gateway calls it, from a client address of this test's own.
  const client = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const ask = async (email: string) =>
    (await signInHandler(
      {
        version: '2.0',
        routeKey: 'POST /sign-in',
        rawPath: '/sign-in',
        rawQueryString: '',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        requestContext: { http: { method: 'POST', path: '/sign-in', protocol: 'HTTP/1.1', sourceIp: client, userAgent: 'test' }, requestId: crypto.randomUUID(), routeKey: 'POST /sign-in', stage: '$default', time: '', timeEpoch: Date.now() },
        body: new URLSearchParams({ email, lang: 'ru' }).toString(),
        isBase64Encoded: false,
      } as unknown as APIGatewayProxyEventV2,
      lambdaContext('signIn'),
    )) as APIGatewayProxyStructuredResultV2;

  it('answers 429 once a network address has asked its hourly share, whatever the addresses asked for, and writes nothing', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await ask(uniqueEmail('client-limit'))).statusCode).toBe(303);
    const refused = uniqueEmail('client-limit');
    const over = await ask(refused);
    expect(over.statusCode).toBe(429);
    expect(over.headers?.['retry-after']).toBe('3600');
    expect(String(over.body)).toContain('<html lang="ru"');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await linksCounted(refused)).toBe(0);
  });
});
