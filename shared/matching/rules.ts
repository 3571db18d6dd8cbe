import type { ApplicantType, CefrLevel, Country, HardRule, MatchApplicant, MatchRole, ScoreBreakdown, Sector } from './types.ts';

/**
 * The hard rules and the fit score of one applicant-role pair, written for clarity. The matcher
 * (`match.ts`) evaluates the same rules on typed arrays for speed; the tests check the two agree.
 */

export const DAY_MS = 86_400_000;

/** CEFR levels as numbers, A1 = 1 .. C2 = 6; 0 = not held. */
export const CEFR_RANK: Readonly<Record<CefrLevel, number>> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };
/** A level held that is not a CEFR level counts as not held. */
export const heldRank = (level: string): number => CEFR_RANK[level as CefrLevel] ?? 0;
/** A required level that is not a CEFR level can never be met. */
export const requiredRank = (level: string): number => CEFR_RANK[level as CefrLevel] ?? 7;

/**
 * The fit score: integers, 0..100, deterministic. Three components, each capped so none can
 * outweigh the others entirely:
 *
 * - overlap, 0..40: 5 points per whole week the two periods overlap beyond the required minimum
 *   (the larger of the two minimum lengths), capped at 8 weeks. Spare weeks let the company and
 *   the applicant settle exact dates and absorb a late start; beyond two months of slack a longer
 *   overlap says nothing more about the placement.
 * - language, 0..30: 10 points per CEFR level held above the required one, summed over the
 *   role's required languages and capped at 3 levels. A margin makes a placement safer (safety
 *   briefings on a site, talking with patients) but three levels (A2 asked, C1 held) already is
 *   fluent. A role that requires no language gives everyone the neutral 15 (a margin of 1.5),
 *   so it is neither favoured nor penalised against roles that do in the applicant's ranking.
 * - waiting, 0..30: 1 point per 3 days since the application entered the pool, capped at 90
 *   days (about a school term): among equally fitting applicants the one who has waited longer
 *   goes first, but waiting alone (30) can never beat a better fit (up to 70).
 */
export const FIT = {
  overlapPointsPerWeek: 5,
  overlapCapWeeks: 8,
  languagePointsPerLevel: 10,
  languageCapLevels: 3,
  languageNeutralPoints: 15,
  waitingDaysPerPoint: 3,
  waitingCapPoints: 30,
} as const;

export const overlapPoints = (spareWeeks: number): number =>
  Math.min(Math.max(spareWeeks, 0), FIT.overlapCapWeeks) * FIT.overlapPointsPerWeek;
export const languagePoints = (requiresAny: boolean, margin: number): number =>
  requiresAny ? Math.min(Math.max(margin, 0), FIT.languageCapLevels) * FIT.languagePointsPerLevel : FIT.languageNeutralPoints;
export const waitingPoints = (waitingDays: number): number =>
  Math.min(Math.floor(waitingDays / FIT.waitingDaysPerPoint), FIT.waitingCapPoints);

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** The digit at s[i], or a value > 9 if it is not a digit. */
const d = (s: string, i: number): number => (s.charCodeAt(i) - 48) >>> 0;

/**
 * Milliseconds since the epoch of an ISO date or UTC datetime, exactly as `Date.parse` but several
 * times faster for the common forms ("2026-05-01", "2026-05-01T10:00:00Z", with or without
 * milliseconds); anything else goes to `Date.parse`. NaN if invalid.
 */
