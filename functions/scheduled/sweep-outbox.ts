import { scheduled } from '#shared/platform/consumer';
import { sweepOutbox } from '#shared/outbox/sweep';

/** Every 5 minutes: republishes outbox items the stream publisher has not marked published. */
export const handler = scheduled('sweepOutbox', (now) => sweepOutbox(now));
