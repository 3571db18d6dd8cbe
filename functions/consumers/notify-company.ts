import { matchApproved } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { sendCompanyEmails } from '#shared/decisions/notify';
import { logger } from '#shared/platform/logger';
import { loadMatchContext } from '#shared/decisions/match-context';

export const handler = consumer('notifyCompany', matchApproved, async ({ matchId }) => {
  const ctx = await loadMatchContext(matchId);
  if (ctx?.match.status !== 'APPROVED') {
    logger.info('match no longer waits for the company; nothing to send', { matchId });
    return;
  }
  await sendCompanyEmails(ctx, false);
});
