import { roundContext, type RoundContext } from '#shared/matching/index';
import type { MatchInput, MatchRole, Proposal } from '#shared/matching/types';

/**
 * Slow, obviously-correct checks built only on the clear preference functions of
 * `preferences.ts` (never on `match`'s internals).
 */

export type Assignment = Map<string, string>; // applicantId -> roleId

export const assignmentOf = (proposals: Proposal[]): Assignment =>
  new Map(proposals.map((p) => [p.applicantId, p.roleId]));

export interface Prefs {
  ctx: RoundContext;
  /** Applicant id -> its eligible role ids, best first. */
  lists: Map<string, string[]>;
  /** Position of a role in an applicant's list; Infinity for "unmatched". */
  rank(applicantId: string, roleId: string | undefined): number;
  /** < 0 if the role prefers applicant a to applicant b. */
  roleCompare(roleId: string, a: string, b: string): number;
  roles: Map<string, MatchRole>;
}

export function preferences(input: MatchInput): Prefs {
  const ctx = roundContext(input);
  const lists = new Map(input.applicants.map((a) => [a.id, ctx.applicantPreferences(a).map((r) => r.id)]));
  const applicants = new Map(input.applicants.map((a) => [a.id, a]));
  const roles = new Map(input.roles.map((r) => [r.id, r]));
  return {
    ctx,
    lists,
    roles,
    rank: (a, r) => {
      if (r === undefined) return Infinity;
      const i = lists.get(a)!.indexOf(r);
      return i < 0 ? Infinity : i;
    },
    roleCompare: (r, a, b) => ctx.compareApplicants(roles.get(r)!, applicants.get(a)!, applicants.get(b)!),
  };
}

/** The pairs that block the assignment: both prefer each other to what they have. */
export function blockingPairs(input: MatchInput, assignment: Assignment, prefs = preferences(input)): [string, string][] {
  const holders = new Map<string, string[]>();
  for (const [a, r] of assignment) holders.set(r, [...(holders.get(r) ?? []), a]);
  const blocking: [string, string][] = [];
  for (const [a, list] of prefs.lists) {
    const current = prefs.rank(a, assignment.get(a));
    for (const r of list) {
      if (prefs.rank(a, r) >= current) break; // a does not prefer r to what it has
      const held = holders.get(r) ?? [];
      const free = held.length < prefs.ctx.placesLeft(prefs.roles.get(r)!);
      if (free || held.some((h) => prefs.roleCompare(r, a, h) < 0)) blocking.push([a, r]);
    }
  }
  return blocking;
}

/** Every assignment that respects eligibility and places (each applicant: a role or none). */
export function allAssignments(input: MatchInput, prefs = preferences(input)): Assignment[] {
  const applicants = [...prefs.lists.keys()];
  const left = new Map(input.roles.map((r) => [r.id, prefs.ctx.placesLeft(r)]));
  const out: Assignment[] = [];
  const current: Assignment = new Map();
  const go = (i: number) => {
    if (i === applicants.length) {
      out.push(new Map(current));
      return;
    }
    const a = applicants[i]!;
    go(i + 1); // unmatched
    for (const r of prefs.lists.get(a)!) {
      if (left.get(r)! <= 0) continue;
      left.set(r, left.get(r)! - 1);
      current.set(a, r);
      go(i + 1);
      current.delete(a);
      left.set(r, left.get(r)! + 1);
    }
  };
  go(0);
  return out;
}

/**
 * Textbook applicant-proposing deferred acceptance on the reference preferences: every free
 * applicant proposes to its best role not yet tried; a role keeps its best applicants up to its
 * places and rejects the rest.
 */
export function referenceDeferredAcceptance(input: MatchInput, prefs = preferences(input)): Assignment {
  const next = new Map([...prefs.lists.keys()].map((a) => [a, 0]));
  const held = new Map<string, string[]>();
  const free = [...prefs.lists.keys()];
  while (free.length > 0) {
    const a = free.pop()!;
    const list = prefs.lists.get(a)!;
    const i = next.get(a)!;
    if (i >= list.length) continue;
    next.set(a, i + 1);
    const r = list[i]!;
    const keep = [...(held.get(r) ?? []), a].sort((x, y) => prefs.roleCompare(r, x, y));
    const places = prefs.ctx.placesLeft(prefs.roles.get(r)!);
    held.set(r, keep.slice(0, places));
    free.push(...keep.slice(places));
  }
  const out: Assignment = new Map();
  for (const [r, as] of held) for (const a of as) out.set(a, r);
  return out;
}

export const sameAssignment = (x: Assignment, y: Assignment) =>
  x.size === y.size && [...x].every(([a, r]) => y.get(a) === r);
