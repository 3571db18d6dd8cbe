import { randomUUID } from 'node:crypto';
import type { Report } from './indicators.ts';
import { toCsv, toMarkdown } from './formats.ts';

const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
/** Base64 in lines of 76 characters, as MIME wants. */
const base64Lines = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/.{1,76}/g, '$&\r\n');

/**
 * The monthly report as a MIME message: the tables as text, and the CSV attached. Both hold
 * totals only (sensitive cells under 5 already shown as "<5", with the cells that would give them away as "x").
 */
export function reportMessage(report: Report, from: string, to: readonly string[], label: string): string {
  const boundary = `liike-${randomUUID()}`;
  const subject = `Liike: funder report for placements started ${report.from} – ${report.to}`;
  return [
    `From: Liike <${from}>`,
    `To: ${to.join(', ')}`,
    `Subject: ${encodedWord(subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(
      `The indicators for placements that started in ${label} are below and attached as CSV (one line per cell: table, row, column, value).\n\n${toMarkdown(report)}`,
    ),
    `--${boundary}`,
    `Content-Type: text/csv; charset=UTF-8; name="liike-report-${label}.csv"`,
    `Content-Disposition: attachment; filename="liike-report-${label}.csv"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(toCsv(report)),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
