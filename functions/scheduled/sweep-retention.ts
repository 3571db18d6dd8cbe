import { scheduled } from '#shared/platform/consumer';
import { sweepRetention } from '#shared/erasure/sweep';

/** Four times a day: erasure is due by the date, so a few hours late is on time. */
export const handler = scheduled('sweepRetention', (now) => sweepRetention(now));
