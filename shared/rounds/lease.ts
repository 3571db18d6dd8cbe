import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb, keys } from '#shared/platform/db';

/**
 * Only one matching round runs at a time. The lease is one item: `holder` while a round runs,
 * `leaseUntil` so a crashed round does not block matching for longer than the lease, and
 * `pending` when requests arrived during the round: they cause exactly one more round after it,
 * not one per request.
 */
/** Longer than the round function's timeout (300 s), so a live round never loses its lease. */
export const LEASE_MS = 360_000;

const isConditionFailure = (error: unknown) => error instanceof ConditionalCheckFailedException;

/** Which lease item; tests use their own so they never stall the stack's real rounds. */
let leaseName = 'LEASE';
export const useLeaseItem = (name: string) => {
  leaseName = name;
};

/** A conditional update of the lease item: true if it applied. */
async function update(input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>): Promise<boolean> {
  try {
    await ddb.send(new UpdateCommand({ TableName: config.tableName, Key: keys.matchingLease(leaseName), ...input }));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Takes the lease for `holder`, or, if another round holds it, asks that round to run once more. */
export async function acquireOrQueue(holder: string, now = Date.now()): Promise<'acquired' | 'queued'> {
  // Two conditional writes can both fail when the other round releases in between; try again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const acquired = await update({
      UpdateExpression: 'SET holder = :holder, leaseUntil = :until, pending = :false',
      ConditionExpression: 'attribute_not_exists(holder) OR leaseUntil < :now',
      ExpressionAttributeValues: { ':holder': holder, ':until': now + LEASE_MS, ':now': now, ':false': false },
    });
    if (acquired) return 'acquired';
    const queued = await update({
      UpdateExpression: 'SET pending = :true',
      ConditionExpression: 'attribute_exists(holder) AND leaseUntil >= :now',
      ExpressionAttributeValues: { ':true': true, ':now': now },
    });
    if (queued) return 'queued';
  }
  throw new Error('could not take or queue on the matching lease');
}

/**
 * After a round: if requests came in meanwhile, keep the lease and say 'again' (clearing the
 * flag); otherwise release it. The release is conditional on no new request, so none is lost.
 */
export async function continueOrRelease(holder: string, now = Date.now()): Promise<'again' | 'released'> {
  for (;;) {
    const again = await update({
      UpdateExpression: 'SET pending = :false, leaseUntil = :until',
      ConditionExpression: 'holder = :holder AND pending = :true',
      ExpressionAttributeValues: { ':holder': holder, ':true': true, ':false': false, ':until': now + LEASE_MS },
    });
    if (again) return 'again';
    const released = await update({
      UpdateExpression: 'REMOVE holder, leaseUntil',
      ConditionExpression: 'holder = :holder AND pending = :false',
      ExpressionAttributeValues: { ':holder': holder, ':false': false },
    });
    if (released) return 'released';
    // Either a request set `pending` between the two writes (go round again), or the lease
    // expired and another round holds it now (then this one is done).
    const stillOurs = await update({
      UpdateExpression: 'SET leaseUntil = :until',
      ConditionExpression: 'holder = :holder',
      ExpressionAttributeValues: { ':holder': holder, ':until': now + LEASE_MS },
    });
    if (!stillOurs) return 'released';
  }
}

/** Gives the lease up after a failed round, keeping any pending request for the next holder. */
export async function release(holder: string) {
  await update({
    UpdateExpression: 'REMOVE holder, leaseUntil',
    ConditionExpression: 'holder = :holder',
    ExpressionAttributeValues: { ':holder': holder },
  });
}
