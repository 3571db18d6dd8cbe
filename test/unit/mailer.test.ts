import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendEmail } from '#shared/platform/mailer';

/* Replies to Liike's emails reach people: the programme's contact address, or who the sender names. */
describe('the mailer’s Reply-To', () => {
  const ses = mockClient(SESClient);
  const ddb = mockClient(DynamoDBDocumentClient);
  const email = { subject: 'Liike', text: 'Text', html: '<p>Text</p>' };
  const saved = { ...process.env };

  beforeEach(() => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    ddb.on(GetCommand).resolves({}); // no address is undeliverable
    Object.assign(process.env, { MAIL_FROM: 'no-reply@liike.example', SES_CONFIGURATION_SET: 'liike-unit' });
  });
  afterEach(() => {
    ses.reset();
    ddb.reset();
    process.env = { ...saved };
  });
  const sent = () => ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);

  it('is the programme’s contact address', async () => {
    process.env.CONTACT_ADDRESS = 'liike@programme.example';
    expect(await sendEmail('a@example.com', email)).toBe(true);
    expect(sent()[0]).toMatchObject({ Source: 'Liike <no-reply@liike.example>', ReplyToAddresses: ['liike@programme.example'] });
  });

  it('is the address a sender names instead (the school’s coordinator)', async () => {
    process.env.CONTACT_ADDRESS = 'liike@programme.example';
    await sendEmail('a@example.com', email, { replyTo: 'coordinator@school.example' });
    expect(sent()[0]!.ReplyToAddresses).toEqual(['coordinator@school.example']);
  });

  it('is left out without a contact address (the footer then says not to reply)', async () => {
    delete process.env.CONTACT_ADDRESS;
    await sendEmail('a@example.com', email);
    expect(sent()[0]!.ReplyToAddresses).toBeUndefined();
  });
});
