import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { ApiResult } from './http/handler.ts';
import { getApplication } from './applications.ts';
import { applicationStatusPage, errorPage, linkExpiredPage, linkUsedPage, notFoundPage, roleVerificationPage, roleVerifiedPage } from './pages/index.ts';
import { getRole, openRole } from './roles.ts';
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
}

interface PurposeHandler {
  /** GET/HEAD: show, never change anything. */
  view(item: TokenItem, request: LinkRequest): Promise<ApiResult>;
  /** POST of the page's form: the one place the link changes state. */
  act(item: TokenItem, request: LinkRequest): Promise<ApiResult>;
}

const isConditionFailure = (error: unknown) => error instanceof TransactionCanceledException;

/** After a lost race (two POSTs, or expiry meanwhile), answer with the token's current story. */
async function afterConflict(item: TokenItem, { method, now }: LinkRequest): Promise<ApiResult> {
  const current = (await findTokenByKey(item.pk)) ?? item;
  if (current.usedAt) {
    return pageResponse(method, 200, linkUsedPage(current.language, { decision: current.decision ?? '', decidedAt: current.usedAt }));
  }
  if (isExpired(current, now)) return pageResponse(method, 410, linkExpiredPage(current.language, { purpose: current.purpose }));
  return pageResponse(method, 409, errorPage(current.language));
}

export const linkPurposes: Record<LinkPurpose, PurposeHandler> = {
  applicationStatus: {
    async view(item, { method }) {
      const application = await getApplication(item.subjectId);
      if (!application) return pageResponse(method, 404, notFoundPage(item.language));
      return pageResponse(
        method,
        200,
        applicationStatusPage(item.language, {
          status: application.status,
          submittedAt: application.submittedAt,
          applicantType: application.applicantType,
          sectors: application.sectors,
          destinations: application.destinations,
          availableFrom: application.availableFrom,
          availableTo: application.availableTo,
        }),
      );
    },
    // The status page offers no action yet; withdrawal arrives with the decisions flow.
    async act(item, { method }) {
      return pageResponse(method, 405, errorPage(item.language));
    },
  },
  roleVerification: {
    async view(item, { method, path }) {
      const role = await getRole(item.subjectId);
      if (!role) return pageResponse(method, 404, notFoundPage(item.language));
      return pageResponse(
        method,
        200,
        roleVerificationPage(item.language, {
          companyName: role.company.name,
          roleTitle: role.title,
          sector: role.sector,
          city: role.company.city,
          country: role.company.country,
          places: role.places,
          periodFrom: role.periodFrom,
          periodTo: role.periodTo,
          formAction: path,
        }),
      );
    },
    async act(item, request) {
      const { method, now } = request;
      const role = await getRole(item.subjectId);
      if (!role) return pageResponse(method, 404, notFoundPage(item.language));
      try {
        await openRole(role, item, now);
      } catch (error) {
        if (isConditionFailure(error)) return afterConflict(item, request);
        throw error;
      }
      return pageResponse(method, 200, roleVerifiedPage(item.language, { roleTitle: role.title }));
    },
  },
};
