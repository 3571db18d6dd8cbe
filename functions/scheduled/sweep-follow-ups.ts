import { scheduled } from '#shared/platform/consumer';
import { sweepFollowUps } from '#shared/follow-up/sweep';

export const handler = scheduled('sweepFollowUps', sweepFollowUps);
