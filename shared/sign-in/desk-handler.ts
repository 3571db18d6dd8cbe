import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { crossSitePage } from '#shared/platform/error-pages';
import { apiHandler, type ApiHandlerFn, type ApiResult } from '#shared/platform/http/handler';
import { formFields, fromAnotherSite, header } from '#shared/platform/http/request';
import { isLanguage, preferredLanguage, type Language } from '#shared/platform/i18n';
import { pageResponse } from '#shared/links/link-handler';
import { identify, type Identity } from './identity.ts';
import { sessionEndedPage } from './pages.ts';
import { sessionOf, type SessionItem } from './session.ts';

/** What a desk route gets: the session's person, worked out afresh (identity.ts), and the request. */
export interface DeskRequest {
  event: APIGatewayProxyEventV2;
  method: string;
  /** The path as requested: where a page's forms post back to. */
  path: string;
  params: Record<string, string>;
  /** The posted form (empty for GET and HEAD, and for a body that is no form). */
  form: URLSearchParams;
  query: URLSearchParams;
  now: Date;
  session: SessionItem & { id: string };
  identity: Identity;
  /** The desk's language: the session's (its sign-in email's). */
  language: Language;
}

/** The language of a page shown before anyone is known: `?lang=`, else the browser's. */
export function requestLanguage(event: APIGatewayProxyEventV2): Language {
  const asked = new URLSearchParams(event.rawQueryString ?? '').get('lang');
  return isLanguage(asked) ? asked : preferredLanguage(header(event, 'accept-language'));
}

export const redirect = (location: string, cookies?: string[]): ApiResult => ({
  statusCode: 303,
  headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  ...(cookies ? { cookies } : {}),
});

/**
 * Wraps a desk route (a page that needs a session): a cross-site POST is refused (403) before
 * anything is read; without a working session, a GET is sent to the sign-in page and a POST is
 * answered 401 with a page to sign in again, having done nothing. The route then decides what
 * the person may see from `identity` alone; what is not theirs is a 404 (it does not exist for them).
 */
export function withSession(route: (request: DeskRequest) => Promise<ApiResult>): ApiHandlerFn {
  return async (event) => {
    const method = event.requestContext.http.method;
    const now = new Date();
    const fallback = requestLanguage(event);
    if (method === 'POST' && fromAnotherSite(event)) return pageResponse(method, 403, crossSitePage(fallback));
    // Read before anything else: an oversized post is refused (413) before any work.
    const form = formFields(event);
    const session = await sessionOf(event, now);
    if (!session) return method === 'POST' ? pageResponse(method, 401, sessionEndedPage(fallback)) : redirect(`/sign-in?lang=${fallback}`);
    const identity = await identify(session.email);
    return route({
      event,
      method,
      path: event.rawPath,
      params: (event.pathParameters ?? {}) as Record<string, string>,
      form,
      query: new URLSearchParams(event.rawQueryString ?? ''),
      now,
      session,
      identity,
      language: session.language,
    });
  };
}

/** A function of desk routes only: `withSession` inside the API wrapper (origin check, errors). */
export const deskHandler = (route: (request: DeskRequest) => Promise<ApiResult>) => apiHandler(withSession(route));
