import { config } from '#shared/platform/config';
import { scheduled } from '#shared/platform/consumer';
import { logger } from '#shared/platform/logger';
import { sendRawEmail } from '#shared/platform/mailer';
import { reportMessage } from '#shared/report/monthly-email';
import { periodReport, previousMonth } from '#shared/report/period-report';

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

export const handler = scheduled('sendMonthlyReport', sendMonthlyReport);
