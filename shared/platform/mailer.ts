import { SESClient, SendEmailCommand, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { config } from './config.ts';
import type { RenderedEmail } from './email.ts';
import { logger } from './logger.ts';
import { isUndeliverable } from './undeliverable.ts';

// Built at load, as Lambda prefers; marked pure so a bundle that imports this module but sends
// nothing (a function reaching it through a feature module it only partly uses) keeps no SES client.
const ses = /* @__PURE__ */ new SESClient({});

export interface SendOptions {
  /**
   * Where a reply goes instead of the programme's contact address: the person who can answer
   * questions about what the email is about (the sending school's coordinator, for a
   * participant's follow-up). Only an address the recipient may see.
   */
  replyTo?: string;
}

/**
 * Sends one email with a plain-text and an HTML part, tracked by the configuration set; not to an
 * address that bounced for good or complained (sending again would only hurt the sender's
 * reputation, and SES's account-level suppression would drop it anyway). Replies go to
 * `options.replyTo`, else to the programme's contact address (`CONTACT_ADDRESS`; unset: to the
 * sender, and the footer says not to reply). Returns whether it was sent.
 */
export async function sendEmail(to: string, email: RenderedEmail, options: SendOptions = {}): Promise<boolean> {
  if (await isUndeliverable(to)) {
    logger.info('email not sent: the recipient is undeliverable');
    return false;
  }
  const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });
  const replyTo = options.replyTo ?? config.contactAddress;
  await ses.send(
    new SendEmailCommand({
      // The display name makes the sender recognisable in every inbox and language.
      Source: `Liike <${config.mailFrom}>`,
      Destination: { ToAddresses: [to] },
      ...(replyTo ? { ReplyToAddresses: [replyTo] } : {}),
      Message: { Subject: utf8(email.subject), Body: { Text: utf8(email.text), Html: utf8(email.html) } },
      ConfigurationSetName: config.sesConfigurationSet,
    }),
  );
  return true;
}

/** Sends a complete MIME message (e.g. with attachments) to the given addresses, with the configuration set. */
export async function sendRawEmail(to: readonly string[], message: string) {
  const deliverable = [];
  for (const address of to) if (!(await isUndeliverable(address))) deliverable.push(address);
  if (deliverable.length < to.length) logger.info('undeliverable recipients left out', { left: to.length - deliverable.length, kept: deliverable.length });
  if (deliverable.length === 0) return;
  await ses.send(
    new SendRawEmailCommand({
      Source: `Liike <${config.mailFrom}>`,
      Destinations: deliverable,
      RawMessage: { Data: new TextEncoder().encode(message) },
      ConfigurationSetName: config.sesConfigurationSet,
    }),
  );
}
