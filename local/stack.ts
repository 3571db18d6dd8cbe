import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { API_ENV, ENV } from '#shared/platform/config';
import { createApiServer, loadRoutes } from './api-server.ts';
import { createBusServer, LocalBus, loadRules } from './bus.ts';
import { seedDemoRoles } from './demo-roles.ts';
import { demoSchools } from './demo-schools.ts';
import { readJsonFile, writeFileAtomic } from './durable-file.ts';
import { ensureTables, startDynamoDbLocal } from './dynamodb.ts';
import { enforceGrants } from './grants.ts';
import { localEnvironment, type LocalPorts } from './env.ts';
import { loadHandler } from './lambda.ts';
import { persistMail } from './mail-log.ts';
import { assertPortsFree, dynamoPidFile } from './ports.ts';
import { loadSite } from './site.ts';
import { startSchedules } from './schedules.ts';
import { StreamPoller } from './stream-poller.ts';

export { localEnvironment };

export interface StackOptions extends LocalPorts {
  /** Folder for persistent data; undefined keeps everything in memory (tests). */
  dataDir?: string;
  /** Faster retries for tests. */
  retryBaseMs?: number;
  log?: (line: string) => void;
}

export interface RunningStack {
  urls: { api: string; mail: string; dynamodb: string; bus: string };
  /**
   * The environment the functions get, to point another process at this stack. Without the
   * origin secret: only this stack's API server (CloudFront's stand-in) sends it, and a handler
   * another process calls directly (a test, `npm run tick`) is like an invocation from inside
   * AWS, which the check does not apply to. (A process forked from this one inherits it in
   * process.env: test/support/stack-env.ts removes it in the test workers.)
   */
  env: Record<string, string>;
  bus: LocalBus;
  stop(): Promise<void>;
}

