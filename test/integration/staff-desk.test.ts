import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { latestAudit, sweepAuditRetention, type AuditItem } from '#shared/schools/audit';
import { getApplication } from '#shared/applications/store';
import { withdrawApplication } from '#shared/decisions/transitions';
import { releaseApplicationsOfSchool } from '#shared/schools/deactivation';
import { readSchool } from '#shared/schools/operations';
import { roleClosedEmail, roleOpenedEmail, roleVerificationEmail } from '#shared/roles/emails';
import { RESEND } from '#shared/staff-desk/texts';
import { putSchool, type School } from '#shared/schools/registry';
import { desk, deskForm, newSchool, signIn } from '../support/desk.ts';
import { uniqueEmail, uniqueName, validApplication, validRole } from '../support/fixtures.ts';
import { companyLinks, eventsOf, form, getItem, IN_ESTONIA, mailAbout, mailsAbout, proposedPair, sleep, submitConfirmed } from '../support/flow.ts';
import { STAFF_INTEGRATION } from '../support/staff.ts';
import { api, emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';

/*
 * The staff desk and the school registry on the local stack: staff add, change and deactivate
 * schools through the desk's forms, each change with its audit entry; a deactivated school's open
 * applications are withdrawn and each applicant told why; invalid fields are named and nothing is
 * written; nobody else gets anything from any staff route; `npm run schools` does the same from a
 * script; any link is sent again by the id staff are given. Applications here are by staff
 * (teachers) in field 0917: the demo roles take 091 only in Finland and Lithuania, other tests'
 * roles in 091x take students, so in Estonia (wellbeing, construction) they meet only this file's
 * roles, and in technology no role at all.
 */

const FIELD = '0917';
const shortId = () => randomUUID().slice(0, 8);

const ROUTES: [method: string, path: (id: string) => string][] = [
  ['GET', () => '/desk/staff'],
  ['HEAD', () => '/desk/staff'],
  ['GET', () => '/desk/staff/audit'],
  ['HEAD', () => '/desk/staff/audit'],
  ['GET', () => '/desk/staff/resend'],
  ['HEAD', () => '/desk/staff/resend'],
  ['POST', () => '/desk/staff/resend'],
  ['GET', () => '/desk/staff/schools/new'],
  ['HEAD', () => '/desk/staff/schools/new'],
  ['POST', () => '/desk/staff/schools/new'],
  ['GET', (id) => `/desk/staff/schools/${id}`],
  ['HEAD', (id) => `/desk/staff/schools/${id}`],
  ['POST', (id) => `/desk/staff/schools/${id}`],
  ['GET', (id) => `/desk/staff/schools/${id}/deactivate`],
  ['HEAD', (id) => `/desk/staff/schools/${id}/deactivate`],
  ['POST', (id) => `/desk/staff/schools/${id}/deactivate`],
];

/** The desk's form fields of a new school (its id, Finnish, a coordinator who reads English). */
function schoolFields(id: string, tag: string): Record<string, string> {
  return {
    schoolId: id,
    name: `Staff Desk Opisto ${tag}`,
    nameLatin: '',
    country: 'FI',
    city: 'Pori',
    'coordinator.name': 'Sanna Salo',
    'coordinator.email': uniqueEmail(`${tag.toLowerCase()}-coordinator`),
    'coordinator.language': 'en',
    'deputy.name': '',
    'deputy.email': '',
    'deputy.language': '',
  };
}

/** The first email to `address` with this subject, once it has arrived. */
const mailWithSubject = (address: string, subject: string) =>
  waitFor(async () => (await emailsTo(address)).find((m) => m.subject === subject), `"${subject}" to ${address}`, 20_000);

const auditOf = async (schoolId: string): Promise<AuditItem[]> => (await latestAudit(1000)).filter((e) => e.schoolId === schoolId).reverse();
const location = (response: Response) => response.headers.get('location');

let staff: string;
beforeAll(async () => {
  staff = await signIn(STAFF_INTEGRATION);
}, 60_000);

describe('the staff desk', () => {
  it('is a 404 on every staff route for a signed-in person who is not staff, and writes nothing', async () => {
    const own = await newSchool('StaffOutsider');
    const outsider = await signIn(own.coordinator.email);
    expect((await desk('/desk', outsider)).status).toBe(200);
    const id = `fi-outsider-${shortId()}`;
    for (const [method, path] of ROUTES) {
      for (const target of [own.schoolId, id]) {
        const init = method === 'POST' ? { method, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...schoolFields(id, 'Outsider'), id: randomUUID() }).toString() } : { method };
        const response = await desk(path(target), outsider, init);
        expect(response.status, `${method} ${path(target)}`).toBe(404);
      }
    }
    expect(await readSchool(id)).toBeUndefined();
    expect(await readSchool(own.schoolId)).toMatchObject({ schoolId: own.schoolId });
    expect((await readSchool(own.schoolId))!.active).toBeUndefined();
    expect(await auditOf(own.schoolId)).toEqual([]);
    // Without a session: a GET goes to sign in, a POST does nothing.
    expect((await api('/desk/staff', { redirect: 'manual' })).status).toBe(303);
    expect((await api(`/desk/staff/schools/${own.schoolId}/deactivate`, { method: 'POST', redirect: 'manual' })).status).toBe(401);
  }, 60_000);

  it('adds a school with its coordinator: listed with language and time zone, offered to applicants, audited', async () => {
    const id = `fi-staffdesk-${shortId()}`;
    const fields = schoolFields(id, 'Add');
    expect((await desk('/desk/staff/schools/new', staff)).status).toBe(200);
    const added = await deskForm('/desk/staff/schools/new', staff, fields);
    expect(added.status).toBe(303);
    expect(location(added)).toBe(`/desk/staff?done=added&school=${id}`);
    expect(await readSchool(id)).toEqual({
      schoolId: id,
      name: fields.name,
      country: 'FI',
      city: 'Pori',
      coordinator: { name: 'Sanna Salo', email: fields['coordinator.email'], language: 'en' },
    });

    const page = (await (await desk(location(added)!, staff)).text()).replace(/<wbr>/g, '');
    expect(page).toContain(`School ${id} has been added.`);
    expect(page).toContain(fields['coordinator.email']);
    expect(page).toContain('Europe/Helsinki');
    expect(page).toContain(`/desk/staff/schools/${id}/deactivate`);
    expect(page).toContain('id="pipeline-applications"');
    const schools = (await (await api('/schools')).json()) as { schoolId: string }[];
    expect(schools.map((s) => s.schoolId)).toContain(id);

    const [entry, ...more] = await auditOf(id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ who: STAFF_INTEGRATION, operation: 'school.add', schoolId: id, at: expect.any(String) });
    expect(entry!.changes).toContainEqual({ field: 'coordinator.email', after: fields['coordinator.email'], personal: true });
    expect(entry!.changes).toContainEqual({ field: 'city', after: 'Pori' });

    // The same id again: refused, naming the id; nothing written.
    const again = await deskForm('/desk/staff/schools/new', staff, { ...fields, city: 'Rauma' });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('The registry already has a school with this id.');
    expect((await readSchool(id))!.city).toBe('Pori');
    expect(await auditOf(id)).toHaveLength(1);
  }, 60_000);

  it('refuses invalid fields with 422, each named in form order, and writes nothing', async () => {
    const id = `fi-staffdesk-${shortId()}`;
    const refused = await deskForm('/desk/staff/schools/new', staff, {
      ...schoolFields(id, 'Invalid'),
      city: '',
      'coordinator.email': 'not-an-address',
      'deputy.email': 'deputy@test.example',
    });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    const summary = /<div role="alert"[^]*?<\/div>/.exec(page)![0];
    expect([...summary.matchAll(/href="#([\w-]+)"/g)].map((m) => m[1])).toEqual(['city', 'coordinator-email', 'deputy-name', 'deputy-language']);
    expect(page).toContain('value="not-an-address"');
    expect(await readSchool(id)).toBeUndefined();
    expect(await auditOf(id)).toEqual([]);
  }, 30_000);

  it('changes a school: only what changed is written and audited, before and after; the new coordinator signs in to it', async () => {
    const school = await newSchool('StaffChange');
    const newAddress = uniqueEmail('staffchange-new-coordinator');
    const form = await (await desk(`/desk/staff/schools/${school.schoolId}`, staff)).text();
    expect(form).toContain(`value="${school.coordinator.email}"`);

    const invalid = await deskForm(`/desk/staff/schools/${school.schoolId}`, staff, { city: '', 'deputy.email': school.coordinator.email });
    expect(invalid.status).toBe(422);
    const text = await invalid.text();
    expect(text).toContain('The deputy needs an address other than the coordinator’s.');
    expect(await readSchool(school.schoolId)).toEqual(school);
    expect(await auditOf(school.schoolId)).toEqual([]);

    const changed = await deskForm(`/desk/staff/schools/${school.schoolId}`, staff, { city: 'Turku', 'coordinator.email': newAddress, 'coordinator.language': 'fi' });
    expect(changed.status).toBe(303);
    expect(location(changed)).toBe(`/desk/staff?done=updated&school=${school.schoolId}`);
    expect(await readSchool(school.schoolId)).toEqual({ ...school, city: 'Turku', coordinator: { ...school.coordinator, email: newAddress, language: 'fi' } });
    const [entry] = await auditOf(school.schoolId);
    expect(entry).toMatchObject({ who: STAFF_INTEGRATION, operation: 'school.update' });
    expect(entry!.changes).toEqual([
      { field: 'city', before: 'Tampere', after: 'Turku' },
      { field: 'coordinator.email', before: school.coordinator.email, after: newAddress, personal: true },
      { field: 'coordinator.language', before: 'en', after: 'fi' },
    ]);

    // Removing the deputy (its fields emptied); then nothing left to change.
    expect((await deskForm(`/desk/staff/schools/${school.schoolId}`, staff, { 'deputy.name': '', 'deputy.email': '', 'deputy.language': '' })).status).toBe(303);
    expect((await readSchool(school.schoolId))!.deputy).toBeUndefined();
    const unchanged = await deskForm(`/desk/staff/schools/${school.schoolId}`, staff, { city: 'Turku' });
    expect(location(unchanged)).toBe(`/desk/staff?done=unchanged&school=${school.schoolId}`);
    expect(await auditOf(school.schoolId)).toHaveLength(2);

    // Who is who is worked out from the registry on every request: the new address is the coordinator now.
    const coordinator = await signIn(newAddress);
    expect(await (await desk('/desk', coordinator)).text()).toContain(`/desk/school/${school.schoolId}`);
    expect((await desk('/desk/staff/schools/no-such-school', staff)).status).toBe(404);
  }, 90_000);

  it('deactivates a school: its open applications are withdrawn and each applicant told why, kindly and in their language; it is no longer offered or accepted', async () => {
    const school = await newSchool('StaffDeactivate');
    const staffApplicant = { applicantType: 'staff', schoolId: school.schoolId, fieldOfStudy: FIELD, sectors: ['wellbeing'], languages: [{ code: 'en', level: 'B2' }] };
    // Waiting for the address to be confirmed (Estonian), in the pool (Russian), with a pending proposal (Finnish).
    const unconfirmed = validApplication({ ...staffApplicant, email: uniqueEmail('deactivate-unconfirmed'), firstName: 'Mari', lastName: uniqueName('Tamm'), language: 'et', destinations: ['EE'] });
    const posted = await postJson('/applications', unconfirmed);
    expect(posted.status).toBe(201);
    const { applicationId: unconfirmedId } = (await posted.json()) as { applicationId: string };
    const waitingEmail = uniqueEmail('deactivate-waiting');
    const waitingId = await submitConfirmed({ ...staffApplicant, email: waitingEmail, destinations: ['LT'], sectors: ['technology'] });
    const pair = await proposedPair(FIELD, 'StaffDeactivate', {
      role: { ...IN_ESTONIA.role, applicantTypes: ['staff'] },
      application: { ...IN_ESTONIA.application, ...staffApplicant },
      coordinator: school.coordinator.email,
    });
    expect((await getItem(keys.role(pair.roleId)))!.placesLeft).toBe(0);

    const confirmPage = await (await desk(`/desk/staff/schools/${school.schoolId}/deactivate`, staff)).text();
    expect(confirmPage).toContain('Its open applications (3) will be closed');
    const done = await deskForm(`/desk/staff/schools/${school.schoolId}/deactivate`, staff, { decision: 'deactivate' });
    expect(done.status).toBe(303);
    expect(location(done)).toBe(`/desk/staff?done=deactivated&school=${school.schoolId}`);
    expect(await readSchool(school.schoolId)).toMatchObject({ active: false, deactivatedAt: expect.any(String) });

    // Released: each application withdrawn with the cause, the proposal's place given back.
    for (const id of [unconfirmedId, waitingId, pair.applicationId]) {
      await waitFor(async () => ((await getItem(keys.application(id)))?.status === 'WITHDRAWN' ? true : undefined), `application ${id} withdrawn`, 20_000);
      const withdrawn = await waitFor(async () => (await eventsOf('application.withdrawn', 'applicationId', id))[0], 'application.withdrawn');
      expect((withdrawn.detail as { data: { cause?: string }; metadata: { version: number } }).data.cause).toBe('schoolDeactivated');
    }
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'RELEASED' });
    expect((await getItem(keys.role(pair.roleId)))!.placesLeft).toBe(1);

    // Told kindly, in their language; the coordinator's address only to those who confirmed theirs.
    const estonian = await mailWithSubject(unconfirmed.email, 'Teie avaldus on suletud – Liike');
    expect(estonian.body.text).toContain(`Teie kool ${school.name} ei osale enam Liike programmis.`);
    expect(estonian.body.text).not.toContain(school.coordinator.email);
    const russian = await mailWithSubject(waitingEmail, 'Ваша заявка закрыта – Liike');
    expect(russian.body.text).toContain(`координатора международного сотрудничества Вашего учебного заведения: ${school.coordinator.name}, ${school.coordinator.email}`);
    const finnish = await mailWithSubject(pair.applicantEmail, 'Hakemuksesi on suljettu – Liike');
    expect(finnish.body.text).toContain('Tämä ei johdu sinusta eikä hakemuksestasi.');
    // Not one email per student to the coordinator of the school that left.
    expect((await emailsTo(school.coordinator.email)).filter((m) => /withdrawn|cancelled/i.test(m.subject))).toEqual([]);

    // No longer offered, nor kept: within the minute the API's cache still has the school active
    // an application is taken, then closed at once with the same cause (the applicant told why);
    // after it, refused with a 422 naming schoolId.
    const schools = (await (await api('/schools')).json()) as { schoolId: string }[];
    expect(schools.map((s) => s.schoolId)).not.toContain(school.schoolId);
    const late = await postJson('/applications', validApplication({ ...staffApplicant, destinations: ['EE'] }));
    if (late.status === 201) {
      const { applicationId } = (await late.json()) as { applicationId: string };
      const closed = await waitFor(async () => (await eventsOf('application.withdrawn', 'applicationId', applicationId))[0], 'the late application closed', 20_000);
      expect((closed.detail as { data: { cause?: string } }).data.cause).toBe('schoolDeactivated');
      expect(await getItem(keys.application(applicationId))).toMatchObject({ status: 'WITHDRAWN' });
    } else {
      expect(late.status).toBe(422);
      expect(((await late.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['schoolId']);
    }

    // Audited once; deactivating again changes nothing.
    expect((await auditOf(school.schoolId)).map((e) => [e.operation, e.who, e.changes])).toEqual([['school.deactivate', STAFF_INTEGRATION, [{ field: 'active', before: 'true', after: 'false' }]]]);
    expect((await deskForm(`/desk/staff/schools/${school.schoolId}/deactivate`, staff, {})).status).toBe(303);
    expect(await auditOf(school.schoolId)).toHaveLength(1);
    expect(await (await desk(`/desk/staff/schools/${school.schoolId}/deactivate`, staff)).text()).toContain('This school was deactivated on');
  }, 120_000);

  it('releases a deactivated school’s applications once; a run after a failure finishes only what is left', async () => {
    const school = await newSchool('StaffResume');
    const ids: string[] = [];
    for (const tag of ['first', 'second']) {
      const email = uniqueEmail(`resume-${tag}`);
      const posted = await postJson('/applications', validApplication({ email, schoolId: school.schoolId, destinations: ['EE'], fieldOfStudy: FIELD }));
      ids.push(((await posted.json()) as { applicationId: string }).applicationId);
      // Received while the school took part (its receipt sent): deactivated after, as the run below assumes.
      await waitForEmail(email);
    }
    // As a run that died half way leaves it: the school inactive, the first application released.
    expect(await releaseApplicationsOfSchool(school.schoolId)).toEqual({ released: 0 });
    await putSchool({ ...school, active: false, deactivatedAt: new Date().toISOString() });
    expect(await withdrawApplication((await getApplication(ids[0]!))!, undefined, new Date(), 'schoolDeactivated')).toBe('done');
    expect(await releaseApplicationsOfSchool(school.schoolId)).toEqual({ released: 1 });
    expect(await releaseApplicationsOfSchool(school.schoolId)).toEqual({ released: 0 });
    for (const id of ids) await waitFor(async () => (await eventsOf('application.withdrawn', 'applicationId', id))[0], `application.withdrawn of ${id}`);
    await sleep(500);
    for (const id of ids) expect(await eventsOf('application.withdrawn', 'applicationId', id)).toHaveLength(1);
  }, 60_000);

  it('sends an applicant a fresh status link in their language; refuses what is no id, or no one’s, naming the field', async () => {
    const email = uniqueEmail('staff-resend');
    const applicationId = await submitConfirmed({ email, firstName: 'Ona', lastName: uniqueName('Kazlauskaite'), language: 'lt', schoolId: 'lt-kaunas-tpmc', destinations: ['EE'], fieldOfStudy: FIELD, applicantType: 'staff', sectors: ['technology'] });
    const form = await (await desk('/desk/staff/resend', staff)).text();
    expect(form).toContain(`>${RESEND.en.label}</label>`);
    for (const [typed, error] of [['nope', RESEND.en.errors.notAnId], [randomUUID(), RESEND.en.errors.notFound]] as const) {
      const refused = await deskForm('/desk/staff/resend', staff, { id: typed });
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain(`<a href="#resend-id">${RESEND.en.label}</a>: ${error}`);
    }
    const sent = await deskForm('/desk/staff/resend', staff, { id: applicationId.toUpperCase() });
    expect(sent.status).toBe(303);
    expect(location(sent)).toBe('/desk/staff/resend?sent=statusLink');
    expect(await (await desk(location(sent)!, staff)).text()).toContain(`<p class="notice" role="status">${RESEND.en.sent.statusLink}</p>`);
    const mail = await mailWithSubject(email, 'Jūsų paraiškos būsenos nuoroda – Liike');
    const link = linkIn(mail.body.text!);
    expect(await (await fetch(link)).text()).toContain('<html lang="lt"');
  }, 60_000);

  it('sends a pending proposal’s decision email again, as a reminder, to whoever decides it, with a fresh link that decides; nothing once it is decided', async () => {
    const school = await newSchool('StaffResendMatch');
    // In construction in Estonia: the deactivation's role above (wellbeing) is open again and would compete.
    const staffApplicant = { applicantType: 'staff', schoolId: school.schoolId, fieldOfStudy: FIELD, sectors: ['construction'], languages: [{ code: 'en', level: 'B2' }] };
    const pair = await proposedPair(FIELD, 'StaffResendMatch', {
      role: { ...IN_ESTONIA.role, sector: 'construction', applicantTypes: ['staff'] },
      application: { ...IN_ESTONIA.application, ...staffApplicant },
      coordinator: school.coordinator.email,
    });
    const { coordinator, deputy } = school;

    // Waiting for the coordinator: the reminder to the coordinator (English) and the deputy (Finnish), each with a link of their own.
    const toCoordinator = await deskForm('/desk/staff/resend', staff, { id: pair.matchId });
    expect(toCoordinator.status).toBe(303);
    expect(location(toCoordinator)).toBe('/desk/staff/resend?sent=coordinatorAndDeputyDecision');
    const notice = await (await desk(location(toCoordinator)!, staff)).text();
    expect(notice).toContain(`<p class="notice" role="status">${RESEND.en.sent.coordinatorAndDeputyDecision}</p>`);
    expect(notice).not.toContain(coordinator.email);
    const reminder = await mailWithSubject(coordinator.email, 'Reminder: a placement proposal awaits your decision – Liike');
    expect(reminder.body.text).toContain(pair.marker);
    const deputyReminder = await mailWithSubject(deputy!.email, 'Muistutus: harjoittelupaikkaehdotus odottaa päätöstäsi – Liike');
    expect(deputyReminder.body.text).toContain(pair.marker);
    const fresh = linkIn(reminder.body.text!);
    expect(fresh).not.toBe(linkIn(pair.coordinatorMail.body.text!));
    expect(linkIn(deputyReminder.body.text!)).not.toBe(fresh);
    // Not the sweep's reminder: it still comes on day 3.
    expect(await getItem(keys.match(pair.matchId))).not.toHaveProperty('remindedAt');
    expect((await form(fresh, { decision: 'approve' })).status).toBe(200);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED' });

    // Waiting for the company: its candidate email again, with fresh links to decide and to close the role.
    const [candidate] = await mailAbout(pair.contactEmail, pair.marker);
    const toCompany = await deskForm('/desk/staff/resend', staff, { id: pair.matchId });
    expect(location(toCompany)).toBe('/desk/staff/resend?sent=companyDecision');
    const companyReminder = await waitFor(async () => (await mailsAbout(pair.contactEmail, pair.marker)).find((m) => m.subject.startsWith('Reminder:')), 'the company’s reminder', 20_000);
    const [decide, close] = companyLinks(companyReminder);
    expect(close).toBeDefined();
    expect(decide).not.toBe(companyLinks(candidate!)[0]);
    expect((await form(decide!, { decision: 'accept' })).status).toBe(200);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'CONFIRMED' });

    // Decided: refused, naming the field; nothing sent to anyone (once the placement's own emails are in).
    await mailAbout(coordinator.email, pair.marker, 3);
    await mailAbout(pair.contactEmail, pair.marker, 3);
    const everyone = [coordinator.email, deputy!.email, pair.contactEmail, pair.applicantEmail];
    const counts = async () => Promise.all(everyone.map(async (address) => (await emailsTo(address)).length));
    const before = await counts();
    const decided = await deskForm('/desk/staff/resend', staff, { id: pair.matchId });
    expect(decided.status).toBe(422);
    expect(await decided.text()).toContain(`<a href="#resend-id">${RESEND.en.label}</a>: ${RESEND.en.errors.ended}`);
    await sleep(1500);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('sends a role’s contact the verification email while it waits for it, then the “role is open” email with a close link; nothing for a closed role', async () => {
    // Students in construction in Finland in this file's field: no application here meets it.
    const contact = { name: 'Kadri Kask', email: uniqueEmail('staff-resend-role'), language: 'et' };
    const role = validRole({ contact, fieldsOfStudy: [FIELD] });
    const created = await postJson('/roles', role);
    expect(created.status).toBe(201);
    const { roleId } = (await created.json()) as { roleId: string };
    const vars = { contactName: contact.name, companyName: role.company.name, roleTitle: role.title, verifyUrl: '', expiresAt: '', places: role.places, manageRoleUrl: '' };
    const subject = {
      verification: roleVerificationEmail.content('et', vars).subject,
      open: roleOpenedEmail.content('et', vars).subject,
    };
    const mailsWith = async (s: string) => (await emailsTo(contact.email)).filter((m) => m.subject === s).sort((a, b) => a.at - b.at);
    const nth = (s: string, n: number) => waitFor(async () => ((await mailsWith(s)).length >= n ? (await mailsWith(s))[n - 1] : undefined), `${n} × "${s}"`, 20_000);

    // Waiting for verification: the verification email again, with a link of its own that opens the role.
    const first = await nth(subject.verification, 1);
    const toVerify = await deskForm('/desk/staff/resend', staff, { id: roleId });
    expect(location(toVerify)).toBe('/desk/staff/resend?sent=roleVerification');
    expect(await (await desk(location(toVerify)!, staff)).text()).toContain(RESEND.en.sent.roleVerification);
    const again = await nth(subject.verification, 2);
    expect(again.body.text).toContain(role.title);
    const verify = linkIn(again.body.text!);
    expect(verify).not.toBe(linkIn(first.body.text!));
    expect((await form(verify, { decision: 'verify' })).status).toBe(200);
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'OPEN' });

    // Open: the "role is open" email again, with a fresh close link that closes it.
    const opened = await nth(subject.open, 1);
    const toOpen = await deskForm('/desk/staff/resend', staff, { id: roleId });
    expect(location(toOpen)).toBe('/desk/staff/resend?sent=roleOpen');
    const openAgain = await nth(subject.open, 2);
    const [closeLink] = companyLinks(openAgain);
    expect(closeLink).not.toBe(companyLinks(opened)[0]);
    expect((await form(closeLink!, { decision: 'close' })).status).toBe(200);
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'CLOSED' });

    // Closed: refused, naming the field; nothing sent (once the closure's own email is in).
    await nth(roleClosedEmail.content('et', { recipientName: '', companyName: '', roleTitle: role.title, manageRoleUrl: '' }).subject, 1);
    const before = (await emailsTo(contact.email)).length;
    const closed = await deskForm('/desk/staff/resend', staff, { id: roleId });
    expect(closed.status).toBe(422);
    expect(await closed.text()).toContain(`<a href="#resend-id">${RESEND.en.label}</a>: ${RESEND.en.errors.closed}`);
    await sleep(1500);
    expect(await emailsTo(contact.email)).toHaveLength(before);
  }, 90_000);
});

