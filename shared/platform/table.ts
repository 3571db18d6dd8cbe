/**
 * The shape of the two DynamoDB tables, defined once: the CDK stateful stack and the local
 * stack's table creation both read it, so the local tables are the deployed ones.
 */
export const domainTable = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; outbox items and spent tokens are removed by TTL. */
  ttlAttribute: 'expiresAt',
  /**
   * The stream feeds the outbox publisher, which reads new items only. New images alone, so an
   * erasure's update does not put the erased record (its old image) on the stream for 24 hours.
   */
  streamView: 'NEW_IMAGE',
  /**
   * Secondary indexes, so no request or event path scans. gsi1: the matching pool, stored
   * rounds, pending decisions and follow-ups by due date, placements by start; gsi2: the
   * matches of a role, applications by erasure due date, and outbox items not yet published;
   * gsi3: what a desk lists (shared/sign-in/): a school's applications, a company contact's roles.
   */
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const;

/** The idempotency table: Powertools idempotency's default attribute names, which shared/platform/idempotency.ts keeps. */
export const idempotencyTable = {
  partitionKey: 'id',
  ttlAttribute: 'expiration',
} as const;

/**
 * Lambda event-source filter for the stream publisher: only newly inserted outbox items (so the
 * update that marks an item published does not come back to the publisher).
 * The same pattern is used by the CDK event source mapping and by the local stream poller.
 */
export const outboxStreamFilter = {
  eventName: ['INSERT'],
  dynamodb: { NewImage: { type: { S: ['OUTBOX'] } } },
} as const;
