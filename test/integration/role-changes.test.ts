import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchItem } from '#shared/decisions/matches';
import { ddb, keys, POOL } from '#shared/platform/db';
import { escapeHtml } from '#shared/platform/html';
import { rolePoolKey } from '#shared/roles/board-index';
import { MANAGE } from '#shared/roles/manage-texts';
import type { RoleItem } from '#shared/roles/store';
import type { School } from '#shared/schools/registry';
import { desk, deskForm, newSchool, signIn } from '../support/desk.ts';
import { uniqueEmail, uniqueName } from '../support/fixtures.ts';
import { companyLinks, eventsOf, getItem, mailAbout, proposedPair, sleep, submitConfirmed, TABLE, type Pair } from '../support/flow.ts';
import { api, busEvents, emailsTo, waitFor, type StoredEmail } from '../support/stack.ts';

/*
 * A company changes its role, from its desk and from the management link in its emails: a
 * place added asks for a round, which proposes a second applicant; a description alone asks for
 * none; fewer places than are taken are refused (422, naming `places`, nothing written); a
 * narrowing change leaves the pending proposals as they are; closing and reopening take the role
 * off the pool and put it back. This file's data is in 2052 (no other test's dates reach it), in
 * field 0714, technology, Lithuania: its applicants meet only its roles.
 */

const FIELD = '0714';
const SECTOR = 'technology';
const PERIOD = { from: '2052-03-01', to: '2052-08-31' };
const t = MANAGE.en;

let school: School;
let contact: string;
let cookie: string;
let pair: Pair;
let title: string;
/** The management link from the "role is open" email. */
let manage: string;
let secondApplicant: string;
let secondName: string;
let otherRoleId: string;

const role = async (roleId = pair.roleId) => (await getItem(keys.role(roleId))) as RoleItem;
const match = async (matchId: string) => (await getItem(keys.match(matchId))) as MatchItem;
const shows = (page: string, text: string) => page.includes(escapeHtml(text));
const proposalsOf = async (applicationId: string) => eventsOf('match.proposed', 'applicationId', applicationId);
const changesOf = async (roleId = pair.roleId) => (await eventsOf('role.changed', 'roleId', roleId)).map((e) => (e.detail as { data: Record<string, unknown> }).data);

