import { getApplication } from '#shared/applications/store';
import { sendEmail } from '#shared/platform/mailer';
import { withdrawalConfirmedEmail } from './emails.ts';

/** On application.withdrawn: the applicant's confirmation. */
export async function sendWithdrawalConfirmation(applicationId: string) {
  const application = await getApplication(applicationId);
  // Erased (the applicant deleted their data, which withdraws too): nobody to write to.
  if (!application || application.erasedAt || !application.email) return;
  await sendEmail(application.email, withdrawalConfirmedEmail.render(application.language, { firstName: application.firstName }));
}
