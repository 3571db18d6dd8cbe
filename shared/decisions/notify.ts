import type { Context } from 'aws-lambda';
import { getApplication } from '#shared/applications/store';
import { issueLink } from '#shared/links/tokens';
import { once } from '#shared/platform/idempotency';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { companyProposalEmail, coordinatorProposalEmail, placementConfirmedEmail, searchContinuesEmail, type SearchOutcome } from './emails.ts';
import { applicantFacts, loadMatchContext, placementFacts, requiredWeeks, roleDescriptionFor, type MatchContext } from './match-context.ts';
import { getMatch } from './matches.ts';
import { heldByCoordinator, notifyHold } from './hold.ts';
import { companyDeclinedEmail, placementProposedEmail } from './news-emails.ts';
import { forReaderIn } from '#shared/vocabulary/time-zones';
import { issueManageLink } from '#shared/roles/manage-url';

/**
 * Who is told what along a proposal's life, each in their own language. Decision links are
 * valid until the decision is due and bound to the match as it is when sent.
 */

/** The coordinator's decision email. A reminder goes to the deputy too, who may decide on the coordinator's behalf. */
export async function sendCoordinatorEmails(ctx: MatchContext, reminder: boolean, now = new Date()) {
  const { match, school, role } = ctx;
  const due = match.decisionDueAt!;
  const people = reminder && school.deputy ? [{ person: school.coordinator, deputy: false }, { person: school.deputy, deputy: true }] : [{ person: school.coordinator, deputy: false }];
  for (const { person, deputy } of people) {
    const { url } = await issueLink('coordinatorDecision', match.matchId, person.language, { dueAt: due, snapshotVersion: match.version, now, readerCountry: school.country });
    const email = coordinatorProposalEmail.render(person.language, {
      recipientName: person.name,
      applicant: applicantFacts(ctx),
      // The role's own words in the text that fits the coordinator, its language named if not theirs.
      placement: placementFacts(ctx, person.language),
      requiredLanguages: role.languages,
      requiredWeeks: requiredWeeks(ctx),
      score: match.score,
      ...(ctx.application.motivation ? { motivation: ctx.application.motivation } : {}),
      ...roleDescriptionFor(role, person.language),
      decideUrl: url,
      decideBy: forReaderIn(due, school.country),
      reminder,
      deputy,
    });
    await sendEmail(person.email, email);
  }
}

/** The company contact's decision email, with a quieter link to change or close the role. */
export async function sendCompanyEmails(ctx: MatchContext, reminder: boolean, now = new Date()) {
  const { match, role, application } = ctx;
  const due = match.decisionDueAt!;
  const language = role.contact.language;
  const decide = await issueLink('companyDecision', match.matchId, language, { dueAt: due, snapshotVersion: match.version, now, readerCountry: role.company.country });
  const email = companyProposalEmail.render(language, {
    recipientName: role.contact.name,
    applicant: applicantFacts(ctx),
    placement: placementFacts(ctx),
    ...(application.motivation ? { motivation: application.motivation } : {}),
    decideUrl: decide.url,
    decideBy: forReaderIn(due, role.company.country),
    manageRoleUrl: await issueManageLink(role, now),
    reminder,
  });
  await sendEmail(role.contact.email, email);
}

/** On match.proposed: the coordinator's first email, unless the match moved on meanwhile. */
export async function notifyCoordinator(matchId: string) {
  const ctx = await loadMatchContext(matchId);
  if (ctx?.match.status !== 'PROPOSED') {
    logger.info('match no longer waits for the coordinator; nothing to send', { matchId });
    return;
  }
  await sendCoordinatorEmails(ctx, false);
}

/** On match.approved: the company's first email, unless the match moved on meanwhile. */
export async function notifyCompany(matchId: string) {
  const ctx = await loadMatchContext(matchId);
  if (ctx?.match.status !== 'APPROVED') {
    logger.info('match no longer waits for the company; nothing to send', { matchId });
    return;
  }
  await sendCompanyEmails(ctx, false);
}

/** As long as the consumer remembers the event (EventBridge retries for at most 24 hours). */
const SENT_FOR_SECONDS = 2 * 86_400;

