import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
// First: it points the SDK at the local stack unless TABLE_NAME says otherwise.
import './use-local-stack.ts';
import type { FieldError } from '#shared/platform/http/problem';
import { CSV_HEADER, parseSchoolsCsv, schoolsCsv } from '#shared/schools/csv';
import { addSchool, deactivateSchool, readSchool, updateSchool, type Outcome } from '#shared/schools/operations';
import { isActive, listSchools, type School } from '#shared/schools/registry';
import { EDITABLE_FIELDS, flatFromSchool, SCHOOL_FIELDS, type EditableField, type FlatSchool, type SchoolField } from '#shared/schools/registry-schema';
import { timeZoneOf } from '#shared/vocabulary/time-zones';

/*
 * npm run schools -- list [--format table|csv|json]
 * npm run schools -- add --id ID --name NAME [--name-latin NAME] --country FI|EE|LT|RU --city CITY
 *                        --coordinator-name NAME --coordinator-email ADDRESS --coordinator-language fi|en|et|lt|ru
 *                        [--deputy-name NAME --deputy-email ADDRESS --deputy-language LANGUAGE]
 * npm run schools -- update ID [--name …] [--coordinator-email …] … [--no-deputy]
 * npm run schools -- deactivate ID [--yes]
 * npm run schools -- import FILE.csv
 *
 * The school registry for programme staff and their scripts: the same operations as the staff
 * desk (shared/schools/operations.ts), each change written with its audit entry, `who` being
 * `cli:<OS user>`. With TABLE_NAME set it uses the SDK's standard configuration (credentials,
 * region, endpoint): against AWS, the deployed table. Without it, the local stack of `npm start`.
 * Invalid input names the field and writes nothing (exit code 1); a usage error exits with 2.
 */

const USAGE = `usage: npm run schools -- list [--format table|csv|json]
       npm run schools -- add --id ID --name NAME [--name-latin NAME] --country FI|EE|LT|RU --city CITY
                              --coordinator-name NAME --coordinator-email ADDRESS --coordinator-language fi|en|et|lt|ru
                              [--deputy-name NAME --deputy-email ADDRESS --deputy-language LANGUAGE]
       npm run schools -- update ID [--name NAME] [--coordinator-email ADDRESS] … [--no-deputy]
       npm run schools -- deactivate ID [--yes]
       npm run schools -- import FILE.csv   (a header row naming the columns: ${CSV_HEADER.join(',')})`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** `coordinator.email` → `coordinator-email`, `nameLatin` → `name-latin`; the id is `--id`. */
