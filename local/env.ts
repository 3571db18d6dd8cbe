import { DEFAULT_PROGRAMME_LAST_PAYMENT_DATE } from '#infra/config';
import { API_ENV, ENV } from '#shared/platform/config';
import { resolveRetentionUntil } from '#shared/erasure/retention';

/** The programme's contact address on the local stack (LIIKE_CONTACT_ADDRESS overrides it; empty: none). */
export const LOCAL_CONTACT_ADDRESS = 'liike@liike.example';

/** The ports of the local services. */
export interface LocalPorts {
  apiPort: number;
  mailPort: number;
  dynamoPort: number;
  busPort: number;
  /** Base URL of links in emails; defaults to the local API. */
  publicBaseUrl?: string;
  /** Log level of the handlers (default WARN; read as POWERTOOLS_LOG_LEVEL, the name Lambda's own tooling knows). */
  logLevel?: string;
  /**
   * POST /applications and /roles one client address may make per hour (LIIKE_SUBMISSIONS_PER_CLIENT_PER_HOUR;
   * default that of AWS, 60). Locally every client is 127.0.0.1: the tests set it high.
   */
  submissionsPerClientPerHour?: number;
  /** Sign-in requests one client address may make per hour (LIIKE_SIGN_INS_PER_CLIENT_PER_HOUR; default 30): the tests set it high. */
  signInsPerClientPerHour?: number;
}

const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a port number`);
  return value;
};

/** The ports `npm start` listens on (LIIKE_PORT and friends), also what the scripts reach. */
export function portsFromEnvironment(): LocalPorts {
  return {
    apiPort: port('LIIKE_PORT', 3000),
    mailPort: port('LIIKE_MAIL_PORT', 8005),
    dynamoPort: port('LIIKE_DYNAMODB_PORT', 8000),
    busPort: port('LIIKE_BUS_PORT', 8010),
    ...(process.env.LIIKE_BASE_URL ? { publicBaseUrl: process.env.LIIKE_BASE_URL } : {}),
  };
}

/** The programme staff of the local stack (LIIKE_PROGRAMME_STAFF overrides it). */
export const LOCAL_PROGRAMME_STAFF = 'staff@liike.example';

/** The environment the CDK app gives a function, pointed at the local services. */
export function localEnvironment(o: LocalPorts): Record<string, string> {
  const dynamodb = `http://127.0.0.1:${o.dynamoPort}`;
  const submissionsLimit = o.submissionsPerClientPerHour ?? process.env.LIIKE_SUBMISSIONS_PER_CLIENT_PER_HOUR;
  const signInsLimit = o.signInsPerClientPerHour ?? process.env.LIIKE_SIGN_INS_PER_CLIENT_PER_HOUR;
  return {
    AWS_REGION: process.env.AWS_REGION ?? 'eu-north-1',
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
    AWS_ENDPOINT_URL_DYNAMODB: dynamodb,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: dynamodb,
    AWS_ENDPOINT_URL_SES: `http://127.0.0.1:${o.mailPort}`,
    AWS_ENDPOINT_URL_EVENTBRIDGE: `http://127.0.0.1:${o.busPort}`,
    [ENV.tableName]: 'liike-local',
    [ENV.idempotencyTableName]: 'liike-local-idempotency',
    [ENV.busName]: 'liike-local',
    [ENV.publicBaseUrl]: o.publicBaseUrl ?? `http://localhost:${o.apiPort}`,
    [ENV.mailFrom]: 'no-reply@liike.example',
    [ENV.sesConfigurationSet]: 'liike-local',
    [ENV.retentionUntil]: resolveRetentionUntil({
      programmeLastPaymentDate: process.env.LIIKE_PROGRAMME_LAST_PAYMENT_DATE ?? DEFAULT_PROGRAMME_LAST_PAYMENT_DATE,
      ...(process.env.LIIKE_RETENTION_UNTIL ? { retentionUntil: process.env.LIIKE_RETENTION_UNTIL } : {}),
    }),
    [ENV.reportRecipients]: process.env.LIIKE_REPORT_RECIPIENTS ?? '',
    [ENV.contactAddress]: process.env.LIIKE_CONTACT_ADDRESS ?? LOCAL_CONTACT_ADDRESS,
    // Locally one made-up staff address, so the staff desk can be tried (its sign-in mail is in the viewer).
    [ENV.programmeStaff]: process.env.LIIKE_PROGRAMME_STAFF ?? LOCAL_PROGRAMME_STAFF,
    ...(submissionsLimit ? { [API_ENV.submissionsPerClientPerHour]: String(submissionsLimit) } : {}),
    ...(signInsLimit ? { [API_ENV.signInsPerClientPerHour]: String(signInsLimit) } : {}),
    POWERTOOLS_LOG_LEVEL: o.logLevel ?? process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    // Lambda runs Node 22; the SDK's notice about Node 20 is noise on a developer machine.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

/**
 * For the scripts (report, erase, tick): without TABLE_NAME they work on the local stack of
 * `npm start`, with the environment its functions get; with it, the SDK's standard
 * configuration (credentials, region) and the deployed tables named in the environment.
 * Imported before any SDK client exists. Returns whether it chose the local stack.
 */
export function useLocalStackUnlessDeployed(): boolean {
  if (process.env[ENV.tableName]) return false;
  Object.assign(process.env, localEnvironment(portsFromEnvironment()));
  return true;
}
