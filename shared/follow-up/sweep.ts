import { companyFeedbackEmail, followUpEndEmail, followUpSixMonthsEmail } from './emails.ts';
import {
  advanceFollowUp,
  dueAction,
  followUpItems,
  followUpsDueBy,
  getFollowUp,
  isErased,
  placementShown,
  scheduleFollowUps,
  type FollowUpItem,
  type FollowUpKind,
} from './records.ts';
import { logger } from '#shared/platform/logger';
import { eachOnItsOwn } from '#shared/platform/each-on-its-own';
import { sendEmail } from '#shared/platform/mailer';
import { loadMatchContext, placementPeriod, type MatchContext } from '#shared/decisions/match-context';
import { issueLink, type LinkPurpose } from '#shared/links/tokens';
import { personName } from '#shared/applications/latin-name';
import { forReaderIn } from '#shared/vocabulary/time-zones';
import { issueManageLink } from '#shared/roles/manage-url';

/**
 * Sends the follow-ups of confirmed placements when they are due (records.ts has the
 * rules and the record shape). Run by its own scheduled function; `now` is injectable, so tests
 * move the clock instead of waiting. Logs ids, kinds and counts only.
 */

const PURPOSE = {
  end: 'followUpEnd',
  sixMonths: 'followUpSixMonths',
  companyFeedback: 'companyFeedback',
} as const satisfies Record<FollowUpKind, LinkPurpose>;

/** On match.confirmed: stores the placement's three follow-ups with their due dates. */
export async function scheduleFollowUpsOf(matchId: string, now = new Date()): Promise<number> {
  const ctx = await loadMatchContext(matchId);
  if (!ctx || ctx.match.status !== 'CONFIRMED') {
    logger.warn('no confirmed placement; no follow-ups scheduled', { matchId });
    return 0;
  }
  const { match } = ctx;
  const { periodFrom, periodTo } = placementPeriod(ctx);
  const items = followUpItems({ matchId: match.matchId, applicationId: match.applicationId, roleId: match.roleId, periodFrom, periodTo }, now);
  const written = await scheduleFollowUps(items);
  logger.info('follow-ups scheduled', { matchId, written });
  return written;
}

async function send(item: FollowUpItem, ctx: MatchContext, reminder: boolean, now: Date) {
  const { application, role } = ctx;
  if (item.kind === 'companyFeedback') {
    const { url, item: token } = await issueLink(PURPOSE.companyFeedback, item.matchId, role.contact.language, { now, readerCountry: role.company.country });
    const manageRoleUrl = await issueManageLink(role, now);
    const email = companyFeedbackEmail.render(role.contact.language, {
      recipientName: role.contact.name,
      participantName: personName(application),
      roleTitle: role.title,
      periodFrom: item.periodFrom,
      periodTo: item.periodTo,
      url,
      validUntil: forReaderIn(token.validUntil, role.company.country),
      reminder,
      manageRoleUrl,
    });
    await sendEmail(role.contact.email, email);
    return;
  }
  const { url, item: token } = await issueLink(PURPOSE[item.kind], item.matchId, application.language, { now, readerCountry: application.homeCountry });
  const vars = {
    firstName: application.firstName,
    ...placementShown(item, role, application.language),
    url,
    validUntil: forReaderIn(token.validUntil, application.homeCountry),
    reminder,
  };
  const email = (item.kind === 'end' ? followUpEndEmail : followUpSixMonthsEmail).render(application.language, vars);
  // A participant's questions about the survey go to their school's coordinator, who follows them up.
  await sendEmail(application.email, email, { replyTo: ctx.school.coordinator.email });
}

export interface FollowUpSweepResult {
  candidates: number;
  sent: number;
  reminded: number;
  skipped: number;
}

/**
 * Sends what is due: each follow-up once when due, one reminder 7 days later if unanswered,
 * then nothing more. An erased participant's placement gets nothing, the company included.
 */
export async function sweepFollowUps(now = new Date()): Promise<FollowUpSweepResult> {
  const candidates = await followUpsDueBy(now.toISOString());
  const result = { candidates: candidates.length, sent: 0, reminded: 0, skipped: 0 };
  const sendIfDue = async (candidate: FollowUpItem) => {
    // The index may lag behind an answer just given: act on the item as it is now.
    const item = await getFollowUp(candidate.matchId, candidate.kind);
    const action = item && dueAction(item, now);
    if (!item || !action) return;
    const ids = { matchId: item.matchId, kind: item.kind };
    if (action === 'skipLate' || action === 'stop') {
      if ((await advanceFollowUp(item, action, now)) && action === 'skipLate') result.skipped += 1;
      logger.info('follow-up too late; not sent', { ...ids, action });
      return;
    }
    const ctx = await loadMatchContext(item.matchId);
    if (!ctx || isErased(ctx.application)) {
      const reason = ctx ? 'skipErased' : 'skipMissing';
      if (item.status === 'SCHEDULED' ? await advanceFollowUp(item, reason, now) : await advanceFollowUp(item, 'stop', now)) result.skipped += 1;
      logger.info('follow-up not sent', { ...ids, reason });
      return;
    }
    // Sent before it is marked: a crash in between repeats an email rather than losing it.
    await send(item, ctx, action === 'remind', now);
    logger.info('follow-up sent', { ...ids, reminder: action === 'remind' });
    if (await advanceFollowUp(item, action, now)) result[action === 'send' ? 'sent' : 'reminded'] += 1;
  };
  return eachOnItsOwn('follow-up sweep', candidates, (c) => ({ matchId: c.matchId, kind: c.kind }), sendIfDue, () => {
    logger.info('follow-up sweep', { ...result });
    return result;
  });
}
