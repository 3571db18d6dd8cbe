import { apiHandler } from '#shared/platform/http/handler';
import { config } from '#shared/platform/config';
import { crossSitePage } from '#shared/platform/error-pages';
import { header, isCrossSite, rawBody } from '#shared/platform/http/request';
import { preferredLanguage } from '#shared/platform/i18n';
import { expiredPage, pageResponse, usedPage } from '#shared/links/link-handler';
import { linkPurposes } from '#shared/links/registry';
import { linkUnknownPage } from '#shared/links/link-pages';
import { findToken, isExpired } from '#shared/links/tokens';

/** Form posts only: anything else is read as an empty form and changes nothing. */
function formOf(method: string, contentType: string | undefined, body: string) {
  const isForm = (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
  return new URLSearchParams(method === 'POST' && isForm ? body : '');
}

/**
 * Every page behind an email link. GET and HEAD only show (mail scanners open every link);
 * the page's form POSTs to the same URL, and only that changes anything.
 */
export const handler = apiHandler(async (event) => {
  const method = event.requestContext.http.method;
  const now = new Date();
  if (method === 'POST' && isCrossSite(event, new URL(config.publicBaseUrl).origin)) {
    return pageResponse(method, 403, crossSitePage(preferredLanguage(header(event, 'accept-language'))));
  }
  // Read first: an oversized form post is refused before any work.
  const body = method === 'POST' ? rawBody(event) : '';
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
    form: formOf(method, header(event, 'content-type'), body),
    query: new URLSearchParams(event.rawQueryString ?? ''),
  };
  return method === 'POST' ? purpose.act(item, request) : purpose.view(item, request);
});
