import { lotteryComparator } from './lottery.ts';
import { failedRule, fitScore, parseIsoMs } from './rules.ts';
import type { Ineligibility, MatchApplicant, MatchInput, MatchRole } from './types.ts';

/**
 * Both sides' preferences in a round, written for clarity on plain objects: for explanations,
 * for tests (stability, brute force) and as the definition `match` implements on typed arrays.
 */
export interface RoundContext {
  /** Why this pair cannot be proposed in this round, or null if it can. */
  ineligibility(applicant: MatchApplicant, role: MatchRole): Ineligibility | null;
  /** The applicant's eligible roles, best first. Empty for a frozen applicant. */
  applicantPreferences(applicant: MatchApplicant): MatchRole[];
  /** The role's eligible applicants, best first. */
  roleRanking(role: MatchRole): MatchApplicant[];
  /** < 0 if the applicant ranks role `a` above role `b` (both assumed eligible). */
  compareRoles(applicant: MatchApplicant, a: MatchRole, b: MatchRole): number;
  /** < 0 if the role ranks applicant `a` above applicant `b` (both assumed eligible). */
  compareApplicants(role: MatchRole, a: MatchApplicant, b: MatchApplicant): number;
  /** Places of the role left after the frozen allocations. */
  placesLeft(role: MatchRole): number;
}

export function roundContext(input: MatchInput): RoundContext {
  const nowMs = parseIsoMs(input.now);
  const frozenApplicants = new Set(input.frozen.map((f) => f.applicantId));
  const taken = new Map<string, number>();
  for (const key of new Set(input.frozen.map((f) => JSON.stringify([f.applicantId, f.roleId])))) {
    const roleId = (JSON.parse(key) as [string, string])[1];
    taken.set(roleId, (taken.get(roleId) ?? 0) + 1);
  }
  const forbidden = new Set(input.forbidden.map((f) => JSON.stringify([f.applicantId, f.roleId])));
  const roleLottery = lotteryComparator(input.seed, 'role');
  const applicantLottery = lotteryComparator(input.seed, 'applicant');

  const placesLeft = (role: MatchRole) => Math.max(0, Math.floor(role.places) - (taken.get(role.id) ?? 0));
  const ineligibility = (applicant: MatchApplicant, role: MatchRole): Ineligibility | null => {
    if (frozenApplicants.has(applicant.id)) return 'frozen';
    const rule = failedRule(applicant, role);
    if (rule) return rule;
    if (!(placesLeft(role) > 0)) return 'capacity';
    if (forbidden.has(JSON.stringify([applicant.id, role.id]))) return 'forbidden';
    return null;
  };
  const explicitRank = (applicant: MatchApplicant, role: MatchRole) => {
    const i = applicant.rolePreferences.indexOf(role.id);
    return i < 0 ? Infinity : i;
  };
  const compareRoles = (applicant: MatchApplicant, a: MatchRole, b: MatchRole) => {
    const byExplicit = explicitRank(applicant, a) - explicitRank(applicant, b);
    if (byExplicit !== 0 && !Number.isNaN(byExplicit)) return byExplicit;
    const byDestination = applicant.destinations.indexOf(a.country) - applicant.destinations.indexOf(b.country);
    if (byDestination !== 0) return byDestination;
    const byFit = fitScore(applicant, b, nowMs).total - fitScore(applicant, a, nowMs).total;
    if (byFit !== 0) return byFit;
    return roleLottery(a.id, b.id);
  };
  const compareApplicants = (role: MatchRole, a: MatchApplicant, b: MatchApplicant) =>
    fitScore(b, role, nowMs).total - fitScore(a, role, nowMs).total || applicantLottery(a.id, b.id);

  return {
    ineligibility,
    placesLeft,
    compareRoles,
    compareApplicants,
    applicantPreferences: (applicant) =>
      input.roles.filter((r) => ineligibility(applicant, r) === null).sort((a, b) => compareRoles(applicant, a, b)),
    roleRanking: (role) =>
      input.applicants.filter((a) => ineligibility(a, role) === null).sort((a, b) => compareApplicants(role, a, b)),
  };
}

/** The applicant's eligible roles in this round, best first, as ids. */
export const applicantPreferences = (applicant: MatchApplicant, input: MatchInput): string[] =>
  roundContext(input).applicantPreferences(applicant).map((r) => r.id);

/** The role's eligible applicants in this round, best first, as ids. */
export const roleRanking = (role: MatchRole, input: MatchInput): string[] =>
  roundContext(input).roleRanking(role).map((a) => a.id);
