import type { Node } from 'constructs';
import { resolveRetentionUntil } from '#shared/erasure/retention';

/** Deployment settings, read from CDK context (`cdk.json` or `-c key=value`). */
export interface LiikeConfig {
  /**
   * The region of the data and the code (context `region`, default `eu-north-1`): the stateful,
   * stateless and site stacks are deployed there. The web ACL of the CloudFront distribution is
   * in `us-east-1` whatever this is (WAF's CLOUDFRONT scope lives only there).
   */
  region: string;
  /** Sender address of every email; the part after @ becomes the SES domain identity. */
  mailFrom: string;
  /** The domain of `mailFrom`: verified in SES as a domain identity with Easy DKIM. */
  mailDomain: string;
  /**
   * Custom MAIL FROM (envelope sender) domain, a subdomain of `mailDomain` (context
   * `mailFromDomain`, default `mail.<mailDomain>`): bounces come back to SES through its MX, and
   * SPF aligns with the sender's domain, so DMARC passes on SPF as well as on DKIM.
   */
  mailFromDomain: string;
  /**
   * The Route 53 public hosted zone of `mailDomain` (context `hostedZoneId` and
   * `hostedZoneName`, both or neither): given, the DKIM and MAIL FROM records are created in it;
   * otherwise the deploy prints them as outputs, to add at the domain's DNS by hand.
   */
  hostedZone?: { hostedZoneId: string; zoneName: string };
  /** True while `mailFrom` is the placeholder: synth works offline, but no mail can be sent from it. */
  mailFromIsPlaceholder: boolean;
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
  /** Who may sign in to the staff desk (context `programmeStaff`, comma-separated); without it, the report's recipients. */
  programmeStaff: string[];
  /**
   * The programme's address for questions (context `contactAddress`): every email names it and
   * replies to it (Reply-To), and the privacy notice gives it. Unset: emails say not to reply,
   * and the privacy notice sends people to their school's coordinator (synth warns).
   */
  contactAddress?: string;
  /**
   * Who runs the service, as the privacy notice names them (context `programmeOperator`, e.g.
   * the lead organisation of the network). Unset: a neutral wording ("the programme that runs
   * the network").
   */
  programmeOperator?: string;
}

/**
 * Placeholder sender, so `cdk synth` works offline and in tests without a domain. `.example` is
 * reserved (RFC 2606): SES can never verify it, so a deployment must pass `-c mailFrom=` with a
 * domain it controls; synth warns while the placeholder is in use (README, "Deploy").
 */
export const PLACEHOLDER_MAIL_FROM = 'no-reply@your-domain.example';
/** The main stacks' region when the context names none: Stockholm, in the EU, nearest to the users. */
export const DEFAULT_REGION = 'eu-north-1';
/** Where a CLOUDFRONT-scope web ACL (and its metrics and alarms) must be: WAF serves CloudFront only from us-east-1. */
export const EDGE_REGION = 'us-east-1';
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
  const region = optionalString(node, 'region') ?? DEFAULT_REGION;
  // A region name, not a token: the stacks need an explicit region for the edge stack's reference.
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new Error(`context region is not an AWS region name: ${region}`);
  const mailFrom = (optionalString(node, 'mailFrom') ?? PLACEHOLDER_MAIL_FROM).toLowerCase();
  const publicBaseUrl = optionalString(node, 'publicBaseUrl')?.replace(/\/+$/, '');
  const alarmEmail = optionalString(node, 'alarmEmail');
  const email = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
  if (!email.test(mailFrom)) throw new Error(`context mailFrom is not an email address: ${mailFrom}`);
  const mailDomain = mailFrom.slice(mailFrom.indexOf('@') + 1);
  const domainName = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
  if (!domainName.test(mailDomain)) throw new Error(`context mailFrom's domain is not a domain name: ${mailDomain}`);
  const mailFromDomain = (optionalString(node, 'mailFromDomain') ?? `mail.${mailDomain}`).toLowerCase();
  // SES requires the MAIL FROM domain to be a subdomain of the verified identity.
  if (!domainName.test(mailFromDomain) || !mailFromDomain.endsWith(`.${mailDomain}`)) {
    throw new Error(`context mailFromDomain must be a subdomain of ${mailDomain}: ${mailFromDomain}`);
  }
  const hostedZoneId = optionalString(node, 'hostedZoneId');
  const hostedZoneName = optionalString(node, 'hostedZoneName')?.toLowerCase().replace(/\.$/, '');
  if ((hostedZoneId === undefined) !== (hostedZoneName === undefined)) {
    throw new Error('context hostedZoneId and hostedZoneName go together: give both or neither');
  }
  // The identity is the zone's name (Identity.publicHostedZone), so the zone must be the sender's domain.
  if (hostedZoneName !== undefined && hostedZoneName !== mailDomain) {
    throw new Error(`context hostedZoneName (${hostedZoneName}) must be the domain of mailFrom (${mailDomain})`);
  }
  if (alarmEmail && !email.test(alarmEmail)) throw new Error(`context alarmEmail is not an email address: ${alarmEmail}`);
  if (publicBaseUrl !== undefined && !/^https:\/\/[^/\s]+/.test(publicBaseUrl)) {
    throw new Error(`context publicBaseUrl is not an https URL: ${publicBaseUrl}`);
  }
  const reportRecipients = (optionalString(node, 'reportRecipients') ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  for (const address of reportRecipients) {
    if (!email.test(address)) throw new Error(`context reportRecipients holds what is not an email address: ${address}`);
  }
  const staffGiven = optionalString(node, 'programmeStaff');
  const programmeStaff = staffGiven === undefined ? reportRecipients : staffGiven.split(',').map((a) => a.trim()).filter(Boolean);
  for (const address of programmeStaff) {
    if (!email.test(address)) throw new Error(`context programmeStaff holds what is not an email address: ${address}`);
  }
  const contactAddress = optionalString(node, 'contactAddress');
  if (contactAddress !== undefined && !email.test(contactAddress)) throw new Error(`context contactAddress is not an email address: ${contactAddress}`);
  const programmeOperator = optionalString(node, 'programmeOperator');
  const programmeLastPaymentDate = optionalString(node, 'programmeLastPaymentDate') ?? DEFAULT_PROGRAMME_LAST_PAYMENT_DATE;
  const explicitRetention = optionalString(node, 'retentionUntil');
  const retentionUntil = resolveRetentionUntil({ programmeLastPaymentDate, ...(explicitRetention ? { retentionUntil: explicitRetention } : {}) });
  return {
    region,
    mailFrom,
    mailDomain,
    mailFromDomain,
    ...(hostedZoneId && hostedZoneName ? { hostedZone: { hostedZoneId, zoneName: hostedZoneName } } : {}),
    mailFromIsPlaceholder: mailFrom === PLACEHOLDER_MAIL_FROM,
    ...(publicBaseUrl ? { publicBaseUrl } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
    programmeLastPaymentDate,
    retentionUntil,
    reportRecipients,
    programmeStaff,
    ...(contactAddress ? { contactAddress } : {}),
    ...(programmeOperator ? { programmeOperator } : {}),
  };
}