const flagOf = (field: SchoolField) => (field === 'schoolId' ? 'id' : field.replace('.', '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

const fieldOptions = Object.fromEntries(SCHOOL_FIELDS.map((field) => [flagOf(field), { type: 'string' as const }]));

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { ...fieldOptions, 'no-deputy': { type: 'boolean' }, yes: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    fail((error as Error).message);
  }
}

const who = `cli:${userInfo().username}`;
const { values, positionals } = parse(process.argv.slice(2));
const [command, ...rest] = positionals;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

/** The fields given as flags. */
function flags(fields: readonly SchoolField[]): FlatSchool {
  const flat: FlatSchool = {};
  for (const field of fields) {
    const value = (values as Record<string, unknown>)[flagOf(field)];
    if (typeof value === 'string') flat[field] = value;
  }
  return flat;
}

const errorLines = (errors: FieldError[]) => errors.map((e) => `  ${e.path} (--${flagOf(e.path as SchoolField)}): ${e.message}`).join('\n');

/** What an outcome says, one line; `invalid` with its fields. */
function describe(outcome: Outcome): string {
  switch (outcome.outcome) {
    case 'added':
      return `added ${outcome.school.schoolId}`;
    case 'updated':
      return `updated ${outcome.school.schoolId} (${outcome.changes.map((c) => c.field).join(', ')})`;
    case 'unchanged':
      return `unchanged ${outcome.school.schoolId}`;
    case 'deactivated':
      return `deactivated ${outcome.school.schoolId}: its open applications are being withdrawn, each applicant told why`;
    case 'inactive':
      return `${outcome.school.schoolId} was deactivated already (${outcome.school.deactivatedAt ?? 'earlier'})`;
    case 'not-found':
      return 'no school with that id';
    case 'invalid':
      return `invalid, nothing written:\n${errorLines(outcome.errors)}`;
  }
}

function finish(outcome: Outcome): never {
  const failed = outcome.outcome === 'invalid' || outcome.outcome === 'not-found';
  (failed ? process.stderr : process.stdout).write(`${describe(outcome)}\n`);
  process.exit(failed ? 1 : 0);
}

const contact = (person: School['coordinator'] | undefined) => (person ? `${person.name} <${person.email}> ${person.language}` : '-');

/** A plain text table, columns padded to their widest cell. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ')).join('\n') + '\n';
}

async function list() {
  const format = values.format ?? 'table';
  const schools = (await listSchools({ consistent: true })).sort((a, b) => a.country.localeCompare(b.country) || a.schoolId.localeCompare(b.schoolId));
  if (format === 'json') {
    const shown = schools.map((school) => {
      const { pk: _pk, sk: _sk, type: _type, ...fields } = school as School & { pk?: string; sk?: string; type?: string };
      return { ...fields, timeZone: timeZoneOf(school.country) };
    });
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  } else if (format === 'csv') {
    process.stdout.write(schoolsCsv(schools.map(flatFromSchool)));
  } else if (format === 'table') {
    const header = ['id', 'name', 'country', 'city', 'time zone', 'coordinator', 'deputy', 'active'];
    const rows = schools.map((s) => [s.schoolId, s.nameLatin ? `${s.name} (${s.nameLatin})` : s.name, s.country, s.city, timeZoneOf(s.country), contact(s.coordinator), contact(s.deputy), isActive(s) ? 'yes' : `no (since ${s.deactivatedAt?.slice(0, 10) ?? '?'})`]);
    process.stdout.write(table([header, ...rows]));
    process.stdout.write(`${schools.length} school(s)\n`);
  } else {
    fail('--format must be table, csv or json');
  }
}

async function importCsv(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = parseSchoolsCsv(text);
  if (!parsed.ok) fail(`${file}: ${parsed.error}`);
  const now = new Date();
  const counts = { added: 0, updated: 0, unchanged: 0, invalid: 0 };
  for (const row of parsed.rows) {
    const id = row.values.schoolId ?? '';
    const existing = id ? await readSchool(id) : undefined;
    const patch = Object.fromEntries(EDITABLE_FIELDS.filter((f) => row.values[f] !== undefined).map((f) => [f, row.values[f]!])) as Partial<Record<EditableField, string>>;
    const outcome = existing ? await updateSchool(id, patch, who, now) : await addSchool(row.values, who, now);
    const kind = outcome.outcome === 'added' || outcome.outcome === 'updated' || outcome.outcome === 'unchanged' ? outcome.outcome : 'invalid';
    counts[kind] += 1;
    process.stdout.write(`line ${row.line}: ${id || '(no id)'}: ${outcome.outcome === 'invalid' ? `invalid, nothing written: ${outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}` : describe(outcome)}\n`);
  }
  process.stdout.write(`${parsed.rows.length} row(s): ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.invalid} invalid\n`);
  process.exit(counts.invalid > 0 ? 1 : 0);
}

async function confirmDeactivation(id: string) {
  if (values.yes) return;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`Deactivate ${id}? Its open applications are withdrawn and each applicant told. Type "yes": `);
  rl.close();
  if (answer.trim().toLowerCase() !== 'yes') {
    process.stdout.write('Nothing changed.\n');
    process.exit(1);
  }
}

switch (command) {
  case 'list':
    await list();
    break;
  case 'add':
    if (rest.length > 0) fail(`add takes no arguments but flags (got ${rest.join(' ')})`);
    finish(await addSchool(flags(SCHOOL_FIELDS), who));
    break;
  case 'update': {
    const [id, ...extra] = rest;
    if (!id || extra.length > 0) fail('update takes one school id');
    if ((values as Record<string, unknown>).id !== undefined) fail('the id of a school cannot be changed');
    finish(await updateSchool(id, flags(EDITABLE_FIELDS) as Partial<Record<EditableField, string>>, who, new Date(), { removeDeputy: values['no-deputy'] === true }));
    break;
  }
  case 'deactivate': {
    const [id, ...extra] = rest;
    if (!id || extra.length > 0) fail('deactivate takes one school id');
    await confirmDeactivation(id);
    finish(await deactivateSchool(id, who));
    break;
  }
  case 'import': {
    const [file, ...extra] = rest;
    if (!file || extra.length > 0) fail('import takes one CSV file');
    await importCsv(file);
    break;
  }
  default:
    fail(command ? `unknown command ${command}` : 'a command is needed');
}
