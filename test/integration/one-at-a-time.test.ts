import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { applicationWrite, type ApplicationItem } from '#shared/applications/store';
import type { ApplicationInput } from '#shared/applications/schema';
import { releaseOverlapping } from '#shared/decisions/one-at-a-time';
import { config } from '#shared/platform/config';
import { ddb, keys, POOL, queryAll } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import { getSchool } from '#shared/schools/registry';
import { uniqueEmail, uniqueName, validApplication, validRole } from '../support/fixtures.ts';
import { confirm, COORDINATOR, eventsOf, getItem, IN_ESTONIA, mailAbout, mailsAbout, openRole, proposedPair, submitConfirmed } from '../support/flow.ts';
import { busEvents, emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';

/*
 * One person, one placement at a time (shared/decisions/one-at-a-time.ts): a person is their
 * normalised email address. A second application for dates their open application or placement
 * already takes is not kept (discarded instead of its receipt); the answer looks like any other
 * (anyone can type anyone's address); the person is told by email, with the link to what they have.
 */

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const applicationsOf = async (email: string) =>
  queryAll<{ applicationId: string }>({ TableName: config.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `EMAIL#${emailHash(email)}` } });
const withSubject = (address: string, subject: string) =>
  waitFor(async () => {
    const found = (await emailsTo(address)).filter((m) => m.subject === subject);
    return found.length ? found : undefined;
  }, `"${subject}" to ${address}`);
const ALREADY = 'У Вас уже есть заявка на эти даты – Liike'; // the fixture applicant reads Russian

describe('one person, one placement at a time', () => {
  it('a second application for overlapping dates is not stored; the answer reveals nothing; the person is told with their link', async () => {
    const first = validApplication({ availableFrom: day(30), availableTo: day(120) });
    const stored = await postJson('/applications', first);
    expect(stored.status).toBe(201);
    const { applicationId } = (await stored.json()) as { applicationId: string };
    const [receipt] = await waitForEmail(first.email);

    // The same address in capitals, dates overlapping by a month.
    const again = await postJson('/applications', validApplication({ email: first.email.toUpperCase(), availableFrom: day(90), availableTo: day(200) }));
    expect(again.status).toBe(201);
    const answer = (await again.json()) as { applicationId: string; status: string };
    expect(Object.keys(answer).sort()).toEqual(['applicationId', 'status']);
    expect(answer.status).toBe('UNCONFIRMED');
    expect(answer.applicationId).not.toBe(applicationId);

    // Told at the address of the application that exists, in its language; the second is gone,
    // lookup and all, and got no receipt.
    const [told] = await withSubject(first.email, ALREADY);
    expect(await getItem(keys.application(answer.applicationId))).toBeUndefined();
    expect((await applicationsOf(first.email)).map((l) => l.applicationId)).toEqual([applicationId]);
    expect(await emailsTo(first.email.toUpperCase())).toEqual([]);
    // Its link is the existing application's status page.
    const page = await (await fetch(linkIn(told!.body.text!))).text();
    expect(page).toContain('value="confirm"');
    expect(linkIn(told!.body.text!)).not.toBe(linkIn(receipt!.body.text!)); // a fresh link, not the receipt's

    // Other dates are another application.
    const later = await postJson('/applications', validApplication({ email: first.email, availableFrom: day(130), availableTo: day(220) }));
    expect(later.status).toBe(201);
    expect(await applicationsOf(first.email)).toHaveLength(2);
  });

  it('a placement takes its dates: an application for them is not stored, the placed person is told', async () => {
    const pair = await proposedPair('0916', 'Placed', IN_ESTONIA);
    await confirm(pair);
    // The placement's own consumers done first: closing the person's overlapping applications is one of them.
    await delivered('match.confirmed', 'matchId', pair.matchId);
    const placement = (await getItem(keys.application(pair.applicationId)))!;

    const posted = await postJson(
      '/applications',
      validApplication({ email: pair.applicantEmail, schoolId: 'fi-sasky', destinations: ['EE'], availableFrom: placement.availableFrom, availableTo: placement.availableTo }),
    );
    expect(posted.status).toBe(201);
    await withSubject(pair.applicantEmail, 'Sinulla on jo hakemus näille päiville – Liike'); // the placed applicant reads Finnish
    expect(await applicationsOf(pair.applicantEmail)).toHaveLength(1);
    // No receipt for it: the one receipt is the placed application's.
    expect((await emailsTo(pair.applicantEmail)).filter((m) => m.subject === 'Vahvista hakemuksesi – Liike')).toHaveLength(1);
  });
});

