import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { lambdaContext, loadHandler } from '#local/lambda';
import { ddb } from '#shared/platform/db';
import { undeliverableKey } from '#shared/platform/undeliverable';
import { uniqueEmail, validApplication } from '../support/fixtures.ts';
import { getItem } from '../support/flow.ts';
import { sesBounce, sesComplaint } from '../support/ses-events.ts';
import { busEvents, emailsTo, postJson, waitFor, waitForEmail } from '../support/stack.ts';

/*
 * SES's bounce and complaint events reach Liike on the account's default bus, which the local
 * bus does not stand in for (it carries the `liike` bus only): the test hands SES's event to the
 * consumer's handler itself, as the default bus's rule would, then watches the mail store.
 */

const WAIT_MS = 30_000;
// Loaded as the local stack loads every handler (the bundle under LIIKE_HANDLERS=cdk.out).
const recordUndeliverable = await loadHandler('recordUndeliverable');
const handler = (event: unknown) => recordUndeliverable(event, lambdaContext('recordUndeliverable'));

/** Submits an application and waits until its receipt consumer has had the event (sent or skipped). */
async function applyAndWaitForReceiptConsumer(email: string) {
  const response = await postJson('/applications', validApplication({ email, fieldOfStudy: '0111' }));
  expect(response.status).toBe(201);
  const { applicationId } = (await response.json()) as { applicationId: string };
  await waitFor(
    async () =>
      (await busEvents()).find(
        (e) =>
          e['detail-type'] === 'application.submitted' &&
          (e.detail as { data: { applicationId?: string } }).data.applicationId === applicationId &&
          e.deliveries.some((d) => d.rule.includes('sendApplicationReceipt') && d.status === 'delivered'),
      ),
    'the receipt consumer to have the application',
    WAIT_MS,
  );
  return applicationId;
}

describe('mail to an undeliverable address', () => {
  it('after a permanent bounce no more mail goes to the address; others still get theirs', async () => {
    const bounced = uniqueEmail('bounced');
    const other = uniqueEmail('other');
    await applyAndWaitForReceiptConsumer(bounced);
    expect(await emailsTo(bounced)).toHaveLength(1);

    await handler(sesBounce(bounced.toUpperCase()));
    const record = await getItem(undeliverableKey(bounced));
    expect(record).toMatchObject({ type: 'UNDELIVERABLE', reason: 'bounce:Permanent/General', reportedAt: '2027-03-01T09:00:01.669Z' });
    // Only the hash: the address is nowhere in the item.
    expect(JSON.stringify(record).toLowerCase()).not.toContain(bounced.split('@')[0]);

    await applyAndWaitForReceiptConsumer(bounced);
    await applyAndWaitForReceiptConsumer(other);
    expect(await emailsTo(bounced)).toHaveLength(1);
    await waitForEmail(other);
  }, 3 * WAIT_MS);

  it('a complaint stops mail too; a transient bounce does not', async () => {
    const complained = uniqueEmail('complained');
    const full = uniqueEmail('mailbox-full');
    await handler(sesComplaint(complained));
    await handler(sesBounce(full, 'Transient', 'MailboxFull'));
    await applyAndWaitForReceiptConsumer(complained);
    await applyAndWaitForReceiptConsumer(full);
    expect(await emailsTo(complained)).toHaveLength(0);
    expect(await emailsTo(full)).toHaveLength(1);
    // No item anywhere holds the addresses themselves.
    const { Items = [] } = await ddb.send(new ScanCommand({ TableName: process.env.TABLE_NAME!, FilterExpression: '#t = :t', ExpressionAttributeNames: { '#t': 'type' }, ExpressionAttributeValues: { ':t': 'UNDELIVERABLE' } }));
    expect(JSON.stringify(Items)).not.toContain(complained);
  }, 3 * WAIT_MS);
});
