import type { ApiResult } from '#shared/platform/http/handler';
import { errorPage } from '#shared/platform/error-pages';
import { forReaderIn } from '#shared/vocabulary/time-zones';
import { linkExpiredPage, linkUsedPage } from './link-pages.ts';
import { findTokenByKey, isExpired, type LinkPurpose, type TokenItem } from './tokens.ts';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // The URL holds a bearer token: never cache the page, never leak the URL as a referrer.
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};

export function pageResponse(method: string, status: number, html: string): ApiResult {
  return { statusCode: status, headers: PAGE_HEADERS, body: method === 'HEAD' ? '' : html };
}

/** What a link's page needs of the request; `path` is where its form posts back to. */
export interface LinkRequest {
  method: string;
  path: string;
  now: Date;
  /** The posted form fields (empty for GET and HEAD). */
  form: URLSearchParams;
  /** The query string (e.g. the status page's `?view=data`); absent means none. */
  query?: URLSearchParams;
}

export interface PurposeHandler {
  /** GET/HEAD: show, never change anything. */
  view(item: TokenItem, request: LinkRequest): Promise<ApiResult>;
  /** POST of the page's form: the one place the link changes state. */
  act(item: TokenItem, request: LinkRequest): Promise<ApiResult>;
}

/** The expired page gives the advice that fits the link's purpose. */
export const expiredPage = (item: TokenItem) => linkExpiredPage(item.language, { purpose: item.purpose });

export const usedPage = (item: TokenItem & { usedAt: string }) =>
  linkUsedPage(item.language, { decision: item.decision ?? '', decidedAt: forReaderIn(item.usedAt, item.readerCountry) });

/** After a lost race (two POSTs, or expiry meanwhile), answer with the token's current story. */
export async function afterConflict(item: TokenItem, { method, now }: LinkRequest, otherwise: () => string): Promise<ApiResult> {
  const current = (await findTokenByKey(item.pk)) ?? item;
  if (current.usedAt) return pageResponse(method, 200, usedPage({ ...current, usedAt: current.usedAt }));
  if (isExpired(current, now)) return pageResponse(method, 410, expiredPage(current));
  return pageResponse(method, 409, otherwise());
}

export const genericError = (item: TokenItem) => () => errorPage(item.language);

export type Registry = Record<LinkPurpose, PurposeHandler>;
