import { getApplication } from '#shared/applications/store';
import { config } from '#shared/platform/config';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { isUndeliverable } from '#shared/platform/undeliverable';
import { getSchool, schoolName } from '#shared/schools/registry';
import { applicantUndeliverableEmail, schoolContactUndeliverableEmail, STAFF_LANGUAGE } from './emails.ts';
import { holdOf } from './hold.ts';
import type { SchoolContact } from './school-contacts.ts';
import { personName } from '#shared/applications/latin-name';
import { forReaderIn } from '#shared/vocabulary/time-zones';

/** On application.held: the school's coordinator is told, in their language, whom to reach and how. */
export async function notifyApplicationHeld(applicationId: string) {
  const application = await getApplication(applicationId);
  // Withdrawn meanwhile (the status link still works): nothing left for the coordinator to do.
  if (!application || application.erasedAt || !application.email || !holdOf(application) || application.status === 'WITHDRAWN') {
    logger.info('application not held, or withdrawn or erased; nothing to send', { applicationId });
    return;
  }
  const school = await getSchool(application.schoolId);
  if (!school) {
    logger.warn('the school of a held application is not in the registry; nobody to tell', { applicationId, schoolId: application.schoolId });
    return;
  }
  const { coordinator } = school;
  const email = applicantUndeliverableEmail.render(coordinator.language, {
    recipientName: coordinator.name,
    applicantName: personName(application),
    applicantEmail: application.email,
    schoolName: schoolName(school),
    applicationId,
    submittedAt: forReaderIn(application.submittedAt, school.country),
    proposalPending: application.status === 'PROPOSED',
    applyUrl: `${config.publicBaseUrl}/apply/`,
  });
  const sent = await sendEmail(coordinator.email, email);
  logger.info('coordinator told of a held application', { applicationId, sent });
}

/**
 * On school.contactUndeliverable: programme staff (the funder report's recipients) are told
 * which school's contact to fix. With no recipients configured it fails on purpose, logging an
 * error: the event lands in the function's dead-letter queue, whose alarm notifies the alarm
 * topic, and a redrive sends it once recipients are configured.
 */
export async function alertProgrammeStaff(schoolId: string, contact: SchoolContact) {
  const recipients = config.reportRecipients;
  if (recipients.length === 0) {
    logger.error('a school contact is undeliverable and no programme staff are configured to be told (reportRecipients)', { schoolId, contact });
    throw new Error(`no reportRecipients to tell that the ${contact} of school ${schoolId} is undeliverable`);
  }
  const school = await getSchool(schoolId);
  const person = school?.[contact];
  if (!school || !person) {
    logger.info('the school or its contact left the registry meanwhile; nothing to send', { schoolId, contact });
    return;
  }
  if (!(await isUndeliverable(person.email))) {
    logger.info('the registry names another address now; nothing to send', { schoolId, contact });
    return;
  }
  const email = schoolContactUndeliverableEmail.render(STAFF_LANGUAGE, {
    contact,
    schoolName: schoolName(school),
    schoolId,
    contactName: person.name,
    contactEmail: person.email,
  });
  for (const recipient of recipients) await sendEmail(recipient, email);
  logger.info('programme staff told of an undeliverable school contact', { schoolId, contact, recipients: recipients.length });
}
