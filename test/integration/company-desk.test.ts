import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { escapeHtml } from '#shared/platform/html';
import { formatDate, formatPeriod, quote } from '#shared/platform/i18n';
import { pendingMatchesOfRole, type MatchItem } from '#shared/decisions/matches';
import type { School } from '#shared/schools/registry';
import { forReaderIn } from '#shared/vocabulary/time-zones';
import { desk, deskForm, newSchool, signIn } from '../support/desk.ts';
import { uniqueEmail, uniqueName, validRole } from '../support/fixtures.ts';
import { confirm, eventsOf, form, getItem, IN_ESTONIA, mailAbout, openRole, proposedPair, submitConfirmed, type Pair } from '../support/flow.ts';
import { api, linkIn, postJson, waitFor } from '../support/stack.ts';

/*
 * The company contact's desk over HTTP: a contact with an open role (a confirmed trainee, a
 * proposal waiting for the coordinator, one waiting for the company) and a role still waiting for
 * verification; closing from the desk; another contact's role, which does not exist for them.
 * Field 0923 in the technology sector in Estonia is this file's own: no demo role and no other
 * test takes it, so its applicants meet only its role (the other contact's role is in Finland, in
 * construction, so none of them fits it either).
 */

const FIELD = '0923';
const SECTOR = 'technology';

let school: School;
let contact: string;
let cookie: string;
let pair: Pair;
let roleTitle: string;
let pendingTitle: string;
let pendingRoleId: string;
let otherRoleId: string;
let otherTitle: string;
/** The proposals still pending on the role: one approved by the coordinator (Cyrillic name), one not yet. */
let approvedId: string;
let proposedId: string;

const CYRILLIC = { firstName: 'Юлия', lastName: 'Щукина', latin: 'Iuliia Shchukina' };

/** Whether an HTML page shows a text (as the page escapes it). */
const shows = (page: string, text: string) => page.includes(escapeHtml(text));
const match = async (matchId: string) => (await getItem(keys.match(matchId))) as MatchItem;
const page = async (path: string, cookieValue = cookie) => {
  const response = await desk(path, cookieValue);
  return { status: response.status, body: await response.text(), location: response.headers.get('location') };
};
const matchOf = async (applicationId: string) =>
  ((await waitFor(async () => (await eventsOf('match.proposed', 'applicationId', applicationId))[0], `match.proposed for ${applicationId}`, 20_000)).detail as { data: { matchId: string } }).data.matchId;

beforeAll(async () => {
  school = await newSchool('CompanyDesk');
  contact = uniqueEmail('company-desk-contact');
  roleTitle = `Desk role ${uniqueName('Open')}`;
  const application = { ...IN_ESTONIA.application, sectors: [SECTOR], schoolId: school.schoolId };
  // Three places: the first applicant is confirmed, two more are proposed.
  pair = await proposedPair(FIELD, 'CompanyDesk', {
    role: { ...IN_ESTONIA.role, sector: SECTOR, places: 3, title: roleTitle, contact: { name: 'Kati Kontakt', email: contact, language: 'en' } },
    application,
    coordinator: school.coordinator.email,
  });
  await confirm(pair);

  const base = { ...application, fieldOfStudy: FIELD, languages: [{ code: 'en', level: 'B2' }] };
  const approvedApplication = await submitConfirmed({ ...base, email: uniqueEmail('company-desk-cyrillic'), firstName: CYRILLIC.firstName, lastName: CYRILLIC.lastName, language: 'ru' });
  approvedId = await matchOf(approvedApplication);
  const [coordinatorMail] = await mailAbout(school.coordinator.email, CYRILLIC.lastName);
  expect((await form(linkIn(coordinatorMail!.body.text!), { decision: 'approve' })).status).toBe(200);
  proposedId = await matchOf(await submitConfirmed({ ...base, email: uniqueEmail('company-desk-latin'), firstName: 'Aino', lastName: uniqueName('Proposed'), language: 'fi' }));

  // Posted last, so it is the newest; never verified.
  pendingTitle = `Desk role ${uniqueName('Pending')}`;
  const posted = await postJson('/roles', validRole({ ...IN_ESTONIA.role, sector: SECTOR, fieldsOfStudy: [FIELD], title: pendingTitle, contact: { name: 'Kati Kontakt', email: contact, language: 'en' } }));
  expect(posted.status).toBe(201);
  pendingRoleId = ((await posted.json()) as { roleId: string }).roleId;

  otherTitle = `Desk role ${uniqueName('Other')}`;
  otherRoleId = await openRole(validRole({ fieldsOfStudy: [FIELD], sector: 'construction', title: otherTitle, contact: { name: 'Muu Kontakt', email: uniqueEmail('company-desk-other'), language: 'en' } }));

  cookie = await signIn(contact);
}, 180_000);

