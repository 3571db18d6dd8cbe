import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
// First: it points the SDK at the local stack unless TABLE_NAME says otherwise.
import { useLocalStackUnlessDeployed } from '#local/env';
import { ENV } from '#shared/platform/config';

/*
 * npm run redrive [-- --stack LiikeStateless]
 *
 * Moves every dead letter back (docs/guarantees.md, "Nothing is lost"): the events a consumer or
 * a scheduled function kept failing on go to that function again, and what the stream publisher
 * gave up on is republished from the outbox (every outbox item not marked published). Run it
 * once the cause is fixed; what fails again stays where it was, and it can be run again.
 *
 * With TABLE_NAME set (and EVENT_BUS_NAME, the deployed bus) it uses the SDK's standard
 * configuration: against AWS, the dead-letter queues named in the stateless stack's output
 * `DeadLetterQueues`. Without it, the local stack of `npm start`: `.data/dead-letters.jsonl`
 * (LIIKE_DATA_DIR), whose lines that succeeded are removed.
 */

const USAGE = 'usage: npm run redrive [-- --stack LiikeStateless]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ args: process.argv.slice(2), options: { stack: { type: 'string', default: 'LiikeStateless' } } }));
} catch (error) {
  fail((error as Error).message);
}
const local = useLocalStackUnlessDeployed();
const log = (line: string) => process.stdout.write(`${line}\n`);

if (local) {
  const { redriveLocalDeadLetters } = await import('./redrive/local.ts');
  const file = join(resolve(import.meta.dirname, '..', process.env.LIIKE_DATA_DIR ?? '.data'), 'dead-letters.jsonl');
  const result = await redriveLocalDeadLetters(file, log);
  log(`Delivered ${result.delivered} dead letter(s), republished ${result.republished} outbox event(s); ${result.kept} line(s) kept in ${file}.`);
  process.exitCode = result.kept > 0 || !result.outboxSwept ? 1 : 0;
} else {
  if (!process.env[ENV.busName]) fail(`${ENV.busName} must be set too (the deployed bus), to republish the outbox`);
  const { redriveDeployed } = await import('./redrive/deployed.ts');
  const result = await redriveDeployed(values.stack, log);
  log(`Redrove ${result.redriven} dead letter(s), republished ${result.republished} outbox event(s); ${result.kept} kept.`);
  process.exitCode = result.kept > 0 ? 1 : 0;
}
