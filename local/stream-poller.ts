import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { outboxStreamFilter } from '#shared/platform/table';
import { matchesPattern } from './event-pattern.ts';
import { lambdaContext, type LocalHandler } from './lambda.ts';

export interface PollerOptions {
  tableName: string;
  handler: LocalHandler;
  functionName: string;
  /** Like the event source mapping's retryAttempts: then the record is given up (DLQ). */
  maxRetries?: number;
  idleMs?: number;
  /** Shard checkpoints survive a restart of `npm start` so old events are not published again. */
  checkpoints: Map<string, string>;
  saveCheckpoints?: () => Promise<void>;
  onDeadLetter?: (record: DynamoDBRecord, reason: string) => Promise<void>;
  log: (line: string) => void;
}

// Sequence numbers are decimal strings of varying length: compare them as numbers.
const bySequence = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DESCRIBE_EVERY_MS = 1_000;

/** The SDK's stream record → the record shape Lambda hands a stream handler. */
function toLambdaRecord(record: _Record, streamArn: string): DynamoDBRecord {
  const { ApproximateCreationDateTime, ...dynamodb } = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion,
    eventSourceARN: streamArn,
    dynamodb: {
      ...(dynamodb as NonNullable<DynamoDBRecord['dynamodb']>),
      ...(ApproximateCreationDateTime ? { ApproximateCreationDateTime: ApproximateCreationDateTime.getTime() / 1000 } : {}),
    },
  };
}

/**
 * A local event source mapping: reads the table's stream from DynamoDB Local, keeps records
 * that pass the same filter as the deployed mapping, and invokes the same publisher handler.
 * Batch item failures are retried from the first failed record, like Lambda does.
 */
export class StreamPoller {
  private stopped = false;
  private loop: Promise<void> | undefined;
  private readonly iterators = new Map<string, string | null>();
  private readonly failures = new Map<string, number>();
  private shards: string[] | undefined;
  private describedAt = 0;
  private readonly streams = new DynamoDBStreamsClient({});
  private readonly dynamodb = new DynamoDBClient({});

  constructor(private readonly options: PollerOptions) {}

  async start() {
    const table = await this.dynamodb.send(new DescribeTableCommand({ TableName: this.options.tableName }));
    const streamArn = table.Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`table ${this.options.tableName} has no stream`);
    this.loop = this.run(streamArn);
  }

  async stop() {
    this.stopped = true;
    await this.loop;
  }

  private async run(streamArn: string) {
    while (!this.stopped) {
      let busy = false;
      try {
        busy = await this.pollOnce(streamArn);
      } catch (error) {
        this.options.log(`[stream] poll failed: ${(error as Error).message}`);
      }
      if (!busy) await sleep(this.options.idleMs ?? 100);
    }
  }

  private async iteratorFor(streamArn: string, shardId: string): Promise<string | undefined> {
    const after = this.options.checkpoints.get(shardId);
    const { ShardIterator } = await this.streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(after ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after } : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return ShardIterator;
  }

  /** One pass over every shard; true if records were read. */
  private async pollOnce(streamArn: string): Promise<boolean> {
    // The shard list is read again once a second, or at once when a shard closes (its successor
    // then holds the new records), not before every GetRecords: as Lambda's poller, which reads
    // each shard's records about four times a second and the stream's shards far less often.
    if (!this.shards || Date.now() - this.describedAt > DESCRIBE_EVERY_MS) {
      const { StreamDescription } = await this.streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
      this.shards = (StreamDescription?.Shards ?? []).map((shard) => shard.ShardId!);
      this.describedAt = Date.now();
    }
    let busy = false;
    for (const shardId of this.shards) {
      if (this.iterators.get(shardId) === null) continue; // closed and fully read
      const iterator = this.iterators.get(shardId) ?? (await this.iteratorFor(streamArn, shardId));
      if (!iterator) continue;
      const page = await this.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
      const records = page.Records ?? [];
      this.iterators.set(shardId, page.NextShardIterator ?? null);
      if (!page.NextShardIterator) this.shards = undefined; // closed: look for its successor now
      if (records.length === 0) continue;
      busy = true;
      await this.process(shardId, streamArn, records);
    }
    return busy;
  }

  private async process(shardId: string, streamArn: string, records: _Record[]) {
    const lambdaRecords = records.map((r) => toLambdaRecord(r, streamArn));
    const batch = lambdaRecords.filter((r) => matchesPattern(outboxStreamFilter, r));
    let failedAt: string | undefined;
    if (batch.length > 0) {
      const event: DynamoDBStreamEvent = { Records: batch };
      try {
        const response = (await this.options.handler(event, lambdaContext(this.options.functionName))) as DynamoDBBatchResponse | undefined;
        const failed = (response?.batchItemFailures ?? []).map((f) => f.itemIdentifier).sort(bySequence);
        failedAt = failed[0];
      } catch (error) {
        this.options.log(`[stream] publisher threw: ${(error as Error).message}`);
        failedAt = batch[0]!.dynamodb!.SequenceNumber;
      }
    }
    if (failedAt) {
      const tries = (this.failures.get(failedAt) ?? 0) + 1;
      this.failures.set(failedAt, tries);
      if (tries <= (this.options.maxRetries ?? 5)) {
        // Checkpoint just before the failed record and read again from there.
        this.checkpointBefore(shardId, lambdaRecords, failedAt);
        this.iterators.delete(shardId);
        await sleep(100 * 2 ** tries);
        return this.options.saveCheckpoints?.();
      }
      const record = lambdaRecords.find((r) => r.dynamodb?.SequenceNumber === failedAt)!;
      this.options.log(`[stream] giving up on record ${failedAt} after ${tries} attempts`);
      await this.options.onDeadLetter?.(record, 'publisher kept failing');
      this.failures.delete(failedAt);
      this.options.checkpoints.set(shardId, failedAt);
      this.iterators.delete(shardId);
      return this.options.saveCheckpoints?.();
    }
    this.options.checkpoints.set(shardId, records.at(-1)!.dynamodb!.SequenceNumber!);
    await this.options.saveCheckpoints?.();
  }

  private checkpointBefore(shardId: string, records: DynamoDBRecord[], sequenceNumber: string) {
    const index = records.findIndex((r) => r.dynamodb?.SequenceNumber === sequenceNumber);
    if (index > 0) this.options.checkpoints.set(shardId, records[index - 1]!.dynamodb!.SequenceNumber!);
  }
}
