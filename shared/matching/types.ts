import type { ApplicantType, CefrLevel, Country, Sector } from '#shared/vocabulary/codes';

/**
 * The matcher's input and output. Pure data: the platform loads the pool, calls `match`, and
 * writes the proposals; nothing in `shared/matching` does I/O.
 */

export type { ApplicantType, CefrLevel, Country, Sector };

export interface LanguageLevel {
  /** ISO 639-1 code, e.g. "en". */
  code: string;
  level: CefrLevel;
}

export interface MatchApplicant {
  id: string;
  applicantType: ApplicantType;
  homeCountry: Country;
  /** 4-digit ISCED-F 2013 detailed field. */
  fieldOfStudy: string;
  sectors: Sector[];
  /** Ranked, best first. */
  destinations: Country[];
  /** ISO dates, inclusive. */
  availableFrom: string;
  availableTo: string;
  minWeeks: number;
  languages: LanguageLevel[];
  /** Ranked role ids, best first; may be empty. */
  rolePreferences: string[];
  /** ISO datetime the application was submitted (or came back to the pool). */
  submittedAt: string;
}

export interface MatchRole {
  id: string;
  country: Country;
  sector: Sector;
  /** ISCED-F 2013 codes of 2, 3 or 4 digits. */
  fieldsOfStudy: string[];
  /** Capacity before the frozen allocations are taken off. */
  places: number;
  /** ISO dates, inclusive. */
  periodFrom: string;
  periodTo: string;
  minWeeks: number;
  /** Required languages, each at this CEFR level or above. */
  languages: LanguageLevel[];
  applicantTypes: ApplicantType[];
}

export interface Pair {
  applicantId: string;
  roleId: string;
}

export interface MatchInput {
  applicants: MatchApplicant[];
  roles: MatchRole[];
  /**
   * Confirmed placements and proposals waiting for a decision: each takes one place of its
   * role, and its applicant is not matched again in this round.
   */
  frozen: Pair[];
  /** Rejected or declined pairs: never proposed again. */
  forbidden: Pair[];
  /** Seed of the round's lottery; store it with the round to reproduce the result. */
  seed: string;
  /** ISO datetime of the round, for the waiting time. */
  now: string;
}

/** Why a pair scores what it scores; every proposal carries one. */
export interface ScoreBreakdown {
  /** Points for spare weeks of overlap beyond the required minimum. */
  overlap: number;
  /** Points for language levels above the required ones (neutral if none required). */
  language: number;
  /** Points for days waited since the application was submitted. */
  waiting: number;
  /** overlap + language + waiting, 0..100. */
  total: number;
  /** Whole weeks the two periods overlap (inclusive dates). */
  overlapWeeks: number;
  /** Sum over the required languages of levels held above the required level. */
  languageMargin: number;
  waitingDays: number;
  /** 0-based rank of the role's country among the applicant's destinations (-1: not listed). */
  destinationRank: number;
  /** 0-based rank of the role among the applicant's ranked roles, null if not listed. */
  rolePreferenceRank: number | null;
}

export interface Proposal {
  applicantId: string;
  roleId: string;
  score: ScoreBreakdown;
}

export interface RoundStats {
  /** Applicants in the input, frozen ones included. */
  applicants: number;
  roles: number;
  /** Places of all roles in the input, before frozen allocations. */
  places: number;
  /** Frozen allocations that took a place of a role in the input. */
  frozen: number;
  /** Pairs meeting every hard rule (capacity and forbidden pairs included). */
  eligiblePairs: number;
  proposals: number;
  /** Applicants to be matched (not frozen) who got no proposal. */
  unmatched: number;
  /** Deferred-acceptance proposal steps (an applicant proposing to a role). */
  offers: number;
}

export interface MatchResult {
  /** In the order of `input.applicants`. */
  proposals: Proposal[];
  stats: RoundStats;
}

/** The hard rules a pair can fail on its own (capacity, frozen and forbidden need the round). */
export type HardRule =
  | 'homeCountry'
  | 'sector'
  | 'destination'
  | 'field'
  | 'period'
  | 'language'
  | 'applicantType';

/** Every reason a pair is not proposable in a round, for explanations. */
export type Ineligibility = HardRule | 'frozen' | 'forbidden' | 'capacity';
