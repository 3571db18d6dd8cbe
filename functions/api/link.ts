import { apiHandler } from '#shared/platform/http/handler';
import { crossSitePage } from '#shared/platform/error-pages';
import { formFields, fromAnotherSite, header } from '#shared/platform/http/request';
import { preferredLanguage } from '#shared/platform/i18n';
import { expiredPage, pageResponse, usedPage } from '#shared/links/link-handler';
import { linkPurposes } from '#shared/links/registry';
import { linkUnknownPage } from '#shared/links/link-pages';
import { findToken, isExpired } from '#shared/links/tokens';

/**
 * Every page behind an email link. GET and HEAD only show (mail scanners open every link);
 * the page's form POSTs to the same URL, and only that changes anything.
 */
export const handler = apiHandler(async (event) => {
  const method = event.requestContext.http.method;
  const now = new Date();
  if (method === 'POST' && fromAnotherSite(event)) {
    return pageResponse(method, 403, crossSitePage(preferredLanguage(header(event, 'accept-language'))));
  }
  // Read first: an oversized form post is refused before any work.
  const form = formFields(event);
  const item = await findToken(event.pathParameters?.token ?? '');
  if (!item) return pageResponse(method, 404, linkUnknownPage(preferredLanguage(event.headers?.['accept-language'])));
  // A spent single-use link says what was decided and when; the status link is never spent.
  if (item.usedAt) return pageResponse(method, 200, usedPage({ ...item, usedAt: item.usedAt }));
  if (isExpired(item, now)) return pageResponse(method, 410, expiredPage(item));

  const purpose = linkPurposes[item.purpose];
  const request = {
    method,
    path: event.rawPath,
    now,
    form,
    query: new URLSearchParams(event.rawQueryString ?? ''),
  };
  return method === 'POST' ? purpose.act(item, request) : purpose.view(item, request);
});
