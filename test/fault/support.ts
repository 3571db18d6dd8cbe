import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { roleSubmitted } from '#events/contracts';
import type { OutboxEvent } from '#events/define-event';
import { ddb, keys, outboxItem } from '#shared/platform/db';
import { roleSchema } from '#shared/roles/schema';
import { uniqueEmail, validRole } from '../support/fixtures.ts';
import { busEvents, linkIn, urls, waitFor, type StoredEmail } from '../support/stack.ts';
import { proposedPair as flowPair, TABLE } from '../support/flow.ts';
export { COORDINATOR, companyLinks, eventsOf, form, getItem, mailAbout, mailsAbout, sleep, TABLE, type Pair } from '../support/flow.ts';

/** A proposed pair whose marker and addresses say Fault (every-consumer-thrice rewrites them). */
export const proposedPair = (field: string) => flowPair(field, 'Fault');

/*
 * Helpers of the fault-injection tests. Each test uses an ISCED field of study (02xx, 03xx) that
 * no other test and no demo role uses, so its applicants and roles only ever match each other.
 */

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
