import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { applicationReleased } from '#events/contracts';
import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { pageResponse, type PurposeHandler } from '#shared/links/link-handler';
import { issueLink } from '#shared/links/tokens';
import { config } from '#shared/platform/config';
import { keys, POOL, writeWithEvents } from '#shared/platform/db';
import { notFoundPage } from '#shared/platform/error-pages';
import { once } from '#shared/platform/idempotency';
import { sendEmail } from '#shared/platform/mailer';
import { cachedSchool } from '#shared/schools/registry';
import { forReaderIn } from '#shared/vocabulary/time-zones';
import { personName } from '#shared/applications/latin-name';
import { applicantHeldEmail, coordinatorHoldEmail, holdReleasedPage, holdReleasePage, nothingToReleasePage } from './hold-texts.ts';

/*
 * A coordinator's "not this student now": rejecting a proposal with a hold takes the student out
 * of matching (the application stays SUBMITTED, with `held`, outside the pool: transitions.ts)
 * until the coordinator releases them from the link in the email sent now, or their
 * availability ends. Held students are never proposed (the round's write requires no `held`).
 */

/** Whether an application is held by its coordinator (a bounce's hold is another matter: shared/deliverability/hold.ts). */
export const heldByCoordinator = (application: ApplicationItem) => application.held?.reason === 'coordinator';

/** As long as the consumer remembers the event (EventBridge retries for at most 24 hours). */
const SENT_FOR_SECONDS = 2 * 86_400;

/**
 * On match.rejected with a hold: the applicant is told kindly that the application is paused
 * (never the reason), the coordinator gets the link that releases the student. Each at most once
 * per event.
 */
export async function notifyHold(application: ApplicationItem, statusUrl: string, eventId: string, context: Context) {
  const school = await cachedSchool(application.schoolId);
  await once(context, { expiresAfterSeconds: SENT_FOR_SECONDS }, { scope: 'notifyHold:email', key: `${eventId}#applicant`, payload: 'applicant' }, () =>
    sendEmail(application.email, applicantHeldEmail.render(application.language, { firstName: application.firstName, statusUrl })),
  );
  if (!school) return;
  const { coordinator } = school;
  await once(context, { expiresAfterSeconds: SENT_FOR_SECONDS }, { scope: 'notifyHold:email', key: `${eventId}#coordinator`, payload: 'coordinator' }, async () => {
    const { url } = await issueLink('holdRelease', application.applicationId, coordinator.language, { readerCountry: application.homeCountry });
    await sendEmail(
      coordinator.email,
      coordinatorHoldEmail.render(coordinator.language, {
        recipientName: coordinator.name,
        applicantName: personName(application),
        availableTo: application.availableTo,
        releaseUrl: url,
      }),
    );
  });
}

/** Releases a coordinator's hold: back into the pool, and a round is asked for. Bound to the hold as read. */
export async function releaseHold(application: ApplicationItem, now: Date): Promise<'released' | 'not-held' | 'conflict'> {
  if (application.status !== 'SUBMITTED' || !heldByCoordinator(application) || application.erasedAt) return 'not-held';
  try {
    await writeWithEvents(
      [
        {
          Update: {
            TableName: config.tableName,
            Key: keys.application(application.applicationId),
            UpdateExpression: 'SET gsi1pk = :pool, gsi1sk = :poolKey REMOVE #held',
            ConditionExpression: '#status = :submitted AND #held.#reason = :coordinator AND #held.#since = :since AND attribute_not_exists(erasedAt)',
            ExpressionAttributeNames: { '#status': 'status', '#held': 'held', '#reason': 'reason', '#since': 'since' },
            ExpressionAttributeValues: {
              ':submitted': 'SUBMITTED',
              ':coordinator': 'coordinator',
              ':since': application.held!.since,
              ':pool': POOL.applications,
              ':poolKey': `${application.confirmedAt ?? application.submittedAt}#${application.applicationId}`,
            },
          },
        },
      ],
      [applicationReleased.outbox({ applicationId: application.applicationId }, now)],
      now,
    );
    return 'released';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'conflict';
    throw error;
  }
}

/** The coordinator's release link: GET shows who is held since when; its POST releases. */
export const holdRelease: PurposeHandler = {
  async view(item, { method, path }) {
    const application = await getApplication(item.subjectId);
    if (!application || application.erasedAt) return pageResponse(method, 404, notFoundPage(item.language));
    if (application.status !== 'SUBMITTED' || !heldByCoordinator(application)) return pageResponse(method, 200, nothingToReleasePage(item.language));
    return pageResponse(
      method,
      200,
      holdReleasePage(item.language, {
        applicantName: personName(application),
        // On the coordinator's clock: the school's country.
        since: forReaderIn(application.held!.since, application.homeCountry),
        availableTo: application.availableTo,
        formAction: path,
      }),
    );
  },
  async act(item, request) {
    const application = await getApplication(item.subjectId);
    if (!application || application.erasedAt) return pageResponse(request.method, 404, notFoundPage(item.language));
    if (request.form.get('decision') !== 'release') return { ...(await holdRelease.view(item, { ...request, method: 'GET' })), statusCode: 400 };
    // The link stays usable (a later hold of the same student comes with a link of its own).
    const outcome = await releaseHold(application, request.now);
    if (outcome === 'released') return pageResponse(request.method, 200, holdReleasedPage(item.language));
    return pageResponse(request.method, 409, nothingToReleasePage(item.language));
  },
};
