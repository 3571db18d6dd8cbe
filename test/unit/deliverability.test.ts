import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { undeliverableFrom } from '#shared/deliverability/ses-events';
import { emailHash } from '#shared/platform/email-hash';
import { isUndeliverable, undeliverableExpiresAt, undeliverableKey, UNDELIVERABLE_DAYS } from '#shared/platform/undeliverable';
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

describe('how long an address stays undeliverable', () => {
  const ddb = mockClient(DynamoDBDocumentClient);
  afterEach(() => ddb.reset());
  const now = new Date('2028-01-01T00:00:00Z');

  it('a year from SES\'s report, counted in epoch seconds for the TTL', () => {
    expect(UNDELIVERABLE_DAYS).toBe(365);
    expect(undeliverableExpiresAt('2027-03-01T09:00:01.669Z')).toBe(Date.UTC(2027, 2, 1, 9, 0, 1) / 1000 + 365 * 86_400);
  });

  it('an expired record no longer counts, even before DynamoDB has deleted it', async () => {
    const answer = (Item: Record<string, unknown> | undefined) => ddb.on(GetCommand).resolves({ Item });
    answer(undefined);
    expect(await isUndeliverable('a@example.com', now)).toBe(false);
    answer({ pk: 'x', expiresAt: now.getTime() / 1000 + 60 });
    expect(await isUndeliverable('a@example.com', now)).toBe(true);
    answer({ pk: 'x', expiresAt: now.getTime() / 1000 - 60 });
    expect(await isUndeliverable('a@example.com', now)).toBe(false);
    // Recorded before records expired: still counts.
    answer({ pk: 'x' });
    expect(await isUndeliverable('a@example.com', now)).toBe(true);
  });
});
