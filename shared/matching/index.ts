/**
 * The matcher: pure functions, no I/O. `match` runs one round; the rest explain it (eligibility,
 * fit score, both sides' preferences) and reproduce it (the seeded lottery).
 */
export { match } from './match.ts';
export {
  CEFR_RANK,
  dayNumber,
  failedRule,
  FIT,
  fieldAccepted,
  fitScore,
  isEligible,
  misfits,
  overlapDays,
  parseIsoMs,
  type Misfit,
  waitingDaysOf,
} from './rules.ts';
export { applicantPreferences, roleRanking, roundContext, type RoundContext } from './preferences.ts';
export {
  createRng,
  hash32,
  lotteryComparator,
  lotteryNumber,
  lotteryRanks,
  type LotteryKind,
  type Rng,
} from './lottery.ts';
export type * from './types.ts';
