import { SESClient, SendEmailCommand, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { config } from './config.ts';
import type { RenderedEmail } from './email.ts';

const ses = new SESClient({});


/** Sends one email with a plain-text and an HTML part, tracked by the configuration set. */
export async function sendEmail(to: string, email: RenderedEmail) {
  const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });
  await ses.send(
    new SendEmailCommand({
      // The display name makes the sender recognisable in every inbox and language.
      Source: `Liike <${config.mailFrom}>`,
      Destination: { ToAddresses: [to] },
      Message: { Subject: utf8(email.subject), Body: { Text: utf8(email.text), Html: utf8(email.html) } },
      ConfigurationSetName: config.sesConfigurationSet,
    }),
  );
}

/** Sends a complete MIME message (e.g. with attachments) to the given addresses, with the configuration set. */
export async function sendRawEmail(to: readonly string[], message: string) {
  await ses.send(
    new SendRawEmailCommand({
      Source: `Liike <${config.mailFrom}>`,
      Destinations: [...to],
      RawMessage: { Data: new TextEncoder().encode(message) },
      ConfigurationSetName: config.sesConfigurationSet,
    }),
  );
}
