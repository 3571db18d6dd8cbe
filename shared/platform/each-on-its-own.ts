import { logger } from './logger.ts';

/**
 * Runs a sweep's work for each item on its own: one that fails (an address SES rejects, a
 * throttled write) is logged by its ids and the rest still run, so one bad item cannot hold
 * back every later one until they are all too late. Then `finish` reports, and the sweep fails
 * as a whole when any item failed, so the invocation's retries and the dead-letter alarm see it;
 * the item stays due and the next tick tries it again. Only the error's name is logged: an SES
 * message can quote the address.
 */
export async function eachOnItsOwn<T, R>(
  sweep: string,
  items: readonly T[],
  idsOf: (item: T) => Record<string, string>,
  work: (item: T) => Promise<void>,
  finish: () => R,
): Promise<R> {
  let failed = 0;
  for (const item of items) {
    try {
      await work(item);
    } catch (error) {
      failed += 1;
      logger.error(`${sweep}: an item failed; the others went on`, { ...idsOf(item), error: (error as Error).name });
    }
  }
  const result = finish();
  if (failed > 0) throw new Error(`${sweep}: ${failed} of ${items.length} items failed; they stay due`);
  return result;
}
