import { scheduled } from '#shared/platform/consumer';
import { sweepRetention } from '#shared/erasure/sweep';
import { sweepAuditRetention } from '#shared/schools/audit';

/**
 * Four times a day: erasure is due by the date, so a few hours late is on time. Both run on each
 * tick; either failing fails the tick (the retries and the alarm see it), after the other has run.
 */
export const handler = scheduled('sweepRetention', async (now) => {
  const [applications, audit] = await Promise.allSettled([sweepRetention(now), sweepAuditRetention(now)]);
  for (const result of [applications, audit]) if (result.status === 'rejected') throw result.reason;
});
