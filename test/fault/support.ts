import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { expect } from 'vitest';
import { roleSubmitted } from '#events/catalog';
import type { OutboxEvent } from '#events/contract';
import { ddb, keys, outboxItem } from '#shared/db';
import { roleSchema } from '#shared/schemas';
import { uniqueEmail, validApplication, validRole } from '../support/fixtures.ts';
import { busEvents, emailsTo, linkIn, postJson, urls, waitFor, waitForEmail, type StoredEmail } from '../support/stack.ts';

/*
 * Helpers of the fault-injection tests. Each test uses an ISCED field of study (02xx, 03xx) that
 * no other test and no demo role uses, so its applicants and roles only ever match each other.
 */

export const TABLE = () => process.env.TABLE_NAME!;
export const COORDINATOR = 'anna.virtanen@sasky.example';

export const getItem = async (key: { pk: string; sk: string }) =>
  (await ddb.send(new GetCommand({ TableName: TABLE(), Key: key, ConsistentRead: true }))).Item;

export const form = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

/** The mails to `address` that mention `marker` (no waiting). */
export const mailsAbout = async (address: string, marker: string) => (await emailsTo(address)).filter((e) => e.body.text?.includes(marker));

/** The mail to `address` that mentions `marker`, once `count` of them have arrived. */
export const mailAbout = (address: string, marker: string, count = 1, timeoutMs = 15_000) =>
  waitFor(
    async () => {
      const found = await mailsAbout(address, marker);
      return found.length >= count ? found : undefined;
    },
    `${count} email(s) to ${address} about ${marker}`,
    timeoutMs,
  );

export const eventsOf = async (detailType: string, field: string, id: string) =>
  (await busEvents()).filter((e) => e['detail-type'] === detailType && (e.detail as { data: Record<string, unknown> }).data[field] === id);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Pair {
  matchId: string;
  applicationId: string;
  roleId: string;
  /** The applicant's last name: every email about this pair mentions it. */
  marker: string;
  applicantEmail: string;
  contactEmail: string;
  coordinatorMail: StoredEmail;
}

/** Posts and verifies a one-place role and a fitting application, and waits for the coordinator's email. */
export async function proposedPair(field: string): Promise<Pair> {
  const marker = `Fault-${crypto.randomUUID().slice(0, 8)}`;
  const role = validRole({
    company: { name: 'UAB Gedimas', businessId: 'LT-FAULT', country: 'LT', region: 'Vilniaus apskritis', city: 'Vilnius' },
    contact: { name: 'Contact Person', email: uniqueEmail('fault-contact'), language: 'en' },
    sector: 'wellbeing',
    fieldsOfStudy: [field],
    places: 1,
    applicantTypes: ['student'],
  });
  const created = await postJson('/roles', role);
  expect(created.status).toBe(201);
  const { roleId } = (await created.json()) as { roleId: string };
  const [verification] = await waitForEmail(role.contact.email);
  expect((await form(linkIn(verification!.body.text!), {})).status).toBe(200);

  const application = validApplication({
    email: uniqueEmail('fault-applicant'),
    firstName: 'Aino',
    lastName: marker,
    language: 'fi',
    schoolId: 'fi-sasky',
    sectors: ['wellbeing'],
    destinations: ['LT'],
    fieldOfStudy: field,
    languages: [{ code: 'en', level: 'B2' }],
  });
  const posted = await postJson('/applications', application);
  expect(posted.status).toBe(201);
  const { applicationId } = (await posted.json()) as { applicationId: string };
  const proposed = await waitFor(async () => (await eventsOf('match.proposed', 'applicationId', applicationId))[0], 'match.proposed', 20_000);
  const { matchId } = (proposed.detail as { data: { matchId: string } }).data;
  const [coordinatorMail] = await mailAbout(COORDINATOR, marker);
  return { matchId, applicationId, roleId, marker, applicantEmail: application.email, contactEmail: role.contact.email, coordinatorMail: coordinatorMail! };
}

/** The links in a company decision email: decide first, close the role second. */
export const companyLinks = (mail: StoredEmail) => [...mail.body.text!.matchAll(/https?:\/\/\S+\/t\/[A-Za-z0-9_-]{43}/g)].map((m) => m[0]);

/** How many emails each address got, read from one look at the mail store. */
export async function mailCounts(addresses: string[]): Promise<Map<string, number>> {
  const response = await fetch(`${urls().mail}/store`);
  const { emails } = (await response.json()) as { emails: StoredEmail[] };
  const counts = new Map(addresses.map((a) => [a, 0]));
  for (const email of emails) for (const to of email.destination.to) for (const a of addresses) if (to.includes(a)) counts.set(a, counts.get(a)! + 1);
  return counts;
}

/** Waits until every address got at least one email; returns the counts. */
export const everyoneMailed = (addresses: string[], timeoutMs = 20_000) =>
  waitFor(
    async () => {
      const counts = await mailCounts(addresses);
      return [...counts.values()].every((n) => n >= 1) ? counts : undefined;
    },
    `an email to each of ${addresses.length} addresses`,
    timeoutMs,
  );

/** The record Lambda hands the stream publisher for an outbox item inserted into the table. */
export function streamRecord(sequence: number, event: OutboxEvent, now = new Date()): DynamoDBRecord {
  const item = outboxItem(event, now);
  return {
    eventID: `fault-${sequence}`,
    eventName: 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: process.env.AWS_REGION,
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(now.getTime() / 1000),
      Keys: marshall({ pk: item.pk, sk: item.sk }) as never,
      NewImage: marshall(item) as never,
      SequenceNumber: String(sequence).padStart(21, '0'),
      SizeBytes: 400,
      StreamViewType: 'NEW_IMAGE',
    },
  };
}

/**
 * A role waiting for its contact's verification, written as `storeRole` writes it but without
 * its outbox item: the test publishes the role.submitted event itself, through a faulty path.
 */
export async function pendingRole(): Promise<{ roleId: string; contactEmail: string; event: OutboxEvent }> {
  const input = roleSchema().parse(
    validRole({ contact: { name: 'Fault Contact', email: uniqueEmail('fault-pending'), language: 'en' }, fieldsOfStudy: ['0311'] }),
  );
  const roleId = crypto.randomUUID();
  const now = new Date();
  await ddb.send(
    new PutCommand({
      TableName: TABLE(),
      Item: { ...keys.role(roleId), type: 'ROLE', roleId, status: 'PENDING_VERIFICATION', placesLeft: input.places, submittedAt: now.toISOString(), ...input },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { roleId, contactEmail: input.contact.email, event: roleSubmitted.outbox({ roleId, country: input.company.country, sector: input.sector }, now) };
}

/** How many times each event id was put on the real bus (EventBridge's own id differs per put). */
export async function busCounts(eventIds: string[]): Promise<Map<string, number>> {
  const counts = new Map(eventIds.map((id) => [id, 0]));
  for (const e of await busEvents()) {
    const id = (e.detail as { metadata?: { eventId?: string } }).metadata?.eventId;
    if (id && counts.has(id)) counts.set(id, counts.get(id)! + 1);
  }
  return counts;
}

export const busBaseUrl = () => urls().bus.replace(/\/events$/, '');

export const linkInMail = (mail: StoredEmail) => linkIn(mail.body.text!);
