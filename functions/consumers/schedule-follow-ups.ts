import { matchConfirmed } from '#events/catalog';
import { consumer } from '#shared/consumer';
import { scheduleFollowUpsOf } from '#shared/follow-up-sweep';

/** A confirmed placement gets its follow-ups: end of period (participant, company) and six months after. */
export const handler = consumer('scheduleFollowUps', matchConfirmed, async ({ matchId }) => {
  await scheduleFollowUpsOf(matchId);
});
