import { scheduled } from '#shared/consumer';
import { sweepDecisions } from '#shared/sweep';

export const handler = scheduled('sweepDecisions', sweepDecisions);
