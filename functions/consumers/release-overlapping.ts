import { matchConfirmed } from '#events/contracts';
import { releaseOverlapping } from '#shared/decisions/one-at-a-time';
import { consumer } from '#shared/platform/consumer';

/** A confirmed placement closes the person's other open applications for overlapping dates, and tells them once. */
export const handler = consumer('releaseOverlapping', matchConfirmed, async ({ matchId }) => {
  await releaseOverlapping(matchId);
});
