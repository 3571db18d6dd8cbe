import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { sendApplicationReceipt } from '#shared/applications/receipt';
import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { issueLink } from '#shared/links/tokens';
import { getRole } from '#shared/roles/store';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { placementPeriod } from './match-context.ts';
import { getSchool, isActive } from '#shared/schools/registry';
import { getMatch, type MatchItem } from './matches.ts';
import { overlaps, type DateRange } from './placement-dates.ts';
import { overlappingApplicationEmail } from './overlapping-email.ts';
import { releasedForPlacementEmail } from './released-email.ts';
import { withdrawApplication } from './transitions.ts';

/*
 * One person, one placement at a time. An application belongs to a person: its normalised email
 * address, as the email lookup items key it (EMAIL#<hash>). A second application for dates that
 * overlap one of the person's open applications (unconfirmed, waiting or proposed) submitted
 * before it, or a confirmed placement, is not kept: on application.submitted, instead of the
 * receipt, it is discarded (deleted with its lookup and sensitive answers, as if never stored)
 * and the person is told by email, with the link to what they have.
 *
 * Checked here, after the write, and not in POST /applications: the API's answer must be the
 * same either way (anyone can type anyone's address), its write stays one round trip, and two
 * applications sent at the same moment are still told apart (the earlier one stays).
 *
 * What still gets past that check (two sent at the same moment, both read before either was
 * written, both confirmed) is held apart later: a round offers the matcher one of a person's
 * overlapping applications and none overlapping their pending proposal (shared/rounds/one-person.ts),
 * and on match.confirmed the person's other open applications overlapping the placement are
 * closed, the person told once (releaseOverlapping, below).
 */

const OPEN = new Set(['UNCONFIRMED', 'SUBMITTED', 'PROPOSED']);

interface Lookup {
  applicationId: string;
  availableFrom?: string;
  availableTo?: string;
}

const periodOf = (application: ApplicationItem) => ({ from: application.availableFrom, to: application.availableTo });
/** Submitted before `other` (the application id breaks a tie of the same millisecond). */
const before = (a: ApplicationItem, other: ApplicationItem) =>
  a.submittedAt < other.submittedAt || (a.submittedAt === other.submittedAt && a.applicationId < other.applicationId);

/** The placement period of a confirmed placement. */
async function placementOf(application: ApplicationItem): Promise<{ from: string; to: string } | undefined> {
  if (!application.matchId) return undefined;
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.match(application.matchId) }));
  const match = Item as MatchItem | undefined;
  const role = match && (await getRole(match.roleId));
  if (!match || !role) return undefined;
  const { periodFrom, periodTo } = placementPeriod({ match, application, role });
  return { from: periodFrom, to: periodTo };
}

/**
 * The ids of the person's other applications whose window may overlap `period`: one Query of
 * their email lookups, which carry each window. A lookup without a window (written before they
 * carried one) may overlap: the caller reads it in full.
 */
async function othersOverlapping(application: ApplicationItem, period: DateRange): Promise<string[]> {
  const lookups = await queryAll<Lookup>({
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :application)',
    ExpressionAttributeValues: { ':pk': keys.emailLookup(emailHash(application.email), '').pk, ':application': 'APPLICATION#' },
    ConsistentRead: true,
  });
  return lookups
    .filter((lookup) => lookup.applicationId !== application.applicationId)
    .filter((lookup) => !lookup.availableFrom || !lookup.availableTo || overlaps({ from: lookup.availableFrom, to: lookup.availableTo }, period))
    .map((lookup) => lookup.applicationId);
}

/**
 * What of the person's takes `application`'s dates already: an open application submitted
 * before it, or a placement, whose dates overlap; undefined when nothing does. Only the
 * applications whose window may overlap are read.
 */
export async function takenBy(application: ApplicationItem): Promise<ApplicationItem | undefined> {
  const period = periodOf(application);
  for (const otherId of await othersOverlapping(application, period)) {
    const other = await getApplication(otherId);
    if (!other || other.erasedAt) continue;
    if (OPEN.has(other.status) && before(other, application) && overlaps(periodOf(other), period)) return other;
    if (other.status === 'PLACED') {
      const placement = await placementOf(other);
      if (placement && overlaps(placement, period)) return other;
    }
  }
  return undefined;
}

/** Deletes an unconfirmed application with its lookup and other items, bound to its status. */
async function discard(application: ApplicationItem): Promise<boolean> {
  const others = await queryAll<{ pk: string; sk: string }>({
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.application(application.applicationId).pk },
    ProjectionExpression: 'pk, sk',
    // Every item of it, just written: none may be left behind where erasure could not find it.
    ConsistentRead: true,
  });
  try {
    await ddb.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Delete: {
              TableName: config.tableName,
              Key: keys.application(application.applicationId),
              ConditionExpression: '#status = :unconfirmed',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':unconfirmed': 'UNCONFIRMED' },
            },
          },
          ...others.filter((item) => item.sk !== 'APPLICATION').map((item) => ({ Delete: { TableName: config.tableName, Key: { pk: item.pk, sk: item.sk } } })),
          { Delete: { TableName: config.tableName, Key: keys.emailLookup(emailHash(application.email), application.applicationId) } },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceledException) return false;
    throw error;
  }
}

