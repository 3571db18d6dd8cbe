import * as z from '#shared/platform/zod';
import type { UndeliverableReason } from '#shared/platform/undeliverable';

/**
 * What SES puts on the account's default bus for a configuration set's event destination:
 * source `aws.ses`, detail-type `Email Bounced` or `Email Complaint Received`, and as detail the
 * event record SES also publishes to SNS and Firehose (eventType, mail, bounce or complaint).
 * Only the fields Liike reads are parsed; the rest (headers, diagnostic codes) is passed by.
 */
export const SES_SOURCE = 'aws.ses';
export const BOUNCED = 'Email Bounced';
export const COMPLAINED = 'Email Complaint Received';

const recipients = z.array(z.object({ emailAddress: z.string().check(z.minLength(3)) })).check(z.minLength(1));
const mail = z.object({ messageId: z.string().check(z.minLength(1)) });

const bounced = z.object({
  'detail-type': z.literal(BOUNCED),
  source: z.literal(SES_SOURCE),
  detail: z.object({
    eventType: z.literal('Bounce'),
    mail,
    bounce: z.object({
      bounceType: z.enum(['Undetermined', 'Permanent', 'Transient']),
      bounceSubType: z.string(),
      bouncedRecipients: recipients,
      timestamp: z.iso.datetime({ offset: true }),
    }),
  }),
});

const complained = z.object({
  'detail-type': z.literal(COMPLAINED),
  source: z.literal(SES_SOURCE),
  detail: z.object({
    eventType: z.literal('Complaint'),
    mail,
    complaint: z.object({ complainedRecipients: recipients, timestamp: z.iso.datetime({ offset: true }) }),
  }),
});

export const sesEvent = z.discriminatedUnion('detail-type', [bounced, complained]);

export interface Undeliverable {
  address: string;
  reason: UndeliverableReason;
  reportedAt: string;
  sesMessageId: string;
}

/**
 * The addresses an SES event makes undeliverable. A permanent bounce (no such mailbox, or SES's
 * own suppression) and a complaint do; a transient bounce (mailbox full, too large, a provider
 * throttling) does not, since a later mail may well arrive; an undetermined one neither, as SES
 * itself does not suppress it.
 */
export function undeliverableFrom(event: unknown): Undeliverable[] {
  const parsed = sesEvent.parse(event);
  const { detail } = parsed;
  if (detail.eventType === 'Bounce') {
    if (detail.bounce.bounceType !== 'Permanent') return [];
    return detail.bounce.bouncedRecipients.map(({ emailAddress }) => ({
      address: emailAddress,
      reason: `bounce:Permanent/${detail.bounce.bounceSubType}`,
      reportedAt: new Date(detail.bounce.timestamp).toISOString(),
      sesMessageId: detail.mail.messageId,
    }));
  }
  return detail.complaint.complainedRecipients.map(({ emailAddress }) => ({
    address: emailAddress,
    reason: 'complaint',
    reportedAt: new Date(detail.complaint.timestamp).toISOString(),
    sesMessageId: detail.mail.messageId,
  }));
}
