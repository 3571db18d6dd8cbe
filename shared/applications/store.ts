import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { applicationSubmitted } from '#events/contracts';
import { config } from '#shared/platform/config';
import { emailHash } from '#shared/platform/email-hash';
import type { Limit } from '#shared/platform/http/rate-limit';
import { ddb, DESK, keys, writeWithEvents, type TransactItems } from '#shared/platform/db';
import type { FieldError } from '#shared/platform/http/problem';
import type { UndeliverableReason } from '#shared/platform/undeliverable';
import { participantAtEntry, type ParticipantAtEntry, type SensitiveAnswers } from './participant.ts';
import { retentionKeys, unconfirmedEraseAt } from '#shared/erasure/retention';
import type { ApplicationInput } from './schema.ts';
import { latinNames } from './latin-name.ts';
import { isActive, type School } from '#shared/schools/registry';

/**
 * UNCONFIRMED: stored, waiting for the applicant to confirm the address from the receipt (never
 * matched; erased after 7 days); SUBMITTED: confirmed, waiting in the matching pool; PROPOSED: a
 * proposal awaits decisions.
 */
export type ApplicationStatus = 'UNCONFIRMED' | 'SUBMITTED' | 'PROPOSED' | 'PLACED' | 'WITHDRAWN';

export interface ApplicationItem extends Omit<ApplicationInput, 'participant'> {
  /** Participant data at entry without the year of birth (its age band instead) and nothing sensitive. */
  participant?: ParticipantAtEntry;
  pk: string;
  sk: string;
  type: 'APPLICATION';
  applicationId: string;
  status: ApplicationStatus;
  homeCountry: School['country'];
  submittedAt: string;
  /** When the applicant confirmed the address (and the application entered the pool). */
  confirmedAt?: string;
  /** Roles this applicant must never be proposed to again (rejected or declined pairs). */
  forbiddenRoleIds?: Set<string>;
  /**
   * Out of matching while set. A bounce or spam complaint (shared/deliverability/hold.ts): for
   * good, the applicant applies again with an address that works. `coordinator`: the school's
   * coordinator held the student when rejecting a proposal, until they release them
   * (shared/decisions/hold.ts) or the availability ends.
   */
  held?: { reason: UndeliverableReason | 'coordinator'; since: string };
  /** The pending or confirmed match while PROPOSED or PLACED. */
  matchId?: string;
  /** Set while the application waits in the matching pool. */
  gsi1pk?: string;
  gsi1sk?: string;
  /** Every match ever proposed for it (so erasure and "download my data" find them without a Scan). */
  matchIds?: Set<string>;
  withdrawnAt?: string;
  /** Set when the personal data was erased: what is left is an anonymous statistical record. */
  erasedAt?: string;
  /** Idempotency-Key records of the applicant's own writes (they hold a hash of the request and its response). */
  idempotencyRecordIds?: Set<string>;
  /** The erasure due-date index (shared/erasure/retention.ts). */
  gsi2pk?: string;
  gsi2sk?: string;
  /** Withdrawn by the school on the student's behalf (shared/school-desk/): who of its two people, why, when. */
  withdrawal?: { by: 'coordinator' | 'deputy'; reason: string; at: string };
  /** The school's desk (DESK.school), by submission; applications from before desks existed have none. */
  gsi3pk?: string;
  gsi3sk?: string;
}

export const NOT_A_PARTNER_SCHOOL = 'is not a partner school (see GET /schools)';

/**
 * Rules that need the registry: the school must be in it and take part (a deactivated school is
 * no partner any more), and one does not go abroad at home.
 */
export function checkAgainstSchool(input: ApplicationInput, school: School | undefined): FieldError[] {
  if (!school || !isActive(school)) return [{ path: 'schoolId', message: NOT_A_PARTNER_SCHOOL }];
  return input.destinations.flatMap((country, i) =>
    country === school.country ? [{ path: `destinations.${i}`, message: 'is the home country of your school' }] : [],
  );
}

/** The sensitive answers, in an item of their own beside the application: never in events, emails, pages or logs. */
export interface SensitiveItem extends SensitiveAnswers {
  pk: string;
  sk: string;
  type: 'SENSITIVE';
  applicationId: string;
  consentedAt: string;
}

/**
 * What storing an application writes, computed but not written: the application, its email
 * lookup, the sensitive answers apart, and application.submitted. The API commits it together
 * with its Idempotency-Key (shared/platform/http/idempotent-write.ts). It is stored UNCONFIRMED,
 * outside the matching pool and due for erasure in 7 days, until the applicant confirms the
 * address from the receipt (confirmation.ts).
 */
export function applicationWrite(
  { participant: answers, ...input }: ApplicationInput,
  school: School,
  now: Date,
  options: { idempotencyRecordId?: string } = {},
) {
  const applicationId = randomUUID();
  const { participant, sensitive } = participantAtEntry(answers, now);
  const sensitiveItem: SensitiveItem | undefined = sensitive && {
    ...keys.sensitive(applicationId),
    type: 'SENSITIVE',
    applicationId,
    consentedAt: now.toISOString(),
    ...sensitive,
  };
  const item: ApplicationItem = {
    ...keys.application(applicationId),
    type: 'APPLICATION',
    applicationId,
    status: 'UNCONFIRMED',
    homeCountry: school.country,
    submittedAt: now.toISOString(),
    ...retentionKeys(applicationId, unconfirmedEraseAt(now.toISOString())),
    gsi3pk: DESK.school(school.schoolId),
    gsi3sk: `${now.toISOString()}#${applicationId}`,
    ...input,
    ...latinNames(input),
    ...(participant ? { participant } : {}),
    ...(options.idempotencyRecordId ? { idempotencyRecordIds: new Set([options.idempotencyRecordId]) } : {}),
  };
  // With the window, so a later application of the same person is checked against it without
  // reading every earlier one (shared/decisions/one-at-a-time.ts).
  const lookup = {
    ...keys.emailLookup(emailHash(input.email), applicationId),
    type: 'EMAIL_LOOKUP',
    applicationId,
    availableFrom: input.availableFrom,
    availableTo: input.availableTo,
  };
  return {
    application: item,
    items: [
      { Put: { TableName: config.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: config.tableName, Item: lookup } },
      ...(sensitiveItem ? [{ Put: { TableName: config.tableName, Item: sensitiveItem, ConditionExpression: 'attribute_not_exists(pk)' } }] : []),
    ] satisfies TransactItems,
    events: [
      applicationSubmitted.outbox(
        { applicationId, schoolId: school.schoolId, homeCountry: school.country, applicantType: input.applicantType },
        now,
      ),
    ],
  };
}

/**
 * Anyone can type anyone's address: at most 5 applications an hour name one address, so the form
 * cannot be used to flood an inbox with receipts (each application sends one).
 */
export const applicationsPerAddress = (email: string): Limit => ({ name: 'applications', subject: email, path: 'email', max: 5, windowSeconds: 3600 });

/** Stores an application (without an Idempotency-Key; the API uses applicationWrite). */
export async function storeApplication(input: ApplicationInput, school: School, now: Date) {
  const { application, items, events } = applicationWrite(input, school, now);
  await writeWithEvents(items, events, now);
  return application;
}

export async function getApplication(applicationId: string): Promise<ApplicationItem | undefined> {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: config.tableName, Key: keys.application(applicationId) }),
  );
  return Item as ApplicationItem | undefined;
}