const listen = async (server: Server, port: number) => {
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
};
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/**
 * Starts the whole system on this machine: DynamoDB Local, the local SES with its mail viewer,
 * the event bus stand-in, the stream poller feeding the publisher, and the HTTP API with the web pages.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = localEnvironment(options);
  // Handlers read configuration from the environment, as on Lambda; they run in this process.
  Object.assign(process.env, env);
  // A secret of this run for the API server to send as CloudFront does, and the handlers to
  // require (shared/platform/http/origin.ts): the check runs locally as on AWS.
  const originVerify = randomBytes(32).toString('base64url');
  process.env[API_ENV.originVerify] = originVerify;
  // And they get only the table access the CDK app grants them (local/grants.ts).
  const { ddb } = await import('#shared/platform/db');
  enforceGrants(ddb, { domain: env[ENV.tableName]!, idempotency: env[ENV.idempotencyTableName]! });

  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  // The web pages build (esbuild, in memory) while DynamoDB Local starts.
  // The privacy notice names what the functions are configured with.
  const site = loadSite({
    ...(env[ENV.contactAddress] ? { contactAddress: env[ENV.contactAddress] } : {}),
    ...(process.env.LIIKE_PROGRAMME_OPERATOR ? { programmeOperator: process.env.LIIKE_PROGRAMME_OPERATOR } : {}),
    retentionUntil: env[ENV.retentionUntil]!,
  });
  site.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  try {
    // Never attach to a service it did not start (it could not stop it): refuse first.
    await assertPortsFree(
      { API: options.apiPort, 'mail viewer': options.mailPort, 'DynamoDB Local': options.dynamoPort, 'event bus': options.busPort },
      options.dataDir,
    );
    if (options.dataDir) await mkdir(join(options.dataDir, 'dynamodb'), { recursive: true });
    const java: ChildProcess = await startDynamoDbLocal(
      options.dynamoPort,
      options.dataDir ? join(options.dataDir, 'dynamodb') : undefined,
      log,
    );
    startedChildren.add(java);
    cleanups.push(async () => {
      await stopChild(java);
      startedChildren.delete(java);
      if (options.dataDir) await rm(dynamoPidFile(options.dataDir), { force: true });
    });
    // Names the Java process, so a later start that finds it left over can say which pid to stop.
    if (options.dataDir) await writeFile(dynamoPidFile(options.dataDir), `${java.pid}\n`);

    await ensureTables(new DynamoDBClient({}), { domain: env[ENV.tableName]!, idempotency: env[ENV.idempotencyTableName]! });
    await seedDemoData();
    await backfillRoles(log);

    const { default: startSes } = await import('aws-ses-v2-local');
    const mailServer = await startSes({ port: options.mailPort, host: '127.0.0.1' });
    cleanups.push(() => close(mailServer));
    if (options.dataDir) {
      const kept = await persistMail(join(options.dataDir, 'mail.jsonl'), log, mailServer as Server);
      if (kept > 0) log(`[mail] ${kept} email(s) from earlier runs in the mail viewer`);
    }

    const deadLetterFile = options.dataDir ? join(options.dataDir, 'dead-letters.jsonl') : undefined;
    const bus = new LocalBus(await loadRules(), {
      busName: env[ENV.busName]!,
      log,
      ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
      ...(deadLetterFile ? { deadLetterFile, queueDir: join(options.dataDir!, 'bus-queue') } : {}),
    });
    // What the bus had accepted and not yet delivered when the last run died is delivered now.
    await bus.recover();
    const busServer = createBusServer(bus);
    await listen(busServer, options.busPort);
    cleanups.push(async () => {
      await bus.close();
      await close(busServer);
    });

    const checkpointFile = options.dataDir ? join(options.dataDir, 'stream-checkpoints.json') : undefined;
    // A half-written file (from before writes were atomic) is set aside and reported; the poller
    // then reads the stream from its start again: republished events are deduplicated by consumers.
    const checkpoints = new Map<string, string>(
      checkpointFile ? Object.entries(await readCheckpoints(checkpointFile, log)) : [],
    );
    const poller = new StreamPoller({
      tableName: env[ENV.tableName]!,
      functionName: 'streamPublisher',
      handler: await loadHandler('streamPublisher'),
      checkpoints,
      log,
      ...(checkpointFile
        ? {
            // Atomic: a crash mid-write leaves the old checkpoint (events published again, deduplicated), never half a file.
            saveCheckpoints: () => writeFileAtomic(checkpointFile, JSON.stringify(Object.fromEntries(checkpoints))),
            onDeadLetter: (record, reason) =>
              appendFile(deadLetterFile!, `${JSON.stringify({ source: 'stream', reason, record })}\n`),
          }
        : {}),
    });
    await poller.start();
    cleanups.push(() => poller.stop());

    const stopSchedules = await startSchedules(log);
    cleanups.push(async () => stopSchedules());

    const apiServer = createApiServer(await loadRoutes(), log, await site, { originVerify });
    await listen(apiServer, options.apiPort);
    cleanups.push(() => close(apiServer));

    return {
      urls: {
        api: `http://localhost:${options.apiPort}`,
        mail: `http://localhost:${options.mailPort}`,
        dynamodb: `http://localhost:${options.dynamoPort}`,
        bus: `http://localhost:${options.busPort}/events`,
      },
      env,
      bus,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The stream checkpoints `{ shardId: sequenceNumber }`; anything else is reported and read as none. */
async function readCheckpoints(file: string, log: (line: string) => void): Promise<Record<string, string>> {
  const value = await readJsonFile<unknown>(file, {}, log);
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
    return value as Record<string, string>;
  }
  log(`[stream] ${file} holds no checkpoints (${JSON.stringify(value)?.slice(0, 80)}); reading the stream from its start`);
  return {};
}

/** The demo registry (schools with coordinators) and demo companies with open roles (seedDemoRoles). */
async function seedDemoData() {
  // Imported late: the shared clients must be created after the environment points them here.
  const { putSchool } = await import('#shared/schools/registry');
  const { ddb } = await import('#shared/platform/db');
  for (const school of demoSchools) await putSchool(school);
  await seedDemoRoles(ddb, process.env[ENV.tableName]!, new Date());
}

/**
 * Open roles of an older `.data/` onto the board's index (`npm run backfill -- roles` does the
 * same to a deployed table): one Query of the pool's roles, nothing written when none is old.
 */
async function backfillRoles(log: (line: string) => void) {
  const { backfillBoardIndex } = await import('#shared/roles/backfill');
  const counts = await backfillBoardIndex();
  if (counts.updated > 0) log(`[backfill] ${counts.updated} open role(s) put on the board's index (opened before it existed)`);
}

/** Child processes (DynamoDB Local) started and not yet stopped: a signal during start stops them. */
const startedChildren = new Set<ChildProcess>();

/** Stops whatever child processes a stack of this process started (for a signal before the stack is up). */
export async function stopStartedChildren() {
  await Promise.all([...startedChildren].map(stopChild));
}

/** Stops a child process and waits for it, so no Java process outlives the stack. */
async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