export function parseIsoMs(s: string): number {
  const len = s.length;
  if ((len === 10 || len === 20 || len === 24) && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y0 = d(s, 0), y1 = d(s, 1), y2 = d(s, 2), y3 = d(s, 3);
    const m0 = d(s, 5), m1 = d(s, 6), d0 = d(s, 8), d1 = d(s, 9);
    if (y0 < 10 && y1 < 10 && y2 < 10 && y3 < 10 && m0 < 10 && m1 < 10 && d0 < 10 && d1 < 10) {
      const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const m = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const monthDays = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
      if (m >= 1 && m <= 12 && day >= 1 && day <= monthDays) {
        // Days since 1970-01-01 of the proleptic Gregorian date.
        const yy = y - 1;
        const days =
          (y - 1970) * 365 +
          (Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 477) +
          DAYS_BEFORE_MONTH[m - 1]! +
          (m > 2 && leap ? 1 : 0) +
          day -
          1;
        if (len === 10) return days * DAY_MS;
        if (
          s.charCodeAt(10) === 84 && // T
          s.charCodeAt(13) === 58 && // :
          s.charCodeAt(16) === 58 &&
          s.charCodeAt(len - 1) === 90 && // Z
          (len === 20 || s.charCodeAt(19) === 46) // .
        ) {
          const h0 = d(s, 11), h1 = d(s, 12), n0 = d(s, 14), n1 = d(s, 15), s0 = d(s, 17), s1 = d(s, 18);
          const f0 = len === 24 ? d(s, 20) : 0, f1 = len === 24 ? d(s, 21) : 0, f2 = len === 24 ? d(s, 22) : 0;
          if (h0 < 10 && h1 < 10 && n0 < 10 && n1 < 10 && s0 < 10 && s1 < 10 && f0 < 10 && f1 < 10 && f2 < 10) {
            const hh = h0 * 10 + h1;
            const mm = n0 * 10 + n1;
            const ss = s0 * 10 + s1;
            if (hh <= 23 && mm <= 59 && ss <= 59) {
              return days * DAY_MS + ((hh * 60 + mm) * 60 + ss) * 1000 + f0 * 100 + f1 * 10 + f2;
            }
          }
        }
      }
    }
  }
  return Date.parse(s);
}

/** The day number (days since 1970-01-01, UTC) of an ISO date; NaN if invalid. */
export const dayNumber = (iso: string): number => Math.floor(parseIsoMs(iso) / DAY_MS);

/** Whole days from `submittedAt` to `nowMs`, 0 if in the future or invalid. */
export function waitingDaysOf(submittedAt: string, nowMs: number): number {
  const days = Math.floor((nowMs - parseIsoMs(submittedAt)) / DAY_MS);
  return days > 0 ? days : 0;
}

/** Days the inclusive periods [from1, to1] and [from2, to2] (day numbers) share; ≤ 0 if none. */
export const overlapDays = (from1: number, to1: number, from2: number, to2: number): number =>
  Math.min(to1, to2) - Math.max(from1, from2) + 1;

/** Whether a role accepts a field of study: same code, or the 2- or 3-digit field it falls in. */
export const fieldAccepted = (roleFields: readonly string[], field: string): boolean =>
  roleFields.some((f) => f === field || ((f.length === 2 || f.length === 3) && field.startsWith(f)));

/** The highest level the applicant holds in a language, 0 if none. */
function levelHeld(applicant: MatchApplicant, code: string): number {
  let best = 0;
  for (const l of applicant.languages) if (l.code === code) best = Math.max(best, heldRank(l.level));
  return best;
}

/**
 * One hard rule a pair breaks, with what an explanation needs to say why ("needs English at B2;
 * you have B1", "overlaps yours by 3 weeks; 8 are needed").
 */
export type Misfit =
  /** The role is in the applicant's home country (placements are abroad). */
  | { rule: 'homeCountry'; country: Country }
  /** The role's sector is not among the applicant's sectors. */
  | { rule: 'sector'; sector: Sector }
  /** The role's country is not among the applicant's destinations. */
  | { rule: 'destination'; country: Country }
  /** The role accepts none of the fields the applicant's field falls in. */
  | { rule: 'field'; field: string; accepted: readonly string[] }
  /** The periods overlap by fewer whole weeks than the larger of the two minimum lengths (0: not at all). */
  | { rule: 'period'; overlapWeeks: number; neededWeeks: number }
  /** A required language held below its level; `held` is the applicant's best level, absent if not held. */
  | { rule: 'language'; code: string; level: string; held?: CefrLevel }
  /** The role is open to other applicant types only. */
  | { rule: 'applicantType'; accepted: readonly ApplicantType[] };

