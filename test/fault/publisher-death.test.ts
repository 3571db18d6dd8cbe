import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleClosed } from '#events/contracts';
import { ddb, keys } from '#shared/platform/db';
import { busEvents, emailsTo } from '../support/stack.ts';
import { type BusFault, startFaultyBus } from './faulty-endpoints.ts';
import {
  busBaseUrl,
  busCounts,
  COORDINATOR,
  everyoneMailed,
  getItem,
  mailCounts,
  mailsAbout,
  pendingRole,
  proposedPair,
  sleep,
  streamRecord,
  TABLE,
} from './support.ts';

/*
 * Fault injection: the stream publisher process dies in the middle of a PutEvents call, after
 * EventBridge accepted part of the batch and before any answer. The event source mapping then
 * retries the whole batch from its checkpoint, so the accepted events are put on the bus again.
 * Nothing may be lost, and no consumer may act twice: one email per event, one state change.
 */

let plan: () => BusFault = () => ({ kind: 'pass' });
let faulty: Awaited<ReturnType<typeof startFaultyBus>>;

beforeAll(async () => {
  faulty = await startFaultyBus(busBaseUrl(), () => plan());
});
afterAll(async () => faulty?.close());

/** Runs the publisher in a child process, as one Lambda invocation; resolves with how it ended. */
async function invokeInProcess(event: DynamoDBStreamEvent, onSpawn: (kill: () => void) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'publisher-process.ts')], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, AWS_ENDPOINT_URL_EVENTBRIDGE: faulty.url },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  onSpawn(() => child.kill('SIGKILL'));
  child.stdin.end(JSON.stringify(event));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  return { code, signal, stdout, stderr };
}

describe('the stream publisher dies mid-batch', () => {
  it('the retried batch loses nothing, and no consumer acts twice', async () => {
    // A pending proposal on an open role, and eleven roles waiting for verification.
    const pair = await proposedPair('0222');
    const pending = await Promise.all(Array.from({ length: 11 }, () => pendingRole()));
    // The contact closes the role: the change as closeRole writes it, its event published below.
    const now = new Date();
    await ddb.send(
      new UpdateCommand({
        TableName: TABLE(),
        Key: keys.role(pair.roleId),
        UpdateExpression: 'SET #status = :closed, closedAt = :now REMOVE gsi1pk, gsi1sk',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':closed': 'CLOSED', ':open': 'OPEN', ':now': now.toISOString() },
      }),
    );
    const closed = roleClosed.outbox({ roleId: pair.roleId, closedAt: now.toISOString() }, now);
    const events = [...pending.slice(0, 5).map((p) => p.event), closed, ...pending.slice(5).map((p) => p.event)];
    const eventIds = events.map((e) => e.eventId);
    const records = events.map((e, i) => streamRecord(50_000 + i, e, now));
    const contactMailsBefore = (await emailsTo(pair.contactEmail)).length;

    // First invocation: the first PutEvents call (10 entries) gets 6 of them onto the bus, then the process is killed.
    let kill = () => undefined as void;
    plan = () => ({ kind: 'die', forward: 6, then: () => kill() });
    const died = await invokeInProcess({ Records: records }, (k) => (kill = k));
    expect(died.signal, died.stderr).toBe('SIGKILL');
    expect(died.stdout).toBe(''); // it never answered: the whole batch counts as failed
    expect(faulty.calls).toHaveLength(1);
    const afterDeath = await busCounts(eventIds);
    expect(eventIds.map((id) => afterDeath.get(id))).toEqual(eventIds.map((_, i) => (i < 6 ? 1 : 0)));

    // The mapping retries the batch from its checkpoint (before the first record), with EventBridge healthy.
    plan = () => ({ kind: 'pass' });
    const retried = await invokeInProcess({ Records: records }, () => undefined);
    expect(retried.code, retried.stderr).toBe(0);
    expect((JSON.parse(retried.stdout) as DynamoDBBatchResponse).batchItemFailures).toEqual([]);

    // Nothing lost: every event is on the bus; the first six twice (at-least-once delivery).
    const onBus = await busCounts(eventIds);
    expect(eventIds.map((id) => onBus.get(id))).toEqual(eventIds.map((_, i) => (i < 6 ? 2 : 1)));
    // role.closed (the sixth) reached its consumer twice.
    const closedDeliveries = (await busEvents())
      .filter((e) => (e.detail as { metadata: { eventId: string } }).metadata.eventId === closed.eventId)
      .flatMap((e) => e.deliveries.filter((d) => d.rule === 'releaseClosedRole'));
    expect(closedDeliveries).toHaveLength(2);

    // None acted on twice: one verification email per role, one closure email, one release.
    await everyoneMailed(pending.map((p) => p.contactEmail));
    const closureMails = await (async () => {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && (await emailsTo(pair.contactEmail)).length <= contactMailsBefore) await sleep(100);
      await sleep(1500); // a duplicate delivery would have shown up by now
      return (await emailsTo(pair.contactEmail)).length - contactMailsBefore;
    })();
    expect(closureMails).toBe(1);
    expect([...(await mailCounts(pending.map((p) => p.contactEmail))).values()]).toEqual(pending.map(() => 1));

    const match = (await getItem(keys.match(pair.matchId)))!;
    expect(match).toMatchObject({ status: 'RELEASED', version: 2, ended: { cause: 'roleClosed' } });
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'SUBMITTED' });
    expect((await getItem(keys.role(pair.roleId)))!.placesLeft).toBe(1);
    expect(await mailsAbout(COORDINATOR, pair.marker)).toHaveLength(1);
  });
});
