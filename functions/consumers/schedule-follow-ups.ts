import { matchConfirmed } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { scheduleFollowUpsOf } from '#shared/follow-up/sweep';

/** A confirmed placement gets its follow-ups: end of period (participant, company) and six months after. */
export const handler = consumer('scheduleFollowUps', matchConfirmed, async ({ matchId }) => {
  await scheduleFollowUpsOf(matchId);
});
