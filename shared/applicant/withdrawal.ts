import type { WithdrawalCause } from '#events/contracts';
import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { applicantFacts } from '#shared/decisions/match-context';
import { getMatch } from '#shared/decisions/matches';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { config } from '#shared/platform/config';
import { getRole } from '#shared/roles/store';
import { roleTextFor } from '#shared/roles/role-text';
import type { Language } from '#shared/platform/i18n';
import { getSchool, schoolName } from '#shared/schools/registry';
import { applicantWithdrewEmail, proposalEndedByPlacementEmail, schoolLeftEmail, withdrawalConfirmedEmail, withdrawnBySchoolEmail } from './emails.ts';

/**
 * On application.withdrawn: the applicant's confirmation, or, when their school was deactivated,
 * why the application was closed and whom to ask. Not for an application closed because the
 * person's placement was confirmed: they get one email for all of those (one-at-a-time.ts).
 */
export async function sendWithdrawalConfirmation(applicationId: string, cause?: WithdrawalCause) {
  if (cause === 'placedElsewhere') return;
  const application = await getApplication(applicationId);
  // Erased (the applicant deleted their data, which withdraws too): nobody to write to.
  if (!application || application.erasedAt || !application.email) return;
  if (cause === 'withdrawnBySchool') {
    // Who of the school's two people did it (kept with the reason on the application).
    const school = await getSchool(application.schoolId);
    const by = application.withdrawal?.by === 'deputy' && school?.deputy ? school.deputy : school?.coordinator;
    if (by) {
      await sendEmail(application.email, withdrawnBySchoolEmail.render(application.language, { firstName: application.firstName, by: { name: by.name, email: by.email } }), { replyTo: by.email });
      return;
    }
  }
  if (cause === 'schoolDeactivated') {
    const school = await getSchool(application.schoolId);
    const contactAddress = config.contactAddress;
    const email = schoolLeftEmail.render(application.language, {
      firstName: application.firstName,
      schoolName: school ? schoolName(school) : application.schoolId,
      ...(school && application.confirmedAt ? { coordinator: { name: school.coordinator.name, email: school.coordinator.email } } : {}),
      ...(contactAddress ? { contactAddress } : {}),
    });
    await sendEmail(application.email, email);
    return;
  }
  await sendEmail(application.email, withdrawalConfirmedEmail.render(application.language, { firstName: application.firstName }));
}

/** The proposal a withdrawal released, if one was pending (its match ended with cause `withdrawn`). */
async function cancelledProposal(application: ApplicationItem, reader: Language) {
  for (const matchId of application.matchIds ?? []) {
    const match = await getMatch(matchId);
    if (match?.status !== 'RELEASED' || match.ended?.cause !== 'withdrawn') continue;
    const role = await getRole(match.roleId);
    // The coordinator reads the role's title in the text that fits them.
    return role && { companyName: role.company.name, roleTitle: roleTextFor(role, reader).title, city: role.company.city };
  }
  return undefined;
}

/**
 * On application.withdrawn: the school's coordinator is told that a student of theirs withdrew,
 * with the proposal that was cancelled. Only for an application the applicant had confirmed
 * (an unconfirmed one was never shown to anyone), and not after erasure (which withdraws too).
 * One closed because the student's placement for overlapping dates was confirmed is told only
 * when it had a proposal, which the coordinator saw: the placement itself they hear of anyway.
 * One closed because programme staff deactivated the school is not: the school left as a whole.
 */
export async function tellCoordinatorOfWithdrawal(applicationId: string, cause?: WithdrawalCause) {
  if (cause === 'withdrawnBySchool') {
    logger.info('withdrawn by the school itself; its coordinator is not told what they did', { applicationId });
    return;
  }
  if (cause === 'schoolDeactivated') {
    logger.info('closed because the school left the programme; its coordinator is not written to for each', { applicationId });
    return;
  }
  const application = await getApplication(applicationId);
  if (!application || application.erasedAt || application.status !== 'WITHDRAWN' || !application.confirmedAt) {
    logger.info('application not withdrawn after confirmation, or erased; nothing to tell the coordinator', { applicationId });
    return;
  }
  const school = await getSchool(application.schoolId);
  if (!school) {
    logger.warn('the school of a withdrawn application is not in the registry; nobody to tell', { applicationId, schoolId: application.schoolId });
    return;
  }
  const { coordinator } = school;
  const cancelled = await cancelledProposal(application, coordinator.language);
  if (cause === 'placedElsewhere') {
    if (!cancelled) {
      logger.info('closed for a placement without a proposal pending; nothing to tell the coordinator', { applicationId });
      return;
    }
    const email = proposalEndedByPlacementEmail.render(coordinator.language, {
      recipientName: coordinator.name,
      applicant: applicantFacts({ application, school }),
      cancelledProposal: cancelled,
    });
    await sendEmail(coordinator.email, email);
    return;
  }
  const email = applicantWithdrewEmail.render(coordinator.language, {
    recipientName: coordinator.name,
    applicant: applicantFacts({ application, school }),
    ...(cancelled ? { cancelledProposal: cancelled } : {}),
  });
  await sendEmail(coordinator.email, email);
}
