import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { Context } from 'aws-lambda';
import { config } from './config.ts';

// A persistence layer keeps the first configuration it is used with, so each scope gets its
// own (locally, every function shares one process).
const stores = new Map<string, DynamoDBPersistenceLayer>();
function persistenceStore(scope: string) {
  let store = stores.get(scope);
  if (!store) {
    store = new DynamoDBPersistenceLayer({ tableName: config.idempotencyTableName });
    stores.set(scope, store);
  }
  return store;
}

const KEY_PREFIX = 'liike';

interface Call<P> {
  /** What the key is unique within: a route or a consumer name (all share one table). */
  scope: string;
  key: string;
  /** Compared on a repeat: the same key with other content is refused, not replayed. */
  payload: P;
}

/**
 * Runs `fn` at most once per (scope, key) with Powertools idempotency: a repeat with the same
 * payload returns the stored first result, a concurrent repeat fails as in progress.
 */
export function once<P, R>(
  context: Context | undefined,
  options: { expiresAfterSeconds: number },
  call: Call<P>,
  fn: (payload: P) => Promise<R>,
): Promise<R> {
  const idempotencyConfig = new IdempotencyConfig({
    eventKeyJmesPath: '[scope, key]',
    payloadValidationJmesPath: 'payload',
    expiresAfterSeconds: options.expiresAfterSeconds,
  });
  if (context) idempotencyConfig.registerLambdaContext(context);
  const run = makeIdempotent((c: Call<P>) => fn(c.payload), {
    persistenceStore: persistenceStore(call.scope),
    config: idempotencyConfig,
    keyPrefix: KEY_PREFIX,
  });
  return run(call);
}
