import { issueLink } from '#shared/links/tokens';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { applicationReceiptEmail } from './emails.ts';
import { getApplication } from './store.ts';

/** On application.submitted: the receipt, with the private link to the status page. */
export async function sendApplicationReceipt(applicationId: string) {
  const application = await getApplication(applicationId);
  if (!application) {
    logger.warn('application not found; nothing to send', { applicationId });
    return;
  }
  if (application.erasedAt || !application.email) {
    logger.info('application erased; nothing to send', { applicationId });
    return;
  }
  const { url } = await issueLink('applicationStatus', applicationId, application.language, { readerCountry: application.homeCountry });
  const email = applicationReceiptEmail.render(application.language, {
    firstName: application.firstName,
    statusUrl: url,
    applicationId,
  });
  await sendEmail(application.email, email);
  logger.info('receipt sent', { applicationId });
}
