import { matchProposed } from '#events/catalog';
import { consumer } from '#shared/consumer';
import { sendCoordinatorEmails } from '#shared/decision-emails';
import { logger } from '#shared/logger';
import { loadMatchContext } from '#shared/match-context';

export const handler = consumer('notifyCoordinator', matchProposed, async ({ matchId }) => {
  const ctx = await loadMatchContext(matchId);
  if (ctx?.match.status !== 'PROPOSED') {
    logger.info('match no longer waits for the coordinator; nothing to send', { matchId });
    return;
  }
  await sendCoordinatorEmails(ctx, false);
});
