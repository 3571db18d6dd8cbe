import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb } from '#shared/platform/db';
import { apiHandler } from '#shared/platform/http/handler';
import { json } from '#shared/platform/http/problem';

/**
 * Healthy means the table answers: one GetItem of a key nothing is stored under (the cheapest
 * read, half a read unit, eventually consistent). Unreachable, the wrapper answers 503 with
 * Retry-After, as every route does.
 */
export const handler = apiHandler(async () => {
  await ddb.send(new GetCommand({ TableName: config.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' }, ProjectionExpression: 'pk' }));
  return json(200, { status: 'ok' }, { 'cache-control': 'no-store' });
});