const LEVEL_OF_RANK: readonly (CefrLevel | undefined)[] = [undefined, 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/**
 * The hard rules, each written once, in the order docs/matching.md lists them: with `firstOnly`
 * (`failedRule`) it returns at the first rule the pair breaks, else (`misfits`) it goes on and
 * names every one, so the two cannot disagree. Straight-line code, not an array of one function
 * per rule: the reference preferences (preferences.ts) and the property tests call failedRule for
 * every pair, and such an array made it about twice as slow. The matcher (`match.ts`) calls
 * neither: it evaluates the same rules on typed arrays, and the property tests check they agree.
 */
function brokenRules(applicant: MatchApplicant, role: MatchRole, firstOnly: boolean): Misfit[] {
  const found: Misfit[] = [];
  if (role.country === applicant.homeCountry) {
    found.push({ rule: 'homeCountry', country: role.country });
    if (firstOnly) return found;
  }
  if (!applicant.sectors.includes(role.sector)) {
    found.push({ rule: 'sector', sector: role.sector });
    if (firstOnly) return found;
  }
  if (!applicant.destinations.includes(role.country)) {
    found.push({ rule: 'destination', country: role.country });
    if (firstOnly) return found;
  }
  if (!fieldAccepted(role.fieldsOfStudy, applicant.fieldOfStudy)) {
    found.push({ rule: 'field', field: applicant.fieldOfStudy, accepted: role.fieldsOfStudy });
    if (firstOnly) return found;
  }
  const days = overlapDays(dayNumber(applicant.availableFrom), dayNumber(applicant.availableTo), dayNumber(role.periodFrom), dayNumber(role.periodTo));
  const neededWeeks = Math.max(applicant.minWeeks, role.minWeeks);
  // Written so that an invalid date (NaN) fails it too; the weeks said are whole weeks.
  if (!(days >= neededWeeks * 7)) {
    found.push({ rule: 'period', overlapWeeks: days > 0 ? Math.floor(days / 7) : 0, neededWeeks });
    if (firstOnly) return found;
  }
  // One entry per required language held below its level.
  for (const req of role.languages) {
    const held = levelHeld(applicant, req.code);
    if (held < requiredRank(req.level)) {
      const heldLevel = LEVEL_OF_RANK[held];
      found.push({ rule: 'language', code: req.code, level: req.level, ...(heldLevel ? { held: heldLevel } : {}) });
      if (firstOnly) return found;
    }
  }
  if (!role.applicantTypes.includes(applicant.applicantType)) found.push({ rule: 'applicantType', accepted: role.applicantTypes });
  return found;
}

/**
 * The first hard rule the pair breaks, in the order docs/matching.md lists them, or null if it meets them
 * all. Capacity, frozen applicants and forbidden pairs depend on the round: see `match`.
 */
export const failedRule = (applicant: MatchApplicant, role: MatchRole): HardRule | null => brokenRules(applicant, role, true)[0]?.rule ?? null;

/**
 * Every hard rule the pair breaks, each with its detail, in `failedRule`'s order (so the first is
 * the rule `failedRule` names, and none means eligible); a required language short is one entry
 * per language. For telling an applicant why a role they chose cannot be proposed to them.
 */
export const misfits = (applicant: MatchApplicant, role: MatchRole): Misfit[] => brokenRules(applicant, role, false);

/** Whether the pair meets every hard rule that does not depend on the round. */
export const isEligible = (applicant: MatchApplicant, role: MatchRole): boolean => failedRule(applicant, role) === null;

/**
 * The fit score of a pair and its parts. Meant for eligible pairs; for others the parts are
 * still defined (no spare weeks, no margin) so an explanation can show them.
 */
export function fitScore(applicant: MatchApplicant, role: MatchRole, now: string | number): ScoreBreakdown {
  const nowMs = typeof now === 'number' ? now : parseIsoMs(now);
  const days = overlapDays(
    dayNumber(applicant.availableFrom),
    dayNumber(applicant.availableTo),
    dayNumber(role.periodFrom),
    dayNumber(role.periodTo),
  );
  const overlapWeeks = days > 0 ? Math.floor(days / 7) : 0;
  const required = Math.max(applicant.minWeeks, role.minWeeks);
  let languageMargin = 0;
  for (const req of role.languages) languageMargin += Math.max(0, levelHeld(applicant, req.code) - requiredRank(req.level));
  const waitingDays = waitingDaysOf(applicant.submittedAt, nowMs);
  const overlap = overlapPoints(overlapWeeks - required);
  const language = languagePoints(role.languages.length > 0, languageMargin);
  const waiting = waitingPoints(waitingDays);
  const preferenceRank = applicant.rolePreferences.indexOf(role.id);
  return {
    overlap,
    language,
    waiting,
    total: overlap + language + waiting,
    overlapWeeks,
    languageMargin,
    waitingDays,
    destinationRank: applicant.destinations.indexOf(role.country),
    rolePreferenceRank: preferenceRank < 0 ? null : preferenceRank,
  };
}
