import { matchApproved } from '#events/catalog';
import { consumer } from '#shared/consumer';
import { sendCompanyEmails } from '#shared/decision-emails';
import { logger } from '#shared/logger';
import { loadMatchContext } from '#shared/match-context';

export const handler = consumer('notifyCompany', matchApproved, async ({ matchId }) => {
  const ctx = await loadMatchContext(matchId);
  if (ctx?.match.status !== 'APPROVED') {
    logger.info('match no longer waits for the company; nothing to send', { matchId });
    return;
  }
  await sendCompanyEmails(ctx, false);
});
