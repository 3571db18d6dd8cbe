import { ENV } from '#shared/config';

/**
 * Without TABLE_NAME, `npm run erase` works on the local stack of `npm start` (its DynamoDB
 * Local and table names). Imported before any SDK client exists.
 */
if (!process.env[ENV.tableName]) {
  Object.assign(process.env, {
    [ENV.tableName]: 'liike-local',
    [ENV.idempotencyTableName]: 'liike-local-idempotency',
    AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${process.env.LIIKE_DYNAMODB_PORT ?? 8000}`,
    AWS_REGION: process.env.AWS_REGION ?? 'eu-north-1',
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  });
}
