import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicantHeldEmail } from '#shared/decisions/hold-texts';
import { applicantWithdrewEmail, withdrawnBySchoolEmail } from '#shared/applicant/emails';
import { proposalChangedPage } from '#shared/decisions/outcome-pages';
import { followUpKey } from '#shared/follow-up/records';
import { escapeHtml } from '#shared/platform/html';
import { formatDate, formatPeriod } from '#shared/platform/i18n';
import { keys, POOL } from '#shared/platform/db';
import type { School } from '#shared/schools/registry';
import { APPLICANT, DESK, WITHDRAW } from '#shared/school-desk/texts';
import { forReaderIn } from '#shared/vocabulary/time-zones';
import { desk, deskForm, newSchool, signIn } from '../support/desk.ts';
import { uniqueEmail, validApplication, validRole } from '../support/fixtures.ts';
import { confirm, eventsOf, form, getItem, IN_ESTONIA, mailAbout, openRole, proposedPair, sleep, submitConfirmed, type Pair } from '../support/flow.ts';
import { api, emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';

/*
 * The school coordinator's desk over HTTP, signed in as a school's coordinator and deputy (and
 * as another school's coordinator, to whom none of it exists). Every pair is in a field, sector
 * and country no other test or demo role uses (0923, technology, Estonia), and each test's in a
 * year of its own, so the test's applicants and roles only ever meet each other.
 */

const FIELD = '0923';
const SECTOR = 'technology';

let school: School;
let other: School;
/** Session cookies: the school's coordinator (English) and deputy (Finnish), and the other school's coordinator. */
let coordinator: string;
let deputy: string;
let stranger: string;

const base = () => `/desk/school/${school.schoolId}`;

/** A proposal for an applicant of the school, in `year`: a one-place role in Estonia and a fitting application. */
const pairIn = (year: number, tag: string, role: Record<string, unknown> = {}) =>
  proposedPair(FIELD, tag, {
    role: { ...IN_ESTONIA.role, sector: SECTOR, periodFrom: `${year}-02-01`, periodTo: `${year}-09-30`, ...role },
    application: { ...IN_ESTONIA.application, schoolId: school.schoolId, sectors: [SECTOR], availableFrom: `${year}-03-01`, availableTo: `${year}-06-30` },
    coordinator: school.coordinator.email,
  });

const bodyOf = async (response: Response) => ({ status: response.status, body: await response.text() });

beforeAll(async () => {
  [school, other] = await Promise.all([newSchool('Desk'), newSchool('Elsewhere')]);
  [coordinator, deputy, stranger] = await Promise.all([signIn(school.coordinator.email), signIn(school.deputy!.email), signIn(other.coordinator.email)]);
}, 60_000);

describe("the school's desk", () => {
  let pair: Pair;
  let unconfirmedId: string;

  beforeAll(async () => {
    pair = await pairIn(2041, 'Listed');
    // One still waiting for its applicant to confirm the address.
    const posted = await postJson('/applications', validApplication({ schoolId: school.schoolId, destinations: ['EE'], email: uniqueEmail('desk-unconfirmed'), firstName: 'Юлия', lastName: 'Щукина' }));
    expect(posted.status).toBe(201);
    unconfirmedId = ((await posted.json()) as { applicationId: string }).applicationId;
  }, 60_000);

  it('shows its coordinator the decisions waiting, with their deadlines, and every applicant with status, period and destinations', async () => {
    const { status, body } = await bodyOf(await desk(base(), coordinator));
    expect(status).toBe(200);
    const t = DESK.en;
    expect(body).toContain(`<h1>${t.title}</h1>`);
    expect(body).toContain(escapeHtml(school.name));
    // The decisions first, with the deadline on the school's clock and the way to decide.
    const match = (await getItem(keys.match(pair.matchId)))!;
    expect(body.indexOf(`<h2 id="waiting">${t.waitingHeading}</h2>`)).toBeGreaterThan(0);
    expect(body.indexOf('<h2 id="waiting">')).toBeLessThan(body.indexOf('<h2 id="applicants">'));
    expect(body).toContain(escapeHtml(t.decideBy(formatDate(forReaderIn(match.decisionDueAt as string, 'FI'), 'en'))));
    expect(body).toContain(`href="${base()}/matches/${pair.matchId}"`);
    // Every applicant: the name (with its Latin form), the status as the school sees it, period, destinations.
    expect(body).toContain(`Aino ${pair.marker}`);
    expect(body).toContain('Юлия Щукина (Iuliia Shchukina)');
    expect(body).toContain(t.unconfirmed);
    expect(body).toContain('Placement proposed');
    expect(body).toContain(formatPeriod('2041-03-01', '2041-06-30', 'en'));
    expect(body).toContain('<td data-label="Destinations">Estonia</td>');
    // Newest first.
    const list = body.slice(body.indexOf('<h2 id="applicants">'));
    expect(list.indexOf('Юлия Щукина')).toBeLessThan(list.indexOf(`Aino ${pair.marker}`));
    expect((await desk(base(), coordinator, { method: 'HEAD' })).status).toBe(200);
  });

  it('shows its deputy the same, in their own language', async () => {
    const { status, body } = await bodyOf(await desk(base(), deputy));
    expect(status).toBe(200);
    expect(body).toContain('<html lang="fi"');
    expect(body).toContain(`<h1>${DESK.fi.title}</h1>`);
    expect(body).toContain(`href="${base()}/matches/${pair.matchId}"`);
  });

  it('sends someone without a session to sign in, and refuses their posts', async () => {
    const page = await api(base(), { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/^\/sign-in/);
    const post = await api(`${base()}/applications/${pair.applicationId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'decision=pause',
      redirect: 'manual',
    });
    expect(post.status).toBe(401);
  });

  it('does not exist for anyone else: every route with its ids is 404 for another school’s coordinator, and changes nothing', async () => {
    const ids = { match: pair.matchId, application: pair.applicationId };
    const routes = (schoolId: string) => [
      ['GET', `/desk/school/${schoolId}`],
      ['HEAD', `/desk/school/${schoolId}`],
      ['GET', `/desk/school/${schoolId}/placements.csv`],
      ['HEAD', `/desk/school/${schoolId}/placements.csv`],
      ['GET', `/desk/school/${schoolId}/matches/${ids.match}`],
      ['POST', `/desk/school/${schoolId}/matches/${ids.match}`, { decision: 'approve' }],
      ['GET', `/desk/school/${schoolId}/applications/${ids.application}`],
      ['POST', `/desk/school/${schoolId}/applications/${ids.application}`, { decision: 'pause' }],
      ['GET', `/desk/school/${schoolId}/applications/${ids.application}/withdraw`],
      ['POST', `/desk/school/${schoolId}/applications/${ids.application}/withdraw`, { reason: 'Not yours' }],
    ] as const;
    const unknownPage = await bodyOf(await desk(`/desk/school/no-such-school`, stranger));
    expect(unknownPage.status).toBe(404);
    // This school's paths, and the other school's own path with this school's ids.
    const tried = [...routes(school.schoolId), ...routes(other.schoolId).filter(([, path]) => path.includes(ids.match) || path.includes(ids.application))];
    for (const [method, path, fields] of tried) {
      const response = fields ? await deskForm(path, stranger, fields) : await desk(path, stranger, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      if (method === 'GET') expect(await response.text(), `${method} ${path}`).toBe(unknownPage.body);
    }
    // An id that names nothing, or is no id at all.
    for (const path of [`${base()}/matches/${randomUUID()}`, `${base()}/applications/${randomUUID()}`, `${base()}/applications/not-an-id/withdraw`]) {
      expect((await desk(path, coordinator)).status, path).toBe(404);
    }
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'PROPOSED', version: 1 });
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'PROPOSED' });
    expect(await getItem(keys.application(pair.applicationId))).not.toHaveProperty('held');
    expect(await getItem(keys.application(unconfirmedId))).toMatchObject({ status: 'UNCONFIRMED' });
  });
});

describe('a decision from the desk', () => {
  it('is the email link’s decision: the same page and rules, and the link afterwards says it was decided', async () => {
    const pair = await pairIn(2042, 'Decided');
    const path = `${base()}/matches/${pair.matchId}`;
    const page = await bodyOf(await desk(path, coordinator));
    expect(page.status).toBe(200);
    expect(page.body).toContain('Review the placement proposal');
    expect(page.body).toContain(`action="${path}"`);

    // The link's rules: no "no" without a reason, nothing without a button.
    const noReason = await deskForm(path, coordinator, { decision: 'reject', reason: ' ' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('To reject the proposal, please write a reason.');
    expect((await deskForm(path, coordinator, { decision: 'maybe' })).status).toBe(400);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'PROPOSED', version: 1 });

    const approved = await deskForm(path, coordinator, { decision: 'approve' });
    expect(approved.status).toBe(303);
    expect(approved.headers.get('location')).toBe(`${base()}?done=approved`);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED', version: 2, coordinatorDecision: { decision: 'approved' } });
    await waitFor(async () => (await eventsOf('match.approved', 'matchId', pair.matchId))[0], 'match.approved');
    await mailAbout(pair.contactEmail, pair.marker); // the company's decision email

    // The desk says so, and no longer lists the proposal as waiting.
    const after = await bodyOf(await desk(approved.headers.get('location')!, coordinator));
    expect(after.body).toContain(DESK.en.notices.approved);
    expect(after.body).not.toContain(`href="${path}"`);
    const again = await desk(path, coordinator);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`${base()}?done=changed`);

    // The email link (not spent) sees the match moved on: decided, nothing left to do there.
    const link = linkIn(pair.coordinatorMail.body.text!);
    const changed = proposalChangedPage('en', { change: 'decided' });
    expect((await (await fetch(link)).text())).toBe(changed);
    const late = await form(link, { decision: 'reject', reason: 'Too late' });
    expect(late.status).toBe(409);
    expect(await late.text()).toBe(changed);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED', version: 2 });
  }, 90_000);

  it('rejects with a hold as the link does: the student is paused, until put back from the desk', async () => {
    const pair = await pairIn(2043, 'Held');
    const rejected = await deskForm(`${base()}/matches/${pair.matchId}`, deputy, { decision: 'reject', reason: 'Exams first', rejectKind: 'hold' });
    expect(rejected.status).toBe(303);
    expect(rejected.headers.get('location')).toBe(`${base()}?done=held`);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'REJECTED', coordinatorDecision: { decision: 'rejected', reason: 'Exams first' } });
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'SUBMITTED', held: { reason: 'coordinator' } });

    const released = await deskForm(`${base()}/applications/${pair.applicationId}`, deputy, { decision: 'release' });
    expect(released.headers.get('location')).toBe(`${base()}/applications/${pair.applicationId}?done=released`);
    expect(await getItem(keys.application(pair.applicationId))).not.toHaveProperty('held');
  }, 90_000);
});

describe('pausing a student', () => {
  it('takes a waiting application out of the search and tells the student kindly; putting it back lets a round propose it', async () => {
    const year = 2044;
    const email = uniqueEmail('desk-paused');
    const applicationId = await submitConfirmed({
      ...IN_ESTONIA.application,
      email,
      language: 'et',
      firstName: 'Mari',
      lastName: 'Tamm',
      schoolId: school.schoolId,
      fieldOfStudy: FIELD,
      sectors: [SECTOR],
      availableFrom: `${year}-03-01`,
      availableTo: `${year}-06-30`,
    });
    const path = `${base()}/applications/${applicationId}`;
    expect(await getItem(keys.application(applicationId))).toMatchObject({ status: 'SUBMITTED', gsi1pk: POOL.applications });
    const page = await bodyOf(await desk(path, coordinator));
    expect(page.status).toBe(200);
    expect(page.body).toContain(APPLICANT.en.pauseButton);

    const paused = await deskForm(path, coordinator, { decision: 'pause' });
    expect(paused.status).toBe(303);
    expect(paused.headers.get('location')).toBe(`${path}?done=paused`);
    const held = (await getItem(keys.application(applicationId)))!;
    expect(held).toMatchObject({ status: 'SUBMITTED', held: { reason: 'coordinator', since: expect.any(String) } });
    expect(held).not.toHaveProperty('gsi1pk');
    await waitFor(async () => (await eventsOf('application.paused', 'applicationId', applicationId))[0], 'application.paused');
    // Told kindly, in their language, without a reason: the email a hold by rejection sends.
    const subject = applicantHeldEmail.content('et', { firstName: 'Mari', statusUrl: '' }).subject;
    await waitFor(async () => (await emailsTo(email)).find((m) => m.subject === subject), 'the paused email');

    // The desk shows it paused, with the way back; a second pause changes nothing.
    const pausedPage = await bodyOf(await desk(`${path}?done=paused`, coordinator));
    expect(pausedPage.body).toContain(DESK.en.notices.paused);
    expect(pausedPage.body).toContain('<strong>Paused</strong>');
    expect(pausedPage.body).toContain(APPLICANT.en.releaseButton);
    expect((await deskForm(path, coordinator, { decision: 'pause' })).headers.get('location')).toBe(`${path}?done=notPaused`);
    expect(await eventsOf('application.paused', 'applicationId', applicationId)).toHaveLength(1);

    // A fitting role opens meanwhile: a round runs, and proposes nothing to a paused student.
    const roleId = await openRole(
      validRole({ ...IN_ESTONIA.role, sector: SECTOR, fieldsOfStudy: [FIELD], places: 1, periodFrom: `${year}-02-01`, periodTo: `${year}-09-30`, contact: { name: 'Mart Kask', email: uniqueEmail('desk-paused-contact'), language: 'et' } }),
    );
    await waitFor(async () => (await eventsOf('role.opened', 'roleId', roleId))[0], 'role.opened');
    await sleep(2_000);
    expect(await eventsOf('match.proposed', 'applicationId', applicationId)).toHaveLength(0);

    const released = await deskForm(path, coordinator, { decision: 'release' });
    expect(released.headers.get('location')).toBe(`${path}?done=released`);
    expect(await getItem(keys.application(applicationId))).toMatchObject({ gsi1pk: POOL.applications });
    await waitFor(async () => (await eventsOf('application.released', 'applicationId', applicationId))[0], 'application.released');
    const proposed = await waitFor(async () => (await eventsOf('match.proposed', 'applicationId', applicationId))[0], 'a proposal once released', 20_000);
    expect((proposed.detail as { data: { roleId: string } }).data.roleId).toBe(roleId);
    expect((await deskForm(path, coordinator, { decision: 'release' })).headers.get('location')).toBe(`${path}?done=notReleased`);
  }, 90_000);
});

describe("withdrawing on the student's behalf", () => {
  it('asks first, needs a reason, keeps it on the application only, and releases the pending proposal', async () => {
    const pair = await pairIn(2045, 'Withdrawn');
    const path = `${base()}/applications/${pair.applicationId}/withdraw`;
    const confirmPage = await bodyOf(await desk(path, coordinator));
    expect(confirmPage.status).toBe(200);
    expect(confirmPage.body).toContain(`<h1>${WITHDRAW.en.title}</h1>`);
    expect(confirmPage.body).toContain(`<button type="submit" class="destructive" name="decision" value="withdraw">${WITHDRAW.en.confirm}</button>`);
    // The applicant's page leads there.
    expect((await (await desk(`${base()}/applications/${pair.applicationId}`, coordinator)).text())).toContain(`href="${path}"`);

    const noReason = await deskForm(path, coordinator, { reason: '   ' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain(WITHDRAW.en.reasonRequired);
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'PROPOSED' });

    const reason = 'Moved to another school, told me by phone';
    const withdrawn = await deskForm(path, coordinator, { reason });
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.headers.get('location')).toBe(`${base()}/applications/${pair.applicationId}?done=withdrawn`);
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'WITHDRAWN', withdrawal: { by: 'coordinator', reason } });
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'RELEASED', ended: { cause: 'withdrawn' } });
    expect(await getItem(keys.role(pair.roleId))).toMatchObject({ placesLeft: 1 });
    const [event] = await waitFor(async () => {
      const found = await eventsOf('application.withdrawn', 'applicationId', pair.applicationId);
      return found.length ? found : undefined;
    }, 'application.withdrawn');
    expect(JSON.stringify(event!.detail)).not.toContain('Moved');
    expect((event!.detail as { data: { cause?: string } }).data.cause).toBe('withdrawnBySchool');
    // The student is told who withdrew it and whom to ask, never the reason; the coordinator who
    // did it is not told of it as of a student's own withdrawal. The email link says it was withdrawn.
    const [, , told] = await waitForEmail(pair.applicantEmail, 3);
    expect(told!.subject).toBe(withdrawnBySchoolEmail.content('fi', { firstName: '', by: { name: '', email: '' } }).subject);
    expect(told!.body.text).toContain(school.coordinator.name);
    expect(told!.body.text).toContain(school.coordinator.email);
    expect(told!.body.text).not.toContain('Moved');
    await sleep(1000);
    const withdrewSubjects = new Set((['fi', 'en', 'et', 'lt', 'ru'] as const).map((l) => applicantWithdrewEmail.content(l, { recipientName: '', applicant: { firstName: '', lastName: '', applicantType: 'student', schoolName: '', homeCountry: 'FI', fieldOfStudy: '0923', languages: [] } }).subject));
    expect((await emailsTo(school.coordinator.email)).filter((m) => withdrewSubjects.has(m.subject))).toEqual([]);
    expect((await (await fetch(linkIn(pair.coordinatorMail.body.text!))).text())).toBe(proposalChangedPage('en', { change: 'withdrawn' }));

    const shown = await bodyOf(await desk(`${base()}/applications/${pair.applicationId}`, coordinator));
    expect(shown.body).toContain(reason);
    expect(shown.body).not.toContain(`href="${path}"`);
    const twice = await deskForm(path, coordinator, { reason: 'Again' });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain(WITHDRAW.en.notWithdrawable);
  }, 90_000);

  it('by the deputy, of an application not yet confirmed, is kept as the deputy’s', async () => {
    const posted = await postJson('/applications', validApplication({ schoolId: school.schoolId, destinations: ['EE'], email: uniqueEmail('desk-unconfirmed-withdrawn') }));
    expect(posted.status).toBe(201);
    const { applicationId } = (await posted.json()) as { applicationId: string };
    const withdrawn = await deskForm(`${base()}/applications/${applicationId}/withdraw`, deputy, { reason: 'Kaksoiskappale' });
    expect(withdrawn.status).toBe(303);
    expect(await getItem(keys.application(applicationId))).toMatchObject({ status: 'WITHDRAWN', withdrawal: { by: 'deputy', reason: 'Kaksoiskappale' } });
  });
});

describe("the school's placements", () => {
  it('are listed with their follow-ups, and downloaded as CSV, safe to open in a spreadsheet', async () => {
    const pair = await pairIn(2046, 'Placed', {
      title: '=HYPERLINK("http://evil.example","Trainee")',
      company: { ...IN_ESTONIA.role.company, name: '+Kiri OÜ' },
    });
    await confirm(pair);
    await waitFor(async () => (await getItem(followUpKey(pair.matchId, 'end'))) ?? undefined, 'follow-ups scheduled');
    const match = (await getItem(keys.match(pair.matchId)))!;
    const placement = match.placement as { from: string; to: string };

    const page = await bodyOf(await desk(base(), coordinator));
    expect(page.body).toContain(DESK.en.placementsHeading);
    expect(page.body).toContain(formatPeriod(placement.from, placement.to, 'en'));
    expect(page.body).toContain(`${DESK.en.followUpKinds.end}: ${DESK.en.followUpStatuses.SCHEDULED}`);
    expect(page.body).toContain(`href="${base()}/placements.csv"`);

    const csv = await desk(`${base()}/placements.csv`, coordinator);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="placements-${school.schoolId}.csv"`);
    expect(csv.headers.get('cache-control')).toBe('no-store');
    const text = await csv.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('"Student","Company","Role","Country","City","First day","Last day","End-of-placement survey","Six-month survey","Company feedback"');
    const row = lines.find((l) => l.includes(pair.marker));
    expect(row).toBe(
      `"Aino ${pair.marker}","'+Kiri OÜ","'=HYPERLINK(""http://evil.example"",""Trainee"")","Estonia","Tallinn","${placement.from}","${placement.to}","not sent yet","not sent yet","not sent yet"`,
    );
    // Only placements: the proposals and withdrawals of the other tests are not in it.
    expect(lines.filter((l) => l !== '')).toHaveLength(2);
    const head = await desk(`${base()}/placements.csv`, coordinator, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    // The deputy's download is in Finnish, separated as a Finnish spreadsheet expects (by ;).
    expect((await (await desk(`${base()}/placements.csv`, deputy)).text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^"Opiskelija";"Yritys";/);
  }, 90_000);
});
