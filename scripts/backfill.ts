import { parseArgs } from 'node:util';
// First: it points the SDK at the local stack unless TABLE_NAME says otherwise.
import './use-local-stack.ts';
import { backfillBoardIndex } from '#shared/roles/backfill';

/*
 * npm run backfill -- roles [--dry-run]
 *
 * Brings stored data up to what this version reads, once after deploying it. `roles`: every open
 * role onto the public board's index (shared/roles/backfill.ts): the pool key by country and
 * sector, the search text and the fields. Idempotent and resumable: a second run writes nothing,
 * and an interrupted one is finished by running it again. With TABLE_NAME set it uses the SDK's
 * standard configuration (credentials, region, endpoint): against AWS, TABLE_NAME is the
 * deployed domain table. Without it, the local stack of `npm start` (which runs it at start).
 * Prints counts only. Exit code 1 when roles changed meanwhile were left (run it again), 2 on a
 * usage error.
 */

const USAGE = 'usage: npm run backfill -- roles [--dry-run]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } } });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1 || positionals[0] !== 'roles') fail('name what to backfill: roles');

const dryRun = values['dry-run'] === true;
const counts = await backfillBoardIndex({ dryRun });
process.stdout.write(
  `roles in the pool: ${counts.read} read, ${counts.updated} ${dryRun ? 'to update (dry run: nothing written)' : 'updated'}, ` +
    `${counts.unchanged} on the board's index already, ${counts.changedMeanwhile} changed meanwhile\n`,
);
if (counts.changedMeanwhile > 0) {
  process.stderr.write('Some roles were closed, changed or reopened while this ran and were left alone: run it again.\n');
  process.exit(1);
}