/** On match.confirmed: the applicant, the company contact and the coordinator are told, each in their language. */
export async function notifyPlacement(matchId: string, eventId: string, context: Context) {
  const ctx = await loadMatchContext(matchId);
  if (!ctx) {
    logger.warn('match not found; nothing to send', { matchId });
    return;
  }
  const { application, role, school } = ctx;
  if (application.erasedAt || !application.email) {
    logger.info('applicant erased; nothing to send', { matchId });
    return;
  }
  const facts = {
    applicant: applicantFacts(ctx),
    contacts: {
      company: { name: role.contact.name, email: role.contact.email },
      coordinator: { name: school.coordinator.name, email: school.coordinator.email },
      applicant: { email: application.email },
    },
  };
  const recipients = [
    { audience: 'applicant', name: `${application.firstName} ${application.lastName}`, email: application.email, language: application.language },
    { audience: 'company', name: role.contact.name, email: role.contact.email, language: role.contact.language },
    { audience: 'coordinator', name: school.coordinator.name, email: school.coordinator.email, language: school.coordinator.language },
  ] as const;
  // Each person at most once per event: when a later email fails and the event is retried,
  // the ones already sent are not sent again.
  for (const r of recipients) {
    await once(context, { expiresAfterSeconds: SENT_FOR_SECONDS }, { scope: 'notifyPlacement:email', key: `${eventId}#${r.audience}`, payload: r.audience }, async () => {
      // The company's email carries the role's management link, issued here, once with its email.
      const manage = r.audience === 'company' ? { manageRoleUrl: await issueManageLink(role) } : {};
      // The applicant's and the company's replies go to the sending school's coordinator, whose
      // address the email gives them anyway; the coordinator's own to the programme.
      return sendEmail(
        r.email,
        // The company reads its role's title as it wrote it; the others the text that fits them.
        placementConfirmedEmail.render(r.language, {
          audience: r.audience,
          recipientName: r.name,
          ...facts,
          placement: placementFacts(ctx, r.audience === 'company' ? undefined : r.language),
          ...manage,
        }),
        r.audience === 'coordinator' ? {} : { replyTo: school.coordinator.email },
      );
    });
  }
}

/** The events that end a proposal without a placement, and what the applicant is told happened. */
const OUTCOMES: Record<string, SearchOutcome> = { 'match.rejected': 'rejected', 'match.declined': 'declined', 'match.expired': 'expired' };

/**
 * A proposal did not work out (`detailType` says how): the applicant is told kindly that the
 * search goes on (never the reason); after a rejection that held the student, that the
 * application is paused, and the coordinator gets the link that releases them (hold.ts).
 */
export async function notifySearchContinues(matchId: string, detailType: string, eventId: string, context: Context) {
  const outcome = OUTCOMES[detailType];
  if (!outcome) throw new Error(`no search-continues email for ${detailType}`);
  const match = await getMatch(matchId);
  const application = match && (await getApplication(match.applicationId));
  // Withdrawn meanwhile, or already placed elsewhere: nothing to tell.
  if (!application || application.status === 'WITHDRAWN' || application.status === 'PLACED' || application.erasedAt || !application.email) return;
  const { url } = await issueLink('applicationStatus', application.applicationId, application.language, { readerCountry: application.homeCountry });
  if (detailType === 'match.rejected' && heldByCoordinator(application)) {
    await notifyHold(application, url, eventId, context);
    return;
  }
  await sendEmail(application.email, searchContinuesEmail.render(application.language, { firstName: application.firstName, outcome, statusUrl: url }));
}

/**
 * On match.proposed: the applicant is told of the proposal when it is made (company, role, place,
 * dates, the role's description, what happens next), unless the application was withdrawn, erased
 * or placed meanwhile. A proposal that ended meanwhile is still told (it was made; the applicant
 * hears that the search goes on as well), so what a person is sent does not hang on which of two
 * consumers of the moment ran first.
 */
export async function notifyApplicantOfProposal(matchId: string) {
  const ctx = await loadMatchContext(matchId);
  const application = ctx?.application;
  if (!ctx || !application || application.status === 'WITHDRAWN' || application.status === 'PLACED' || application.erasedAt || !application.email) {
    logger.info('application withdrawn, erased or placed since; nothing to send', { matchId });
    return;
  }
  const { url } = await issueLink('applicationStatus', application.applicationId, application.language, { readerCountry: application.homeCountry });
  const email = placementProposedEmail.render(application.language, {
    firstName: application.firstName,
    placement: placementFacts(ctx, application.language),
    ...roleDescriptionFor(ctx.role, application.language),
    statusUrl: url,
  });
  await sendEmail(application.email, email);
}

/**
 * On match.declined: the school's coordinator, who approved the student, is told that the company
 * declined (never the company's reason); not once the application was withdrawn or erased.
 */
export async function notifyCoordinatorOfDecline(matchId: string) {
  const ctx = await loadMatchContext(matchId);
  if (ctx?.match.status !== 'DECLINED') {
    logger.info('match not declined; nothing to send', { matchId });
    return;
  }
  const { application, school } = ctx;
  if (application.erasedAt || application.status === 'WITHDRAWN') {
    logger.info('application withdrawn or erased since; nothing to send', { matchId });
    return;
  }
  const { coordinator } = school;
  const email = companyDeclinedEmail.render(coordinator.language, {
    recipientName: coordinator.name,
    applicant: applicantFacts(ctx),
    placement: placementFacts(ctx, coordinator.language),
    backInSearch: !application.held,
  });
  await sendEmail(coordinator.email, email);
}