const schoolsCli = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/schools.ts', ...args], { env: process.env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('npm run schools', () => {
  it('lists, adds, changes, imports and deactivates as the desk does, audited as cli:<user>', async () => {
    const who = `cli:${userInfo().username}`;
    const id = `lt-cli-${shortId()}`;
    const coordinator = uniqueEmail('cli-coordinator');
    const added = await schoolsCli('add', '--id', id, '--name', 'Klaipėdos profesinė mokykla', '--country', 'LT', '--city', 'Klaipėda', '--coordinator-name', 'Asta Jonaitė', '--coordinator-email', coordinator, '--coordinator-language', 'lt');
    expect(added).toMatchObject({ code: 0, stdout: `added ${id}\n` });
    expect(await readSchool(id)).toMatchObject({ country: 'LT', coordinator: { name: 'Asta Jonaitė', email: coordinator, language: 'lt' } });
    expect((await auditOf(id)).map((e) => [e.operation, e.who])).toEqual([['school.add', who]]);

    // Invalid: named by field and flag, nothing written.
    const refused = await schoolsCli('add', '--id', `${id}-x`, '--name', 'X', '--country', 'SE', '--city', 'X', '--coordinator-name', 'X Y', '--coordinator-email', 'x', '--coordinator-language', 'lt');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('country (--country): must be one of FI, EE, LT, RU');
    expect(refused.stderr).toContain('coordinator.email (--coordinator-email): must be a valid email address');
    expect(await readSchool(`${id}-x`)).toBeUndefined();

    const listed = await schoolsCli('list');
    expect(listed.code).toBe(0);
    const line = listed.stdout.split('\n').find((l) => l.startsWith(id))!;
    expect(line).toContain('Europe/Vilnius');
    expect(line).toContain(`Asta Jonaitė <${coordinator}> lt`);

    expect((await schoolsCli('update', id, '--city', 'Palanga')).stdout).toBe(`updated ${id} (city)\n`);
    expect((await readSchool(id))!.city).toBe('Palanga');

    // Import: a row updating the school, a row adding one (with quotes and a deputy), an invalid row.
    const added2 = `ee-cli-${shortId()}`;
    const dir = await mkdtemp(join(tmpdir(), 'liike-schools-'));
    const file = join(dir, 'schools.csv');
    await writeFile(
      file,
      [
        'schoolId,name,country,city,coordinatorName,coordinatorEmail,coordinatorLanguage,deputyName,deputyEmail,deputyLanguage',
        `${id},Klaipėdos profesinė mokykla,LT,Klaipėda,Asta Jonaitė,${coordinator},lt,,,`,
        `${added2},"Kuressaare Ametikool, ""KAK""",EE,Kuressaare,Tiina Saar,${uniqueEmail('cli-import')},et,Peeter Saar,${uniqueEmail('cli-import-deputy')},en`,
        `ee-cli-bad-${shortId()},Bad,EE,,Bad Person,bad,et,,,`,
      ].join('\n'),
    );
    const imported = await schoolsCli('import', file);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain(`line 2: ${id}: updated ${id} (city)`);
    expect(imported.stdout).toContain(`line 3: ${added2}: added ${added2}`);
    expect(imported.stdout).toMatch(/line 4: ee-cli-bad-\w+: invalid, nothing written: city: must not be empty; coordinator\.email: must be a valid email address/);
    expect(imported.stdout).toContain('3 row(s): 1 added, 1 updated, 0 unchanged, 1 invalid');
    expect(await readSchool(added2)).toMatchObject({ name: 'Kuressaare Ametikool, "KAK"', deputy: { name: 'Peeter Saar', language: 'en' } });
    expect((await readSchool(id))!.city).toBe('Klaipėda');

    expect((await schoolsCli('deactivate', added2, '--yes')).stdout).toContain(`deactivated ${added2}`);
    expect((await auditOf(added2)).map((e) => [e.operation, e.who])).toEqual([['school.add', who], ['school.deactivate', who]]);
    expect((await schoolsCli('update', 'no-such-school', '--city', 'X')).code).toBe(1);
    expect((await schoolsCli('frobnicate')).code).toBe(2);
  }, 120_000);
});

