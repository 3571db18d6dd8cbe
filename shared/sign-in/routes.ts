import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { crossSitePage, notFoundPage } from '#shared/platform/error-pages';
import type { ApiResult } from '#shared/platform/http/handler';
import { clientAddress } from '#shared/platform/http/origin';
import { formFields, fromAnotherSite } from '#shared/platform/http/request';
import { email as emailRule } from '#shared/platform/validation';
import { pageResponse } from '#shared/links/link-handler';
import { issueLink } from '#shared/links/tokens';
import { getApplication } from '#shared/applications/store';
import { getSchool, schoolName } from '#shared/schools/registry';
import { SIGN_IN_PATH } from '#shared/platform/site-paths';
import { redirect, requestLanguage, type DeskRequest } from './desk-handler.ts';
import { deskHomePage } from './desk-page.ts';
import { linkOnItsWayPage, signedOutPage, signInPage, tooManySignInsPage } from './pages.ts';
import { requestSignIn } from './request.ts';
import { clearedSessionCookie, endSession, sessionOf } from './session.ts';
import { isLanguage } from '#shared/platform/i18n';

const urlPath = (url: string) => new URL(url).pathname;

/** GET /sign-in: the form, or (after a request) the one answer every address gets. */
export function signInForm(event: APIGatewayProxyEventV2): ApiResult {
  const method = event.requestContext.http.method;
  const language = requestLanguage(event);
  const sent = new URLSearchParams(event.rawQueryString ?? '').has('sent');
  return pageResponse(method, 200, sent ? linkOnItsWayPage(language) : signInPage(language));
}

/**
 * POST /sign-in: the same work and the same answer for every well-formed address (a redirect to
 * the "on its way" page, so a reload does not ask again); a malformed one is shown the form with
 * the error (422), and a client over its hourly count gets 429, neither of which depends on the address.
 */
export async function askForSignIn(event: APIGatewayProxyEventV2): Promise<ApiResult> {
  const method = 'POST';
  const now = new Date();
  const form = formFields(event);
  const asked = form.get('lang');
  const language = isLanguage(asked) ? asked : requestLanguage(event);
  if (fromAnotherSite(event)) return pageResponse(method, 403, crossSitePage(language));
  const typed = (form.get('email') ?? '').trim();
  const parsed = emailRule.safeParse(typed);
  if (!parsed.success) return pageResponse(method, 422, signInPage(language, { email: typed.slice(0, 254), invalid: true }));
  const outcome = await requestSignIn(parsed.data, language, clientAddress(event), now);
  if (outcome === 'limited') {
    const page = pageResponse(method, 429, tooManySignInsPage(language));
    return { ...page, headers: { ...page.headers, 'retry-after': '3600' } };
  }
  return redirect(`${SIGN_IN_PATH}?sent=1&lang=${language}`);
}

/** POST /sign-out: the session ends where it is stored, and the browser forgets the cookie. */
export async function signOut(event: APIGatewayProxyEventV2): Promise<ApiResult> {
  const now = new Date();
  const session = await sessionOf(event, now);
  const language = session?.language ?? requestLanguage(event);
  if (fromAnotherSite(event)) return pageResponse('POST', 403, crossSitePage(language));
  if (session) await endSession(session.id);
  return { ...pageResponse('POST', 200, signedOutPage(language)), cookies: [clearedSessionCookie()] };
}

/**
 * GET /desk: a section for each thing the address is. An applicant and nothing else, with one
 * application, goes straight to its status page (a lost receipt found again); a company contact
 * and nothing else, to their roles (a lost close-role link found again).
 */
export async function deskHome({ identity, language, method, now, session }: DeskRequest): Promise<ApiResult> {
  const only = identity.applicationIds.length === 1 && !identity.staff && identity.schools.length === 0 && identity.roleIds.length === 0;
  if (only && method === 'GET') return statusPageOf(identity.applicationIds[0]!, now, session.validUntil);
  const contactOnly = identity.roleIds.length > 0 && !identity.staff && identity.schools.length === 0 && identity.applicationIds.length === 0;
  if (contactOnly && method === 'GET') return redirect('/desk/roles');
  const [schools, applications] = await Promise.all([
    Promise.all(identity.schools.map(async (s) => ({ ...s, school: await getSchool(s.schoolId) }))),
    Promise.all(identity.applicationIds.map((id) => getApplication(id))),
  ]);
  return pageResponse(
    method,
    200,
    deskHomePage(language, {
      email: identity.email,
      staff: identity.staff,
      schools: schools.flatMap(({ schoolId, as, school }) => (school ? [{ schoolId, as, name: schoolName(school) }] : [])),
      roles: identity.roleIds.length,
      applications: applications.flatMap((a) => (a && !a.erasedAt ? [{ applicationId: a.applicationId, status: a.status, availableFrom: a.availableFrom, availableTo: a.availableTo }] : [])),
    }),
  );
}

/**
 * A fresh status link of the application, and there: the status page is behind links only. The
 * link lives as long as a visit (30 minutes, and never past the session): it lands in the
 * browser's history, and signing out must not leave a year's access behind on a shared computer.
 */
export const DESK_STATUS_LINK_SECONDS = 30 * 60;
async function statusPageOf(applicationId: string, now: Date, sessionEnds: string): Promise<ApiResult> {
  const application = await getApplication(applicationId);
  if (!application) return redirect('/sign-in');
  const validForSeconds = Math.min(DESK_STATUS_LINK_SECONDS, Math.floor((Date.parse(sessionEnds) - now.getTime()) / 1000));
  const { url } = await issueLink('applicationStatus', applicationId, application.language, { now, readerCountry: application.homeCountry, validForSeconds });
  return redirect(urlPath(url));
}

/** POST /desk/applications/{id}: the person's own application's status page; anyone else's does not exist for them. */
export async function openApplication({ identity, params, language, now, session }: DeskRequest): Promise<ApiResult> {
  const id = params.applicationId ?? '';
  if (!identity.applicationIds.includes(id)) return pageResponse('POST', 404, notFoundPage(language));
  return statusPageOf(id, now, session.validUntil);
}
