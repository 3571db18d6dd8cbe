import { buildReport, type Report } from './indicators.ts';
import { loadReportRecords } from './placements.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The report for placements started between `from` and `to`, follow-ups counted as of `now`. */
export async function periodReport(from: string, to: string, now: Date): Promise<Report> {
  return buildReport(await loadReportRecords(from, to), { from, to, asOf: isoDay(now) });
}

/** The calendar month before the one `now` is in (UTC), as ISO dates. */
export function previousMonth(now: Date): { from: string; to: string; label: string } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return { from: isoDay(first), to: isoDay(last), label: isoDay(first).slice(0, 7) };
}
