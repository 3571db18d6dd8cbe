import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb, isConditionFailure, keys } from '#shared/platform/db';

/**
 * Only one matching round runs at a time. The lease is one item: `holder` while a round runs,
 * `leaseUntil` so a crashed round does not block matching for longer than the lease, and
 * `pending` when requests arrived during the round: they cause exactly one more round after it,
 * not one per request.
 *
 * The lease is short and renewed while its holder lives (`keepLease`), so a round whose process
 * died is taken over within a minute, not after the round function's whole timeout. The request
 * that first marks a held lease `pending` watches it (`watchLease`): if the holder dies before
 * serving it, the watcher takes the expired lease over and runs the round, so no request is lost.
 */
/** Long enough to outlive a few missed renewals; short enough that matching resumes within a minute. */
export const LEASE_MS = 45_000;
/** The holder renews this often: a lease expires only when three renewals in a row were missed. */
export const RENEW_EVERY_MS = 15_000;


/** Which lease item; tests use their own so they never stall the stack's real rounds. */
let leaseName = 'LEASE';
export const useLeaseItem = (name: string) => {
  leaseName = name;
};

/** A conditional update of the lease item: its output if it applied (truthy), else undefined. */
async function update(input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>) {
  try {
    return await ddb.send(new UpdateCommand({ TableName: config.tableName, Key: keys.matchingLease(leaseName), ...input }));
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/** Takes the lease for `holder`, or, if another round holds it, asks that round to run once more. */
export async function acquireOrQueue(holder: string, now = Date.now()): Promise<'acquired' | 'queued'> {
  return (await acquireQueueOrWatch(holder, now)) === 'acquired' ? 'acquired' : 'queued';
}

/**
 * As `acquireOrQueue`, but says 'watch' when this request was the first to mark the held lease
 * pending: then it is the one to see the request served (`watchLease`), even if the holder dies.
 */
export async function acquireQueueOrWatch(holder: string, now = Date.now()): Promise<'acquired' | 'queued' | 'watch'> {
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
      ReturnValues: 'UPDATED_OLD',
    });
    if (queued) return queued.Attributes?.pending === true ? 'queued' : 'watch';
  }
  throw new Error('could not take or queue on the matching lease');
}

/**
 * Keeps `holder`'s lease from expiring while its round runs: renews it every RENEW_EVERY_MS.
 * `stop()` ends the renewals; `lost()` says whether a renewal found the lease taken (the round's
 * writes are conditional, so a round that lost its lease still never overbooks).
 */
export function keepLease(holder: string, { everyMs = RENEW_EVERY_MS, clock = Date.now }: { everyMs?: number; clock?: () => number } = {}) {
  let lost = false;
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = update({
      UpdateExpression: 'SET leaseUntil = :until',
      ConditionExpression: 'holder = :holder',
      ExpressionAttributeValues: { ':holder': holder, ':until': clock() + LEASE_MS },
    }).then(
      (renewed) => (lost ||= !renewed),
      () => undefined, // a failed renewal is retried at the next tick; the lease has slack for it
    );
  }, everyMs);
  timer.unref?.();
  return {
    lost: () => lost,
    stop: async () => {
      clearInterval(timer);
      await renewing;
    },
  };
}

/**
 * Watches a held lease marked pending until the request is seen to: the holder clears `pending`
 * when it goes round again (then the request is its), or the lease expires with `pending` still
 * set (its holder died), and then `holder` takes it over: 'acquired'. Bounded by `until` (the
 * invocation's time); 'timeout' then, and the caller hands the watch on. Polls with a growing
 * interval, so a short round costs a few reads and a long one one read every few seconds.
 */
export async function watchLease(
  holder: string,
  { until, clock = Date.now, sleep }: { until: number; clock?: () => number; sleep: (ms: number) => Promise<void> },
): Promise<'served' | 'acquired' | 'timeout'> {
  for (let wait = 100, i = 0; i < 10_000; i++, wait = Math.min(wait * 2, 5_000)) {
    const now = clock();
    const taken = await update({
      UpdateExpression: 'SET holder = :holder, leaseUntil = :until, pending = :false',
      ConditionExpression: 'pending = :true AND (attribute_not_exists(holder) OR leaseUntil < :now)',
      ExpressionAttributeValues: { ':holder': holder, ':until': now + LEASE_MS, ':now': now, ':true': true, ':false': false },
    });
    if (taken) return 'acquired';
    const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.matchingLease(leaseName), ConsistentRead: true }));
    if (Item?.pending !== true) return 'served';
    if (now >= until) return 'timeout';
    const leaseUntil = typeof Item.leaseUntil === 'number' ? Item.leaseUntil : now;
    // Never sleep past the lease's expiry (a takeover is due then) nor past the budget.
    await sleep(Math.max(10, Math.min(wait, leaseUntil + 1 - now, until - now)));
  }
  return 'timeout';
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
