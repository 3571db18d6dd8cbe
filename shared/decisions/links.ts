import { decide } from './transitions.ts';
import { applicantFacts, loadMatchContext, placementFacts, placementPeriod, requiredWeeks, roleDescriptionFor, type MatchContext } from './match-context.ts';
import { MAX_REASON_LENGTH, validReason, type MatchAction } from './states.ts';
import { checkPlacementDates, type DatesError } from './placement-dates.ts';
import { companyDecisionPage, coordinatorDecisionPage } from './proposal-page.ts';
import { decisionDonePage, proposalChangedPage } from './outcome-pages.ts';
import { notFoundPage } from '#shared/platform/error-pages';
import type { Language } from '#shared/platform/i18n';
import type { TokenItem } from '#shared/links/tokens';
import { afterConflict, pageResponse, type LinkRequest, type PurposeHandler } from '#shared/links/link-handler';
import { forReaderIn } from '#shared/vocabulary/time-zones';

type Change = 'withdrawn' | 'roleClosed' | 'expired' | 'decided' | 'released';

/**
 * Whether the match is still what the email was about: same version (when the door has one to
 * compare: a link's), still waiting for this step, applicant still in it, role still open.
 * Otherwise the page says what changed.
 */
function changeSince(ctx: MatchContext, waitingFor: 'PROPOSED' | 'APPROVED', snapshotVersion?: number): Change | undefined {
  if (ctx.application.status === 'WITHDRAWN') return 'withdrawn';
  if (ctx.role.status === 'CLOSED') return 'roleClosed';
  if (ctx.match.status === 'EXPIRED') return 'expired';
  if (ctx.match.status === 'RELEASED') return 'released';
  if (ctx.match.status !== waitingFor || (snapshotVersion !== undefined && ctx.match.version !== snapshotVersion)) return 'decided';
  return undefined;
}

/** A refused POST: the form as sent, and what was wrong with it (a "no" without a reason, or dates). */
export interface Refused {
  form: URLSearchParams;
  reasonMissing?: boolean;
  dates?: DatesError[];
}

interface Step {
  waitingFor: 'PROPOSED' | 'APPROVED';
  /** The two buttons: what each does (or, for "yes", what is wrong with the form), and the decision the spent link remembers. */
  yes: { value: string; action: (form: URLSearchParams, ctx: MatchContext) => MatchAction | DatesError[]; outcome: 'approved' | 'accepted' };
  no: { value: string; action: (reason: string, form: URLSearchParams) => MatchAction; outcome: (form: URLSearchParams) => 'rejected' | 'held' | 'declined' };
  page: (language: Language, ctx: MatchContext, path: string, refused?: Refused) => string;
}

/** What a posted decision form came to: decided (and how), refused (the page again, with why), or lost to a change meanwhile. */
export type FormDecision =
  | { result: 'decided'; outcome: Step['yes']['outcome'] | ReturnType<Step['no']['outcome']> }
  | { result: 'refused'; statusCode: 400 | 422; refused?: Refused }
  | { result: 'conflict' };

/**
 * One implementation, two doors: the form is checked (a "no" needs a reason, dates must fit)
 * and the decision written by decide(), the same whether it came through an email link, whose
 * token is spent in the same transaction, or from the desk, with a session and no token (the
 * link, bound to the match's version, then finds it decided).
 */
async function decideOnForm(step: Step, ctx: MatchContext, form: URLSearchParams, now: Date, token?: TokenItem): Promise<FormDecision> {
  const choice = form.get('decision');
  let chosen: { action: MatchAction; outcome: Extract<FormDecision, { result: 'decided' }>['outcome'] };
  if (choice === step.yes.value) {
    const action = step.yes.action(form, ctx);
    // Dates that do not fit: the page again, with what was typed and why it does not fit.
    if (Array.isArray(action)) return { result: 'refused', statusCode: 422, refused: { form, dates: action } };
    chosen = { action, outcome: step.yes.outcome };
  } else if (choice === step.no.value) {
    const reason = validReason(form.get('reason') ?? '');
    // Saying no needs a reason: show the page again with the error and what was typed.
    if (!reason) return { result: 'refused', statusCode: 422, refused: { form, reasonMissing: true } };
    chosen = { action: step.no.action(reason, form), outcome: step.no.outcome(form) };
  } else {
    return { result: 'refused', statusCode: 400 };
  }
  const outcome = await decide(ctx.match, ctx.application, chosen.action, now, token ? { token, tokenDecision: chosen.outcome } : {});
  return outcome === 'done' ? { result: 'decided', outcome: chosen.outcome } : { result: 'conflict' };
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
      const change = changeSince(ctx, step.waitingFor, item.snapshotVersion);
      if (change) return pageResponse(request.method, 200, proposalChangedPage(item.language, { change }));
      return pageResponse(request.method, 200, step.page(item.language, ctx, request.path));
    },
    async act(item, request) {
      const ctx = await loadMatchContext(item.subjectId);
      if (!ctx) return pageResponse(request.method, 404, notFoundPage(item.language));
      const change = changeSince(ctx, step.waitingFor, item.snapshotVersion);
      if (change) return changed(item, request, change);
      const decided = await decideOnForm(step, ctx, request.form, request.now, item);
      if (decided.result === 'decided') return pageResponse(request.method, 200, decisionDonePage(item.language, { outcome: decided.outcome }));
      if (decided.result === 'refused') return pageResponse(request.method, decided.statusCode, step.page(item.language, ctx, request.path, decided.refused));
      return changed(item, request, 'decided');
    },
  };
}

