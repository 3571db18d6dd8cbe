import { parseArgs } from 'node:util';
// First: it points the SDK at the local stack unless TABLE_NAME says otherwise.
import './use-local-stack.ts';
import { periodReport } from '#shared/report/period-report';
import { renderReport, REPORT_FORMATS, type ReportFormat } from '#shared/report/formats';

/*
 * npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|json|md]
 *
 * The funder's indicators for placements that started in the period, read through the SDK.
 * With TABLE_NAME set it uses the SDK's standard configuration (credentials, region, endpoint):
 * against AWS, TABLE_NAME is the deployed domain table. Without it, it reads the local stack
 * of `npm start` (DynamoDB Local on LIIKE_DYNAMODB_PORT, default 8000).
 */

const USAGE = 'usage: npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|json|md]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** A real calendar day as YYYY-MM-DD (2027-02-30 and 2027-13-01 are not). */
const isDate = (value: string | undefined): value is string => {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
};

function parseReportArgs(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string', default: 'md' } } }));
  } catch (error) {
    fail((error as Error).message);
  }
  const { from, to, format } = values;
  if (!isDate(from)) fail('--from must be a date as YYYY-MM-DD');
  if (!isDate(to)) fail('--to must be a date as YYYY-MM-DD');
  if (to < from) fail('--to must not be before --from');
  if (!(REPORT_FORMATS as readonly string[]).includes(format!)) fail(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
  return { from, to, format: format as ReportFormat };
}

const { from, to, format } = parseReportArgs(process.argv.slice(2));
process.stdout.write(renderReport(await periodReport(from, to, new Date()), format));
