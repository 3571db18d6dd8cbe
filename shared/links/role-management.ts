import { closeRole } from '../decisions.ts';
import { closeRolePage, decisionDonePage, notFoundPage, proposalChangedPage } from '../pages/index.ts';
import { getRole } from '../roles.ts';
import { afterConflict, pageResponse, type PurposeHandler } from './common.ts';

/** The company contact closes a role (from a link in any of the role's emails). */
export const roleManagement: PurposeHandler = {
  async view(item, { method, path }) {
    const role = await getRole(item.subjectId);
    if (!role) return pageResponse(method, 404, notFoundPage(item.language));
    if (role.status !== 'OPEN') return pageResponse(method, 200, proposalChangedPage(item.language, { change: 'roleClosed' }));
    return pageResponse(
      method,
      200,
      closeRolePage(item.language, { companyName: role.company.name, roleTitle: role.title, placesLeft: role.placesLeft, formAction: path }),
    );
  },
  async act(item, request) {
    const role = await getRole(item.subjectId);
    if (!role) return pageResponse(request.method, 404, notFoundPage(item.language));
    if (request.form.get('decision') !== 'close') return this.view(item, request);
    const outcome = await closeRole(role, item, request.now);
    if (outcome === 'done') return pageResponse(request.method, 200, decisionDonePage(item.language, { outcome: 'roleClosed' }));
    return afterConflict(item, request, () => proposalChangedPage(item.language, { change: 'roleClosed' }));
  },
};
