import * as z from '#shared/platform/zod';
import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { loadMatchContext } from '#shared/decisions/match-context';
import { getMatch } from '#shared/decisions/matches';
import { sendCompanyEmails, sendCoordinatorEmails } from '#shared/decisions/notify';
import { isPending } from '#shared/decisions/states';
import { issueLink } from '#shared/links/tokens';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { sendRoleOpened, sendRoleVerification } from '#shared/roles/notify';
import { getRole, type RoleItem } from '#shared/roles/store';
import { statusLinkAgainEmail } from './emails.ts';

/*
 * "Send a link again" on the staff desk: staff are asked about an application, a proposal or a
 * role, by the id the person has, and the link goes to whoever needs it, by the same sender that
 * sent it first. The desk is told who got what in words, never an address: staff did not type one
 * and need not see it.
 */

/** What was sent, and to whom (the page's words say it). */
export const SENT = ['statusLink', 'coordinatorDecision', 'coordinatorAndDeputyDecision', 'companyDecision', 'roleVerification', 'roleOpen'] as const;
export type Sent = (typeof SENT)[number];

/** Why nothing was sent: not an id, nothing (or only erased data) under it, a decision no longer pending, a closed role. */
export type Refusal = 'notAnId' | 'notFound' | 'ended' | 'closed';

export type Resent = { sent: Sent } | { refused: Refusal };

export const isSent = (value: string | null): value is Sent => (SENT as readonly (string | null)[]).includes(value);

const idRule = z.uuid();

const sentAgain = (ids: Record<string, string>, sent: Sent): Resent => {
  logger.info('link sent again by programme staff', { ...ids, sent });
  return { sent };
};

export async function resendLink(typed: string, now: Date): Promise<Resent> {
  if (!idRule.safeParse(typed).success) return { refused: 'notAnId' };
  const id = typed.toLowerCase();
  // Applications, matches and roles are all keyed by random UUIDs, so at most one of these finds anything.
  const [application, match, role] = await Promise.all([getApplication(id), getMatch(id), getRole(id)]);
  if (application) return statusLink(application, now);
  if (match) return decisionEmail(id, now);
  if (role) return roleEmail(role);
  return { refused: 'notFound' };
}

/** A fresh status link to the applicant, in their language; their earlier links keep working. */
async function statusLink(application: ApplicationItem, now: Date): Promise<Resent> {
  if (application.erasedAt || !application.email) return { refused: 'notFound' };
  const { url } = await issueLink('applicationStatus', application.applicationId, application.language, { now, readerCountry: application.homeCountry });
  await sendEmail(application.email, statusLinkAgainEmail.render(application.language, { firstName: application.firstName, statusUrl: url }));
  return sentAgain({ applicationId: application.applicationId }, 'statusLink');
}

/**
 * The pending decision's email again, with fresh links bound to the match as it is (so the ones
 * sent before keep working too). Only while the decision can still be taken: the decision page
 * would otherwise only say that it was decided or has ended.
 */
async function decisionEmail(matchId: string, now: Date): Promise<Resent> {
  const ctx = await loadMatchContext(matchId);
  if (!ctx || ctx.application.erasedAt) return { refused: 'notFound' };
  const { match, application, role, school } = ctx;
  // Withdrawn, closed or past due but not yet released or expired (each follows in moments): ended all the same.
  const over = application.status === 'WITHDRAWN' || role.status === 'CLOSED' || !match.decisionDueAt || match.decisionDueAt <= now.toISOString();
  if (!isPending(match.status) || over) return { refused: 'ended' };
  // As a reminder: the person has had the first email, and the reminder's words ("still waiting
  // for your decision") say so, where the first one's read as a new proposal that a coordinator
  // could take for a second one. For the coordinator's step the reminder also goes to the deputy,
  // who may decide on the coordinator's behalf: when the coordinator cannot find the email or is
  // away, someone at the school still has it. The match is not marked reminded, so the sweep's own
  // reminder still comes on day 3: one email more rather than a decision let expire.
  if (match.status === 'PROPOSED') {
    await sendCoordinatorEmails(ctx, true, now);
    return sentAgain({ matchId }, school.deputy ? 'coordinatorAndDeputyDecision' : 'coordinatorDecision');
  }
  await sendCompanyEmails(ctx, true, now);
  return sentAgain({ matchId }, 'companyDecision');
}

/**
 * While the role waits for its contact to confirm the address: the verification email (a fresh
 * link for 7 days). Once open: the "role is open" email, with a fresh link to close the role.
 */
async function roleEmail(role: RoleItem): Promise<Resent> {
  const { roleId } = role;
  switch (role.status) {
    case 'PENDING_VERIFICATION':
      await sendRoleVerification(roleId);
      return sentAgain({ roleId }, 'roleVerification');
    case 'OPEN':
      await sendRoleOpened(roleId);
      return sentAgain({ roleId }, 'roleOpen');
    default:
      return { refused: 'closed' };
  }
}
