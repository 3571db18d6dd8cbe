import { decide } from './transitions.ts';
import { applicantFacts, loadMatchContext, placementFacts, requiredWeeks, type MatchContext } from './match-context.ts';
import { validReason, type MatchAction } from './states.ts';
import { companyDecisionPage, coordinatorDecisionPage } from './proposal-page.ts';
import { decisionDonePage, proposalChangedPage } from './outcome-pages.ts';
import { notFoundPage } from '#shared/platform/error-pages';
import type { TokenItem } from '#shared/links/tokens';
import { afterConflict, pageResponse, type LinkRequest, type PurposeHandler } from '#shared/links/link-handler';
import { forReaderIn } from '#shared/vocabulary/time-zones';

type Change = 'withdrawn' | 'roleClosed' | 'expired' | 'decided' | 'released';

/**
 * Whether the match is still what the email was about: same version, still waiting for this
 * step, applicant still in it, role still open. Otherwise the page says what changed.
 */
function changeSince(ctx: MatchContext, item: TokenItem, waitingFor: 'PROPOSED' | 'APPROVED'): Change | undefined {
  if (ctx.application.status === 'WITHDRAWN') return 'withdrawn';
  if (ctx.role.status === 'CLOSED') return 'roleClosed';
  if (ctx.match.status === 'EXPIRED') return 'expired';
  if (ctx.match.status === 'RELEASED') return 'released';
  if (ctx.match.status !== waitingFor || ctx.match.version !== item.snapshotVersion) return 'decided';
  return undefined;
}

interface Step {
  waitingFor: 'PROPOSED' | 'APPROVED';
  /** The two buttons: what each does, and the decision the spent link remembers. */
  yes: { value: string; action: MatchAction; outcome: 'approved' | 'accepted' };
  no: { value: string; action: (reason: string, form: URLSearchParams) => MatchAction; outcome: (form: URLSearchParams) => 'rejected' | 'held' | 'declined' };
  page: (item: TokenItem, ctx: MatchContext, path: string, error?: { reason: string; form: URLSearchParams }) => string;
}

function decisionLink(step: Step): PurposeHandler {
  // The token was read before the match: if it was spent meanwhile (a double click, a second
  // person), the answer is what was decided and when, as for any used link.
  const changed = (item: TokenItem, request: LinkRequest, change: Change) =>
    afterConflict(item, request, () => proposalChangedPage(item.language, { change }));
  return {
    async view(item, request) {
      const ctx = await loadMatchContext(item.subjectId);
      if (!ctx) return pageResponse(request.method, 404, notFoundPage(item.language));
      const change = changeSince(ctx, item, step.waitingFor);
      if (change) return pageResponse(request.method, 200, proposalChangedPage(item.language, { change }));
      return pageResponse(request.method, 200, step.page(item, ctx, request.path));
    },
    async act(item, request) {
      const ctx = await loadMatchContext(item.subjectId);
      if (!ctx) return pageResponse(request.method, 404, notFoundPage(item.language));
      const change = changeSince(ctx, item, step.waitingFor);
      if (change) return changed(item, request, change);
      const choice = request.form.get('decision');
      const typed = request.form.get('reason') ?? '';
      let chosen: { action: MatchAction; outcome: Step['yes']['outcome'] | ReturnType<Step['no']['outcome']> };
      if (choice === step.yes.value) {
        chosen = step.yes;
      } else if (choice === step.no.value) {
        const reason = validReason(typed);
        // Saying no needs a reason: show the page again with the error and what was typed.
        if (!reason) return pageResponse(request.method, 422, step.page(item, ctx, request.path, { reason: typed.slice(0, 2000), form: request.form }));
        chosen = { action: step.no.action(reason, request.form), outcome: step.no.outcome(request.form) };
      } else {
        return pageResponse(request.method, 400, step.page(item, ctx, request.path));
      }
      const outcome = await decide(ctx.match, ctx.application, chosen.action, request.now, { token: item, tokenDecision: chosen.outcome });
      if (outcome === 'done') return pageResponse(request.method, 200, decisionDonePage(item.language, { outcome: chosen.outcome }));
      return afterConflict(item, request, () => proposalChangedPage(item.language, { change: 'decided' }));
    },
  };
}

/** The sending school's coordinator (or deputy) approves or rejects a proposal. */
export const coordinatorDecision = decisionLink({
  waitingFor: 'PROPOSED',
  yes: { value: 'approve', action: { type: 'approve' }, outcome: 'approved' },
  // Two kinds of "no": this pair never again (the default), or the student held until released (hold.ts).
  no: {
    value: 'reject',
    action: (reason, form) => ({ type: 'reject', reason, ...(form.get('rejectKind') === 'hold' ? { hold: true } : {}) }),
    outcome: (form) => (form.get('rejectKind') === 'hold' ? 'held' : 'rejected'),
  },
  page: (item, ctx, path, error) =>
    coordinatorDecisionPage(item.language, {
      applicant: applicantFacts(ctx),
      placement: placementFacts(ctx),
      requiredLanguages: ctx.role.languages,
      requiredWeeks: requiredWeeks(ctx),
      score: ctx.match.score,
      ...(ctx.application.motivation ? { motivation: ctx.application.motivation } : {}),
      ...(ctx.role.description ? { roleDescription: ctx.role.description } : {}),
      decideBy: forReaderIn(ctx.match.decisionDueAt ?? '', ctx.school.country),
      formAction: path,
      ...(error ? { error: 'reasonRequired' as const, reason: error.reason, rejectKind: error.form.get('rejectKind') === 'hold' ? ('hold' as const) : ('pair' as const) } : {}),
    }),
});

/** The company contact accepts or declines an approved candidate. */
export const companyDecision = decisionLink({
  waitingFor: 'APPROVED',
  yes: { value: 'accept', action: { type: 'accept' }, outcome: 'accepted' },
  no: { value: 'decline', action: (reason) => ({ type: 'decline', reason }), outcome: () => 'declined' },
  page: (item, ctx, path, error) =>
    companyDecisionPage(item.language, {
      applicant: applicantFacts(ctx),
      placement: placementFacts(ctx),
      ...(ctx.application.motivation ? { motivation: ctx.application.motivation } : {}),
      decideBy: forReaderIn(ctx.match.decisionDueAt ?? '', ctx.role.company.country),
      formAction: path,
      ...(error ? { error: 'reasonRequired' as const, reason: error.reason } : {}),
    }),
});
