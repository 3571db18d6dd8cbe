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
  /**
   * The programme's address people can write to: named in every email's footer and set as its
   * Reply-To (shared/platform/mailer.ts). Empty: the emails say not to reply.
   */
  contactAddress: 'CONTACT_ADDRESS',
  /** Programme staff who may sign in to the staff desk (shared/sign-in/), comma-separated; empty: none. */
  programmeStaff: 'PROGRAMME_STAFF',
} as const;

/**
 * Set on the API functions only (infra/stateless-stack.ts), and by the local stack on its own
 * process (local/stack.ts). Each has a meaning when unset, given below.
 */
export const API_ENV = {
  /**
   * The secret CloudFront adds to every request it sends to the API (shared/platform/http/origin.ts).
   * Unset: no check, as for a handler called directly (unit tests, another function).
   */
  originVerify: 'ORIGIN_VERIFY',
  /** POST /applications and POST /roles one client address may make per hour, together. Unset: 60. */
  submissionsPerClientPerHour: 'SUBMISSIONS_PER_CLIENT_PER_HOUR',
  /** Sign-in requests one client address may make per hour (shared/sign-in/). Unset: 30. */
  signInsPerClientPerHour: 'SIGN_INS_PER_CLIENT_PER_HOUR',
} as const;

/** A school's students apply from one NAT address: a class of 30, twice over, in one hour. */
export const DEFAULT_SUBMISSIONS_PER_CLIENT_PER_HOUR = 60;

/** A school's staff room shares one address too; sign-ins are rarer than submissions. */
export const DEFAULT_SIGN_INS_PER_CLIENT_PER_HOUR = 30;

function positiveInteger(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const max = Number(value);
  if (!Number.isSafeInteger(max) || max < 1) throw new Error(`environment variable ${name} must be a positive integer`);
  return max;
}

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
  /** The value `x-origin-verify` must have; undefined: requests are not checked. */
  get originVerify(): string | undefined {
    return process.env[API_ENV.originVerify] || undefined;
  },
  get submissionsPerClientPerHour(): number {
    return positiveInteger(API_ENV.submissionsPerClientPerHour, DEFAULT_SUBMISSIONS_PER_CLIENT_PER_HOUR);
  },
  get signInsPerClientPerHour(): number {
    return positiveInteger(API_ENV.signInsPerClientPerHour, DEFAULT_SIGN_INS_PER_CLIENT_PER_HOUR);
  },
  /** Optional: without it, emails have no Reply-To and say not to reply. */
  get contactAddress(): string | undefined {
    return process.env[ENV.contactAddress]?.trim() || undefined;
  },
  /** Optional: no addresses means the monthly report is not sent. */
  get reportRecipients(): string[] {
    return (process.env[ENV.reportRecipients] ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  },
  /** Optional: the staff desk's people, lower-cased; none means no one signs in as staff. */
  get programmeStaff(): string[] {
    return (process.env[ENV.programmeStaff] ?? '').split(',').map((a) => a.trim().toLowerCase()).filter(Boolean);
  },
};
