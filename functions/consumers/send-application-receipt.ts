import { applicationSubmitted } from '#events/contracts';
import { sendApplicationReceipt } from '#shared/applications/receipt';
import { consumer } from '#shared/platform/consumer';

export const handler = consumer('sendApplicationReceipt', applicationSubmitted, ({ applicationId }) => sendApplicationReceipt(applicationId));
