/**
 * How long personal data of an application is kept (docs/guarantees.md). Pure date rules here; the
 * sweep that applies them is `sweepRetention` in erasure.ts beside this file.
 *
 * - An application whose address was never confirmed: erased 7 days after it was submitted.
 * - An application that never became a placement: erased 12 months after its availability ended.
 * - A placement: erased when the retention date has passed. The retention date is configuration
 *   (`retentionUntil`); by default five years from 31 December of the year of the programme's
 *   last payment (`programmeLastPaymentDate`), the funder's rule for keeping records of a
 *   funded operation.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(date: string, what: string): { year: number; month: number; day: number } {
  const m = DATE.exec(date);
  if (!m) throw new Error(`${what} is not an ISO date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`${what} is not a valid date: ${date}`);
  }
  return { year, month, day };
}

/** The last day of retention by default: 31 December, five years after the year of the last payment. */
export function defaultRetentionUntil(programmeLastPaymentDate: string): string {
  const { year } = parseDate(programmeLastPaymentDate, 'programmeLastPaymentDate');
  return `${year + 5}-12-31`;
}

/** The configured retention date, or the default from the programme's last payment. */
export function resolveRetentionUntil(options: { retentionUntil?: string; programmeLastPaymentDate: string }): string {
  if (options.retentionUntil) {
    parseDate(options.retentionUntil, 'retentionUntil');
    return options.retentionUntil;
  }
  return defaultRetentionUntil(options.programmeLastPaymentDate);
}

/** The start (UTC midnight) of the day after `date`: a date "ends" then. */
function endOf(date: string, what: string): string {
  const { year, month, day } = parseDate(date, what);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString();
}

/** When a never-placed application's personal data is erased: 12 months after `availableTo` ended. */
export function nonPlacementEraseAt(availableTo: string): string {
  const { year, month, day } = parseDate(availableTo, 'availableTo');
  // The day ends first, then twelve months pass: 29 February 2028 ends on 1 March 2028, so it is
  // erased on 1 March 2029 (adding the year first would roll over to 2 March).
  const ended = new Date(Date.UTC(year, month - 1, day + 1));
  return new Date(Date.UTC(ended.getUTCFullYear() + 1, ended.getUTCMonth(), ended.getUTCDate())).toISOString();
}

/**
 * Days an application waits for its address to be confirmed. Anyone can type anyone's address
 * into the form: what was never confirmed is no one's application, so it is not kept.
 */
export const UNCONFIRMED_LIFETIME_DAYS = 7;

/** When an unconfirmed application's data is erased: 7 days after it was submitted. */
export const unconfirmedEraseAt = (submittedAt: string) =>
  new Date(new Date(submittedAt).getTime() + UNCONFIRMED_LIFETIME_DAYS * 86_400_000).toISOString();

/** When a placement's personal data is erased: once the retention date has ended. */
export const placementEraseAt = (retentionUntil: string) => endOf(retentionUntil, 'retentionUntil');

/** When the personal data of an application in this state is due to be erased. */
export function eraseAt(application: { status: string; availableTo: string; submittedAt: string; confirmedAt?: string }, retentionUntil: string): string {
  // Never confirmed (still waiting, or withdrawn before): no one's application to keep.
  if (application.status === 'UNCONFIRMED' || (application.status === 'WITHDRAWN' && !application.confirmedAt)) return unconfirmedEraseAt(application.submittedAt);
  return application.status === 'PLACED' ? placementEraseAt(retentionUntil) : nonPlacementEraseAt(application.availableTo);
}

/**
 * The index of erasure due dates, on gsi2 of the application item (gsi1 holds the matching
 * pool). The date is the earliest at which a rule can apply; the sweep re-files an application
 * whose rule says later (a placement waits for the retention date).
 */
export const RETENTION_DUE = 'RETENTION#APPLICATION';
export const retentionKeys = (applicationId: string, dueAt: string) => ({
  gsi2pk: RETENTION_DUE,
  gsi2sk: `${dueAt}#${applicationId}`,
});
