import { SCHOOL_FIELDS, type FlatSchool, type SchoolField } from './registry-schema.ts';

/*
 * The registry as CSV, for `npm run schools -- import FILE.csv`: RFC 4180 (fields separated by
 * commas, a field in double quotes may hold commas, line breaks and doubled quotes), UTF-8 with or
 * without a byte-order mark, CRLF or LF. The first row names the columns; a row is then a school.
 */

/** Column names as a spreadsheet has them: `coordinatorEmail`, `coordinator.email`, `Coordinator email` are one column. */
const columnKey = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const COLUMNS = new Map<string, SchoolField>(SCHOOL_FIELDS.map((field) => [columnKey(field), field]));

/** The header row as written in the docs and by `npm run schools -- list --format csv`. */
export const CSV_HEADER = SCHOOL_FIELDS.map((field) => field.replace(/\.(\w)/, (_m, c: string) => c.toUpperCase()));

export interface CsvRow {
  /** The line the row starts on (1 is the header), for reports. */
  line: number;
  /** Only the columns the file has: a column left out changes nothing on an update. */
  values: FlatSchool;
}

export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; error: string };

/** Splits CSV text into records, each with the line it starts on; a quote left open is an error. */
export function csvRecords(text: string): { line: number; fields: string[] }[] | string {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let fieldStarted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      start = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return `line ${start}: a quoted field is not closed`;
  if (fieldStarted || fields.length > 0) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  // Blank lines (a trailing newline, a gap) are no rows.
  return records.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
}

/** The rows of a registry CSV, each as the flat fields its header names. */
export function parseSchoolsCsv(text: string): CsvParse {
  const records = csvRecords(text);
  if (typeof records === 'string') return { ok: false, error: records };
  const [header, ...rows] = records;
  if (!header) return { ok: false, error: 'the file is empty: the first row must name the columns' };
  const columns = header.fields.map((name) => COLUMNS.get(columnKey(name)));
  const unknown = header.fields.filter((_, i) => columns[i] === undefined);
  if (unknown.length > 0) return { ok: false, error: `unknown column(s) ${unknown.map((u) => JSON.stringify(u)).join(', ')}; the columns are ${CSV_HEADER.join(', ')}` };
  const twice = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (twice.length > 0) return { ok: false, error: `column ${twice[0]} is named twice` };
  if (!columns.includes('schoolId')) return { ok: false, error: 'the column schoolId is missing: it says which school a row is' };
  const parsed: CsvRow[] = [];
  for (const row of rows) {
    if (row.fields.length !== columns.length) return { ok: false, error: `line ${row.line}: ${row.fields.length} fields, the header has ${columns.length}` };
    const values: FlatSchool = {};
    columns.forEach((column, i) => (values[column!] = row.fields[i]!.trim()));
    parsed.push({ line: row.line, values });
  }
  return { ok: true, rows: parsed };
}

/** One field for a CSV file: quoted when it holds a comma, a quote or a line break. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Schools as CSV with the import's header, so a listing can be edited and imported again. */
export function schoolsCsv(rows: readonly FlatSchool[]): string {
  return [CSV_HEADER, ...rows.map((row) => SCHOOL_FIELDS.map((field) => row[field] ?? ''))].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
