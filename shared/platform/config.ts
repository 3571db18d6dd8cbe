/**
 * Environment variable names shared by the CDK app (which sets them on every function) and
 * the local stack (which sets them on its own process). Handlers read config only here.
 */
export const ENV = {
  tableName: 'TABLE_NAME',
  idempotencyTableName: 'IDEMPOTENCY_TABLE_NAME',
  busName: 'EVENT_BUS_NAME',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  mailFrom: 'MAIL_FROM',
  sesConfigurationSet: 'SES_CONFIGURATION_SET',
  /** Last day personal data of a placement is kept (YYYY-MM-DD); see shared/erasure/retention.ts. */
  retentionUntil: 'RETENTION_UNTIL',
  /** Programme staff addresses for the monthly funder report, comma-separated; empty: not sent. */
  reportRecipients: 'REPORT_RECIPIENTS',
} as const;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

/** Read lazily so tests and the local stack can set the environment before first use. */
export const config = {
  get tableName() {
    return required(ENV.tableName);
  },
  get idempotencyTableName() {
    return required(ENV.idempotencyTableName);
  },
  get busName() {
    return required(ENV.busName);
  },
  /** Base of every link in an email, without a trailing slash. */
  get publicBaseUrl() {
    return required(ENV.publicBaseUrl).replace(/\/+$/, '');
  },
  get mailFrom() {
    return required(ENV.mailFrom);
  },
  get sesConfigurationSet() {
    return required(ENV.sesConfigurationSet);
  },
  get retentionUntil() {
    return required(ENV.retentionUntil);
  },
  /** Optional: no addresses means the monthly report is not sent. */
  get reportRecipients(): string[] {
    return (process.env[ENV.reportRecipients] ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  },
};