/*
 * What gets past the check at submission: two applications of one person for overlapping dates,
 * both stored and confirmed (sent at the same moment, each read before the other was written).
 * The tests write the second one's items as such a race leaves them: confirmed and in the pool
 * (or unconfirmed), with the person's email lookup, and no receipt.
 */
async function storedAsRaced(fields: Record<string, unknown>, at: Date, status: 'SUBMITTED' | 'UNCONFIRMED' = 'SUBMITTED') {
  const input = validApplication(fields) as unknown as ApplicationInput;
  const { application, items } = applicationWrite(input, (await getSchool(input.schoolId))!, at);
  const item: ApplicationItem =
    status === 'SUBMITTED'
      ? { ...application, status, confirmedAt: at.toISOString(), gsi1pk: POOL.applications, gsi1sk: `${at.toISOString()}#${application.applicationId}` }
      : application;
  const [, lookup] = items;
  await ddb.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: config.tableName, Item: item } }, lookup!] }));
  return application.applicationId;
}

/** Every delivery of the events of this type about `id` done, so a consumer that would have mailed has. */
const delivered = (detailType: string, field: string, id: string, count = 1) =>
  waitFor(async () => {
    const events = await eventsOf(detailType, field, id);
    return events.length >= count && events.every((e) => e.deliveries.every((d) => d.status === 'delivered')) ? events : undefined;
  }, `${detailType} of ${id} delivered`);

const statusOf = async (applicationId: string) => (await getItem(keys.application(applicationId)))?.status;

