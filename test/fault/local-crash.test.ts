import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { demoRoleItems, OLD_DEMO_DESCRIPTION } from '#local/demo-roles';
import { emailHash } from '#shared/platform/email-hash';
import { rolePoolKey } from '#shared/roles/board-index';
import { validApplication } from '../support/fixtures.ts';
import type { StoredEmail } from '../support/stack.ts';

/*
 * `npm start` killed with -9 at a random moment while applications come in: nothing is lost.
 * This file starts its OWN stacks (local/start.ts in child processes, on free ports, one data
 * folder), never the shared one. In order:
 *   1. a stack takes applications and is killed -9 (the node process only, as a crash does: its
 *      DynamoDB Local is left running);
 *   2. a second start on the same ports refuses, naming the stale Java's pid, exit code 1;
 *   3. the stale Java is stopped, a third start recovers: every application answered 201 (and
 *      each one not answered, retried with its Idempotency-Key) gets its receipt, a repeat only
 *      where the crash cut a delivery off (emails are at least once: docs/guarantees.md);
 *   4. SIGTERM stops that stack and its Java; a half-written checkpoint file does not stop the
 *      next start, which also puts a demo role left as an older version stored it on the board
 *      (the backfill at start); with its DynamoDB Local killed, the API answers 503 with Retry-After.
 */

const root = resolve(import.meta.dirname, '../..');
/** The demo carpenter's role in Sastamala (local/demo-roles.ts). */
const DEMO_ROLE = '0d6f1c9e-1a51-4f0e-9a01-000000000001';
const children = new Set<ChildProcess>();
const strayPids = new Set<number>();

