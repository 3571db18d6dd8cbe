import { forReaderIn } from '#shared/vocabulary/time-zones';
import { getApplication } from '#shared/applications/store';
import { ANSWERED_DECISION, getFollowUp, isErased, parseAnswer, placementShown, recordAnswer, type FollowUpItem, type FollowUpKind } from './records.ts';
import { getRole } from '#shared/roles/store';
import { linkUsedPage } from '#shared/links/link-pages';
import { notFoundPage } from '#shared/platform/error-pages';
import {
  companyFeedbackPage,
  followUpEndPage,
  followUpSixMonthsPage,
  followUpThanksPage,
  type FollowUpPageVars,
} from './pages.ts';
import type { TokenItem } from '#shared/links/tokens';
import { afterConflict, genericError, pageResponse, type LinkRequest, type PurposeHandler } from '#shared/links/link-handler';
import { personName } from '#shared/applications/latin-name';

const PAGES = { end: followUpEndPage, sixMonths: followUpSixMonthsPage, companyFeedback: companyFeedbackPage } as const;

type Loaded =
  | { page: 'form'; item: FollowUpItem; vars: Omit<FollowUpPageVars, 'formAction'> }
  | { page: 'answered'; item: FollowUpItem & { answeredAt: string } }
  | { page: 'notFound' };

/**
 * What the link is about, now: the follow-up (answered through another link → "already
 * answered"), and the placement's facts for the page. An erased participant's placement shows
 * nothing.
 */
async function load(token: TokenItem, kind: FollowUpKind): Promise<Loaded> {
  const item = await getFollowUp(token.subjectId, kind);
  if (!item || item.status === 'SKIPPED') return { page: 'notFound' };
  if (item.status === 'ANSWERED' && item.answeredAt) return { page: 'answered', item: { ...item, answeredAt: item.answeredAt } };
  const [application, role] = await Promise.all([getApplication(item.applicationId), getRole(item.roleId)]);
  if (!application || !role || isErased(application)) return { page: 'notFound' };
  return {
    page: 'form',
    item,
    vars: {
      placement: placementShown(item, role, kind === 'companyFeedback' ? undefined : token.language),
      ...(kind === 'companyFeedback' ? { participantName: personName(application) } : {}),
    },
  };
}

function followUpLink(kind: FollowUpKind): PurposeHandler {
  const answeredPage = (token: TokenItem, item: FollowUpItem & { answeredAt: string }) =>
    linkUsedPage(token.language, { decision: ANSWERED_DECISION[kind], decidedAt: forReaderIn(item.answeredAt, token.readerCountry) });
  const other = async (token: TokenItem, request: LinkRequest, loaded: Loaded) =>
    loaded.page === 'answered'
      ? pageResponse(request.method, 200, answeredPage(token, loaded.item))
      : pageResponse(request.method, 404, notFoundPage(token.language));
  return {
    async view(token, request) {
      const loaded = await load(token, kind);
      if (loaded.page !== 'form') return other(token, request, loaded);
      return pageResponse(request.method, 200, PAGES[kind](token.language, { ...loaded.vars, formAction: request.path }));
    },
    async act(token, request) {
      const loaded = await load(token, kind);
      if (loaded.page !== 'form') return other(token, request, loaded);
      const parsed = parseAnswer(kind, request.form);
      if (!parsed.ok) {
        // Nothing is written: the page comes back with what to fix and what was chosen.
        const page = PAGES[kind](token.language, { ...loaded.vars, formAction: request.path, errors: parsed.errors, values: parsed.values });
        return pageResponse(request.method, 422, page);
      }
      const outcome = await recordAnswer(loaded.item, parsed.answer, token, request.now);
      if (outcome === 'done') return pageResponse(request.method, 200, followUpThanksPage(token.language, kind));
      // Lost a race: this link was spent meanwhile, or the answer came through another link.
      const again = await load(token, kind);
      if (again.page === 'answered') return pageResponse(request.method, 200, answeredPage(token, again.item));
      return afterConflict(token, request, genericError(token));
    },
  };
}

/** The participant's end-of-placement survey. */
export const followUpEnd = /* @__PURE__ */ followUpLink('end');
/** The participant's situation six months after the end. */
export const followUpSixMonths = /* @__PURE__ */ followUpLink('sixMonths');
/** The host company contact's feedback at the end. */
export const companyFeedback = /* @__PURE__ */ followUpLink('companyFeedback');
