import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleOpened } from '#events/contracts';
import { LocalBus, type LocalRule } from '#local/bus';
import { readJsonFile, writeFileAtomic } from '#local/durable-file';

/*
 * The local bus's queue folder: what it accepted is on disk before PutEvents answers, and a bus
 * started on the same folder after a crash delivers what the dead one had not. The crash is a bus
 * whose consumers never return (its process "died" mid-delivery); a second bus recovers.
 */

const entry = () => {
  const outbox = roleOpened.outbox({ roleId: crypto.randomUUID(), country: 'EE', sector: 'technology', places: 1 });
  return { Source: outbox.source, DetailType: outbox.detailType, Detail: outbox.detail, EventBusName: 'test-bus' };
};
const rule = (name: string, target: LocalRule['target']): LocalRule => ({ name: name as LocalRule['name'], pattern: roleOpened.pattern(), target });
const never = () => new Promise<never>(() => undefined);
const jsonFiles = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.json'));

describe('the local bus queue', () => {
  it('delivers after a crash what the dead bus had accepted and not delivered', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liike-bus-queue-'));
    const dead = new LocalBus([rule('sendRoleOpened', never), rule('runMatchingRound', async () => undefined)], {
      busName: 'test-bus',
      log: () => undefined,
      queueDir: dir,
    });
    const ids = Array.from({ length: 20 }, () => {
      const result = dead.put(entry());
      if (!('EventId' in result)) throw new Error('not accepted');
      return result.EventId;
    });
    for (const id of ids) expect(await dead.isQueued(id)).toBe(true);
    // The delivering rule that works is dequeued; the one stuck in its consumer is still owed.
    await expect.poll(async () => JSON.parse(await readFile(join(dir, `${ids[0]}.json`), 'utf8')).pending, { timeout: 5000 }).toEqual(['sendRoleOpened']);
    expect(await jsonFiles(dir)).toHaveLength(20);

    const got: string[] = [];
    const restarted = new LocalBus([rule('sendRoleOpened', async (e) => void got.push(e.id)), rule('runMatchingRound', async () => void got.push('again'))], {
      busName: 'test-bus',
      log: () => undefined,
      queueDir: dir,
    });
    expect(await restarted.recover()).toBe(20);
    await restarted.drain();
    expect(got.sort()).toEqual([...ids].sort()); // same event ids (consumers dedupe on them), no rule twice
    expect(await jsonFiles(dir)).toEqual([]);
  });

  it('sets a half-written queue file aside, removes leftover temp files, and starts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liike-bus-queue-'));
    await writeFile(join(dir, 'abc.json'), '{"event":{"id":"abc","deta');
    await writeFile(join(dir, 'def.json.123.4.tmp'), '{"half');
    const lines: string[] = [];
    const bus = new LocalBus([], { busName: 'test-bus', log: (l) => lines.push(l), queueDir: dir });
    expect(await bus.recover()).toBe(0);
    const names = await readdir(dir);
    expect(names.some((n) => n.startsWith('abc.json.corrupt-'))).toBe(true);
    expect(names.filter((n) => n.endsWith('.tmp') || n.endsWith('.json'))).toEqual([]);
    expect(lines.join('\n')).toMatch(/half-written/);
  });

  it('reports an event it could not queue as not queued (PutEvents then fails the entry)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liike-bus-queue-'));
    const missing = join(dir, 'no', 'such', 'folder');
    const bus = new LocalBus([rule('sendRoleOpened', async () => undefined)], { busName: 'test-bus', log: () => undefined, queueDir: missing });
    const result = bus.put(entry());
    expect(await bus.isQueued((result as { EventId: string }).EventId)).toBe(false);
  });

  it('on close stops retrying and leaves a failing delivery queued for the next start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liike-bus-queue-'));
    const bus = new LocalBus([rule('sendRoleOpened', async () => Promise.reject(new Error('down')))], {
      busName: 'test-bus',
      log: () => undefined,
      queueDir: dir,
      retryBaseMs: 50,
    });
    bus.put(entry());
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await bus.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await jsonFiles(dir)).toHaveLength(1);
  });
});

describe('durable files', () => {
  it('writes atomically and reads back; a half-written file is set aside, never a crash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liike-durable-'));
    const file = join(dir, 'checkpoints.json');
    await writeFileAtomic(file, JSON.stringify({ shard: '123' }));
    expect(await readJsonFile(file, {}, () => undefined)).toEqual({ shard: '123' });
    expect(await readdir(dir)).toEqual(['checkpoints.json']);
    await writeFile(file, '{"shard": "12');
    const lines: string[] = [];
    expect(await readJsonFile(file, {}, (l) => lines.push(l))).toEqual({});
    expect(lines).toHaveLength(1);
    expect((await readdir(dir)).some((n) => n.startsWith('checkpoints.json.corrupt-'))).toBe(true);
    expect(await readJsonFile(join(dir, 'absent.json'), 'none', () => undefined)).toBe('none');
  });
});
