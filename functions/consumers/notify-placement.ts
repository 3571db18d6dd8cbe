import { matchConfirmed } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { once } from '#shared/platform/idempotency';
import { renderEmail } from '#shared/decisions/emails';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { applicantFacts, loadMatchContext, placementFacts } from '#shared/decisions/match-context';

/** As long as the consumer remembers the event (EventBridge retries for at most 24 hours). */
const SENT_FOR_SECONDS = 2 * 86_400;

/** The placement is confirmed: the applicant, the company contact and the coordinator are told, each in their language. */
export const handler = consumer('notifyPlacement', matchConfirmed, async ({ matchId }, { eventId }, context) => {
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
  // Each person at most once per event: when a later email fails and the event is retried,
  // the ones already sent are not sent again.
  for (const r of recipients) {
    await once(context, { expiresAfterSeconds: SENT_FOR_SECONDS }, { scope: 'notifyPlacement:email', key: `${eventId}#${r.audience}`, payload: r.audience }, () =>
      sendEmail(r.email, renderEmail('placementConfirmed', r.language, { audience: r.audience, recipientName: r.name, ...facts })),
    );
  }
});
