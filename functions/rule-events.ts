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

/*
 * The events of the consumers that take several, defined once: the catalog (functions/catalog.ts)
 * routes them, and each handler checks what arrives against the same list. Apart from the
 * catalog, so a handler does not bundle every function's definition for its own list.
 */

/** Anything that can change a round's result asks for one. */
export const requestMatchingEvents = [
  applicationConfirmed,
  applicationReleased,
  roleOpened,
  applicationWithdrawn,
  roleClosed,
  matchConfirmed,
  matchRejected,
  matchDeclined,
  matchExpired,
  // Only when its detail says the change can let more applicants in (asksForRound).
  roleChanged,
] as const;

/** A proposal that did not work out. */
export const searchContinuesEvents = [matchRejected, matchDeclined, matchExpired] as const;

/** What the coordinator of a student is told of after their approval: a company's decline, a withdrawal. */
export const coordinatorOfChangeEvents = [matchDeclined, applicationWithdrawn] as const;
