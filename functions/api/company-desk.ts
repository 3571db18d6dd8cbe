import { closeRoleAction, closeRoleView, rolesDesk } from '#shared/company-desk/routes';
import { deskHandler } from '#shared/sign-in/desk-handler';

/** The company contact's desk (shared/company-desk/); routes as in functions/catalog.ts. */
export const handler = deskHandler(async (request) => {
  const [method, path] = request.event.routeKey.split(' ');
  if (path === '/desk/roles/{roleId}/close') return method === 'POST' ? closeRoleAction(request) : closeRoleView(request);
  return rolesDesk(request);
});
