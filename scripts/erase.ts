import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
// First: it points the SDK at the local stack unless TABLE_NAME says otherwise.
import './use-local-stack.ts';
import { getApplication } from '#shared/applications/store';
import { ENV } from '#shared/platform/config';
import { applicationIdsByEmail, eraseApplication } from '#shared/erasure/erasure';
import { auditEntriesNaming, eraseFromAudit } from '#shared/schools/audit';

/*
 * npm run erase -- --email ADDRESS [--yes]
 *
 * Erases the personal data of every application submitted with ADDRESS (programme staff, on a
 * request received by other means than the status page): the same erasure as the page's
 * "delete my data". Applications are found through their email lookup items (SHA-256 of the
 * normalised address), not a Scan. The address's name and address also leave every entry of the
 * registry's audit trail that names it as a school's coordinator or deputy (shared/schools/audit.ts);
 * the entries themselves stay. Prints ids and counts only, never the personal data.
 *
 * With TABLE_NAME and IDEMPOTENCY_TABLE_NAME set it uses the SDK's standard configuration
 * (credentials, region, endpoint): against AWS, the deployed tables. Without them, the local
 * stack of `npm start` (DynamoDB Local on LIIKE_DYNAMODB_PORT, default 8000).
 */

const USAGE = 'usage: npm run erase -- --email ADDRESS [--yes]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ args: process.argv.slice(2), options: { email: { type: 'string' }, yes: { type: 'boolean', default: false } } }));
} catch (error) {
  fail((error as Error).message);
}
const email = values.email?.trim();
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) fail('--email must be an email address');
// Both tables, before anything is touched: without the second, every erasure would stop at its last step.
for (const name of [ENV.tableName, ENV.idempotencyTableName]) if (!process.env[name]) fail(`${name} must be set too (or neither, for the local stack)`);

const ids = await applicationIdsByEmail(email);
const auditEntries = await auditEntriesNaming(email);
if (ids.length === 0 && auditEntries.length === 0) {
  process.stdout.write('No application was found for that address, and no registry audit entry names it.\n');
  process.exit(0);
}
if (auditEntries.length > 0) process.stdout.write(`Found ${auditEntries.length} registry audit entr${auditEntries.length === 1 ? 'y' : 'ies'} naming the address (as a school contact).\n`);
process.stdout.write(`Found ${ids.length} application(s)${ids.length > 0 ? ':' : '.'}\n`);
for (const id of ids) {
  const application = await getApplication(id);
  process.stdout.write(`  ${id}  ${application?.status ?? 'missing'}${application?.erasedAt ? ` (erased ${application.erasedAt})` : ''}\n`);
}
if (!values.yes) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('Erase their personal data for good? Type "yes": ');
  rl.close();
  if (answer.trim().toLowerCase() !== 'yes') {
    process.stdout.write('Nothing erased.\n');
    process.exit(1);
  }
}
const now = new Date();
let erased = 0;
for (const id of ids) {
  const result = await eraseApplication(id, now);
  if (!result) {
    process.stdout.write(`  ${id}: not found\n`);
    continue;
  }
  erased += 1;
  process.stdout.write(
    `  ${id}: erased (fields removed ${result.fieldsRemoved}, items deleted ${result.itemsDeleted}, matches cleaned ${result.matchesCleaned}, ` +
      `follow-ups cleaned ${result.followUpsCleaned}, idempotency records deleted ${result.idempotencyRecordsDeleted}${result.released ? ', released from matching' : ''})\n`,
  );
}
process.stdout.write(`Erased ${erased} of ${ids.length} application(s).\n`);
if (auditEntries.length > 0) {
  const cleaned = await eraseFromAudit(email, now);
  process.stdout.write(`Removed the name and address from ${cleaned} registry audit entr${cleaned === 1 ? 'y' : 'ies'} (the entries stay).\n`);
}
