import {
  applicationConfirmed,
  applicationReleased,
  applicationWithdrawn,
  matchConfirmed,
  matchDeclined,
  matchExpired,
  matchRejected,
  roleChanged,
  roleClosed,
  roleOpened,
} from '#events/contracts';
import { narrowed } from '#events/patterns';

/*
 * The events of the consumers that take several, defined once: the catalog (functions/catalog.ts)
 * routes them, and each handler checks what arrives against the same list. Apart from the
 * catalog, so a handler does not bundle every function's definition for its own list.
 */

/**
 * What invokes a matching round: anything that puts an applicant or a place into the pool, or takes
 * one out so that another may fit; a role change only when its detail says the change can let
 * more applicants in (shared/roles/change.ts, changeAsksForRound), filtered by the rule itself.
 */
export const roundTriggerEvents = [
  applicationConfirmed,
  applicationReleased,
  roleOpened,
  applicationWithdrawn,
  roleClosed,
  matchConfirmed,
  matchRejected,
  matchDeclined,
  matchExpired,
  /* @__PURE__ */ narrowed(roleChanged, { asksForRound: [true] }),
] as const;

/** A proposal that did not work out. */
export const searchContinuesEvents = [matchRejected, matchDeclined, matchExpired] as const;

/** What the coordinator of a student is told of after their approval: a company's decline, a withdrawal. */
export const coordinatorOfChangeEvents = [matchDeclined, applicationWithdrawn] as const;
