import { changeRoleAction, closeRoleAction, closeRoleView, reopenRoleAction, roleView, rolesDesk } from '#shared/company-desk/routes';
import { deskHandler } from '#shared/sign-in/desk-handler';

/** The company contact's desk (shared/company-desk/); routes as in functions/catalog.ts. */
export const handler = deskHandler(async (request) => {
  const [method, path] = request.event.routeKey.split(' ');
  const post = method === 'POST';
  switch (path) {
    case '/desk/roles/{roleId}':
      return post ? changeRoleAction(request) : roleView(request);
    case '/desk/roles/{roleId}/close':
      return post ? closeRoleAction(request) : closeRoleView(request);
    case '/desk/roles/{roleId}/reopen':
      return reopenRoleAction(request);
    default:
      return rolesDesk(request);
  }
});