/** What a refused form shows again: the error and what was typed (bounded, as the fields are). */
function typedAgain(refused: Refused) {
  const typed = (name: string) => (refused.form.get(name) ?? '').slice(0, MAX_REASON_LENGTH);
  return {
    ...(refused.reasonMissing ? { error: 'reasonRequired' as const } : {}),
    reason: typed('reason'),
    ...(refused.dates ? { datesErrors: refused.dates, dates: { from: typed('placementFrom').slice(0, 10), to: typed('placementTo').slice(0, 10) } } : {}),
  };
}

/**
 * The company accepts with the dates on the form: any period inside the window, at least the
 * required weeks. A form without the date fields (a page opened before they existed) accepts the
 * proposed dates.
 */
function acceptWithDates(form: URLSearchParams, ctx: MatchContext): MatchAction | DatesError[] {
  const from = form.get('placementFrom');
  const to = form.get('placementTo');
  if (from === null && to === null) return { type: 'accept' };
  const chosen = { from: (from ?? '').trim(), to: (to ?? '').trim() };
  const { periodFrom, periodTo, windowFrom, windowTo } = placementPeriod(ctx);
  // The proposed dates stand as proposed, even when the company has since asked for more weeks.
  if (chosen.from === periodFrom && chosen.to === periodTo) return { type: 'accept' };
  const errors = checkPlacementDates({ from: windowFrom, to: windowTo }, requiredWeeks(ctx), chosen);
  return errors.length > 0 ? errors : { type: 'accept', placement: chosen };
}

/** The sending school's coordinator (or deputy) approves or rejects a proposal. */
const coordinatorStep: Step = {
  waitingFor: 'PROPOSED',
  yes: { value: 'approve', action: () => ({ type: 'approve' }), outcome: 'approved' },
  // Two kinds of "no": this pair never again (the default), or the student held until released (hold.ts).
  no: {
    value: 'reject',
    action: (reason, form) => ({ type: 'reject', reason, ...(form.get('rejectKind') === 'hold' ? { hold: true } : {}) }),
    outcome: (form) => (form.get('rejectKind') === 'hold' ? 'held' : 'rejected'),
  },
  page: (language, ctx, path, refused) =>
    coordinatorDecisionPage(language, {
      applicant: applicantFacts(ctx),
      placement: placementFacts(ctx, language),
      requiredLanguages: ctx.role.languages,
      requiredWeeks: requiredWeeks(ctx),
      score: ctx.match.score,
      ...(ctx.application.motivation ? { motivation: ctx.application.motivation } : {}),
      ...roleDescriptionFor(ctx.role, language),
      decideBy: forReaderIn(ctx.match.decisionDueAt ?? '', ctx.school.country),
      formAction: path,
      ...(refused ? { ...typedAgain(refused), rejectKind: refused.form.get('rejectKind') === 'hold' ? ('hold' as const) : ('pair' as const) } : {}),
    }),
};

export const coordinatorDecision = /* @__PURE__ */ decisionLink(coordinatorStep);

/**
 * The coordinator's decision from the school's desk (shared/school-desk/): the email link's page
 * and decision, the door a session rather than a token. It shows while the proposal waits for
 * the coordinator; the decision binds to the match as read when posted.
 */
export const coordinatorDeskDecision = {
  // The email link stops at the due date (its token expires then); the desk has no token, so it
  // stops there itself, rather than until the sweep expires the proposal a few minutes later.
  change: (ctx: MatchContext, now: Date = new Date()) => changeSince(ctx, coordinatorStep.waitingFor) ?? (pastDue(ctx, now) ? ('expired' as const) : undefined),
  page: coordinatorStep.page,
  decide: (ctx: MatchContext, form: URLSearchParams, now: Date) => decideOnForm(coordinatorStep, ctx, form, now),
};

const pastDue = (ctx: MatchContext, now: Date) => ctx.match.decisionDueAt !== undefined && ctx.match.decisionDueAt <= now.toISOString();

/** The company contact accepts or declines an approved candidate. */
export const companyDecision = /* @__PURE__ */ decisionLink({
  waitingFor: 'APPROVED',
  yes: { value: 'accept', action: acceptWithDates, outcome: 'accepted' },
  no: { value: 'decline', action: (reason) => ({ type: 'decline', reason }), outcome: () => 'declined' },
  page: (language, ctx, path, refused) =>
    companyDecisionPage(language, {
      applicant: applicantFacts(ctx),
      placement: placementFacts(ctx),
      requiredWeeks: requiredWeeks(ctx),
      ...(ctx.application.motivation ? { motivation: ctx.application.motivation } : {}),
      decideBy: forReaderIn(ctx.match.decisionDueAt ?? '', ctx.role.company.country),
      formAction: path,
      ...(refused ? typedAgain(refused) : {}),
    }),
});
