import { scheduled } from '#shared/platform/consumer';
import { sendMonthlyReport } from '#shared/report/monthly-email';

export const handler = scheduled('sendMonthlyReport', sendMonthlyReport);
