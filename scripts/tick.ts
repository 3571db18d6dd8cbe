import { parseArgs } from 'node:util';
// First: it points the SDK at the local stack.
import { useLocalStackUnlessDeployed } from '#local/env';
import { functions, type FunctionName } from '#functions/catalog';
import { lambdaContext, loadHandler } from '#local/lambda';
import { scheduledEvent } from '#local/schedules';

/*
 * npm run tick -- NAME [--at YYYY-MM-DD | --at 2027-08-01T07:30:00Z]
 *
 * Runs one tick of a scheduled function on the local stack of `npm start`, as if its rule fired
 * at that moment (the scheduled event's time, which the function takes as "now"): to walk a
 * placement past its end and see the follow-up emails, or a decision past its reminder, without
 * waiting months. A date alone means 12:00 UTC that day; no --at means now. Local only: the
 * deployed functions run on their schedules.
 */

const scheduledNames = (Object.keys(functions) as FunctionName[]).filter((name) => 'schedule' in functions[name]);
const USAGE = `usage: npm run tick -- NAME [--at YYYY-MM-DD|ISO time]\n  NAME: ${scheduledNames.join(', ')}`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseAt(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  const at = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(at.getTime())) fail(`--at is not a date or an ISO time: ${value}`);
  return at;
}

let parsed;
try {
  parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { at: { type: 'string' } } });
} catch (error) {
  fail((error as Error).message);
}
const [name, ...rest] = parsed.positionals;
if (!name || rest.length > 0) fail('name one scheduled function');
if (!(scheduledNames as string[]).includes(name)) fail(`not a scheduled function: ${name}`);
const at = parseAt(parsed.values.at);
if (!useLocalStackUnlessDeployed()) fail('TABLE_NAME is set: npm run tick works on the local stack only');

const handler = await loadHandler(name as FunctionName);
await handler(scheduledEvent(name as FunctionName, at), lambdaContext(name, 5 * 60_000));
process.stdout.write(`${name} ran as at ${at.toISOString()}\n`);
