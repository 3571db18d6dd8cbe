import { resolve } from 'node:path';
import { repoRoot } from './lambda.ts';
import { startStack } from './stack.ts';

const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a port number`);
  return value;
};

const stack = await startStack({
  apiPort: port('LIIKE_PORT', 3000),
  mailPort: port('LIIKE_MAIL_PORT', 8005),
  dynamoPort: port('LIIKE_DYNAMODB_PORT', 8000),
  busPort: port('LIIKE_BUS_PORT', 8010),
  dataDir: resolve(repoRoot, process.env.LIIKE_DATA_DIR ?? '.data'),
  ...(process.env.LIIKE_BASE_URL ? { publicBaseUrl: process.env.LIIKE_BASE_URL } : {}),
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
