/*
 * Placement dates (pure, no I/O). A proposal is not "the applicant's availability": it carries a
 * concrete period inside the window where the applicant's availability and the role's period
 * overlap, at least as long as the larger of the two minimum lengths. The matcher proposes the
 * earliest such period; the company may shift it within the window when it accepts.
 */

/** A date range, both ends included (YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Whether `iso` is a real calendar date (not 2027-02-30). */
export const isCalendarDate = (iso: string) => ISO_DATE.test(iso) && !Number.isNaN(dayOf(iso)) && isoOf(dayOf(iso)) === iso;
/** Days in a range, both ends counted. */
export const daysIn = ({ from, to }: DateRange) => dayOf(to) - dayOf(from) + 1;
/** Whole weeks in a range, both ends counted (what the emails show beside the dates). */
export const weeksIn = (range: DateRange) => Math.floor(daysIn(range) / 7);

/** Whether two ranges share a day. */
export const overlaps = (a: DateRange, b: DateRange) => a.from <= b.to && b.from <= a.to;

/** Where the two periods overlap: the window a placement must lie in. */
export function placementWindow(applicant: { availableFrom: string; availableTo: string }, role: { periodFrom: string; periodTo: string }): DateRange {
  return {
    from: applicant.availableFrom > role.periodFrom ? applicant.availableFrom : role.periodFrom,
    to: applicant.availableTo < role.periodTo ? applicant.availableTo : role.periodTo,
  };
}

/**
 * The earliest placement of `weeks` weeks in `window`: from the window's first day, or from
 * `today` when the window has begun and still holds the whole placement after it (a proposal
 * made in March does not start in January). A window too short for it (the matcher never
 * proposes one) gives the whole window.
 */
export function earliestPlacement(window: DateRange, weeks: number, today: string): DateRange {
  const need = weeks * 7;
  if (daysIn(window) < need) return { ...window };
  let start = dayOf(window.from);
  const todayDay = dayOf(today.slice(0, 10));
  if (todayDay > start && dayOf(window.to) - todayDay + 1 >= need) start = todayDay;
  return { from: isoOf(start), to: isoOf(start + need - 1) };
}

/** What is wrong with dates a company chose, by the form field it is about. */
export type DatesProblem = 'invalidDate' | 'endBeforeStart' | 'outsideWindow' | 'tooShort';
export interface DatesError {
  field: 'placementFrom' | 'placementTo';
  problem: DatesProblem;
}

/**
 * Checks a period a company chose on accepting: real dates, start before end, inside the
 * window, at least `weeks` weeks. Empty when the period is good. Errors are in form order.
 */
export function checkPlacementDates(window: DateRange, weeks: number, chosen: DateRange): DatesError[] {
  const errors: DatesError[] = [];
  const fromOk = isCalendarDate(chosen.from);
  const toOk = isCalendarDate(chosen.to);
  if (!fromOk) errors.push({ field: 'placementFrom', problem: 'invalidDate' });
  else if (chosen.from < window.from || chosen.from > window.to) errors.push({ field: 'placementFrom', problem: 'outsideWindow' });
  if (!toOk) errors.push({ field: 'placementTo', problem: 'invalidDate' });
  else if (chosen.to < window.from || chosen.to > window.to) errors.push({ field: 'placementTo', problem: 'outsideWindow' });
  if (errors.length > 0) return errors;
  if (chosen.to < chosen.from) return [{ field: 'placementTo', problem: 'endBeforeStart' }];
  if (daysIn(chosen) < weeks * 7) return [{ field: 'placementTo', problem: 'tooShort' }];
  return [];
}
