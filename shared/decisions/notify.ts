import { renderEmail } from './emails.ts';
import { sendEmail } from '#shared/platform/mailer';
import { applicantFacts, placementFacts, requiredWeeks, type MatchContext } from './match-context.ts';
import { issueLink } from '#shared/links/tokens';

const secondsUntil = (iso: string, now: Date) => Math.max(60, Math.floor((Date.parse(iso) - now.getTime()) / 1000));
/** A close-role link lives as long as the role could still get candidates. */
const ROLE_LINK_SECONDS = 365 * 86_400;

/**
 * The coordinator's decision email: one link, valid until the decision is due, bound to the
 * match as it is now. A reminder goes to the deputy too, who may decide on the coordinator's behalf.
 */
export async function sendCoordinatorEmails(ctx: MatchContext, reminder: boolean, now = new Date()) {
  const { match, school, role } = ctx;
  const due = match.decisionDueAt!;
  const people = reminder && school.deputy ? [{ person: school.coordinator, deputy: false }, { person: school.deputy, deputy: true }] : [{ person: school.coordinator, deputy: false }];
  for (const { person, deputy } of people) {
    const { url } = await issueLink('coordinatorDecision', match.matchId, person.language, secondsUntil(due, now), now, match.version);
    const email = renderEmail('coordinatorProposal', person.language, {
      recipientName: person.name,
      applicant: applicantFacts(ctx),
      placement: placementFacts(ctx),
      requiredLanguages: role.languages,
      requiredWeeks: requiredWeeks(ctx),
      score: match.score,
      decideUrl: url,
      decideBy: due,
      reminder,
      deputy,
    });
    await sendEmail(person.email, email);
  }
}

/** The company contact's decision email, with a quieter link to close the role. */
export async function sendCompanyEmails(ctx: MatchContext, reminder: boolean, now = new Date()) {
  const { match, role, application } = ctx;
  const due = match.decisionDueAt!;
  const language = role.contact.language;
  const decide = await issueLink('companyDecision', match.matchId, language, secondsUntil(due, now), now, match.version);
  const close = await issueLink('roleManagement', role.roleId, language, ROLE_LINK_SECONDS, now);
  const email = renderEmail('companyProposal', language, {
    recipientName: role.contact.name,
    applicant: applicantFacts(ctx),
    placement: placementFacts(ctx),
    ...(application.motivation ? { motivation: application.motivation } : {}),
    decideUrl: decide.url,
    decideBy: due,
    closeRoleUrl: close.url,
    reminder,
  });
  await sendEmail(role.contact.email, email);
}
