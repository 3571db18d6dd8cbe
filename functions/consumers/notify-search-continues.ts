import { getApplication } from '#shared/applications/store';
import { consumerOfAny } from '#shared/platform/consumer';
import { renderEmail } from '#shared/decisions/emails';
import { sendEmail } from '#shared/platform/mailer';
import { getMatch } from '#shared/decisions/matches';
import { issueLink } from '#shared/links/tokens';
import { functions } from '#functions/catalog';

const OUTCOMES = { 'match.rejected': 'rejected', 'match.declined': 'declined', 'match.expired': 'expired' } as const;
const STATUS_LINK_SECONDS = 365 * 86_400;

/** A proposal did not work out: the applicant is told kindly that the search goes on (no reasons). */
export const handler = consumerOfAny('notifySearchContinues', functions.notifySearchContinues.trigger.events, async (detailType, _metadata, detail) => {
  const match = await getMatch((detail as { matchId: string }).matchId);
  const application = match && (await getApplication(match.applicationId));
  // Withdrawn meanwhile, or already placed elsewhere: nothing to tell.
  if (!application || application.status === 'WITHDRAWN' || application.status === 'PLACED' || application.erasedAt || !application.email) return;
  const { url } = await issueLink('applicationStatus', application.applicationId, application.language, STATUS_LINK_SECONDS);
  const outcome = OUTCOMES[detailType as keyof typeof OUTCOMES];
  await sendEmail(application.email, renderEmail('searchContinues', application.language, { firstName: application.firstName, outcome, statusUrl: url }));
});
