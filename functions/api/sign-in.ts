import { apiHandler } from '#shared/platform/http/handler';
import { askForSignIn, deskHome, openApplication, signInForm, signOut } from '#shared/sign-in/routes';
import { withSession } from '#shared/sign-in/desk-handler';

const home = withSession(deskHome);
const application = withSession(openApplication);

/** Signing in and out, and the desk's first page (shared/sign-in/); routes as in functions/catalog.ts. */
export const handler = apiHandler(async (event, context) => {
  const [method, path] = event.routeKey.split(' ');
  if (path === '/sign-in') return method === 'POST' ? askForSignIn(event) : signInForm(event);
  if (path === '/sign-out') return signOut(event);
  if (path === '/desk/applications/{applicationId}') return application(event, context);
  return home(event, context);
});
