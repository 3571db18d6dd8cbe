import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { applicationSubmitted, roleOpened } from '#events/contracts';
import { outboxItem } from '#shared/platform/db';
import { handler } from '#functions/publisher/stream-publisher';

const eventBridge = mockClient(EventBridgeClient);
const dynamodb = mockClient(DynamoDBDocumentClient);

function record(sequence: number, event = roleOpened.outbox({ roleId: crypto.randomUUID(), country: 'FI', sector: 'technology', places: 2 })): DynamoDBRecord {
  return {
    eventName: 'INSERT',
    dynamodb: {
      SequenceNumber: String(sequence),
      NewImage: marshall(outboxItem(event, new Date())) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'],
    },
  };
}

describe('stream publisher', () => {
  beforeEach(() => {
    eventBridge.reset();
    dynamodb.reset();
    dynamodb.on(UpdateCommand).resolves({});
  });

  it('puts each outbox item on the bus as its event', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: '1' }] });
    const event = applicationSubmitted.outbox({ applicationId: crypto.randomUUID(), schoolId: 'fi-sasky', homeCountry: 'FI', applicantType: 'staff' });
    const result = await handler({ Records: [record(100, event)] });
    expect(result.batchItemFailures).toEqual([]);
    const sent = eventBridge.commandCalls(PutEventsCommand)[0]!.args[0].input.Entries!;
    expect(sent).toEqual([{ EventBusName: process.env.EVENT_BUS_NAME, Source: 'liike', DetailType: 'application.submitted', Detail: event.detail }]);
  });

  it('sends at most 10 entries per PutEvents call', async () => {
    eventBridge.on(PutEventsCommand).callsFake((input) => ({ FailedEntryCount: 0, Entries: input.Entries.map(() => ({ EventId: 'x' })) }));
    const records = Array.from({ length: 23 }, (_, i) => record(i + 1));
    await handler({ Records: records });
    expect(eventBridge.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries!.length)).toEqual([10, 10, 3]);
  });

  it('re-sends only the entries EventBridge reports failed', async () => {
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ EventId: 'a' }, { ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' }] })
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'b' }] });
    const records = [record(1), record(2)];
    const result = await handler({ Records: records });
    expect(result.batchItemFailures).toEqual([]);
    const calls = eventBridge.commandCalls(PutEventsCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args[0].input.Entries).toEqual([calls[0]!.args[0].input.Entries![1]]);
  });

  it('reports a record as a batch item failure while FailedEntryCount stays 1', async () => {
    eventBridge.on(PutEventsCommand).callsFake((input) => ({
      FailedEntryCount: 1,
      Entries: input.Entries.map((_: unknown, i: number) => (i === input.Entries.length - 1 ? { ErrorCode: 'InternalFailure' } : { EventId: 'ok' })),
    }));
    const result = await handler({ Records: [record(7), record(8)] });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '8' }]);
  });

  it('reports every record of a call that throws, so none is lost', async () => {
    eventBridge.on(PutEventsCommand).rejects(new Error('network down'));
    const result = await handler({ Records: [record(5), record(6)] });
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['5', '6']);
  });

  it('marks only the items whose events got onto the bus, conditionally, taking them off the unpublished index', async () => {
    const records = [record(1), record(2), record(3)];
    const ids = records.map((r) => (r.dynamodb!.NewImage as { eventId: { S: string } }).eventId.S);
    // The second item's event never gets through.
    eventBridge.on(PutEventsCommand).callsFake((input) => ({
      FailedEntryCount: 1,
      Entries: input.Entries.map((e: { Detail: string }) => (e.Detail.includes(ids[1]!) ? { ErrorCode: 'InternalFailure' } : { EventId: 'ok' })),
    }));
    const result = await handler({ Records: records });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '2' }]);
    const updates = dynamodb.commandCalls(UpdateCommand).map((c) => c.args[0].input);
    expect(updates.map((u) => u.Key).sort((a, b) => a!.pk.localeCompare(b!.pk))).toEqual(
      [ids[0], ids[2]].map((id) => ({ pk: `OUTBOX#${id}`, sk: 'OUTBOX' })).sort((a, b) => a.pk.localeCompare(b.pk)),
    );
    for (const update of updates) {
      expect(update.UpdateExpression).toBe('SET publishedAt = :now, expiresAt = :expires REMOVE gsi2pk, gsi2sk');
      expect(update.ConditionExpression).toBe('attribute_exists(pk) AND attribute_not_exists(publishedAt)');
    }
  });

  it('an item already marked or gone is no failure, nor is a marking that fails: the event is on the bus', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'a' }, { EventId: 'b' }] });
    dynamodb
      .on(UpdateCommand)
      .rejectsOnce(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }))
      .rejectsOnce(new Error('throttled'));
    const result = await handler({ Records: [record(1), record(2)] });
    expect(result.batchItemFailures).toEqual([]);
    expect(dynamodb.commandCalls(UpdateCommand)).toHaveLength(2);
  });
});
