import { resolve } from 'node:path';
import { portsFromEnvironment } from './env.ts';
import { repoRoot } from './lambda.ts';
import { PortsTaken } from './ports.ts';
import { startStack, stopStartedChildren, type RunningStack } from './stack.ts';

let stack: RunningStack | undefined;
let stopping = false;
/** Stops everything this process started (Java included), then exits: on a signal, and on a crash. */
const shutdown = async (why: string, code: number) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${why}: stopping…`);
  // Bounded: a stop that hangs must not keep the process (and so the terminal) forever.
  const forced = setTimeout(() => process.exit(code || 1), 15_000);
  forced.unref();
  await (stack ? stack.stop() : stopStartedChildren()).catch(() => undefined);
  process.exit(code);
};
// Registered before anything starts: a Ctrl-C while DynamoDB Local boots stops it too.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, 0));
// A bug anywhere must not leave DynamoDB Local running orphaned: stop what was started, exit non-zero.
process.on('uncaughtException', (error) => {
  console.error(error);
  void shutdown('uncaught exception', 1);
});
process.on('unhandledRejection', (error) => {
  console.error(error);
  void shutdown('unhandled rejection', 1);
});

try {
  stack = await startStack({
    ...portsFromEnvironment(),
    dataDir: resolve(repoRoot, process.env.LIIKE_DATA_DIR ?? '.data'),
  });
} catch (error) {
  console.error(error instanceof PortsTaken ? error.message : error);
  await stopStartedChildren().catch(() => undefined);
  process.exit(1);
}
if (stopping) await new Promise(() => undefined); // a signal came during start: shutdown exits

console.log(`
Liike is running.
  Web pages       ${stack.urls.api}/   (open roles: ${stack.urls.api}/roles/, apply: ${stack.urls.api}/apply/, post a role: ${stack.urls.api}/role/)
  API and pages   ${stack.urls.api}   (try ${stack.urls.api}/schools and ${stack.urls.api}/openapi.json)
  Mail viewer     ${stack.urls.mail}
  Event log       ${stack.urls.bus}
  DynamoDB Local  ${stack.urls.dynamodb}
Press Ctrl-C to stop.
`);
