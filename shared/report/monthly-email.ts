import { randomUUID } from 'node:crypto';
import type { Report } from './indicators.ts';
import { toCsv, toMarkdown } from './formats.ts';
import { config } from '#shared/platform/config';
import { logger } from '#shared/platform/logger';
import { sendRawEmail } from '#shared/platform/mailer';
import { periodReport, previousMonth } from './period-report.ts';

const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
/** Base64 in lines of 76 characters, as MIME wants. */
const base64Lines = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/.{1,76}/g, '$&\r\n');

/**
 * The monthly report as a MIME message: the tables as text, and the CSV attached. Both hold
 * totals only (sensitive cells under 5 already shown as "<5", with the cells that would give them away as "x").
 */
function reportMessage(report: Report, from: string, to: readonly string[], label: string): string {
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

/** Monthly: the previous month's funder report, CSV attached, to the programme staff from configuration. */
export async function sendMonthlyReport(now: Date) {
  const recipients = config.reportRecipients;
  const month = previousMonth(now);
  if (recipients.length === 0) {
    logger.info('no report recipients configured; monthly report not sent', { month: month.label });
    return { sent: false, placements: 0 };
  }
  const report = await periodReport(month.from, month.to, now);
  await sendRawEmail(recipients, reportMessage(report, config.mailFrom, recipients, month.label));
  logger.info('monthly report sent', { month: month.label, placements: report.placements, recipients: recipients.length });
  return { sent: true, placements: report.placements };
}
