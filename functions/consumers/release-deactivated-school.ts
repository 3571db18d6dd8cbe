import { schoolDeactivated } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { releaseApplicationsOfSchool } from '#shared/schools/deactivation';

/** A deactivated school's open applications are withdrawn; each applicant is told why (application.withdrawn). */
export const handler = consumer('releaseDeactivatedSchool', schoolDeactivated, async ({ schoolId }) => {
  await releaseApplicationsOfSchool(schoolId);
});
