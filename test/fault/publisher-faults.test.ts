import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busEvents } from '../support/stack.ts';
import { type BusFault, eventIdOf, startFaultyBus, type PutEventsEntry } from './faulty-endpoints.ts';
import { busBaseUrl, busCounts, everyoneMailed, mailCounts, pendingRole, sleep, streamRecord } from './support.ts';

/*
 * Fault injection between the stream publisher and EventBridge. The real publisher handler gets
 * DynamoDB stream records of real outbox items (role.submitted for roles written as the app
 * writes them) and talks, through the AWS SDK, to a PutEvents endpoint that throttles, fails
 * calls and fails entries, and forwards the rest to the local bus. The consumer at the end
 * (sendRoleVerification) mails each role's contact, so "nothing lost, nothing twice" is checked
 * on the bus (by event id) and in the mail store (one email per role).
 */

let plan: (call: number, entries: PutEventsEntry[]) => BusFault = () => ({ kind: 'pass' });
let faulty: Awaited<ReturnType<typeof startFaultyBus>>;
let publish: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

beforeAll(async () => {
  faulty = await startFaultyBus(busBaseUrl(), (call, entries) => plan(call, entries));
  // The publisher's EventBridge client reads its endpoint from the environment, as on Lambda.
  process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = faulty.url;
  ({ handler: publish } = (await import('#functions/publisher/stream-publisher')) as never);
});
afterAll(async () => faulty?.close());

async function batchOfRoles(n: number, firstSequence: number) {
  const roles = await Promise.all(Array.from({ length: n }, () => pendingRole()));
  const records: DynamoDBRecord[] = roles.map((r, i) => streamRecord(firstSequence + i, r.event));
  return { roles, records, eventIds: roles.map((r) => r.event.eventId) };
}

/** Waits for one email per contact, then a little longer, and returns the counts. */
async function settledMailCounts(contacts: string[]) {
  await everyoneMailed(contacts);
  await sleep(1000); // a duplicate delivery would have shown up by now
  return mailCounts(contacts);
}

const deliveriesOf = async (eventIds: string[]) =>
  (await busEvents())
    .filter((e) => eventIds.includes((e.detail as { metadata: { eventId: string } }).metadata.eventId))
    .flatMap((e) => e.deliveries);

describe('stream publisher against a faulty PutEvents endpoint', () => {
  it('throttled calls, failed calls and failed entries are retried: every event arrives once, no batch item failure', async () => {
    const { roles, records, eventIds } = await batchOfRoles(25, 1_000);
    const seen = new Map<string, number>();
    // Entry i fails on its first (i mod 3) sightings, alternately as InternalFailure and ThrottlingException.
    plan = (call, entries) => {
      if (call === 1) return { kind: 'http', status: 400, type: 'ThrottlingException' };
      if (call === 2) return { kind: 'http', status: 500, type: 'InternalFailure' };
      return {
        kind: 'entries',
        errors: entries.map((entry) => {
          const id = eventIdOf(entry);
          const i = eventIds.indexOf(id);
          const sightings = (seen.get(id) ?? 0) + 1;
          seen.set(id, sightings);
          return sightings <= i % 3 ? (i % 2 ? 'ThrottlingException' : 'InternalFailure') : undefined;
        }),
      };
    };
    const callsBefore = faulty.calls.length;
    const result = await publish({ Records: records });
    expect(callsBefore).toBe(0);

    // Faults were really injected: the SDK retried the HTTP 400 and 500, the handler the entries.
    expect(faulty.calls.slice(0, 2).map((c) => c.fault)).toEqual(['http', 'http']);
    expect(faulty.calls[2]!.eventIds).toEqual(faulty.calls[0]!.eventIds);
    const entryErrors = faulty.calls.flatMap((c) => c.answered).filter((a) => a === 'InternalFailure' || a === 'ThrottlingException');
    expect(entryErrors.length).toBe(eventIds.reduce((sum, _, i) => sum + (i % 3), 0));

    expect(result.batchItemFailures).toEqual([]);
    const onBus = await busCounts(eventIds);
    expect([...onBus.values()]).toEqual(eventIds.map(() => 1));
    const counts = await settledMailCounts(roles.map((r) => r.contactEmail));
    expect([...counts.values()]).toEqual(roles.map(() => 1));
    expect((await deliveriesOf(eventIds)).map((d) => `${d.rule}:${d.status}`)).toEqual(eventIds.map(() => 'sendRoleVerification:delivered'));
  });

  it('entries failing past the retries are reported as batch item failures; redelivery from the first completes the set, once per consumer', async () => {
    const { roles, records, eventIds } = await batchOfRoles(25, 2_000);
    const doomed = new Set([7, 15, 21].map((i) => eventIds[i]!));
    const start = faulty.calls.length;
    plan = (call, entries) =>
      call === start + 1
        ? { kind: 'http', status: 400, type: 'ThrottlingException' }
        : { kind: 'entries', errors: entries.map((e) => (doomed.has(eventIdOf(e)) ? 'InternalFailure' : undefined)) };

    const first = await publish({ Records: records });
    // Exactly the records that never got through, after the SDK's and the handler's retries.
    expect(first.batchItemFailures).toEqual([7, 15, 21].map((i) => ({ itemIdentifier: records[i]!.dynamodb!.SequenceNumber })));
    const afterFirst = await busCounts(eventIds);
    expect(eventIds.map((id) => afterFirst.get(id))).toEqual(eventIds.map((id) => (doomed.has(id) ? 0 : 1)));
    // Four attempts of the handler for each doomed entry.
    expect(faulty.calls.slice(start).flatMap((c) => c.answered).filter((a) => a === 'InternalFailure')).toHaveLength(12);

    // EventBridge is healthy again; like Lambda (and the local poller), the batch is retried
    // from the first failed record: records after it that were published go out again.
    plan = () => ({ kind: 'pass' });
    const from = records.findIndex((r) => r.dynamodb!.SequenceNumber === first.batchItemFailures[0]!.itemIdentifier);
    const second = await publish({ Records: records.slice(from) });
    expect(second.batchItemFailures).toEqual([]);

    const onBus = await busCounts(eventIds);
    expect(eventIds.map((id) => onBus.get(id))).toEqual(eventIds.map((id, i) => (i < from || doomed.has(id) ? 1 : 2)));
    // The consumer acted once per event however often the bus delivered it.
    const counts = await settledMailCounts(roles.map((r) => r.contactEmail));
    expect([...counts.values()]).toEqual(roles.map(() => 1));
    expect((await deliveriesOf(eventIds)).every((d) => d.status === 'delivered')).toBe(true);
  });
});
