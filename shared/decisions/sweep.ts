import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { config } from '#shared/platform/config';
import { ddb, keys } from '#shared/platform/db';
import { sendCompanyEmails, sendCoordinatorEmails } from './notify.ts';
import { decide } from './transitions.ts';
import { logger } from '#shared/platform/logger';
import { eachOnItsOwn } from '#shared/platform/each-on-its-own';
import { loadMatchContext } from './match-context.ts';
import { DECISION_DAYS, DECISION_REMINDER_AFTER_DAYS } from './states.ts';
import { pendingMatchesDueBy, type MatchItem } from './matches.ts';

const DAY_MS = 86_400_000;

/** Marks the reminder sent, only for the version it was sent about and only once. */
async function markReminded(match: MatchItem, now: Date): Promise<boolean> {
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: keys.match(match.matchId),
        UpdateExpression: 'SET remindedAt = :now',
        ConditionExpression: 'version = :version AND attribute_not_exists(remindedAt)',
        ExpressionAttributeValues: { ':now': now.toISOString(), ':version': match.version },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Reminds pending decisions after 3 days and expires them after 7 (docs/users-and-flow.md). Reads
 * only matches due within the reminder window, from the due-date index. `now` is injectable,
 * so tests move the clock instead of waiting.
 */
export async function sweepDecisions(now = new Date()) {
  const remindFrom = new Date(now.getTime() + (DECISION_DAYS - DECISION_REMINDER_AFTER_DAYS) * DAY_MS).toISOString();
  const candidates = await pendingMatchesDueBy(remindFrom);
  let expired = 0;
  let reminded = 0;
  const remindOrExpire = async (candidate: MatchItem) => {
    const ctx = await loadMatchContext(candidate.matchId);
    if (!ctx) return;
    const { match } = ctx;
    if (match.decisionDueAt! <= now.toISOString()) {
      if ((await decide(match, ctx.application, { type: 'expire' }, now)) === 'done') expired += 1;
      return;
    }
    if (match.remindedAt) return;
    // Sent before it is marked: a crash in between repeats a reminder rather than losing it.
    if (match.status === 'PROPOSED') await sendCoordinatorEmails(ctx, true, now);
    else await sendCompanyEmails(ctx, true, now);
    if (await markReminded(match, now)) reminded += 1;
  };
  return eachOnItsOwn('decision sweep', candidates, (c) => ({ matchId: c.matchId }), remindOrExpire, () => {
    logger.info('decision sweep', { candidates: candidates.length, expired, reminded });
    return { candidates: candidates.length, expired, reminded };
  });
}
