import { applicationPaused } from '#events/contracts';
import { tellApplicantPaused } from '#shared/school-desk/pause';
import { consumer } from '#shared/platform/consumer';

export const handler = consumer('notifyApplicantPaused', applicationPaused, ({ applicationId }) => tellApplicantPaused(applicationId));