/** The form as the page sends it: the role's current values, with `change` over them. */
async function changeForm(change: Record<string, string | string[]> = {}): Promise<URLSearchParams> {
  const r = await role();
  const fields: Record<string, string | string[]> = {
    decision: 'change',
    description: r.description ?? '',
    places: String(r.places),
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    minWeeks: String(r.minWeeks),
    fieldsOfStudy: r.fieldsOfStudy,
    ...Object.fromEntries(r.languages.flatMap((l, i) => [[`languages.${i}.code`, l.code], [`languages.${i}.level`, l.level]])),
    ...change,
  };
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  return body;
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const postDesk = async (path: string, body: URLSearchParams, headers: Record<string, string> = {}) => desk(path, cookie, { method: 'POST', headers: { ...FORM, ...headers }, body: body.toString() });
const postLink = (body: URLSearchParams) => fetch(manage, { method: 'POST', headers: FORM, body: body.toString(), redirect: 'manual' });

/**
 * Every role.changed that asks for a round reaches the round consumer, and one that does not never
 * does (its rule filters on asksForRound): each event's deliveries say so once the bus has settled it.
 */
async function roundsAgreeWithChanges() {
  return waitFor(async () => {
    const changes = (await busEvents()).filter((e) => e['detail-type'] === 'role.changed');
    if (changes.some((e) => e.deliveries.some((d) => d.status === 'pending'))) return undefined;
    const toRounds = (e: (typeof changes)[number]) => e.deliveries.some((d) => d.rule === 'runMatchingRound' && d.status === 'delivered');
    const asking = changes.filter((e) => (e.detail as { data: { asksForRound: boolean } }).data.asksForRound);
    const reached = changes.filter(toRounds);
    return reached.length === asking.length && asking.every(toRounds) ? { asking: asking.length, reached: reached.length } : undefined;
  }, 'every role.changed asking for a round, and no other, delivered to runMatchingRound', 15_000);
}

/** The bus has delivered this event to every rule it matched (the local bus logs each delivery). */
const settledOnBus = (eventId: string) =>
  waitFor(async () => {
    const event = (await busEvents()).find((e) => (e.detail as { metadata: { eventId: string } }).metadata.eventId === eventId);
    return event && event.deliveries.every((d) => d.status === 'delivered') ? event : undefined;
  }, `every delivery of ${eventId}`, 15_000);

beforeAll(async () => {
  school = await newSchool('RoleChanges');
  contact = uniqueEmail('role-changes-contact');
  title = `Changing role ${uniqueName('Desk')}`;
  const application = {
    sectors: [SECTOR],
    schoolId: school.schoolId,
    availableFrom: PERIOD.from,
    availableTo: PERIOD.to,
    minWeeks: 8,
    languages: [{ code: 'en', level: 'B2' }],
  };
  // One place, proposed to the first applicant: a second one who fits waits for a place.
  pair = await proposedPair(FIELD, 'RoleChanges', {
    role: {
      sector: SECTOR,
      title,
      places: 1,
      periodFrom: PERIOD.from,
      periodTo: PERIOD.to,
      minWeeks: 8,
      languages: [{ code: 'en', level: 'B1' }],
      description: 'Electronics assembly.',
      contact: { name: 'Rasa Kontaktė', email: contact, language: 'en' },
    },
    application,
    coordinator: school.coordinator.email,
  });
  secondName = uniqueName('Second');
  secondApplicant = await submitConfirmed({ ...application, fieldOfStudy: FIELD, destinations: ['LT'], email: uniqueEmail('role-changes-second'), firstName: 'Aino', lastName: secondName, language: 'fi' });
  const opened = await waitFor(async () => (await emailsTo(contact)).find((m) => m.subject.endsWith('is now open – Liike')), 'the role-is-open email');
  manage = companyLinks(opened)[0]!;
  expect(opened.body.text).toContain('Change or close this role');

  otherRoleId = (
    await proposedPair(FIELD, 'RoleChangesOther', {
      role: { sector: 'construction', periodFrom: '2052-03-01', periodTo: '2052-08-31', minWeeks: 8, contact: { name: 'Muu Kontakt', email: uniqueEmail('role-changes-other'), language: 'en' } },
      application: { ...application, sectors: ['construction'], schoolId: school.schoolId },
      coordinator: school.coordinator.email,
    })
  ).roleId;
  cookie = await signIn(contact);
}, 240_000);

describe('a company changes its role', () => {
  it('shows the role’s page on the desk and behind the link: the form with its values, and close', async () => {
    const onDesk = await desk(`/desk/roles/${pair.roleId}`, cookie);
    expect(onDesk.status).toBe(200);
    const page = await onDesk.text();
    expect(page).toContain(`<h1>${t.title}</h1>`);
    expect(page).toContain(`<form method="post" action="/desk/roles/${pair.roleId}" novalidate>`);
    expect(page).toContain('Electronics assembly.</textarea>');
    expect(page).toContain('name="places" value="1"');
    expect(page).toContain(`action="/desk/roles/${pair.roleId}/close#close"`);
    expect(shows(page, t.placesNow('0', '1', '1'))).toBe(true);
    const head = await desk(`/desk/roles/${pair.roleId}`, cookie, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');

    const behindLink = await (await fetch(manage)).text();
    expect(behindLink).toContain(`<form method="post" action="${new URL(manage).pathname}" novalidate>`);
    expect(behindLink).toContain('Electronics assembly.</textarea>');
    // The desk's list leads to it.
    expect(await (await desk('/desk/roles', cookie)).text()).toContain(`href="/desk/roles/${pair.roleId}"`);
  });

  it('a description alone, from the link: role.changed, saying it asks for no round, and none is asked for', async () => {
    const saved = await postLink(await changeForm({ description: 'Electronics assembly and soldering.' }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${new URL(manage).pathname}?notice=changed`);
    expect(await role()).toMatchObject({ description: 'Electronics assembly and soldering.', revision: 1, places: 1, placesLeft: 0 });
    const [change] = await waitFor(async () => ((await changesOf()).length ? changesOf() : undefined), 'role.changed');
    expect(change).toMatchObject({ changed: ['description'], asksForRound: false, places: 1, placesLeft: 0, country: 'LT', sector: SECTOR });
    const event = (await eventsOf('role.changed', 'roleId', pair.roleId))[0]!;
    const settled = await settledOnBus((event.detail as { metadata: { eventId: string } }).metadata.eventId);
    expect(settled.deliveries.map((d) => d.rule)).not.toContain('runMatchingRound');
    await roundsAgreeWithChanges();
    // The page says so.
    const page = await (await fetch(`${manage}?notice=changed`)).text();
    expect(shows(page, t.notices.changed)).toBe(true);
    expect(page).toContain('Electronics assembly and soldering.</textarea>');
  });

  it('a place added on the desk asks for a round, which proposes the second applicant', async () => {
    expect(await proposalsOf(secondApplicant)).toHaveLength(0);
    const saved = await postDesk(`/desk/roles/${pair.roleId}`, await changeForm({ places: '2' }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/desk/roles/${pair.roleId}?notice=searching`);
    await waitFor(async () => ((await changesOf()).length === 2 ? true : undefined), 'the second role.changed');
    expect((await changesOf())[1]).toMatchObject({ changed: ['places'], asksForRound: true, places: 2, placesLeft: 1 });
    const [proposed] = await waitFor(async () => ((await proposalsOf(secondApplicant)).length ? proposalsOf(secondApplicant) : undefined), 'a proposal for the second applicant', 30_000);
    expect((proposed!.detail as { data: { roleId: string } }).data.roleId).toBe(pair.roleId);
    await roundsAgreeWithChanges();
    expect(await role()).toMatchObject({ places: 2, placesLeft: 0 });
    // Both proposals on the desk, and its page says what was done.
    const list = await (await desk('/desk/roles', cookie)).text();
    expect(list.split(escapeHtml("Waiting for the school's coordinator")).length - 1).toBe(2);
    expect(shows(await (await desk(saved.headers.get('location')!, cookie)).text(), t.notices.searching)).toBe(true);
  });

  it('refuses fewer places than are taken: 422 naming places, as typed, nothing written', async () => {
    const before = await role();
    const events = (await changesOf()).length;
    for (const send of [(body: URLSearchParams) => postDesk(`/desk/roles/${pair.roleId}`, body), postLink]) {
      const refused = await send(await changeForm({ places: '1', description: 'Typed, not saved.' }));
      expect(refused.status).toBe(422);
      const page = await refused.text();
      expect(page).toContain('<a href="#change-places">Places</a>: 2 places are already taken by proposals or confirmed placements, so there cannot be fewer places.');
      expect(page).toMatch(/<p id="change-places-error"[^>]*>2 places are already taken/);
      expect(page).toContain('name="places" value="1"');
      expect(page).toContain('Typed, not saved.</textarea>');
    }
    expect(await role()).toEqual(before);
    await sleep(500);
    expect(await changesOf()).toHaveLength(events);
  });

  it('a change that narrows who fits leaves the pending proposals as they are, to be decided as proposed', async () => {
    const proposals = await Promise.all([pair.matchId, ((await proposalsOf(secondApplicant))[0]!.detail as { data: { matchId: string } }).data.matchId].map(match));
    expect(proposals.map((m) => m.status)).toEqual(['PROPOSED', 'PROPOSED']);
    // German at C1 now, which neither applicant has, and a later start.
    const saved = await postLink(await changeForm({ 'languages.1.code': 'de', 'languages.1.level': 'C1', periodFrom: '2052-04-01', minWeeks: '10' }));
    expect(saved.status).toBe(303);
    await waitFor(async () => ((await changesOf()).length === 3 ? true : undefined), 'the narrowing role.changed');
    expect((await changesOf())[2]).toMatchObject({ changed: ['periodFrom', 'minWeeks', 'languages'], asksForRound: false });
    expect(await role()).toMatchObject({ periodFrom: '2052-04-01', minWeeks: 10, languages: [{ code: 'en', level: 'B1' }, { code: 'de', level: 'C1' }], placesLeft: 0 });
    for (const before of proposals) expect(await match(before.matchId)).toEqual(before);
    await roundsAgreeWithChanges();

    // The second proposal is approved and accepted with its proposed dates, as the company's page
    // sends them: they lie before the new start and are shorter than the new minimum, and stand.
    const [toCoordinator] = await mailAbout(school.coordinator.email, secondName);
    expect((await fetch(companyLinks(toCoordinator!)[0]!, { method: 'POST', headers: FORM, body: 'decision=approve' })).status).toBe(200);
    const [candidate] = await mailAbout(contact, secondName);
    const { placement } = proposals[1]!;
    const page = await (await fetch(companyLinks(candidate!)[0]!)).text();
    expect(page).toContain(`name="placementFrom" value="${placement!.from}" min="${placement!.from}"`);
    const accepted = await fetch(companyLinks(candidate!)[0]!, { method: 'POST', headers: FORM, body: new URLSearchParams({ decision: 'accept', placementFrom: placement!.from, placementTo: placement!.to }).toString() });
    expect(accepted.status).toBe(200);
    expect(await match(proposals[1]!.matchId)).toMatchObject({ status: 'CONFIRMED', placement });
  });

  it('closes from the link and reopens from the desk: off the pool, then back on it, and a round proposes again', async () => {
    // The page's Close button only asks: the page again with the question and the real button, nothing closed.
    const asked = await postLink(new URLSearchParams({ decision: 'confirmClose' }));
    expect(asked.status).toBe(200);
    const question = await asked.text();
    expect(question).toContain('name="decision" value="close"');
    expect(question).not.toContain('value="confirmClose"');
    expect(await role()).toMatchObject({ status: 'OPEN' });
    const closed = await postLink(new URLSearchParams({ decision: 'close' }));
    expect(closed.status).toBe(303);
    expect(closed.headers.get('location')).toBe(`${new URL(manage).pathname}?notice=closed`);
    expect(await role()).toMatchObject({ status: 'CLOSED' });
    expect(await role()).not.toHaveProperty('gsi1pk');
    // The closure releases the pending proposal (the placement stays), and its email carries the link that reopens it.
    await waitFor(async () => ((await role()).placesLeft === 1 ? true : undefined), 'the pending place given back', 20_000);
    const [closure] = await mailAbout(contact, 'is now closed');
    const [reopenLink] = companyLinks(closure as StoredEmail);
    expect(closure!.body.text).toContain('Reopen this role');
    const closedPage = await (await fetch(reopenLink!)).text();
    expect(closedPage).toContain('<button type="submit" name="decision" value="reopen">Reopen the role</button>');
    expect(closedPage).not.toContain('name="places"');
    // The link still works after closing: it is not spent.
    expect(await (await fetch(manage)).text()).toContain('value="reopen"');
    const proposedBefore = (await proposalsOf(pair.applicationId)).length;

    const reopened = await postDesk(`/desk/roles/${pair.roleId}/reopen`, new URLSearchParams({ decision: 'reopen' }));
    expect(reopened.status).toBe(303);
    expect(reopened.headers.get('location')).toBe(`/desk/roles/${pair.roleId}?notice=reopened`);
    const open = await role();
    expect(open).toMatchObject({ status: 'OPEN', gsi1pk: POOL.roles, gsi1sk: rolePoolKey(open, open.openedAt!) });
    expect(open).not.toHaveProperty('closedAt');
    // On the pool's index, where the board and the rounds read open roles.
    const { Items } = await ddb.send(
      new QueryCommand({ TableName: TABLE(), IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pool AND gsi1sk = :key', ExpressionAttributeValues: { ':pool': POOL.roles, ':key': open.gsi1sk } }),
    );
    expect(Items?.map((i) => i.roleId)).toEqual([pair.roleId]);
    await waitFor(async () => ((await changesOf()).length === 4 ? true : undefined), 'role.changed of the reopening');
    expect((await changesOf())[3]).toMatchObject({ changed: ['status'], asksForRound: true, placesLeft: 1 });
    // The released applicant fits again once the role is as it was: the round proposes them again.
    await postDesk(`/desk/roles/${pair.roleId}`, await changeForm({ 'languages.1.code': '', 'languages.1.level': '', periodFrom: PERIOD.from, minWeeks: '8' }));
    await waitFor(async () => ((await proposalsOf(pair.applicationId)).length > proposedBefore ? true : undefined), 'a new proposal after reopening', 30_000);
    await roundsAgreeWithChanges();
    // Reopening an open role does nothing.
    const again = await postDesk(`/desk/roles/${pair.roleId}/reopen`, new URLSearchParams({ decision: 'reopen' }));
    expect(again.headers.get('location')).toBe(`/desk/roles/${pair.roleId}`);
  });

  it('the candidate email and the placement confirmed email carry the management link too', async () => {
    // The round after reopening proposed the first applicant again: the coordinator approves.
    const proposals = await mailAbout(school.coordinator.email, pair.marker, 2, 20_000);
    const newest = proposals.sort((a, b) => a.at - b.at).at(-1)!;
    expect((await fetch(companyLinks(newest)[0]!, { method: 'POST', headers: FORM, body: 'decision=approve' })).status).toBe(200);
    const [candidate] = await mailAbout(contact, pair.marker);
    const [decide, manageAgain] = companyLinks(candidate!);
    expect(candidate!.body.text).toContain('Change or close this role');
    expect(manageAgain).not.toBe(manage);
    expect(await (await fetch(manageAgain!)).text()).toContain(`<h1>${t.title}</h1>`);
    expect((await fetch(decide!, { method: 'POST', headers: FORM, body: 'decision=accept' })).status).toBe(200);
    const confirmed = await waitFor(async () => (await emailsTo(contact)).find((m) => m.subject.startsWith('Placement confirmed:')), 'the placement confirmed email', 20_000);
    const [fromConfirmed] = companyLinks(confirmed);
    expect(confirmed.body.text).toContain('Change or close this role');
    const page = await (await fetch(fromConfirmed!)).text();
    expect(page).toContain(`<form method="post" action="${new URL(fromConfirmed!).pathname}" novalidate>`);
    // Both places are taken for good now, and the page says so.
    expect(page).toContain('1 to 50, and at least 2: the places already taken');
  });

  it("answers 404 for another contact's role and an unknown id on every route, and changes nothing", async () => {
    const before = await role(otherRoleId);
    for (const roleId of [otherRoleId, '00000000-0000-4000-8000-000000000000', 'not-a-role']) {
      for (const method of ['GET', 'HEAD']) expect((await desk(`/desk/roles/${roleId}`, cookie, { method })).status, `${method} ${roleId}`).toBe(404);
      expect((await deskForm(`/desk/roles/${roleId}`, cookie, { decision: 'change', places: '5' })).status, `POST ${roleId}`).toBe(404);
      expect((await deskForm(`/desk/roles/${roleId}/reopen`, cookie, { decision: 'reopen' })).status, `POST reopen ${roleId}`).toBe(404);
    }
    expect(await role(otherRoleId)).toEqual(before);
  });

  it('refuses a cross-site POST as every desk and link page does, and a stray one changes nothing', async () => {
    const before = await role();
    const forged = await postDesk(`/desk/roles/${pair.roleId}`, await changeForm({ places: '5' }), { 'sec-fetch-site': 'cross-site' });
    expect(forged.status).toBe(403);
    const forgedReopen = await postDesk(`/desk/roles/${pair.roleId}/close`, new URLSearchParams({ decision: 'close' }), { 'sec-fetch-site': 'cross-site' });
    expect(forgedReopen.status).toBe(403);
    const forgedLink = await fetch(manage, { method: 'POST', headers: { ...FORM, 'sec-fetch-site': 'cross-site' }, body: (await changeForm({ places: '5' })).toString(), redirect: 'manual' });
    expect(forgedLink.status).toBe(403);
    // Without the form's own button: the page again, nothing done.
    expect((await postLink(new URLSearchParams({ places: '5' }))).status).toBe(400);
    // Without a session: 401, nothing done.
    expect((await api(`/desk/roles/${pair.roleId}`, { method: 'POST', headers: FORM, body: (await changeForm({ places: '5' })).toString(), redirect: 'manual' })).status).toBe(401);
    expect(await role()).toEqual(before);
  });
});
