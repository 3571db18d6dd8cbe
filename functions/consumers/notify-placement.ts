import { matchConfirmed } from '#events/contracts';
import { notifyPlacement } from '#shared/decisions/notify';
import { consumer } from '#shared/platform/consumer';

/** The placement is confirmed: the applicant, the company contact and the coordinator are told, each in their language. */
export const handler = consumer('notifyPlacement', matchConfirmed, ({ matchId }, { eventId }, context) => notifyPlacement(matchId, eventId, context));
