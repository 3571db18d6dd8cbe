import { matchConfirmed } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { logger } from '#shared/platform/logger';
import { loadMatchContext } from '#shared/decisions/match-context';
import { placementItem, putPlacement } from '#shared/report/placements';

/** A confirmed placement: its statistical record for the funder's report (ids and categories only). */
export const handler = consumer('recordPlacement', matchConfirmed, async ({ matchId }, { occurredAt }) => {
  const ctx = await loadMatchContext(matchId);
  if (!ctx || ctx.match.status !== 'CONFIRMED') {
    logger.warn('no confirmed match; no placement record', { matchId });
    return;
  }
  await putPlacement(placementItem(ctx, occurredAt));
  logger.info('placement recorded', { matchId });
});
