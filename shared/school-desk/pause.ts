import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { applicationPaused } from '#events/contracts';
import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { heldByCoordinator } from '#shared/decisions/hold';
import { applicantHeldEmail } from '#shared/decisions/hold-texts';
import { issueLink } from '#shared/links/tokens';
import { config } from '#shared/platform/config';
import { keys, writeWithEvents } from '#shared/platform/db';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';

/*
 * Pausing a student from the desk: the coordinator's hold of shared/decisions/hold.ts, set on a
 * student waiting in the pool rather than by rejecting a proposal. The same hold, so the same
 * release (releaseHold) ends it, and the rounds leave it alone as they leave any hold.
 */

/**
 * Takes a waiting application out of the pool, held by the coordinator since `now`, with
 * application.paused (the applicant's kind email) in the same transaction. Only a SUBMITTED
 * application with no hold of any kind: a round that proposes it first wins, and so does a bounce.
 */
export async function pauseApplication(application: ApplicationItem, now: Date): Promise<'paused' | 'not-pausable' | 'conflict'> {
  if (application.status !== 'SUBMITTED' || application.held || application.erasedAt) return 'not-pausable';
  try {
    await writeWithEvents(
      [
        {
          Update: {
            TableName: config.tableName,
            Key: keys.application(application.applicationId),
            UpdateExpression: 'SET held = :hold REMOVE gsi1pk, gsi1sk',
            ConditionExpression: '#status = :submitted AND attribute_not_exists(held) AND attribute_not_exists(erasedAt)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':submitted': 'SUBMITTED', ':hold': { reason: 'coordinator', since: now.toISOString() } },
          },
        },
      ],
      [applicationPaused.outbox({ applicationId: application.applicationId }, now)],
      now,
    );
    return 'paused';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'conflict';
    throw error;
  }
}

/**
 * On application.paused: the applicant is told kindly that the application is paused (the email
 * a hold by rejection sends; never a reason), with a fresh status link. Nothing when it was
 * released, withdrawn or erased meanwhile.
 */
export async function tellApplicantPaused(applicationId: string) {
  const application = await getApplication(applicationId);
  if (!application || application.erasedAt || !application.email || application.status !== 'SUBMITTED' || !heldByCoordinator(application)) {
    logger.info('application no longer paused, or erased; nothing to send', { applicationId });
    return;
  }
  const { url } = await issueLink('applicationStatus', applicationId, application.language, { readerCountry: application.homeCountry });
  await sendEmail(application.email, applicantHeldEmail.render(application.language, { firstName: application.firstName, statusUrl: url }));
}
