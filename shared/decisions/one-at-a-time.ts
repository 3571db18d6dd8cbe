import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { getRole } from '#shared/roles/store';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import { issueLink } from '#shared/links/tokens';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { placementPeriod } from './match-context.ts';
import { overlappingApplicationEmail } from './overlapping-email.ts';
import type { MatchItem } from './matches.ts';

/*
 * One person, one placement at a time. An application belongs to a person: its normalised email
 * address, as the email lookup items key it (EMAIL#<hash>). A second application for dates that
 * overlap one of the person's open applications (unconfirmed, waiting or proposed), or a
 * confirmed placement, is not stored (functions/api/create-application.ts): its answer looks like
 * any other, since anyone can type anyone's address, and the person is told by email
 * (application.overlapping), with the link to the existing application.
 */

const OPEN = new Set(['UNCONFIRMED', 'SUBMITTED', 'PROPOSED']);

/** Whether two date ranges (YYYY-MM-DD, both ends included) share a day. */
export const overlaps = (a: { from: string; to: string }, b: { from: string; to: string }) => a.from <= b.to && b.from <= a.to;

interface Lookup {
  applicationId: string;
  availableFrom?: string;
  availableTo?: string;
}

/** The placement period of a confirmed placement, if the application has one. */
async function placementOf(application: ApplicationItem): Promise<{ from: string; to: string } | undefined> {
  if (!application.matchId) return undefined;
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.match(application.matchId) }));
  const match = Item as MatchItem | undefined;
  const role = match && (await getRole(match.roleId));
  if (!role) return undefined;
  const { periodFrom, periodTo } = placementPeriod(application, role);
  return { from: periodFrom, to: periodTo };
}

/**
 * The person's open application, or placed one, whose dates overlap `period`; undefined when
 * there is none. Reads the person's lookups (one Query, empty for a first application), and
 * only the applications whose window overlaps.
 */
export async function overlappingApplicationOf(email: string, period: { from: string; to: string }): Promise<ApplicationItem | undefined> {
  const lookups = await queryAll<Lookup>({
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :application)',
    ExpressionAttributeValues: { ':pk': keys.emailLookup(emailHash(email), '').pk, ':application': 'APPLICATION#' },
  });
  // A lookup written before lookups carried the window is read in full.
  const candidates = lookups.filter((l) => !l.availableFrom || !l.availableTo || overlaps({ from: l.availableFrom, to: l.availableTo }, period));
  for (const { applicationId } of candidates) {
    const application = await getApplication(applicationId);
    if (!application || application.erasedAt) continue;
    if (OPEN.has(application.status) && overlaps({ from: application.availableFrom, to: application.availableTo }, period)) return application;
    if (application.status === 'PLACED') {
      const placement = await placementOf(application);
      if (placement && overlaps(placement, period)) return application;
    }
  }
  return undefined;
}

/** On application.overlapping: the person is told, in the existing application's language, with its link. */
export async function notifyOverlapping(applicationId: string) {
  const application = await getApplication(applicationId);
  if (!application || application.erasedAt || !application.email) {
    logger.info('application gone; nothing to send', { applicationId });
    return;
  }
  const { url } = await issueLink('applicationStatus', applicationId, application.language);
  await sendEmail(application.email, overlappingApplicationEmail.render(application.language, { firstName: application.firstName, statusUrl: url }));
}
