import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startStack, type RunningStack } from '#local/stack';
import { STAFF_TEST_ADDRESSES } from './staff.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: { urls: RunningStack['urls']; env: Record<string, string> };
  }
}

/** Starts the local stack in memory on free ports, so tests never touch a running `npm start`. */
export default async function setup(project: TestProject) {
  const lines: string[] = [];
  // Programme staff of the test stack: the monthly report and the alert that a school contact's mail bounces go here.
  process.env.LIIKE_REPORT_RECIPIENTS ??= 'programme.staff@liike.test';
  // Who may use the staff desk (shared/staff-desk/): the local default and addresses of the tests'
  // own, one per test that signs in as staff (each address gets at most 5 sign-in links an hour).
  process.env.LIIKE_PROGRAMME_STAFF ??= ['staff@liike.example', ...STAFF_TEST_ADDRESSES].join(',');
  const stack = await startStack({
    apiPort: await freePort(),
    mailPort: await freePort(),
    dynamoPort: await freePort(),
    busPort: await freePort(),
    retryBaseMs: 20,
    // Every test posts from 127.0.0.1, hundreds of submissions in a run: the per-client limit is
    // tested with a figure of its own (test/integration/limits.test.ts).
    submissionsPerClientPerHour: 1_000_000,
    // Likewise every sign-in of every test: the limit is tested in test/integration/sign-in.test.ts.
    signInsPerClientPerHour: 1_000_000,
    logLevel: process.env.LIIKE_TEST_LOG ? 'INFO' : 'CRITICAL',
    log: (line) => {
      lines.push(line);
      if (process.env.LIIKE_TEST_LOG) console.log(line);
    },
  });
  project.provide('stack', { urls: stack.urls, env: stack.env });
  return async () => {
    await stack.stop();
  };
}
