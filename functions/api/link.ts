import { apiHandler } from '#shared/http/handler';
import { rawBody } from '#shared/http/request';
import { preferredLanguage } from '#shared/i18n';
import { linkPurposes, pageResponse } from '#shared/links';
import { linkExpiredPage, linkUnknownPage, linkUsedPage } from '#shared/pages/index';
import { findToken, isExpired } from '#shared/tokens';

/**
 * Every page behind an email link. GET and HEAD only show (mail scanners open every link);
 * the page's form POSTs to the same URL, and only that changes anything.
 */
export const handler = apiHandler(async (event) => {
  const method = event.requestContext.http.method;
  const now = new Date();
  const item = await findToken(event.pathParameters?.token ?? '');
  const respond = (status: number, html: string) => pageResponse(method, status, html);
  if (!item) return respond(404, linkUnknownPage(preferredLanguage(event.headers?.['accept-language'])));

  const purpose = linkPurposes[item.purpose];
  if (item.usedAt) {
    return respond(200, linkUsedPage(item.language, { decision: item.decision ?? '', decidedAt: item.usedAt }));
  }
  if (isExpired(item, now)) return respond(410, linkExpiredPage(item.language, { purpose: item.purpose }));
  const request = { method, path: event.rawPath, now };
  if (method === 'POST') {
    rawBody(event); // refuses oversized form posts before any work
    return purpose.act(item, request);
  }
  return purpose.view(item, request);
});