/**
 * On application.submitted: the receipt, unless the person's dates are taken already. Then the
 * application is discarded and the person is told, in the language of what they have, with its
 * link. Once discarded, a repeat of the event finds nothing and sends nothing.
 */
export async function receiveApplication(applicationId: string) {
  const application = await getApplication(applicationId);
  if (!application || application.erasedAt || !application.email || application.status !== 'UNCONFIRMED') {
    await sendApplicationReceipt(applicationId);
    return;
  }
  // A school deactivated a moment ago (the API reads the registry through a one-minute cache): the
  // application is closed as the deactivation closes the school's others, and the applicant told
  // why (application.withdrawn, cause schoolDeactivated). Checked here rather than in the write's
  // transaction: there, every submission of a school would touch its one item, and a class
  // submitting together would cancel each other's transactions.
  const school = await getSchool(application.schoolId, true);
  if (school && !isActive(school)) {
    const outcome = await withdrawApplication(application, undefined, new Date(), 'schoolDeactivated');
    logger.info('an application for a school deactivated meanwhile was closed', { applicationId, outcome });
    if (outcome === 'conflict') throw new Error(`application ${applicationId} changed while closing it; retrying`);
    return;
  }
  const existing = await takenBy(application);
  if (!existing) {
    await sendApplicationReceipt(applicationId);
    return;
  }
  // Told first, then discarded: if sending fails, the event is retried and finds the application
  // still there (at worst the person is told twice, never not at all).
  const { url } = await issueLink('applicationStatus', existing.applicationId, existing.language, { readerCountry: existing.homeCountry });
  await sendEmail(existing.email, overlappingApplicationEmail.render(existing.language, { firstName: existing.firstName, statusUrl: url }));
  if (await discard(application)) {
    logger.info('a second application for dates the person has taken was discarded', { applicationId, existingApplicationId: existing.applicationId });
  } else {
    // Withdrawn or erased in between: nothing left to discard.
    logger.info('the second application changed meanwhile; not discarded', { applicationId });
  }
}

/** The application as it is now: closing one is bound to the state read. */
async function readNow(applicationId: string): Promise<ApplicationItem | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.application(applicationId), ConsistentRead: true }));
  return Item as ApplicationItem | undefined;
}

const isOpenFor = (other: ApplicationItem | undefined, placement: DateRange): other is ApplicationItem =>
  other !== undefined && !other.erasedAt && OPEN.has(other.status) && overlaps(periodOf(other), placement);

/** Withdraws one application for the placement, its pending proposal (and place) with it. False when it is not open any more. */
async function close(applicationId: string, placement: DateRange, now: Date): Promise<boolean> {
  // A conflict means it moved in between (a decision, a round): read it again and retry.
  for (let attempt = 0; attempt < 5; attempt++) {
    const other = await readNow(applicationId);
    if (!isOpenFor(other, placement)) return false;
    const match = other.status === 'PROPOSED' && other.matchId ? await getMatch(other.matchId) : undefined;
    if ((await withdrawApplication(other, match, now, 'placedElsewhere')) === 'done') return true;
  }
  throw new Error(`application ${applicationId} kept changing while it was closed for a placement; retrying`);
}

/**
 * On match.confirmed: the person's other open applications (unconfirmed, waiting, proposed)
 * whose availability overlaps the confirmed placement are closed (withdrawn with the cause
 * placedElsewhere; a pending proposal is released, its place given back) and the person is
 * told once, in the language of the placement's application, with the dates. A repeat of the
 * event finds nothing open and sends nothing.
 */
export async function releaseOverlapping(matchId: string, now = new Date()) {
  const match = await getMatch(matchId);
  const application = match && (await getApplication(match.applicationId));
  const role = match && (await getRole(match.roleId));
  if (!match || match.status !== 'CONFIRMED' || !application || !role || application.erasedAt || !application.email) {
    logger.info('no confirmed placement of a person here; nothing to close', { matchId });
    return;
  }
  const { periodFrom, periodTo } = placementPeriod({ match, application, role });
  const placement = { from: periodFrom, to: periodTo };
  const open: ApplicationItem[] = [];
  for (const otherId of await othersOverlapping(application, placement)) {
    const other = await readNow(otherId);
    if (isOpenFor(other, placement)) open.push(other);
  }
  if (open.length === 0) return;
  // Told first, then closed: if closing fails, the event is retried, finds them still open and
  // tells again (an email repeated, never lost). Closed first, a failed send would be retried
  // into nothing open, and the person would never learn why their applications ended.
  await sendEmail(
    application.email,
    releasedForPlacementEmail.render(application.language, {
      firstName: application.firstName,
      placement,
      closed: open.map(periodOf),
      proposalCancelled: open.some((other) => other.status === 'PROPOSED'),
    }),
  );
  for (const other of open) {
    const closed = await close(other.applicationId, placement, now);
    logger.info(closed ? 'closed an application overlapping a confirmed placement' : 'the application was no longer open; left as it is', {
      matchId,
      applicationId: other.applicationId,
    });
  }
}
