import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lambdaContext, loadHandler } from '#local/lambda';
import { alertProgrammeStaff } from '#shared/deliverability/notify';
import { ENV, config } from '#shared/platform/config';
import { ddb, keys } from '#shared/platform/db';
import { undeliverableKey, UNDELIVERABLE_DAYS } from '#shared/platform/undeliverable';
import { putSchool } from '#shared/schools/registry';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validApplication, validRole } from '../support/fixtures.ts';
import { confirmFromReceipt, COORDINATOR, eventsOf, form, getItem, mailsAbout, proposedPair } from '../support/flow.ts';
import { sesBounce, sesComplaint } from '../support/ses-events.ts';
import { busEvents, emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';

/*
 * SES's bounce and complaint events reach Liike on the account's default bus, which the local
 * bus does not stand in for (it carries the `liike` bus only): the test hands SES's event to the
 * consumer's handler itself, as the default bus's rule would, then watches the mail store.
 */

const WAIT_MS = 30_000;
// Loaded as the local stack loads every handler (the bundle under LIIKE_HANDLERS=cdk.out).
const recordUndeliverable = await loadHandler('recordUndeliverable');
const handler = (event: unknown) => recordUndeliverable(event, lambdaContext('recordUndeliverable'));

/** Submits an application and waits until its receipt consumer has had the event (sent or skipped). */
async function applyAndWaitForReceiptConsumer(email: string) {
  const response = await postJson('/applications', validApplication({ email, fieldOfStudy: '0111' }));
  expect(response.status).toBe(201);
  const { applicationId } = (await response.json()) as { applicationId: string };
  await waitFor(
    async () =>
      (await busEvents()).find(
        (e) =>
          e['detail-type'] === 'application.submitted' &&
          (e.detail as { data: { applicationId?: string } }).data.applicationId === applicationId &&
          e.deliveries.some((d) => d.rule.includes('sendApplicationReceipt') && d.status === 'delivered'),
      ),
    'the receipt consumer to have the application',
    WAIT_MS,
  );
  return applicationId;
}

describe('mail to an undeliverable address', () => {
  it('after a permanent bounce no more mail goes to the address; others still get theirs', async () => {
    const bounced = uniqueEmail('bounced');
    const other = uniqueEmail('other');
    await applyAndWaitForReceiptConsumer(bounced);
    expect(await emailsTo(bounced)).toHaveLength(1);

    await handler(sesBounce(bounced.toUpperCase()));
    const record = await getItem(undeliverableKey(bounced));
    expect(record).toMatchObject({ type: 'UNDELIVERABLE', reason: 'bounce:Permanent/General', reportedAt: '2027-03-01T09:00:01.669Z' });
    // Not forever: it expires (TTL) a year after SES's report, and the address gets mail again.
    expect(record!.expiresAt).toBe(Math.floor(Date.parse('2027-03-01T09:00:01.669Z') / 1000) + UNDELIVERABLE_DAYS * 86_400);
    // Only the hash: the address is nowhere in the item.
    expect(JSON.stringify(record).toLowerCase()).not.toContain(bounced.split('@')[0]);

    await applyAndWaitForReceiptConsumer(bounced);
    await applyAndWaitForReceiptConsumer(other);
    expect(await emailsTo(bounced)).toHaveLength(1);
    await waitForEmail(other);
  }, 3 * WAIT_MS);

  it('a complaint stops mail too; a transient bounce does not', async () => {
    const complained = uniqueEmail('complained');
    const full = uniqueEmail('mailbox-full');
    await handler(sesComplaint(complained));
    await handler(sesBounce(full, 'Transient', 'MailboxFull'));
    await applyAndWaitForReceiptConsumer(complained);
    await applyAndWaitForReceiptConsumer(full);
    expect(await emailsTo(complained)).toHaveLength(0);
    expect(await emailsTo(full)).toHaveLength(1);
    // No item anywhere holds the addresses themselves.
    const { Items = [] } = await ddb.send(new ScanCommand({ TableName: process.env.TABLE_NAME!, FilterExpression: '#t = :t', ExpressionAttributeNames: { '#t': 'type' }, ExpressionAttributeValues: { ':t': 'UNDELIVERABLE' } }));
    expect(JSON.stringify(Items)).not.toContain(complained);
  }, 3 * WAIT_MS);
});

/** Whether the consumer's rule has delivered the event (so its email is sent, or skipped). */
const deliveredTo = (detailType: string, field: string, id: string, consumer: string) =>
  waitFor(
    async () => (await eventsOf(detailType, field, id)).find((e) => e.deliveries.some((d) => d.rule.includes(consumer) && d.status === 'delivered')),
    `${detailType} delivered to ${consumer}`,
    WAIT_MS,
  );

/**
 * An application of the school fi-sasky (coordinator COORDINATOR) in a field of study of the
 * test's own, as proposedPair makes it, confirmed from its receipt and waiting in the pool.
 */
async function waitingApplication(field: string, tag: string) {
  const marker = uniqueName(tag);
  const email = uniqueEmail(tag.toLowerCase());
  const response = await postJson(
    '/applications',
    validApplication({ email, firstName: 'Aino', lastName: marker, language: 'fi', schoolId: 'fi-sasky', sectors: ['wellbeing'], destinations: ['LT'], fieldOfStudy: field, languages: [{ code: 'en', level: 'B2' }] }),
  );
  expect(response.status).toBe(201);
  const { applicationId } = (await response.json()) as { applicationId: string };
  await confirmFromReceipt(email, applicationId);
  return { applicationId, email, marker };
}

/** A verified, open role in LT for the field, as proposedPair posts it. */
async function openRole(field: string, places: number) {
  const role = validRole({
    company: { name: 'UAB Testas', businessId: BUSINESS_IDS.LT, country: 'LT', region: 'Vilniaus apskritis', city: 'Vilnius' },
    contact: { name: 'Contact Person', email: uniqueEmail('held-contact'), language: 'en' },
    sector: 'wellbeing',
    fieldsOfStudy: [field],
    places,
    applicantTypes: ['student'],
  });
  expect((await postJson('/roles', role)).status).toBe(201);
  const [verification] = await waitForEmail(role.contact.email);
  expect((await form(linkIn(verification!.body.text!), { decision: 'verify' })).status).toBe(200);
}

/** The coordinator's emails saying this applicant's address does not work (Finnish: fi-sasky's coordinator reads Finnish). */
const heldMails = async (marker: string) => (await mailsAbout(COORDINATOR, marker)).filter((m) => m.subject === 'Hakijan sähköpostiosoite ei toimi – Liike');

describe("an applicant's address that does not work", () => {
  it('holds the waiting application out of the pool, so a round proposes the others only; the coordinator is told once, though SES delivers the event twice', async () => {
    const held = await waitingApplication('1021', 'Held');
    const other = await waitingApplication('1021', 'Other');

    const bounce = sesBounce(held.email);
    await handler(bounce);
    await handler(bounce); // EventBridge delivers at least once
    await handler(sesBounce(held.email)); // and a later mail to it bounces too
    expect(await getItem(keys.application(held.applicationId))).toMatchObject({
      status: 'SUBMITTED',
      held: { reason: 'bounce:Permanent/General', since: '2027-03-01T09:00:01.669Z' },
    });
    expect(await getItem(keys.application(held.applicationId))).not.toHaveProperty('gsi1pk');
    await deliveredTo('application.held', 'applicationId', held.applicationId, 'notifyApplicationHeld');
    expect(await eventsOf('application.held', 'applicationId', held.applicationId)).toHaveLength(1);

    // A role that fits both opens: its round proposes the other applicant, never the held one.
    await openRole('1021', 2);
    await waitFor(async () => (await eventsOf('match.proposed', 'applicationId', other.applicationId))[0], "the other applicant's proposal", WAIT_MS);
    expect(await eventsOf('match.proposed', 'applicationId', held.applicationId)).toEqual([]);
    expect(await getItem(keys.application(held.applicationId))).toMatchObject({ status: 'SUBMITTED', held: { reason: 'bounce:Permanent/General' } });

    const [mail, ...more] = await heldMails(held.marker);
    expect(more).toEqual([]);
    // Names the applicant and the address, says what to do; the subject names nobody.
    expect(mail!.body.text).toContain(`Aino ${held.marker}`);
    expect(mail!.body.text).toContain(held.email);
    expect(mail!.body.text).toContain('/apply/');
    expect(mail!.subject).not.toContain(held.marker);
    const [receipt, ...since] = await emailsTo(held.email);
    expect(since).toEqual([]); // the receipt, before the bounce; nothing since
    // Its status link (in Finnish, the applicant's language) says the application is paused, and why.
    expect(await (await fetch(linkIn(receipt!.body.text!))).text()).toContain('hakemuksesi on pysäytetty');
  }, 4 * WAIT_MS);

  it('flags an application with a pending proposal; the coordinator may still decide, and a rejection does not put it back in the pool', async () => {
    const pair = await proposedPair('1022', 'HeldProposed');
    await handler(sesComplaint(pair.applicantEmail));
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'PROPOSED', held: { reason: 'complaint' } });
    await waitFor(async () => ((await heldMails(pair.marker)).length > 0 ? true : undefined), "the coordinator's email about the hold", WAIT_MS);
    const [mail] = await heldMails(pair.marker);
    expect(mail!.body.text).toContain('odottaa päätöstäsi'); // a proposal waits for the coordinator's decision

    expect((await form(linkIn(pair.coordinatorMail.body.text!), { decision: 'reject', reason: 'Ei tavoitettavissa.' })).status).toBe(200);
    const after = await getItem(keys.application(pair.applicationId));
    expect(after).toMatchObject({ status: 'SUBMITTED', held: { reason: 'complaint' } });
    expect(after).not.toHaveProperty('gsi1pk');
    expect(await heldMails(pair.marker)).toHaveLength(1);
  }, 4 * WAIT_MS);
});

