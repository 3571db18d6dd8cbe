import { roleClosed } from '#events/contracts';
import { getApplication } from '#shared/applications/store';
import { consumer } from '#shared/platform/consumer';
import { decide } from '#shared/decisions/transitions';
import { renderEmail } from '#shared/decisions/emails';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { pendingMatchesOfRole } from '#shared/decisions/matches';
import { getRole } from '#shared/roles/store';

/**
 * A closed role releases what was pending on it: each applicant goes back to the pool (the
 * role.closed event already asked for a round). Then the contact gets a confirmation.
 */
export const handler = consumer('releaseClosedRole', roleClosed, async ({ roleId }) => {
  const now = new Date();
  for (const match of await pendingMatchesOfRole(roleId)) {
    const application = await getApplication(match.applicationId);
    if (!application) continue;
    const outcome = await decide(match, application, { type: 'release', cause: 'roleClosed' }, now);
    // A conflict means the match moved meanwhile; a retry of this event reads it again.
    if (outcome === 'conflict') throw new Error(`match ${match.matchId} changed while releasing; retrying`);
    logger.info('released a pending match of a closed role', { matchId: match.matchId, outcome });
  }
  const role = await getRole(roleId);
  if (role) {
    await sendEmail(
      role.contact.email,
      renderEmail('roleClosed', role.contact.language, { recipientName: role.contact.name, companyName: role.company.name, roleTitle: role.title }),
    );
  }
});
