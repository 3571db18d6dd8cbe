import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEvent } from '#events/define-event';
import { ddb, keys, outboxItem, UNPUBLISHED_OUTBOX } from '#shared/platform/db';
import type { sweepOutbox as SweepOutbox } from '#shared/outbox/sweep';
import type { redriveLocalDeadLetters as RedriveLocal } from '../../scripts/redrive/local.ts';
import { type BusFault, startFaultyBus } from './faulty-endpoints.ts';
import { busBaseUrl, busCounts, everyoneMailed, getItem, mailCounts, pendingRole, sleep, streamRecord, TABLE } from './support.ts';

/*
 * "Nothing is lost" past the stream's own retries (docs/guarantees.md). The stream publisher
 * fails for an outbox item until its retries run out (PutEvents answers HTTP 500 to every call),
 * so the item stays unmarked; the outbox sweep, run with its clock moved past the five minutes,
 * republishes it with the same event id, and the consumer (sendRoleVerification: one email per
 * role) acts exactly once, also when the stream's own retry gets through later. Then `npm run
 * redrive`'s local work: the bus's and the stream poller's dead letters are delivered, and only
 * what failed again stays in the file.
 *
 * Both in one file, so they run one after the other: the redrive also sweeps every unmarked
 * item older than a minute, which would include the first test's item. The outbox items are
 * written beside the stream (inserted under another type, then turned into outbox items by an
 * update, which the stream filter does not pass), as if their INSERT record had been lost, so
 * the local stack's own publisher does not publish them behind the test's back.
 */

let plan: () => BusFault = () => ({ kind: 'pass' });
let faulty: Awaited<ReturnType<typeof startFaultyBus>>;
let publish: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
let sweepOutbox: typeof SweepOutbox;
let redriveLocalDeadLetters: typeof RedriveLocal;

beforeAll(async () => {
  faulty = await startFaultyBus(busBaseUrl(), () => plan());
  // The EventBridge client (shared by the publisher and the sweep) reads its endpoint from the environment when first imported.
  process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = faulty.url;
  ({ handler: publish } = (await import('#functions/publisher/stream-publisher')) as never);
  ({ sweepOutbox } = await import('#shared/outbox/sweep'));
  ({ redriveLocalDeadLetters } = await import('../../scripts/redrive/local.ts'));
});
afterAll(async () => faulty?.close());

/** The outbox item as writeWithEvents writes it, without an INSERT record the publisher would see. */
async function outboxItemBesideTheStream(event: OutboxEvent, createdAt: Date) {
  const item = outboxItem(event, createdAt);
  await ddb.send(new PutCommand({ TableName: TABLE(), Item: { ...item, type: 'NOT_YET_OUTBOX' }, ConditionExpression: 'attribute_not_exists(pk)' }));
  await ddb.send(
    new UpdateCommand({ TableName: TABLE(), Key: keys.outbox(event.eventId), UpdateExpression: 'SET #type = :outbox', ExpressionAttributeNames: { '#type': 'type' }, ExpressionAttributeValues: { ':outbox': 'OUTBOX' } }),
  );
}

/** The event as EventBridge (and the local bus) delivers an outbox event to a rule's target. */
const delivered = (event: OutboxEvent) => ({
  version: '0',
  id: randomUUID(),
  'detail-type': event.detailType,
  source: event.source,
  account: '000000000000',
  time: new Date().toISOString(),
  region: process.env.AWS_REGION,
  resources: [],
  detail: JSON.parse(event.detail) as unknown,
});

const minutes = (n: number) => n * 60_000;

