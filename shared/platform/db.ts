import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, TransactWriteCommand, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { OutboxEvent } from '#events/define-event';
import { config } from './config.ts';

/**
 * Endpoint and region come from the SDK's standard configuration (AWS_ENDPOINT_URL_DYNAMODB
 * locally). The SDK sets no timeout of its own: a connection that hangs would hold a request
 * until the Lambda's own timeout (and a form until the browser gives up). Bounded here, a hang
 * becomes a TimeoutError, which the SDK retries and the API answers with 503 and Retry-After.
 * On AWS DynamoDB answers in milliseconds: 2.5 s a try leaves the SDK's three tries inside the API
 * functions' 10 s, so the client gets the 503, not API Gateway's own error. DynamoDB Local
 * (AWS_ENDPOINT_URL_DYNAMODB set) is given longer: a round's transactions of many items on a
 * busy machine take seconds there.
 */
const REQUEST_TIMEOUT_MS = process.env.AWS_ENDPOINT_URL_DYNAMODB ? 10_000 : 2_500;
export const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({ requestHandler: { connectionTimeout: 1_000, requestTimeout: REQUEST_TIMEOUT_MS } }), {
  marshallOptions: { removeUndefinedValues: true },
});

/** Whether a write was refused by its condition (by name, so an error from another copy of the SDK counts too). */
export const isConditionFailure = (error: unknown) => (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';

/** Every item of a Query, page after page; `onPage` sees each page (e.g. to count consumed capacity). */
export async function queryAll<T>(input: Omit<QueryCommandInput, 'ExclusiveStartKey'>, onPage?: (page: QueryCommandOutput) => void): Promise<T[]> {
  const items: T[] = [];
  let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await ddb.send(new QueryCommand({ ...input, ExclusiveStartKey }));
    onPage?.(page);
    items.push(...((page.Items ?? []) as T[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/**
 * A Query's or Get's ProjectionExpression of top-level attributes, each through a `#a<i>` name:
 * DynamoDB refuses reserved words (`status`, `name`, `translation`, …) written out.
 */
export function projection(attributes: readonly string[]) {
  return {
    ProjectionExpression: attributes.map((_, i) => `#a${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(attributes.map((name, i) => [`#a${i}`, name])) as Record<string, string>,
  };
}

/**
 * Key layout of the single domain table's main items, in one place so the layout reads at a
 * glance and no two features can collide on a key. Items that sit beside a feature's main item
 * (follow-ups and placement records next to a match) and the index keys a feature sets (pending
 * decisions, erasure due dates) are keyed in that feature.
 */
export const keys = {
  school: (schoolId: string) => ({ pk: 'SCHOOL', sk: `SCHOOL#${schoolId}` }),
  application: (applicationId: string) => ({ pk: `APPLICATION#${applicationId}`, sk: 'APPLICATION' }),
  /** The sensitive participant answers, apart from the application (same partition). */
  sensitive: (applicationId: string) => ({ pk: `APPLICATION#${applicationId}`, sk: 'SENSITIVE' }),
  /** Finds an applicant's applications by email without storing it: SHA-256 of the normalised address. */
  emailLookup: (emailHash: string, applicationId: string) => ({ pk: `EMAIL#${emailHash}`, sk: `APPLICATION#${applicationId}` }),
  role: (roleId: string) => ({ pk: `ROLE#${roleId}`, sk: 'ROLE' }),
  token: (tokenHash: string) => ({ pk: `TOKEN#${tokenHash}`, sk: 'TOKEN' }),
  outbox: (eventId: string) => ({ pk: `OUTBOX#${eventId}`, sk: 'OUTBOX' }),
  match: (matchId: string) => ({ pk: `MATCH#${matchId}`, sk: 'MATCH' }),
  round: (roundId: string) => ({ pk: `ROUND#${roundId}`, sk: 'ROUND' }),
  matchingLease: (name = 'LEASE') => ({ pk: 'MATCHING', sk: name }),
};

/**
 * What the desks list, on index gsi3 (sorted by when it was submitted): a school's applications,
 * for its coordinator and deputy; a company contact's roles, under the hash of the contact's
 * address (email-hash.ts), for the contact. Written with the item, so a desk is one Query.
 */
export const DESK = {
  school: (schoolId: string) => `SCHOOL#${schoolId}`,
  contact: (emailHash: string) => `CONTACT#${emailHash}`,
} as const;

/**
 * The matching pool, on index gsi1: an application is in it while it waits for a proposal, a
 * role while it is open. A round reads the pool with two Queries, never a Scan.
 */
export const POOL = {
  applications: 'POOL#APPLICATION',
  roles: 'POOL#ROLE',
} as const;

export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * The index of outbox items not yet published (gsi2, partition `OUTBOX#UNPUBLISHED`, sort
 * `<createdAt>#<eventId>`): an item is on it from its write until the publisher has put its event
 * on the bus and marked it (shared/outbox/publish.ts), so the outbox sweep finds, with one Query
 * and oldest first, whatever the stream did not publish. gsi2's other partitions are
 * `ROLE#<id>` (a role's matches) and `RETENTION#APPLICATION` (erasure due dates): no collision.
 * No TTL until it is marked: an item nobody published must not expire unpublished.
 */
export const UNPUBLISHED_OUTBOX = 'OUTBOX#UNPUBLISHED';

export function outboxItem(event: OutboxEvent, now: Date) {
  const createdAt = now.toISOString();
  return {
    ...keys.outbox(event.eventId),
    type: 'OUTBOX',
    ...event,
    createdAt,
    gsi2pk: UNPUBLISHED_OUTBOX,
    gsi2sk: `${createdAt}#${event.eventId}`,
  };
}

export type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;

/**
 * Writes a state change and the events it causes in one transaction, so an event is
 * published if and only if its change happened (docs/guarantees.md, "Nothing is lost").
 */
export async function writeWithEvents(items: TransactItems, events: OutboxEvent[], now: Date) {
  const TableName = config.tableName;
  const result = await ddb.send(
    new TransactWriteCommand({
      ReturnConsumedCapacity: 'TOTAL',
      TransactItems: [
        ...items,
        ...events.map((event) => ({
          Put: { TableName, Item: outboxItem(event, now), ConditionExpression: 'attribute_not_exists(pk)' },
        })),
      ],
    }),
  );
  return result.ConsumedCapacity;
}
