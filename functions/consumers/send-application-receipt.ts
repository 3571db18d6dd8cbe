import { applicationSubmitted } from '#events/contracts';
import { receiveApplication } from '#shared/decisions/one-at-a-time';
import { consumer } from '#shared/platform/consumer';

/** The receipt; or, for dates the person has taken already, the application is discarded and they are told (one-at-a-time.ts). */
export const handler = consumer('sendApplicationReceipt', applicationSubmitted, ({ applicationId }) => receiveApplication(applicationId));
