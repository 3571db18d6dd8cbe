import { closeRolePage } from './close-page.ts';
import { decisionDonePage, proposalChangedPage } from '#shared/decisions/outcome-pages';
import { notFoundPage } from '#shared/platform/error-pages';
import { closeRole, getRole } from './store.ts';
import { afterConflict, pageResponse, type PurposeHandler } from '#shared/links/link-handler';

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
