import { applicationWithdrawn } from '#events/contracts';
import { sendWithdrawalConfirmation } from '#shared/applicant/withdrawal';
import { consumer } from '#shared/platform/consumer';

export const handler = consumer('notifyWithdrawal', applicationWithdrawn, ({ applicationId, cause }) => sendWithdrawalConfirmation(applicationId, cause));
