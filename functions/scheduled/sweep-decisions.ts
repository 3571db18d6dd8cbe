import { scheduled } from '#shared/platform/consumer';
import { sweepDecisions } from '#shared/decisions/sweep';

export const handler = scheduled('sweepDecisions', sweepDecisions);
