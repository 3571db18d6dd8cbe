import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { putSchool, type School } from '#shared/schools/registry';
import { LANGUAGES, type Language } from '#shared/platform/i18n';
import { signInEmail } from '#shared/sign-in/email';
import { api, emailsTo, linkIn, waitFor } from './stack.ts';
import { uniqueEmail } from './fixtures.ts';

/*
 * Signing in to the desks from tests, as a person would: the sign-in form, the email, the
 * link's button; the session cookie comes back. Each address gets at most 5 links an hour
 * (shared/sign-in/limits.ts), so a test signs in as an address of its own: `newSchool` makes a
 * school whose coordinator and deputy no other test uses.
 */

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
/** The sign-in email's subject in each language: how a test tells it from the person's other mail. */
const SUBJECTS = new Set(LANGUAGES.map((language) => signInEmail.content(language, { url: '', validUntil: '' }).subject));
const signInMailsTo = async (email: string) => (await emailsTo(email)).filter((m) => SUBJECTS.has(m.subject)).sort((a, b) => a.at - b.at);

/** POST /sign-in for `email`, as the form sends it (no redirects followed). */
export const askForLink = (email: string, language: Language = 'en', headers: Record<string, string> = {}) =>
  api('/sign-in', { method: 'POST', headers: { ...FORM, ...headers }, body: new URLSearchParams({ email, lang: language }).toString(), redirect: 'manual' });

/** The newest sign-in link emailed to `email`, once more than `before` sign-in emails have arrived. */
export async function signInLink(email: string, before: number): Promise<string> {
  const mails = await waitFor(async () => {
    const links = await signInMailsTo(email);
    return links.length > before ? links : undefined;
  }, `sign-in email ${before + 1} to ${email}`, 15_000);
  return linkIn(mails.at(-1)!.body.text!);
}

/** The number of sign-in emails `email` has had so far. */
export const signInMails = async (email: string) => (await signInMailsTo(email)).length;

/** Signs in through the form, the email and its button; returns the `Cookie` header value of the session. */
export async function signIn(email: string): Promise<string> {
  const before = await signInMails(email);
  expect((await askForLink(email)).status).toBe(303);
  const link = await signInLink(email, before);
  const done = await fetch(link, { method: 'POST', headers: FORM, body: 'decision=signIn', redirect: 'manual' });
  expect(done.status).toBe(303);
  const [cookie] = done.headers.getSetCookie();
  expect(cookie).toMatch(/^__Host-liike-session=[A-Za-z0-9_-]{43};/);
  return cookie!.split(';')[0]!;
}

/** A request to a desk route with a session cookie (redirects not followed). */
export const desk = (path: string, cookie: string, init: RequestInit = {}) =>
  api(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), cookie }, redirect: 'manual' });

/** A form POST to a desk route with a session cookie. */
export const deskForm = (path: string, cookie: string, fields: Record<string, string>) =>
  desk(path, cookie, { method: 'POST', headers: FORM, body: new URLSearchParams(fields).toString() });

/** A school of its own for a test, with a coordinator and a deputy no other test signs in as. */
export async function newSchool(tag: string, overrides: Partial<School> = {}): Promise<School> {
  const id = randomUUID().slice(0, 8);
  const school: School = {
    schoolId: `fi-test-${id}`,
    name: `Testiopisto ${tag}`,
    country: 'FI',
    city: 'Tampere',
    coordinator: { name: 'Kaisa Koordinaattori', email: uniqueEmail(`${tag.toLowerCase()}-coordinator`), language: 'en' },
    deputy: { name: 'Ville Varahenkilö', email: uniqueEmail(`${tag.toLowerCase()}-deputy`), language: 'fi' },
    ...overrides,
  };
  await putSchool(school);
  return school;
}