describe('one person, one placement at a time, when two applications got past the check', () => {
  it("a round offers one of a person's overlapping applications, and none for the dates of their pending proposal", async () => {
    // 0912 (medicine) in Estonia: no demo role and no other test takes it.
    const email = uniqueEmail('round-person');
    const person = { ...IN_ESTONIA.application, email, firstName: 'Aino', lastName: uniqueName('Twice'), language: 'fi', schoolId: 'fi-sasky', sectors: ['wellbeing'], fieldOfStudy: '0912', languages: [{ code: 'en', level: 'B2' }] };
    const t0 = Date.now();
    // In the order they entered the pool: the second overlaps the first; the third only the second.
    const first = await storedAsRaced({ ...person, availableFrom: day(30), availableTo: day(120) }, new Date(t0));
    const second = await storedAsRaced({ ...person, availableFrom: day(60), availableTo: day(150) }, new Date(t0 + 1));
    const third = await storedAsRaced({ ...person, availableFrom: day(130), availableTo: day(220) }, new Date(t0 + 2));

    // Places for all three and one more: without the rule, one round would propose them all.
    const roleId = await openRole(
      validRole({ ...IN_ESTONIA.role, contact: { name: 'Contact Person', email: uniqueEmail('round-person-contact'), language: 'en' }, sector: 'wellbeing', fieldsOfStudy: ['0912'], places: 4, periodTo: day(260) }),
    );
    const proposed = await waitFor(async () => ((await statusOf(first)) === 'PROPOSED' && (await statusOf(third)) === 'PROPOSED' ? true : undefined), 'the first and third proposed');
    expect(proposed).toBe(true);
    // A role's proposals are one transaction: the second was not among them.
    expect(await statusOf(second)).toBe('SUBMITTED');
    const firstMatch = (await getItem(keys.match((await getItem(keys.application(first)))!.matchId)))!;
    expect(firstMatch).toMatchObject({ roleId, person: emailHash(email), placement: { from: day(30) } });

    // Someone else's application for the same role starts a round: the second is still left out,
    // for the first's proposal (placement from day 30, 8 weeks) takes part of its dates.
    const other = await submitConfirmed({ ...person, email: uniqueEmail('round-person-other'), lastName: uniqueName('Other') });
    await waitFor(async () => ((await statusOf(other)) === 'PROPOSED' ? true : undefined), 'the other applicant proposed');
    expect(await statusOf(second)).toBe('SUBMITTED');
    expect((await getItem(keys.role(roleId)))!.placesLeft).toBe(1);
  });

  it("a confirmed placement closes the person's other open applications for overlapping dates, and tells them once", async () => {
    // 0911 (dental studies) in Estonia: no demo role and no other test takes it.
    const email = uniqueEmail('placed-person');
    const proposedMarker = uniqueName('Proposed');
    // Proposed first (a match as proposed before matches named their person, so the round lets
    // the raced application be proposed and placed beside it).
    const proposed = await proposedPair('0911', 'Proposed', {
      role: IN_ESTONIA.role,
      application: { ...IN_ESTONIA.application, email, lastName: proposedMarker, availableFrom: day(30), availableTo: day(120) },
    });
    await ddb.send(new UpdateCommand({ TableName: config.tableName, Key: keys.match(proposed.matchId), UpdateExpression: 'REMOVE person' }));

    const person = { ...IN_ESTONIA.application, email, firstName: 'Aino', language: 'fi', schoolId: 'fi-sasky', sectors: ['wellbeing'], fieldOfStudy: '0911', languages: [{ code: 'en', level: 'B2' }] };
    const placedMarker = uniqueName('Placed');
    const now = Date.now();
    const placed = await storedAsRaced({ ...person, lastName: placedMarker, availableFrom: day(60), availableTo: day(150) }, new Date(now));
    const later = await storedAsRaced({ ...person, lastName: placedMarker, availableFrom: day(200), availableTo: day(280) }, new Date(now + 1));
    const unconfirmed = await storedAsRaced({ ...person, lastName: placedMarker, availableFrom: day(100), availableTo: day(130) }, new Date(now + 2), 'UNCONFIRMED');

    const contactEmail = uniqueEmail('placed-person-contact');
    const roleId = await openRole(validRole({ ...IN_ESTONIA.role, contact: { name: 'Contact Person', email: contactEmail, language: 'en' }, sector: 'wellbeing', fieldsOfStudy: ['0911'], places: 1 }));
    const event = await waitFor(async () => (await eventsOf('match.proposed', 'applicationId', placed))[0], 'the raced application proposed');
    const { matchId } = (event.detail as { data: { matchId: string } }).data;
    const [coordinatorMail] = await mailAbout(COORDINATOR, placedMarker);
    await confirm({ matchId, applicationId: placed, roleId, marker: placedMarker, applicantEmail: email, contactEmail, coordinatorMail: coordinatorMail! });

    // Placed from day 60 for 8 weeks: the proposed (30–120) and the unconfirmed (100–130) overlap
    // it and are closed, the proposal released with its place; the later one (200–280) stays.
    const CLOSED = 'Muut hakemuksesi näille päiville suljettiin – Liike';
    const [told] = await withSubject(email, CLOSED);
    expect(told!.body.text).toContain('Suljettu hakemus');
    await delivered('application.withdrawn', 'applicationId', proposed.applicationId);
    await delivered('application.withdrawn', 'applicationId', unconfirmed);
    expect(await statusOf(proposed.applicationId)).toBe('WITHDRAWN');
    expect(await statusOf(unconfirmed)).toBe('WITHDRAWN');
    expect(await statusOf(later)).toBe('SUBMITTED');
    expect(await statusOf(placed)).toBe('PLACED');
    expect(await getItem(keys.match(proposed.matchId))).toMatchObject({ status: 'RELEASED' });
    expect((await getItem(keys.role(proposed.roleId)))!.placesLeft).toBe(1);
    for (const id of [proposed.applicationId, unconfirmed]) {
      expect((await eventsOf('application.withdrawn', 'applicationId', id)).map((e) => (e.detail as { data: { cause?: string } }).data.cause)).toEqual(['placedElsewhere']);
    }

    // One email to the person: no withdrawal confirmation besides it.
    expect((await emailsTo(email)).filter((m) => m.subject === CLOSED)).toHaveLength(1);
    expect((await emailsTo(email)).filter((m) => m.subject === 'Hakemuksesi on peruttu – Liike')).toEqual([]);
    // The coordinator, who had the proposal, learns that it ended, and why; not that the student withdrew.
    const aboutProposed = (await mailsAbout(COORDINATOR, proposedMarker)).map((m) => m.subject);
    expect(aboutProposed.filter((subject) => subject === 'Oppilaitoksenne hakijan ehdotus peruttiin – Liike')).toHaveLength(1);
    expect(aboutProposed).not.toContain('Oppilaitoksenne hakija on perunut hakemuksensa – Liike');

    // A repeat of match.confirmed finds nothing open: nothing is closed or sent again.
    await releaseOverlapping(matchId);
    expect(await statusOf(later)).toBe('SUBMITTED');
    expect((await emailsTo(email)).filter((m) => m.subject === CLOSED)).toHaveLength(1);
    expect((await busEvents()).filter((e) => e['detail-type'] === 'application.withdrawn' && [later, placed].includes((e.detail as { data: { applicationId: string } }).data.applicationId))).toEqual([]);
  });
});
