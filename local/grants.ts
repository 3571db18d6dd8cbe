import { AsyncLocalStorage } from 'node:async_hooks';
import { functions, IDEMPOTENCY_ACTIONS, type FunctionName } from '#functions/catalog';

/*
 * The IAM grants of the CDK app, enforced on the local stack: while a handler runs (local/lambda.ts
 * marks the invocation), every DynamoDB call it makes through the shared client is checked against
 * what functions/catalog.ts grants that function, table by table and, in a transaction, item by
 * item, as IAM checks them on AWS. A call the catalog does not grant fails as AccessDenied would,
 * so a missing grant shows up in the local tests instead of on the first deploy.
 */

/** The function whose handler is running, for the calls it makes. */
export const invocation = new AsyncLocalStorage<FunctionName>();

type Needed = { table: string; action: string };

const SIMPLE: Record<string, string> = {
  GetItemCommand: 'dynamodb:GetItem',
  PutItemCommand: 'dynamodb:PutItem',
  UpdateItemCommand: 'dynamodb:UpdateItem',
  DeleteItemCommand: 'dynamodb:DeleteItem',
  QueryCommand: 'dynamodb:Query',
  ScanCommand: 'dynamodb:Scan',
};
const TRANSACT_WRITE: Record<string, string> = {
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  ConditionCheck: 'dynamodb:ConditionCheckItem',
};

type Input = {
  TableName?: string;
  TransactItems?: Record<string, { TableName?: string }>[];
  RequestItems?: Record<string, unknown>;
};

/** The actions a DynamoDB command needs, on which table. */
export function neededFor(command: string, input: Input): Needed[] {
  const simple = SIMPLE[command];
  if (simple) return [{ table: input.TableName ?? '', action: simple }];
  if (command === 'TransactWriteItemsCommand') {
    return (input.TransactItems ?? []).flatMap((item) =>
      Object.entries(item).flatMap(([kind, op]) => (TRANSACT_WRITE[kind] ? [{ table: op?.TableName ?? '', action: TRANSACT_WRITE[kind]! }] : [])),
    );
  }
  if (command === 'TransactGetItemsCommand') return (input.TransactItems ?? []).map((item) => ({ table: item.Get?.TableName ?? '', action: 'dynamodb:GetItem' }));
  if (command === 'BatchGetItemCommand') return Object.keys(input.RequestItems ?? {}).map((table) => ({ table, action: 'dynamodb:BatchGetItem' }));
  if (command === 'BatchWriteItemCommand') return Object.keys(input.RequestItems ?? {}).map((table) => ({ table, action: 'dynamodb:BatchWriteItem' }));
  return [{ table: input.TableName ?? '*', action: `dynamodb:${command.replace(/Command$/, '')}` }];
}

/** What the catalog grants a function on each table. */
export function grantsOf(name: FunctionName, tables: { domain: string; idempotency: string }): Map<string, ReadonlySet<string>> {
  const def = functions[name] as { table?: readonly string[]; idempotency?: boolean };
  return new Map([
    [tables.domain, new Set(def.table ?? [])],
    [tables.idempotency, new Set(def.idempotency ? IDEMPOTENCY_ACTIONS : [])],
  ]);
}

export class AccessDeniedException extends Error {
  override name = 'AccessDeniedException';
}

interface Client {
  middlewareStack: { add: (middleware: never, options: { step: 'initialize'; name: string }) => void };
}

const enforced = new WeakSet<Client>();

/** Checks every call a handler makes through `client` against the catalog's grants of that handler. */
export function enforceGrants(client: Client, tables: { domain: string; idempotency: string }) {
  if (enforced.has(client)) return;
  enforced.add(client);
  const middleware =
    (next: (args: { input: Input }) => Promise<unknown>, context: { commandName?: string }) =>
    async (args: { input: Input }) => {
      const name = invocation.getStore();
      if (name) {
        const grants = grantsOf(name, tables);
        for (const { table, action } of neededFor(String(context.commandName), args.input)) {
          if (!grants.get(table)?.has(action)) {
            throw new AccessDeniedException(`${name} is not granted ${action} on ${table} (functions/catalog.ts)`);
          }
        }
      }
      return next(args);
    };
  client.middlewareStack.add(middleware as never, { step: 'initialize', name: 'localCatalogGrants' });
}
