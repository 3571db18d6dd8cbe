import { resolve } from 'node:path';
import { portsFromEnvironment } from './env.ts';
import { repoRoot } from './lambda.ts';
import { startStack } from './stack.ts';

const stack = await startStack({
  ...portsFromEnvironment(),
  dataDir: resolve(repoRoot, process.env.LIIKE_DATA_DIR ?? '.data'),
});

console.log(`
Liike is running.
  Web forms       ${stack.urls.api}/   (apply: ${stack.urls.api}/apply/, post a role: ${stack.urls.api}/role/)
  API and pages   ${stack.urls.api}   (try ${stack.urls.api}/schools and ${stack.urls.api}/openapi.json)
  Mail viewer     ${stack.urls.mail}
  Event log       ${stack.urls.bus}
  DynamoDB Local  ${stack.urls.dynamodb}
Press Ctrl-C to stop.
`);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
