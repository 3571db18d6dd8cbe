/**
 * A local stack for a benchmark: the same one `npm start` runs (DynamoDB Local, local SES, the
 * bus with the CDK rule patterns, the stream poller, the API), in memory on free ports, quiet,
 * stopped when the benchmark is done. Handlers run in this process, as in the tests.
 */
import { createServer } from 'node:net';
import { startStack, type RunningStack } from '#local/stack';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export async function withStack<T>(work: (stack: RunningStack) => Promise<T>): Promise<T> {
  const stack = await startStack({
    apiPort: await freePort(),
    mailPort: await freePort(),
    dynamoPort: await freePort(),
    busPort: await freePort(),
    logLevel: 'ERROR',
    // A benchmark's load comes from one address, far over a school's figure.
    submissionsPerClientPerHour: 1_000_000,
    signInsPerClientPerHour: 1_000_000,
    log: () => undefined,
  });
  // The handlers and the SDK read the stack's environment (endpoints, table names) from here.
  Object.assign(process.env, stack.env);
  try {
    return await work(stack);
  } finally {
    await stack.stop();
  }
}

/** Percentile of a sorted-on-demand sample, nearest rank. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round1 = (x: number) => Math.round(x * 10) / 10;

export interface StackProcess {
  urls: { api: string; mail: string; dynamodb: string; bus: string };
  /** The environment that points an SDK client at the stack's DynamoDB Local. */
  env: Record<string, string>;
}

/**
 * The stack as `npm start` runs it, in a child process (data in a temporary folder), so a load
 * generator in this process does not share an event loop with the handlers it measures.
 */
export async function withStackProcess<T>(work: (stack: StackProcess) => Promise<T>): Promise<T> {
  const { spawn } = await import('node:child_process');
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'liike-bench-'));
  const ports = { api: await freePort(), mail: await freePort(), dynamodb: await freePort(), bus: await freePort() };
  // LIIKE_BENCH_STACK_NODE_ARGS: node options for the stack alone (e.g. `--cpu-prof --cpu-prof-dir=DIR`, to profile a MISS).
  const nodeArgs = process.env.LIIKE_BENCH_STACK_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'local/start.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: {
      ...process.env,
      LIIKE_PORT: String(ports.api),
      LIIKE_MAIL_PORT: String(ports.mail),
      LIIKE_DYNAMODB_PORT: String(ports.dynamodb),
      LIIKE_BUS_PORT: String(ports.bus),
      LIIKE_DATA_DIR: dataDir,
      // The load generator is one client address, far over a school's figure.
      LIIKE_SUBMISSIONS_PER_CLIENT_PER_HOUR: '1000000',
      LIIKE_SIGN_INS_PER_CLIENT_PER_HOUR: '1000000',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`local stack exited (${code})`))));
  const urls = {
    api: `http://127.0.0.1:${ports.api}`,
    mail: `http://127.0.0.1:${ports.mail}`,
    dynamodb: `http://127.0.0.1:${ports.dynamodb}`,
    bus: `http://127.0.0.1:${ports.bus}`,
  };
  try {
    const ready = (async () => {
      for (;;) {
        const ok = await fetch(`${urls.api}/health`).then((r) => r.ok, () => false);
        if (ok) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    await Promise.race([ready, exited]);
    const env = {
      AWS_REGION: 'eu-north-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: urls.dynamodb,
    };
    return await Promise.race([work({ urls, env }), exited]);
  } finally {
    exited.catch(() => undefined);
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}
