import { overlaps, type DateRange } from '#shared/decisions/placement-dates';

/*
 * One person, one placement at a time, as a round sees it (pure, no I/O). The check at
 * submission (shared/decisions/one-at-a-time.ts) keeps a person's second application for
 * overlapping dates out of the table, but two sent at the same moment can both be stored and
 * confirmed. So a round offers the matcher at most one of a person's applications for any
 * day, and none for days a pending proposal of theirs already takes: otherwise the person
 * could hold two proposals, or two placements, for the same days.
 */

export interface PoolApplication {
  applicationId: string;
  /** The person: the hash of the normalised email address. None once erased: the rule does not apply. */
  person?: string;
  /** The dates the applicant is available. */
  window: DateRange;
  /** When it entered the pool: the earlier of two overlapping applications goes first. */
  enteredAt: string;
}

/** Days a person's pending proposal takes: its placement dates. */
export interface BusyPeriod {
  person: string;
  period: DateRange;
}

const inPoolOrder = (a: PoolApplication, b: PoolApplication) =>
  a.enteredAt < b.enteredAt ? -1 : a.enteredAt > b.enteredAt ? 1 : a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0;

/**
 * The pool applications a round leaves out: those whose window overlaps a pending proposal of
 * the same person, or an earlier pool application of theirs that the round does offer. An
 * application left out takes no days, so a later one that overlaps only it still goes in (it
 * would otherwise wait on one that cannot be proposed). What is left out stays in the pool.
 */
export function leftOut(pool: readonly PoolApplication[], busy: readonly BusyPeriod[]): Set<string> {
  const taken = new Map<string, DateRange[]>();
  const take = (person: string, period: DateRange) => {
    const periods = taken.get(person);
    if (periods) periods.push(period);
    else taken.set(person, [period]);
  };
  for (const { person, period } of busy) take(person, period);
  const out = new Set<string>();
  for (const application of pool.filter((a) => a.person !== undefined).sort(inPoolOrder)) {
    const person = application.person!;
    if ((taken.get(person) ?? []).some((period) => overlaps(period, application.window))) out.add(application.applicationId);
    else take(person, application.window);
  }
  return out;
}
