import { applicationWithdrawn } from '#events/contracts';
import { getApplication } from '#shared/applications/store';
import { consumer } from '#shared/platform/consumer';
import { renderEmail } from '#shared/decisions/emails';
import { sendEmail } from '#shared/platform/mailer';

export const handler = consumer('notifyWithdrawal', applicationWithdrawn, async ({ applicationId }) => {
  const application = await getApplication(applicationId);
  // Erased (the applicant deleted their data, which withdraws too): nobody to write to.
  if (!application || application.erasedAt || !application.email) return;
  await sendEmail(application.email, renderEmail('withdrawalConfirmed', application.language, { firstName: application.firstName }));
});
