import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { config } from '#shared/platform/config';
import { ddb } from '#shared/platform/db';
import { AlreadyInProgressError, PayloadMismatchError, once, onceRecordId } from '#shared/platform/idempotency';

/*
 * `once` against DynamoDB Local: what every consumer's "at most once per event" rests on
 * (docs/guarantees.md, docs/events.md), including a run that crashed half-way.
 */

const DAY = { expiresAfterSeconds: 86_400 };
/** An invocation with this much time left: its record counts as in progress until then. */
const invocation = (remainingMs: number) => ({ getRemainingTimeInMillis: () => remainingMs }) as Context;
const context = invocation(60_000);
// A crashed run's time left: long enough that the refusal before its deadline is seen even when
// DynamoDB Local answers slowly on a busy machine (CI), short enough to wait out.
const CRASHED_RUN_MS = 2_000;
const WAIT = { timeout: 5_000 };
const fresh = () => ({ scope: 'onceTest', key: crypto.randomUUID(), payload: 'applicant' });
const record = async (scope: string, key: string) =>
  (await ddb.send(new GetCommand({ TableName: config.idempotencyTableName, Key: { id: onceRecordId(scope, key) }, ConsistentRead: true }))).Item;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A run whose work waits until `finish` (resolve or reject) is called. */
function pending<R>() {
  let finish!: { resolve: (r: R) => void; reject: (e: Error) => void };
  const work = new Promise<R>((resolve, reject) => (finish = { resolve, reject }));
  return { work: vi.fn(() => work), finish };
}

describe('once', () => {
  it('keeps the record format Powertools idempotency wrote, so records from before read alike', async () => {
    // Computed with @aws-lambda-powertools/idempotency 2.35 (keyPrefix "liike", key [scope, key]).
    expect(onceRecordId('notifyHold:email', 'e1#applicant')).toBe('liike#gXSezdK8B9AAXvP7rcpUXQ==');
    // A record Powertools completed is replayed, its work not run again.
    await ddb.send(
      new PutCommand({
        TableName: config.idempotencyTableName,
        Item: { id: 'liike#gXSezdK8B9AAXvP7rcpUXQ==', status: 'COMPLETED', expiration: Math.round(Date.now() / 1000) + 3600, validation: 'ld8+HIp+DkgLcQvAivFaYg==', data: true },
      }),
    );
    const work = vi.fn(async () => false);
    expect(await once(context, DAY, { scope: 'notifyHold:email', key: 'e1#applicant', payload: 'applicant' }, work)).toBe(true);
    expect(work).not.toHaveBeenCalled();
    await ddb.send(new DeleteCommand({ TableName: config.idempotencyTableName, Key: { id: 'liike#gXSezdK8B9AAXvP7rcpUXQ==' } }));
  });

  it('runs the work once; a repeat with the same payload gets the first result without running it', async () => {
    const call = fresh();
    const work = vi.fn(async (payload: string) => ({ sent: payload, at: 1 }));
    expect(await once(context, DAY, call, work)).toEqual({ sent: 'applicant', at: 1 });
    expect(await once(context, DAY, call, work)).toEqual({ sent: 'applicant', at: 1 });
    expect(work).toHaveBeenCalledTimes(1);
    const stored = await record(call.scope, call.key);
    expect(stored).toMatchObject({ status: 'COMPLETED', data: { sent: 'applicant', at: 1 } });
    // Remembered for as long as asked (TTL in epoch seconds).
    expect(Math.abs(stored!.expiration - (Date.now() / 1000 + 86_400))).toBeLessThan(60);
  });

  it('refuses the same key with another payload, and runs nothing', async () => {
    const call = fresh();
    await once(context, DAY, call, async () => 'first');
    const work = vi.fn(async () => 'second');
    await expect(once(context, DAY, { ...call, payload: 'coordinator' }, work)).rejects.toBeInstanceOf(PayloadMismatchError);
    expect(work).not.toHaveBeenCalled();
    expect(await once(context, DAY, call, work)).toBe('first');
  });

  it('refuses a repeat while the first run is in progress; once it is done, the repeat gets its result', async () => {
    const call = fresh();
    const first = pending<string>();
    const running = once(context, DAY, call, first.work);
    await vi.waitFor(async () => expect(await record(call.scope, call.key)).toMatchObject({ status: 'INPROGRESS' }), WAIT);
    const work = vi.fn(async () => 'second');
    await expect(once(context, DAY, call, work)).rejects.toBeInstanceOf(AlreadyInProgressError);
    first.finish.resolve('first');
    expect(await running).toBe('first');
    expect(await once(context, DAY, call, work)).toBe('first');
    expect(work).not.toHaveBeenCalled();
  });

  it('leaves no record when the work fails, so the retry runs it', async () => {
    const call = fresh();
    await expect(once(context, DAY, call, async () => Promise.reject(new Error('SES down')))).rejects.toThrow('SES down');
    expect(await record(call.scope, call.key)).toBeUndefined();
    const work = vi.fn(async () => 'sent');
    expect(await once(context, DAY, call, work)).toBe('sent');
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('a run that crashed holds its key until its deadline, then a retry takes it over and runs once', async () => {
    const call = fresh();
    // The crash: a run whose work never ends, in an invocation with 300 ms left.
    void once(invocation(CRASHED_RUN_MS), DAY, call, () => new Promise<never>(() => {}));
    await vi.waitFor(async () => expect(await record(call.scope, call.key)).toMatchObject({ status: 'INPROGRESS' }), WAIT);
    const work = vi.fn(async () => 'sent');
    await expect(once(context, DAY, call, work)).rejects.toBeInstanceOf(AlreadyInProgressError);
    await sleep(CRASHED_RUN_MS + 100);
    expect(await once(context, DAY, call, work)).toBe('sent');
    expect(await once(context, DAY, call, work)).toBe('sent');
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('a run that fails after its deadline does not remove the record of the run that took over', async () => {
    const call = fresh();
    const late = pending<string>();
    const lateRun = once(invocation(CRASHED_RUN_MS), DAY, call, late.work);
    await vi.waitFor(async () => expect(await record(call.scope, call.key)).toMatchObject({ status: 'INPROGRESS' }), WAIT);
    await sleep(CRASHED_RUN_MS + 100);
    const takeover = pending<string>();
    const takeoverRun = once(context, DAY, call, takeover.work);
    await vi.waitFor(() => expect(takeover.work).toHaveBeenCalled(), WAIT);
    late.finish.reject(new Error('timed out'));
    await expect(lateRun).rejects.toThrow('timed out');
    // The takeover's record stands: a third delivery is refused, not run.
    const third = vi.fn(async () => 'third');
    await expect(once(context, DAY, call, third)).rejects.toBeInstanceOf(AlreadyInProgressError);
    takeover.finish.resolve('sent');
    expect(await takeoverRun).toBe('sent');
    expect(await once(context, DAY, call, third)).toBe('sent');
    expect(third).not.toHaveBeenCalled();
  });

  it('runs again once the record has expired, though TTL has not removed it yet', async () => {
    const call = fresh();
    await once(context, { expiresAfterSeconds: -10 }, call, async () => 'first');
    expect(await record(call.scope, call.key)).toMatchObject({ status: 'COMPLETED' });
    const work = vi.fn(async () => 'second');
    expect(await once(context, DAY, call, work)).toBe('second');
    expect(work).toHaveBeenCalledTimes(1);
  });
});
