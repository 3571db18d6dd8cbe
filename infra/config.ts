import type { Node } from 'constructs';

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
}

const DEFAULT_MAIL_FROM = 'no-reply@liike.example';

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
  return { mailFrom, ...(publicBaseUrl ? { publicBaseUrl } : {}), ...(alarmEmail ? { alarmEmail } : {}) };
}
