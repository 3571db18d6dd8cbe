/**
 * The life of a proposed match, as a pure state machine (no AWS): which action is allowed in
 * which state, and what it does to the place, the applicant and the pair. The data layer
 * (`transitions.ts`) turns a transition into one conditional transaction.
 *
 *   PROPOSED --approve--> APPROVED --accept--> CONFIRMED
 *      |                     |
 *      +--reject--> REJECTED +--decline--> DECLINED   (reject: the pair never again, or the student held)
 *      +--expire--> EXPIRED  +--expire---> EXPIRED
 *      +--release-> RELEASED +--release--> RELEASED   (applicant withdrew, or role closed)
 */
import { CONTROL_EXCEPT_WHITESPACE } from '#shared/platform/validation';
import type { DateRange } from './placement-dates.ts';
export const PENDING_STATES = ['PROPOSED', 'APPROVED'] as const;
export const FINAL_STATES = ['CONFIRMED', 'REJECTED', 'DECLINED', 'EXPIRED', 'RELEASED'] as const;
export type PendingState = (typeof PENDING_STATES)[number];
export type MatchStatus = PendingState | (typeof FINAL_STATES)[number];

export type MatchAction =
  | { type: 'approve' }
  /** `hold`: the student is not to be proposed at all for now (until the coordinator releases them), rather than this pair never again. */
  | { type: 'reject'; reason: string; hold?: boolean }
  /** `placement`: the dates the company set on accepting, inside the window (placement-dates.ts); without it, the proposed dates stand. */
  | { type: 'accept'; placement?: DateRange }
  | { type: 'decline'; reason: string }
  | { type: 'expire' }
  | { type: 'release'; cause: 'withdrawn' | 'roleClosed' };

/** The detail types a transition emits (none for a release: the withdrawal or closure is the event). */
export type MatchEventType = 'match.approved' | 'match.rejected' | 'match.confirmed' | 'match.declined' | 'match.expired';

export interface Transition {
  from: PendingState;
  to: MatchStatus;
  event?: MatchEventType;
  /** The place goes back to the role. */
  releasePlace: boolean;
  /** What becomes of the applicant (`held`: waiting, but out of the pool until released). */
  applicant: 'unchanged' | 'backToPool' | 'held' | 'placed' | 'withdrawn';
  /** The pair is never proposed again. */
  forbidPair: boolean;
  /** The next decision is due this many days from now (a new pending step starts). */
  nextDecisionDays?: number;
}

/** A pending decision is reminded after 3 days and expires after 7 (docs/users-and-flow.md). */
export const DECISION_DAYS = 7;
export const DECISION_REMINDER_AFTER_DAYS = 3;

const TABLE: Record<PendingState, Partial<Record<MatchAction['type'], Omit<Transition, 'from'>>>> = {
  PROPOSED: {
    approve: { to: 'APPROVED', event: 'match.approved', releasePlace: false, applicant: 'unchanged', forbidPair: false, nextDecisionDays: DECISION_DAYS },
    reject: { to: 'REJECTED', event: 'match.rejected', releasePlace: true, applicant: 'backToPool', forbidPair: true },
    expire: { to: 'EXPIRED', event: 'match.expired', releasePlace: true, applicant: 'backToPool', forbidPair: true },
    release: { to: 'RELEASED', releasePlace: true, applicant: 'backToPool', forbidPair: false },
  },
  APPROVED: {
    accept: { to: 'CONFIRMED', event: 'match.confirmed', releasePlace: false, applicant: 'placed', forbidPair: false },
    decline: { to: 'DECLINED', event: 'match.declined', releasePlace: true, applicant: 'backToPool', forbidPair: true },
    expire: { to: 'EXPIRED', event: 'match.expired', releasePlace: true, applicant: 'backToPool', forbidPair: true },
    release: { to: 'RELEASED', releasePlace: true, applicant: 'backToPool', forbidPair: false },
  },
};

export const isPending = (status: string): status is PendingState => (PENDING_STATES as readonly string[]).includes(status);

/**
 * What `action` does to a match in `status`, or undefined when it is not allowed there
 * (a decided match cannot be decided again; a company cannot accept before the coordinator).
 */
export function transition(status: MatchStatus, action: MatchAction): Transition | undefined {
  if (!isPending(status)) return undefined;
  const step = TABLE[status][action.type];
  if (!step) return undefined;
  // The applicant's own withdrawal takes them out of the pool for good.
  if (action.type === 'release' && action.cause === 'withdrawn') return { from: status, ...step, applicant: 'withdrawn' };
  // "Not this student now": the student is held, and the pair is not forbidden (it may fit later).
  if (action.type === 'reject' && action.hold) return { from: status, ...step, applicant: 'held', forbidPair: false };
  return { from: status, ...step };
}

/**
 * Reasons are free text from a person: required for reject and decline, bounded, trimmed, and
 * like every free text (shared/platform/validation.ts) without control characters other than tab and newlines.
 */
export const MAX_REASON_LENGTH = 2000;
export function validReason(reason: string | undefined): string | undefined {
  const trimmed = (reason ?? '').trim();
  if (CONTROL_EXCEPT_WHITESPACE.test(trimmed)) return undefined;
  return trimmed.length > 0 && trimmed.length <= MAX_REASON_LENGTH ? trimmed : undefined;
}
