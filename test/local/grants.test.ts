import { describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { enforceGrants, invocation, neededFor } from '#local/grants';

const tables = { domain: 'domain', idempotency: 'keys' };

describe('the catalog grants, enforced locally', () => {
  it('names the action each command needs, item by item in a transaction', () => {
    expect(neededFor('GetItemCommand', { TableName: 'domain' })).toEqual([{ table: 'domain', action: 'dynamodb:GetItem' }]);
    expect(
      neededFor('TransactWriteItemsCommand', {
        TransactItems: [{ Put: { TableName: 'keys' } }, { Update: { TableName: 'domain' } }, { ConditionCheck: { TableName: 'domain' } }],
      }),
    ).toEqual([
      { table: 'keys', action: 'dynamodb:PutItem' },
      { table: 'domain', action: 'dynamodb:UpdateItem' },
      { table: 'domain', action: 'dynamodb:ConditionCheckItem' },
    ]);
  });

  // A client that answers without a network: the middleware under test runs before the request is sent.
  const client = () => {
    const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-north-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));
    ddb.middlewareStack.add(() => async () => ({ output: { $metadata: {} } }) as never, { step: 'finalizeRequest', name: 'noNetwork' });
    enforceGrants(ddb, tables);
    return ddb;
  };

  it('refuses what the running function is not granted, as IAM would', async () => {
    const ddb = client();
    // listSchools may only Query the domain table.
    await expect(invocation.run('listSchools', () => ddb.send(new GetCommand({ TableName: 'domain', Key: { pk: 'x', sk: 'y' } })))).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    // createApplication may put on both tables; a transaction with an item it may not write is refused whole.
    const transact = (kind: 'Put' | 'Delete') =>
      new TransactWriteCommand({ TransactItems: [{ Put: { TableName: 'keys', Item: { id: 'k' } } }, { [kind]: { TableName: 'domain', Item: { pk: 'a', sk: 'b' }, Key: { pk: 'a', sk: 'b' } } } as never] });
    await expect(invocation.run('createApplication', () => ddb.send(transact('Put')))).resolves.toBeDefined();
    await expect(invocation.run('createApplication', () => ddb.send(transact('Delete')))).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('leaves calls outside a handler alone (the stack seeding, the tests)', async () => {
    const ddb = client();
    await expect(ddb.send(new GetCommand({ TableName: 'domain', Key: { pk: 'x', sk: 'y' } }))).resolves.toBeDefined();
  });
});
