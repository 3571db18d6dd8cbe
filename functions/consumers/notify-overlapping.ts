import { applicationOverlapping } from '#events/contracts';
import { notifyOverlapping } from '#shared/decisions/one-at-a-time';
import { consumer } from '#shared/platform/consumer';

/** A second application for dates the person already has taken was not stored: they are told, with their existing application's link. */
export const handler = consumer('notifyOverlapping', applicationOverlapping, ({ applicationId }) => notifyOverlapping(applicationId));