describe("a school coordinator's address that does not work", () => {
  it('tells programme staff once which school to fix; with no staff configured, the alert fails so the alarm sees it', async () => {
    const schoolId = `fi-bounce-${randomUUID().slice(0, 8)}`;
    const coordinator = uniqueEmail('bouncing.coordinator');
    const deputy = uniqueEmail('bouncing.deputy');
    await putSchool({
      schoolId,
      name: 'Bounce Test School',
      country: 'FI',
      city: 'Tampere',
      coordinator: { name: 'Coordinator Person', email: coordinator, language: 'fi' },
      deputy: { name: 'Deputy Person', email: deputy, language: 'fi' },
    });
    const [staff] = config.reportRecipients;
    expect(staff).toBeDefined();
    const aboutSchool = async () => (await emailsTo(staff!)).filter((m) => m.body.text?.includes(schoolId));

    const bounce = sesBounce(coordinator.toUpperCase());
    await handler(bounce);
    await handler(bounce);
    await deliveredTo('school.contactUndeliverable', 'schoolId', schoolId, 'alertSchoolContactUndeliverable');
    const [mail, ...more] = await waitFor(async () => ((await aboutSchool()).length > 0 ? aboutSchool() : undefined), 'the staff alert', WAIT_MS);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('A school coordinator’s email address does not work – Liike');
    expect(mail!.body.text).toContain(coordinator);
    expect(mail!.body.text).toContain('reach nobody');

    await handler(sesComplaint(deputy));
    await waitFor(async () => ((await aboutSchool()).length === 2 ? true : undefined), 'the staff alert about the deputy', WAIT_MS);
    expect(await eventsOf('school.contactUndeliverable', 'schoolId', schoolId)).toHaveLength(2);

    // Nobody to tell: the consumer fails (logging an error), so the event ends in its dead-letter queue and alarms.
    const before = process.env[ENV.reportRecipients];
    process.env[ENV.reportRecipients] = '';
    try {
      await expect(alertProgrammeStaff(schoolId, 'coordinator')).rejects.toThrow(/no reportRecipients/);
    } finally {
      process.env[ENV.reportRecipients] = before ?? '';
    }
  }, 4 * WAIT_MS);
});