describe("the company contact's desk", () => {
  it('lists the roles, newest first, with their status, places and period; a role pending verification says what to do', async () => {
    const { status, body } = await page('/desk/roles');
    expect(status).toBe(200);
    expect(body.indexOf(escapeHtml(pendingTitle))).toBeGreaterThan(-1);
    expect(body.indexOf(escapeHtml(pendingTitle))).toBeLessThan(body.indexOf(escapeHtml(roleTitle)));
    const [pending, open] = body.split(escapeHtml(roleTitle));
    expect(pending).toContain('<p class="status">Pending verification</p>');
    expect(shows(pending!, `We sent a verification email to ${contact}.`)).toBe(true);
    expect(shows(pending!, 'The link works for 7 days, until')).toBe(true);
    expect(pending).not.toContain(`/desk/roles/${pendingRoleId}/close`);
    expect(open).toContain('<p class="status">Open</p>');
    // Three places: one confirmed, two proposed.
    expect(shows(open!, '0 of 3 free')).toBe(true);
    expect(shows(open!, 'Testi OÜ')).toBe(true);
    expect(open).toContain(`href="/desk/roles/${pair.roleId}/close"`);
    // Another contact's role is not theirs.
    expect(shows(body, otherTitle)).toBe(false);
  });

  it('shows each pending proposal with the name in Latin letters, the school, the stage with its deadline on the company’s clock, and the dates', async () => {
    const { body } = await page('/desk/roles');
    const approved = await match(approvedId);
    const proposed = await match(proposedId);
    expect(approved.status).toBe('APPROVED');
    expect(shows(body, `${CYRILLIC.firstName} ${CYRILLIC.lastName} (${CYRILLIC.latin})`)).toBe(true);
    expect(shows(body, school.name)).toBe(true);
    // The role is in Estonia: the deadline is on Tallinn's clock.
    const due = formatDate(forReaderIn(approved.decisionDueAt!, 'EE'), 'en');
    expect(due).toContain('Tallinn time');
    expect(shows(body, `Waiting for you: decide by ${due}, with the link in our email`)).toBe(true);
    expect(shows(body, formatPeriod(approved.placement!.from, approved.placement!.to, 'en'))).toBe(true);
    expect(shows(body, `Waiting for the school's coordinator (until ${formatDate(forReaderIn(proposed.decisionDueAt!, 'EE'), 'en')})`)).toBe(true);
  });

  it('shows the confirmed trainee with the placement dates and the school coordinator’s name and email', async () => {
    const { body } = await page('/desk/roles');
    const confirmed = await match(pair.matchId);
    expect(confirmed.status).toBe('CONFIRMED');
    // Only a matched role has the heading; the role pending verification comes first and has none.
    const trainees = body.split('Confirmed trainees')[1]!;
    expect(shows(trainees, `Aino ${pair.marker}`)).toBe(true);
    expect(shows(trainees, formatPeriod(confirmed.placement!.from, confirmed.placement!.to, 'en'))).toBe(true);
    expect(shows(trainees, school.coordinator.name)).toBe(true);
    expect(trainees).toContain(`href="mailto:${school.coordinator.email}"`);
    // It shares its role's partition of the index with the pending ones, which closing reads alone.
    expect((await pendingMatchesOfRole(pair.roleId)).map((m) => m.matchId).sort()).toEqual([approvedId, proposedId].sort());
  });

  it('answers HEAD as GET, without a body', async () => {
    const head = await desk('/desk/roles', cookie, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it("answers 404 for another contact's role and for an unknown id, on every route, and changes nothing", async () => {
    for (const roleId of [otherRoleId, '00000000-0000-4000-8000-000000000000', 'not-a-role']) {
      for (const method of ['GET', 'HEAD']) expect((await desk(`/desk/roles/${roleId}/close`, cookie, { method })).status, `${method} ${roleId}`).toBe(404);
      expect((await deskForm(`/desk/roles/${roleId}/close`, cookie, { decision: 'close' })).status, `POST ${roleId}`).toBe(404);
    }
    expect(await getItem(keys.role(otherRoleId))).toMatchObject({ status: 'OPEN' });
  });

  it('without a session sends a GET to sign in and refuses a POST (401), closing nothing', async () => {
    for (const path of ['/desk/roles', `/desk/roles/${pair.roleId}/close`]) {
      const response = await api(path, { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toMatch(/^\/sign-in\?lang=/);
    }
    const post = await api(`/desk/roles/${otherRoleId}/close`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'decision=close',
      redirect: 'manual',
    });
    expect(post.status).toBe(401);
    expect(await getItem(keys.role(otherRoleId))).toMatchObject({ status: 'OPEN' });
  });

  it('says a role pending verification has nothing to close, and leaves it as it is', async () => {
    const view = await page(`/desk/roles/${pendingRoleId}/close`);
    expect(view.status).toBe(200);
    expect(view.body).not.toContain('<form method="post" action="/desk/roles/');
    const posted = await deskForm(`/desk/roles/${pendingRoleId}/close`, cookie, { decision: 'close' });
    expect(posted.status).toBe(303);
    const { body } = await page(posted.headers.get('location')!);
    expect(shows(body, `The role ${quote(pendingTitle, 'en')} is not open yet, so there is nothing to close`)).toBe(true);
    expect(await getItem(keys.role(pendingRoleId))).toMatchObject({ status: 'PENDING_VERIFICATION' });
  });

  it('closes the role from the desk as the close link does: pending proposals are released, the confirmed trainee stays; a second try says it was closed already', async () => {
    const confirmPage = await page(`/desk/roles/${pair.roleId}/close`);
    expect(confirmPage.status).toBe(200);
    expect(shows(confirmPage.body, 'Proposals still waiting for a decision are cancelled')).toBe(true);
    expect(confirmPage.body).toContain(`<form method="post" action="/desk/roles/${pair.roleId}/close">`);
    // Showing the page changes nothing.
    expect(await getItem(keys.role(pair.roleId))).toMatchObject({ status: 'OPEN' });

    const closed = await deskForm(`/desk/roles/${pair.roleId}/close`, cookie, { decision: 'close' });
    expect(closed.status).toBe(303);
    expect(closed.headers.get('location')).toBe(`/desk/roles?notice=closed&role=${pair.roleId}`);
    const role = await getItem(keys.role(pair.roleId));
    expect(role).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });
    expect(role).not.toHaveProperty('gsi1pk');

    // The role.closed consumer releases what was pending (releasePendingOfRole); the placement stays.
    for (const matchId of [approvedId, proposedId]) {
      await waitFor(async () => ((await match(matchId)).status === 'RELEASED' ? true : undefined), `release of ${matchId}`, 20_000);
      expect(await match(matchId)).toMatchObject({ ended: { cause: 'roleClosed' } });
    }
    expect(await match(pair.matchId)).toMatchObject({ status: 'CONFIRMED' });

    const { body } = await page(closed.headers.get('location')!);
    expect(shows(body, `The role ${quote(roleTitle, 'en')} is closed.`)).toBe(true);
    const section = body.split(escapeHtml(roleTitle))[2]!;
    expect(section).toContain('<p class="status ended">Closed</p>');
    expect(shows(section, 'No proposals are waiting for a decision.')).toBe(true);
    expect(shows(section, `Aino ${pair.marker}`)).toBe(true);
    expect(section).not.toContain(`/desk/roles/${pair.roleId}/close`);

    const again = await deskForm(`/desk/roles/${pair.roleId}/close`, cookie, { decision: 'close' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/desk/roles?notice=alreadyClosed&role=${pair.roleId}`);
    expect(shows((await page(again.headers.get('location')!)).body, `The role ${quote(roleTitle, 'en')} was already closed. Nothing was changed.`)).toBe(true);
    expect((await getItem(keys.role(pair.roleId)))!.closedAt).toBe(role!.closedAt);
    expect(await eventsOf('role.closed', 'roleId', pair.roleId)).toHaveLength(1);
    const view = await page(`/desk/roles/${pair.roleId}/close`);
    expect(view.status).toBe(200);
    expect(shows(view.body, 'was already closed')).toBe(true);
    expect(view.body).not.toContain(`<form method="post" action="/desk/roles/${pair.roleId}/close">`);
  });

  it('shows a notice only when the role is as it says', async () => {
    const { body } = await page(`/desk/roles?notice=closed&role=${pendingRoleId}`);
    expect(body).not.toContain('class="notice" role="status"');
  });

  it('takes a contact with nothing but roles from the desk home to their roles', async () => {
    const home = await page('/desk');
    expect(home.status).toBe(303);
    expect(home.location).toBe('/desk/roles');
  });
});
