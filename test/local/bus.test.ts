import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleOpened, roleSubmitted } from '#events/contracts';
import { LocalBus, type LocalRule } from '#local/bus';

const entry = (contract: typeof roleOpened | typeof roleSubmitted, busName = 'test-bus') => {
  const data = { roleId: crypto.randomUUID(), country: 'EE' as const, sector: 'technology' as const, places: 1 };
  const outbox = contract === roleOpened ? roleOpened.outbox(data) : roleSubmitted.outbox({ roleId: data.roleId, country: 'EE', sector: 'technology' });
  return { Source: outbox.source, DetailType: outbox.detailType, Detail: outbox.detail, EventBusName: busName };
};

function rule(name: string, pattern: Record<string, unknown>, target: LocalRule['target']): LocalRule {
  return { name: name as LocalRule['name'], pattern, target };
}

describe('local bus', () => {
  it('delivers an event only to the rules whose pattern matches', async () => {
    const got: string[] = [];
    const bus = new LocalBus(
      [
        rule('sendRoleOpened', roleOpened.pattern(), async (e) => void got.push(`opened:${e['detail-type']}`)),
        rule('sendRoleVerification', roleSubmitted.pattern(), async (e) => void got.push(`submitted:${e['detail-type']}`)),
      ],
      { busName: 'test-bus', log: () => undefined },
    );
    const result = bus.put(entry(roleOpened));
    expect(result).toHaveProperty('EventId');
    await bus.drain();
    expect(got).toEqual(['opened:role.opened']);
    expect(bus.history.at(-1)!.deliveries).toEqual([{ rule: 'sendRoleOpened', status: 'delivered', attempts: 1, deliveredAt: expect.any(String) }]);
  });

  it('retries a failing consumer until it succeeds', async () => {
    let calls = 0;
    const bus = new LocalBus(
      [rule('sendRoleOpened', roleOpened.pattern(), async () => {
        calls += 1;
        if (calls < 3) throw new Error('flaky');
      })],
      { busName: 'test-bus', retries: 3, retryBaseMs: 1, log: () => undefined },
    );
    bus.put(entry(roleOpened));
    await bus.drain();
    expect(calls).toBe(3);
    expect(bus.history.at(-1)!.deliveries[0]).toMatchObject({ status: 'delivered', attempts: 3 });
  });

  it('records what it finally could not deliver, and logs it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liike-bus-'));
    const deadLetterFile = join(dir, 'dead-letters.jsonl');
    const lines: string[] = [];
    const bus = new LocalBus(
      [rule('sendRoleOpened', roleOpened.pattern(), async () => {
        throw new Error('always broken');
      })],
      { busName: 'test-bus', retries: 2, retryBaseMs: 1, deadLetterFile, log: (l) => lines.push(l) },
    );
    bus.put(entry(roleOpened));
    await bus.drain();
    const [dead] = (await readFile(deadLetterFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(dead).toMatchObject({ rule: 'sendRoleOpened', error: 'always broken', event: { 'detail-type': 'role.opened' } });
    expect(bus.history.at(-1)!.deliveries[0]).toMatchObject({ status: 'failed', attempts: 3 });
    expect(lines.some((l) => l.includes('gave up'))).toBe(true);
  });

  it('answers PutEvents entry errors like EventBridge', () => {
    const bus = new LocalBus([], { busName: 'test-bus', log: () => undefined });
    expect(bus.put(entry(roleOpened, 'other-bus'))).toMatchObject({ ErrorCode: 'NotFound' });
    expect(bus.put({ ...entry(roleOpened), Detail: '{not json' })).toMatchObject({ ErrorCode: 'MalformedDetail' });
    expect(bus.put({ ...entry(roleOpened), Detail: '[1,2]' })).toMatchObject({ ErrorCode: 'MalformedDetail' });
  });

  it('counts every event and delivery since start, past the history it keeps', async () => {
    let failures = 0;
    const bus = new LocalBus(
      [
        rule('sendRoleOpened', roleOpened.pattern(), async () => undefined),
        rule('notifyCoordinator', roleOpened.pattern(), async () => undefined),
        rule('sendRoleVerification', roleSubmitted.pattern(), async () => {
          failures += 1;
          throw new Error('broken');
        }),
      ],
      { busName: 'test-bus', retries: 1, retryBaseMs: 1, log: () => undefined },
    );
    for (let i = 0; i < 1_205; i++) bus.put(entry(roleOpened));
    bus.put(entry(roleSubmitted));
    await bus.drain();
    expect(bus.history).toHaveLength(1_000);
    // Two rules per role.opened, both delivered: each event counted once.
    expect(bus.stats.events['role.opened']).toEqual({ put: 1_205, delivered: 1_205, failed: 0 });
    expect(bus.stats.events['role.submitted']).toEqual({ put: 1, delivered: 0, failed: 1 });
    expect(bus.stats.deliveries.sendRoleOpened).toEqual({ delivered: 1_205, failed: 0, attempts: 1_205 });
    expect(bus.stats.deliveries.notifyCoordinator).toMatchObject({ delivered: 1_205 });
    expect(bus.stats.deliveries.sendRoleVerification).toEqual({ delivered: 0, failed: 1, attempts: 2 });
    expect(failures).toBe(2);
  });
});
