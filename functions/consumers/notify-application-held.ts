import { applicationHeld } from '#events/contracts';
import { notifyApplicationHeld } from '#shared/deliverability/notify';
import { consumer } from '#shared/platform/consumer';

export const handler = consumer('notifyApplicationHeld', applicationHeld, ({ applicationId }) => notifyApplicationHeld(applicationId));
