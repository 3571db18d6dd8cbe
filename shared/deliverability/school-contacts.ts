import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { schoolContactUndeliverable } from '#events/contracts';
import { config } from '#shared/platform/config';
import { writeWithEvents } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import { logger } from '#shared/platform/logger';
import { undeliverableExpiresAt, undeliverableKey } from '#shared/platform/undeliverable';
import { listSchools } from '#shared/schools/registry';

/*
 * A coordinator or deputy whose mail cannot arrive is a broken registry entry: proposals for the
 * school's applicants reach nobody and expire. Programme staff, who keep the registry, are told
 * (school.contactUndeliverable). Once per undeliverable record and contact: a marker item beside
 * the record is put conditionally, in the event's own transaction, so a repeated SES event
 * writes and sends nothing; it expires with the record, so a bounce after that tells staff again.
 */

export type SchoolContact = 'coordinator' | 'deputy';

/** The marker that staff were told of this contact of this school (no address: the record's hash key). */
const alertKey = (address: string, schoolId: string, contact: SchoolContact) => ({
  pk: undeliverableKey(address).pk,
  sk: `ALERTED#SCHOOL#${schoolId}#${contact}`,
});

/** Tells programme staff (through the event) of each school whose coordinator or deputy is this address. Returns how many. */
export async function alertIfSchoolContact(address: string, reportedAt: string, now = new Date()): Promise<number> {
  const hash = emailHash(address);
  const found = (await listSchools()).flatMap((school) =>
    (['coordinator', 'deputy'] as const).filter((contact) => school[contact] && emailHash(school[contact].email) === hash).map((contact) => ({ schoolId: school.schoolId, contact })),
  );
  let alerted = 0;
  for (const { schoolId, contact } of found) {
    try {
      await writeWithEvents(
        [
          {
            Put: {
              TableName: config.tableName,
              Item: { ...alertKey(address, schoolId, contact), type: 'UNDELIVERABLE_ALERT', alertedAt: now.toISOString(), expiresAt: undeliverableExpiresAt(reportedAt) },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
        [schoolContactUndeliverable.outbox({ schoolId, contact }, now)],
        now,
      );
      alerted += 1;
      logger.warn('a school contact is undeliverable; programme staff are told', { schoolId, contact });
    } catch (error) {
      // The marker exists: told before. Anything else (contention) is thrown, and retried.
      const told = error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed';
      if (!told) throw error;
      logger.info('staff were already told of this school contact', { schoolId, contact });
    }
  }
  return alerted;
}