afterAll(async () => {
  // Whatever a failed assertion left running, by pid: only what this file started.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of strayPids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

let dataDir = '';
let ports: { api: number; mail: number; dynamodb: number; bus: number };

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<[number | null, NodeJS.Signals | null]>;
}

/** `npm start` as a child process on this file's ports and data folder; its own environment only. */
function startLocal(): Started {
  const env: NodeJS.ProcessEnv = {};
  // Not the variables that point this test worker at the shared stack (TABLE_NAME, AWS_*, …).
  for (const name of ['PATH', 'HOME', 'JAVA_HOME', 'LANG', 'TMPDIR']) if (process.env[name]) env[name] = process.env[name];
  Object.assign(env, {
    LIIKE_PORT: String(ports.api),
    LIIKE_MAIL_PORT: String(ports.mail),
    LIIKE_DYNAMODB_PORT: String(ports.dynamodb),
    LIIKE_BUS_PORT: String(ports.bus),
    LIIKE_DATA_DIR: dataDir,
    POWERTOOLS_LOG_LEVEL: 'CRITICAL',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // 300 applicants, all from 127.0.0.1: the per-client limit (60 an hour) is not what this tests.
    LIIKE_SUBMISSIONS_PER_CLIENT_PER_HOUR: '1000000',
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, output: () => output, exited };
}

/** Waits for the stack to say it runs (bounded); fails with its output if it exits first. */
async function running(stack: Started, timeoutMs = 90_000): Promise<number> {
  const started = Date.now();
  while (!stack.output().includes('Liike is running.')) {
    if (stack.child.exitCode !== null) throw new Error(`the stack exited (${stack.child.exitCode}):\n${stack.output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`the stack did not start in ${timeoutMs} ms:\n${stack.output()}`);
    await sleep(50);
  }
  return Date.now() - started;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const api = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${ports.api}${path}`, { ...init, signal: AbortSignal.timeout(20_000) });
const javaPid = async () => Number((await readFile(join(dataDir, 'dynamodb.pid'), 'utf8')).trim());
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function mails(): Promise<StoredEmail[]> {
  const response = await fetch(`http://127.0.0.1:${ports.mail}/store`);
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
}

/** A client of this file's own DynamoDB Local (to destroy after use). */
const localTable = () =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: `http://127.0.0.1:${ports.dynamodb}`, region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  );

/** The applications stored for an address, read from this file's own DynamoDB Local (the email lookup items). */
async function applicationsOf(email: string): Promise<number> {
  const client = localTable();
  const { Items } = await client.send(
    new QueryCommand({ TableName: 'liike-local', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `EMAIL#${emailHash(email)}` } }),
  );
  client.destroy();
  return Items?.length ?? 0;
}

interface Submission {
  key: string;
  body: ReturnType<typeof validApplication>;
  status?: number;
}
const submit = (s: Submission) =>
  api('/applications', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': s.key }, body: JSON.stringify(s.body) });

describe('npm start killed -9 at a random moment', () => {
  // The size of the scenario that once stored 48 duplicates (issue 13): 300 applicants.
  const submissions: Submission[] = Array.from({ length: 300 }, (_, i) => ({ key: `crash-${i}-${crypto.randomUUID()}`, body: validApplication() }));
  const figures: Record<string, number | string> = {};

  it('loses no application, receipt or delivery, and never attaches to a stale DynamoDB Local', { timeout: 600_000 }, async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'liike-crash-'));
    ports = { api: await freePort(), mail: await freePort(), dynamodb: await freePort(), bus: await freePort() };

    // 1. Applications arrive one after another; the process dies at a random moment among them.
    const first = startLocal();
    figures.firstStartMs = await running(first);
    const staleJava = await javaPid();
    strayPids.add(staleJava);
    // The kill lands at a random moment among the 300: after a random number of them were
    // answered, plus up to 200 ms (so among the requests, writes, stream reads and deliveries
    // that follow), while two clients keep submitting.
    const killAtAnswer = 1 + Math.floor(Math.random() * (submissions.length - 1));
    const killAfterMs = Math.floor(Math.random() * 200);
    figures.killAtAnswer = killAtAnswer;
    figures.killAfterMs = killAfterMs;
    let answered = 0;
    let killer: Promise<unknown> | undefined;
    const dead = () => first.child.exitCode !== null || first.child.signalCode !== null;
    const client = async (mine: Submission[]) => {
      for (const s of mine) {
        if (dead()) return;
        try {
          s.status = (await submit(s)).status;
        } catch {
          // The connection died with the process: no answer, so the client will retry.
        }
        if (s.status === 201 && ++answered >= killAtAnswer) killer ??= sleep(killAfterMs).then(() => first.child.kill('SIGKILL'));
      }
    };
    await Promise.all([client(submissions.filter((_, i) => i % 2 === 0)), client(submissions.filter((_, i) => i % 2 === 1))]);
    killer ??= Promise.resolve(first.child.kill('SIGKILL'));
    await killer;
    await first.exited;
    figures.unansweredAtKill = submissions.filter((s) => s.status === undefined).length;
    figures.answeredBeforeKill = submissions.filter((s) => s.status === 201).length;
    expect(figures.answeredBeforeKill).toBeGreaterThan(0);
    expect(isAlive(staleJava)).toBe(true); // as after any crash of node: Java was its child, not killed

    // 2. A new start finds the port held by a process it did not start: refuses, names the pid.
    const refused = startLocal();
    const [code] = await refused.exited;
    expect(code).toBe(1);
    expect(refused.output()).toContain(`port ${ports.dynamodb} (DynamoDB Local) is in use by a process this npm start did not start`);
    expect(refused.output()).toContain(`kill ${staleJava}`);
    expect(isAlive(staleJava)).toBe(true); // refused, and touched nothing

    // 3. The developer stops it as told; the next start recovers what the crash left undone.
    process.kill(staleJava, 'SIGTERM');
    for (let i = 0; i < 200 && isAlive(staleJava); i++) await sleep(50);
    const queued = (await import('node:fs/promises')).readdir(join(dataDir, 'bus-queue')).catch(() => []);
    figures.queuedAtCrash = (await queued).filter((n) => n.endsWith('.json')).length;
    const second = startLocal();
    figures.restartMs = await running(second);
    figures.deliveriesResumed = Number(/resumed (\d+) deliveries/.exec(second.output())?.[1] ?? 0);
    // The client retries what got no answer (or an error), with the same Idempotency-Key.
    for (const s of submissions.filter((x) => x.status !== 201)) {
      const deadline = Date.now() + 60_000;
      while (s.status !== 201 && Date.now() < deadline) {
        s.status = (await submit(s)).status;
        if (s.status !== 201) await sleep(500);
      }
    }
    expect(submissions.map((s) => s.status)).toEqual(submissions.map(() => 201));
    // Every stored application gets its receipt: none is lost (bounded wait: a delivery recovered
    // after the crash may wait out its consumer's idempotency record left in progress, up to 60 s).
    // Exactly one application per applicant: the Idempotency-Key is stored in the write's own
    // transaction (shared/platform/http/idempotent-write.ts), so the client's retry after the
    // kill, whether or not its first request was committed, replays or writes once.
    // Exactly one receipt each cannot be promised across a kill: docs/guarantees.md says emails
    // are at least once (sent, then recorded; a crash in between repeats the email). So: none
    // missing, at most one repeat, and repeats only for deliveries the crash cut off (queued).
    const receiptsOf = (all: StoredEmail[], s: Submission) => all.filter((m) => m.destination.to.some((to) => to.includes(s.body.email))).length;
    const stored = await Promise.all(submissions.map((s) => applicationsOf(s.body.email)));
    expect(stored).toEqual(submissions.map(() => 1));
    const deadline = Date.now() + 120_000;
    let all = await mails();
    while (submissions.some((s, i) => receiptsOf(all, s) < stored[i]!) && Date.now() < deadline) {
      await sleep(250);
      all = await mails();
    }
    await sleep(1000); // a repeat would come now, if any
    all = await mails();
    const receipts = submissions.map((s) => receiptsOf(all, s));
    const repeats = receipts.reduce((sum, n, i) => sum + n - stored[i]!, 0);
    figures.receiptsRepeated = repeats;
    expect(receipts.every((n, i) => n >= stored[i]! && n <= stored[i]! + 1), JSON.stringify({ receipts, stored })).toBe(true);
    expect(repeats).toBeLessThanOrEqual(Number(figures.queuedAtCrash));

    // A demo role as a version before the board left it in .data/: the pool key by opening time,
    // no board attributes, the placeholder description and no second language.
    const demoKey = { pk: `ROLE#${DEMO_ROLE}`, sk: 'ROLE' };
    const table = localTable();
    const demo = (await table.send(new GetCommand({ TableName: 'liike-local', Key: demoKey }))).Item!;
    await table.send(
      new UpdateCommand({
        TableName: 'liike-local',
        Key: demoKey,
        UpdateExpression: 'SET gsi1sk = :old, #description = :placeholder REMOVE boardText, boardFields, #translation, #language',
        ExpressionAttributeNames: { '#description': 'description', '#language': 'language', '#translation': 'translation' },
        ExpressionAttributeValues: { ':old': `${demo.openedAt}#${DEMO_ROLE}`, ':placeholder': OLD_DEMO_DESCRIPTION },
      }),
    );

    // 4a. SIGTERM stops the stack and its Java, and removes the pid file.
    const secondJava = await javaPid();
    strayPids.add(secondJava);
    second.child.kill('SIGTERM');
    const [stopCode] = await second.exited;
    expect(stopCode).toBe(0);
    expect(isAlive(secondJava)).toBe(false);
    await expect(stat(join(dataDir, 'dynamodb.pid'))).rejects.toThrow();

    // 4b. A half-written checkpoint file (as an older version could leave) does not stop a start:
    // it is set aside and reported; the stream is read again, and consumers deduplicate.
    const checkpoints = join(dataDir, 'stream-checkpoints.json');
    const text = await readFile(checkpoints, 'utf8');
    await writeFile(checkpoints, text.slice(0, Math.floor(text.length / 2)));
    const third = startLocal();
    figures.startWithHalfCheckpointMs = await running(third);
    expect(third.output()).toMatch(/stream-checkpoints\.json was half-written/);
    await sleep(3000); // republished events reach their consumers, which have seen them
    all = await mails();
    expect(submissions.map((s) => receiptsOf(all, s))).toEqual(receipts); // not one more email
    // The start put the old demo role back on the board's index and gave it its texts.
    expect(third.output()).toContain("[backfill] 1 open role(s) put on the board's index");
    const fixed = (await table.send(new GetCommand({ TableName: 'liike-local', Key: demoKey }))).Item!;
    table.destroy();
    const seeded = demoRoleItems(new Date()).find((r) => r.roleId === DEMO_ROLE)!;
    expect(fixed).toMatchObject({ gsi1sk: rolePoolKey(seeded, demo.openedAt), description: seeded.description, language: 'fi', translation: seeded.translation, boardText: seeded.boardText, boardFields: seeded.boardFields });
    const board = (await (await api(`/roles?${new URLSearchParams({ country: 'FI', sector: 'construction', q: 'carpenter trainee' })}`)).json()) as { roles: { roleId: string }[] };
    expect(board.roles.map((r) => r.roleId)).toContain(DEMO_ROLE);

    // 4c. The database gone: 503 with Retry-After on every route that needs it, and still serving.
    expect((await api('/health')).status).toBe(200);
    const thirdJava = await javaPid();
    strayPids.add(thirdJava);
    process.kill(thirdJava, 'SIGKILL');
    for (let i = 0; i < 100 && isAlive(thirdJava); i++) await sleep(50);
    for (const [path, init] of [
      ['/health', undefined],
      ['/schools', undefined],
      ['/applications', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(validApplication()) }],
    ] as const) {
      const response = await api(path, init);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after'), path).toMatch(/^\d+$/);
    }
    expect((await api('/openapi.json')).status).toBe(200); // needs no database
    third.child.kill('SIGTERM');
    expect((await third.exited)[0]).toBe(0);
    console.log(`[local-crash] ${JSON.stringify(figures)}`);
  });
});
