import { applicationSubmitted } from '#events/contracts';
import { getApplication } from '#shared/applications/store';
import { consumer } from '#shared/platform/consumer';
import { renderEmail } from '#shared/decisions/emails';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { issueLink } from '#shared/links/tokens';

/** The status link lives as long as an application can: a year. */
const STATUS_LINK_SECONDS = 365 * 86_400;

export const handler = consumer('sendApplicationReceipt', applicationSubmitted, async ({ applicationId }) => {
  const application = await getApplication(applicationId);
  if (!application) {
    logger.warn('application not found; nothing to send', { applicationId });
    return;
  }
  if (application.erasedAt || !application.email) {
    logger.info('application erased; nothing to send', { applicationId });
    return;
  }
  const { url } = await issueLink('applicationStatus', applicationId, application.language, STATUS_LINK_SECONDS);
  const email = renderEmail('applicationReceipt', application.language, {
    firstName: application.firstName,
    statusUrl: url,
    applicationId,
  });
  await sendEmail(application.email, email);
  logger.info('receipt sent', { applicationId });
});
