import { matchProposed } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { sendCoordinatorEmails } from '#shared/decisions/notify';
import { logger } from '#shared/platform/logger';
import { loadMatchContext } from '#shared/decisions/match-context';

export const handler = consumer('notifyCoordinator', matchProposed, async ({ matchId }) => {
  const ctx = await loadMatchContext(matchId);
  if (ctx?.match.status !== 'PROPOSED') {
    logger.info('match no longer waits for the coordinator; nothing to send', { matchId });
    return;
  }
  await sendCoordinatorEmails(ctx, false);
});