describe('the outbox sweep and redrive', () => {
  it('an event the stream publisher never published is republished by the sweep, same event id, and its consumer acts once', async () => {
    const role = await pendingRole();
    const { eventId } = role.event;
    // Written four and a half minutes ago: the sweep's own timer (which reads real time) leaves it alone while the test runs.
    const createdAt = new Date(Date.now() - minutes(4.5));
    await outboxItemBesideTheStream(role.event, createdAt);
    expect(await getItem(keys.outbox(eventId))).toMatchObject({ gsi2pk: UNPUBLISHED_OUTBOX, gsi2sk: `${createdAt.toISOString()}#${eventId}` });

    // The publisher gets the record, and PutEvents fails for the whole batch on every try.
    plan = () => ({ kind: 'http', status: 500, type: 'InternalFailure' });
    const record = streamRecord(70_000, role.event, createdAt);
    const failed = await publish({ Records: [record] });
    expect(failed.batchItemFailures).toEqual([{ itemIdentifier: record.dynamodb!.SequenceNumber }]);
    expect(faulty.calls.length).toBeGreaterThan(1);
    // Nothing reached the bus and the item is not marked: it is still on the unpublished index.
    expect((await busCounts([eventId])).get(eventId)).toBe(0);
    const unmarked = (await getItem(keys.outbox(eventId)))!;
    expect(unmarked.publishedAt).toBeUndefined();
    expect(unmarked.gsi2pk).toBe(UNPUBLISHED_OUTBOX);

    // EventBridge is back. Four minutes after the write the sweep leaves the item to the stream.
    plan = () => ({ kind: 'pass' });
    expect((await sweepOutbox(new Date(createdAt.getTime() + minutes(4)))).eventIds).not.toContain(eventId);
    expect((await busCounts([eventId])).get(eventId)).toBe(0);
    // Six minutes after: republished, with the same event id, and marked.
    expect((await sweepOutbox(new Date(createdAt.getTime() + minutes(6)))).eventIds).toContain(eventId);
    expect((await busCounts([eventId])).get(eventId)).toBe(1);
    const marked = (await getItem(keys.outbox(eventId)))!;
    expect(marked.publishedAt).toEqual(expect.any(String));
    expect(marked.expiresAt).toEqual(expect.any(Number));
    expect(marked.gsi2pk).toBeUndefined();
    expect(marked.gsi2sk).toBeUndefined();
    await everyoneMailed([role.contactEmail]);

    // A marked item is not swept again; the stream's own retry getting through late is one more
    // delivery of the same event, which the consumer ignores.
    expect((await sweepOutbox(new Date(createdAt.getTime() + minutes(6)))).eventIds).not.toContain(eventId);
    expect((await publish({ Records: [record] })).batchItemFailures).toEqual([]);
    expect((await busCounts([eventId])).get(eventId)).toBe(2);
    await sleep(1000); // a second email would have arrived by now
    expect((await mailCounts([role.contactEmail])).get(role.contactEmail)).toBe(1);
    expect((await getItem(keys.outbox(eventId)))!.publishedAt).toBe(marked.publishedAt);
  });

  it('redrive delivers the local dead letters, of the bus and of the stream, and keeps only what failed again', async () => {
    plan = () => ({ kind: 'pass' });
    // The bus gave up delivering a role.submitted to its consumer.
    const fromBus = await pendingRole();
    // The stream poller gave up on a role.submitted outbox item, which stays unmarked.
    const fromStream = await pendingRole();
    await outboxItemBesideTheStream(fromStream.event, new Date());
    // And an event the consumer will refuse again: its detail breaks the contract.
    const broken = { ...(await pendingRole()).event };
    broken.detail = JSON.stringify({ ...JSON.parse(broken.detail), data: { roleId: 'not-a-uuid' } });

    const lines = [
      { rule: 'sendRoleVerification', error: 'injected', event: delivered(fromBus.event) },
      { source: 'stream', reason: 'publisher kept failing', record: streamRecord(80_000, fromStream.event) },
      { rule: 'sendRoleVerification', error: 'injected', event: delivered(broken) },
    ].map((line) => JSON.stringify(line));
    const file = join(tmpdir(), `liike-dead-letters-${randomUUID()}.jsonl`);
    await writeFile(file, lines.map((l) => `${l}\n`).join(''));

    const result = await redriveLocalDeadLetters(file);
    expect(result.delivered).toBe(1);
    expect(result.republished).toBeGreaterThanOrEqual(1);
    expect(result.kept).toBe(1);
    expect(result.outboxSwept).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(`${lines[2]}\n`);
    expect((await busCounts([fromStream.event.eventId])).get(fromStream.event.eventId)).toBe(1);
    expect((await getItem(keys.outbox(fromStream.event.eventId)))!.publishedAt).toEqual(expect.any(String));
    await everyoneMailed([fromBus.contactEmail, fromStream.contactEmail]);

    // Again: nothing left to deliver but the broken one, and nobody is mailed twice.
    expect(await redriveLocalDeadLetters(file)).toEqual({ delivered: 0, republished: 0, kept: 1, outboxSwept: true });
    await sleep(1000);
    expect([...(await mailCounts([fromBus.contactEmail, fromStream.contactEmail])).values()]).toEqual([1, 1]);
  });
});
