import type { Node } from 'constructs';
import { resolveRetentionUntil } from '#shared/erasure/retention';

/** Deployment settings, read from CDK context (`cdk.json` or `-c key=value`). */
export interface LiikeConfig {
  /** Sender address of every email; it becomes the SES email identity. */
  mailFrom: string;
  /**
   * Base of every link in an email, without a trailing slash. Unset: the site's CloudFront URL,
   * which passes the link pages (/t/*) to the API, so a fresh deployment sends working links.
   */
  publicBaseUrl?: string;
  /** Optional address subscribed to the alarm topic. */
  alarmEmail?: string;
  /** Date of the programme's last payment (YYYY-MM-DD); gives the default retention date. */
  programmeLastPaymentDate: string;
  /**
   * Last day personal data of a placement is kept (YYYY-MM-DD). Context `retentionUntil`
   * overrides the default: five years from 31 December of the year of the last payment.
   */
  retentionUntil: string;
  /** Programme staff addresses that get the monthly funder report (context `reportRecipients`, comma-separated); none: not sent. */
  reportRecipients: string[];
}

const DEFAULT_MAIL_FROM = 'no-reply@liike.example';
/** Used when the context has none (cdk.json sets it). */
export const DEFAULT_PROGRAMME_LAST_PAYMENT_DATE = '2028-12-31';

function optionalString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`context ${key} must be a string`);
  return value.trim();
}

/** Reads and checks the context once, so a typo fails the synth instead of a deployed function. */
export function readConfig(node: Node): LiikeConfig {
  const mailFrom = optionalString(node, 'mailFrom') ?? DEFAULT_MAIL_FROM;
  const publicBaseUrl = optionalString(node, 'publicBaseUrl')?.replace(/\/+$/, '');
  const alarmEmail = optionalString(node, 'alarmEmail');
  const email = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
  if (!email.test(mailFrom)) throw new Error(`context mailFrom is not an email address: ${mailFrom}`);
  if (alarmEmail && !email.test(alarmEmail)) throw new Error(`context alarmEmail is not an email address: ${alarmEmail}`);
  if (publicBaseUrl !== undefined && !/^https:\/\/[^/\s]+/.test(publicBaseUrl)) {
    throw new Error(`context publicBaseUrl is not an https URL: ${publicBaseUrl}`);
  }
  const reportRecipients = (optionalString(node, 'reportRecipients') ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  for (const address of reportRecipients) {
    if (!email.test(address)) throw new Error(`context reportRecipients holds what is not an email address: ${address}`);
  }
  const programmeLastPaymentDate = optionalString(node, 'programmeLastPaymentDate') ?? DEFAULT_PROGRAMME_LAST_PAYMENT_DATE;
  const explicitRetention = optionalString(node, 'retentionUntil');
  const retentionUntil = resolveRetentionUntil({ programmeLastPaymentDate, ...(explicitRetention ? { retentionUntil: explicitRetention } : {}) });
  return {
    mailFrom,
    ...(publicBaseUrl ? { publicBaseUrl } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
    programmeLastPaymentDate,
    retentionUntil,
    reportRecipients,
  };
}
