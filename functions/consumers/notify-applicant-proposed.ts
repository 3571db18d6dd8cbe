import { matchProposed } from '#events/contracts';
import { notifyApplicantOfProposal } from '#shared/decisions/notify';
import { consumer } from '#shared/platform/consumer';

/** A round proposed a placement: the applicant is told what it is and what happens next. */
export const handler = consumer('notifyApplicantProposed', matchProposed, ({ matchId }) => notifyApplicantOfProposal(matchId));
