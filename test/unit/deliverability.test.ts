import { describe, expect, it } from 'vitest';
import { undeliverableFrom } from '#shared/deliverability/ses-events';
import { emailHash } from '#shared/platform/email-hash';
import { undeliverableKey } from '#shared/platform/undeliverable';
import { sesBounce, sesComplaint } from '../support/ses-events.ts';

describe('SES bounce and complaint events', () => {
  it('a permanent bounce makes its recipient undeliverable, with the reason, the time and the message id', () => {
    const event = sesBounce('Anna@Example.com');
    expect(undeliverableFrom(event)).toEqual([
      { address: 'Anna@Example.com', reason: 'bounce:Permanent/General', reportedAt: '2027-03-01T09:00:01.669Z', sesMessageId: event.detail.mail.messageId },
    ]);
  });

  it('a complaint does too; a transient bounce does not (a later mail may arrive)', () => {
    expect(undeliverableFrom(sesComplaint('b@example.com')).map((u) => u.reason)).toEqual(['complaint']);
    expect(undeliverableFrom(sesBounce('c@example.com', 'Transient', 'MailboxFull'))).toEqual([]);
  });

  it('refuses what is not an SES bounce or complaint', () => {
    expect(() => undeliverableFrom({ ...sesBounce('d@example.com'), source: 'liike' })).toThrow();
    expect(() => undeliverableFrom({ ...sesBounce('d@example.com'), 'detail-type': 'Email Delivered' })).toThrow();
  });

  it('keys the record by the hash of the trimmed, lower-cased address, never the address', () => {
    expect(undeliverableKey(' Anna@Example.com ')).toEqual(undeliverableKey('anna@example.com'));
    expect(undeliverableKey('anna@example.com').pk).toBe(`UNDELIVERABLE#${emailHash('anna@example.com')}`);
    expect(JSON.stringify(undeliverableKey('anna@example.com'))).not.toContain('anna');
  });
});
