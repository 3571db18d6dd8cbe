import { applicationWithdrawn } from '#events/catalog';
import { getApplication } from '#shared/applications';
import { consumer } from '#shared/consumer';
import { renderEmail } from '#shared/email/templates';
import { sendEmail } from '#shared/mailer';

export const handler = consumer('notifyWithdrawal', applicationWithdrawn, async ({ applicationId }) => {
  const application = await getApplication(applicationId);
  // Erased (the applicant deleted their data, which withdraws too): nobody to write to.
  if (!application || application.erasedAt || !application.email) return;
  await sendEmail(application.email, renderEmail('withdrawalConfirmed', application.language, { firstName: application.firstName }));
});
