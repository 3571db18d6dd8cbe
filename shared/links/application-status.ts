import { getApplication } from '../applications.ts';
import { withdrawApplication } from '../decisions.ts';
import { getMatch } from '../matches.ts';
import { applicationStatusPage, decisionDonePage, notFoundPage, proposalChangedPage } from '../pages/index.ts';
import { pageResponse, type PurposeHandler } from './common.ts';

/** Statuses from which an applicant may still withdraw: anything before a confirmed placement. */
const WITHDRAWABLE = new Set(['SUBMITTED', 'PROPOSED']);

/** The applicant's private status page; its form withdraws the application. */
export const applicationStatus: PurposeHandler = {
  async view(item, { method, path }) {
    const application = await getApplication(item.subjectId);
    if (!application) return pageResponse(method, 404, notFoundPage(item.language));
    return pageResponse(
      method,
      200,
      applicationStatusPage(item.language, {
        status: application.status,
        submittedAt: application.submittedAt,
        applicantType: application.applicantType,
        sectors: application.sectors,
        destinations: application.destinations,
        availableFrom: application.availableFrom,
        availableTo: application.availableTo,
        ...(WITHDRAWABLE.has(application.status) ? { withdrawAction: path } : {}),
      }),
    );
  },
  async act(item, { method, now }) {
    const application = await getApplication(item.subjectId);
    if (!application) return pageResponse(method, 404, notFoundPage(item.language));
    // The link stays usable for viewing; withdrawing once is guarded by the application's status.
    const match = application.matchId ? await getMatch(application.matchId) : undefined;
    const outcome = WITHDRAWABLE.has(application.status) ? await withdrawApplication(application, match, now) : 'not-allowed';
    if (outcome === 'done') return pageResponse(method, 200, decisionDonePage(item.language, { outcome: 'withdrawn' }));
    const current = await getApplication(item.subjectId);
    const change = current?.status === 'WITHDRAWN' ? 'withdrawn' : 'decided';
    return pageResponse(method, 409, proposalChangedPage(item.language, { change }));
  },
};
