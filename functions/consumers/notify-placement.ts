import { matchConfirmed } from '#events/catalog';
import { consumer } from '#shared/consumer';
import { renderEmail } from '#shared/email/templates';
import { logger } from '#shared/logger';
import { sendEmail } from '#shared/mailer';
import { applicantFacts, loadMatchContext, placementFacts } from '#shared/match-context';

/** The placement is confirmed: the applicant, the company contact and the coordinator are told, each in their language. */
export const handler = consumer('notifyPlacement', matchConfirmed, async ({ matchId }) => {
  const ctx = await loadMatchContext(matchId);
  if (!ctx) {
    logger.warn('match not found; nothing to send', { matchId });
    return;
  }
  const { application, role, school } = ctx;
  const facts = {
    applicant: applicantFacts(ctx),
    placement: placementFacts(ctx),
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
  for (const r of recipients) {
    await sendEmail(r.email, renderEmail('placementConfirmed', r.language, { audience: r.audience, recipientName: r.name, ...facts }));
  }
});