describe('the audit trail and erasure', () => {
  it('keeps every entry, but a contact’s name and address leave it on an erasure request and when retention ends', async () => {
    const school: School = await newSchool('StaffAudit');
    const id = `fi-audit-${shortId()}`;
    const fields = schoolFields(id, 'Audit');
    expect((await deskForm('/desk/staff/schools/new', staff, fields)).status).toBe(303);
    expect((await deskForm(`/desk/staff/schools/${school.schoolId}`, staff, { 'deputy.name': 'Ville Väisänen' })).status).toBe(303);
    const address = fields['coordinator.email']!;

    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/erase.ts', '--email', address, '--yes'], { env: process.env, timeout: 60_000 });
    expect(stdout).toContain('Found 1 registry audit entry naming the address');
    expect(stdout).toContain('Removed the name and address from 1 registry audit entry (the entries stay).');
    expect(stdout).not.toContain(address);
    const [erased] = await auditOf(id);
    expect(erased).toMatchObject({ operation: 'school.add', who: STAFF_INTEGRATION, personalRemovedAt: expect.any(String) });
    expect(JSON.stringify(erased)).not.toContain(address);
    expect(JSON.stringify(erased)).not.toContain('Sanna Salo');
    expect(erased!.changes).toContainEqual({ field: 'coordinator.email', personal: true, removed: true });
    expect(erased!.changes).toContainEqual({ field: 'city', after: 'Pori' });
    // The other school's entry keeps its values until retention ends.
    expect((await auditOf(school.schoolId))[0]!.changes).toEqual([{ field: 'deputy.name', before: 'Ville Varahenkilö', after: 'Ville Väisänen', personal: true }]);

    expect(await sweepAuditRetention(new Date('2031-01-01T00:00:00Z'), '2031-01-01')).toBe(0);
    expect(await sweepAuditRetention(new Date('2031-01-02T00:00:00Z'), '2031-01-01')).toBeGreaterThan(0);
    const [stripped] = await auditOf(school.schoolId);
    expect(stripped!.changes).toEqual([{ field: 'deputy.name', personal: true, removed: true }]);
    expect(stripped).not.toHaveProperty('gsi2pk');
    expect(stripped).toMatchObject({ who: STAFF_INTEGRATION, operation: 'school.update', schoolId: school.schoolId });
    const page = await (await desk('/desk/staff/audit', staff)).text();
    expect(page).toContain('removed (personal data)');
  }, 90_000);
});
