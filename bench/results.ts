/**
 * The benchmark results kept in the repository: bench/results.json holds the latest figures of
 * each benchmark (running one benchmark replaces only its own entry), and bench/results.md is
 * rendered from it, so the two never disagree.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));
export const RESULTS_JSON = path.join(DIR, 'results.json');
export const RESULTS_MD = path.join(DIR, 'results.md');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface Entry {
  ranAt: string;
  wallMs: number;
  machine: string;
  result: Record<string, Json>;
}
type Results = Record<string, Entry>;

export const machine = () =>
  `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;

export async function saveResult(name: string, entry: Entry, order: readonly string[]): Promise<void> {
  const results: Results = await readFile(RESULTS_JSON, 'utf8').then(JSON.parse, () => ({}));
  results[name] = entry;
  // Registry order first, then anything older that is no longer registered.
  const sorted: Results = {};
  for (const key of [...order, ...Object.keys(results)]) if (results[key]) sorted[key] = results[key];
  await writeFile(RESULTS_JSON, `${JSON.stringify(sorted, null, 2)}\n`);
  await writeFile(RESULTS_MD, renderMarkdown(sorted));
}

const isRecord = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const cell = (v: Json | undefined): string =>
  v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v).replace(/\|/g, '\\|');

function table(rows: { [key: string]: Json }[]): string[] {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((c) => cell(r[c])).join(' | ')} |`),
  ];
}

/** Nested objects become dotted names in one figure/value table. */
function flatten(value: { [key: string]: Json }, prefix = ''): [string, Json][] {
  return Object.entries(value).flatMap(([key, v]): [string, Json][] =>
    isRecord(v) ? flatten(v, `${prefix}${key}.`) : [[`${prefix}${key}`, v]],
  );
}

export function renderMarkdown(results: Results): string {
  const out = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (one benchmark: `npm run bench -- NAME`); the same figures are in',
    '`results.json`. Targets are reported against here, never asserted in tests.',
  ];
  for (const [name, { ranAt, wallMs, machine, result }] of Object.entries(results)) {
    out.push('', `## ${name}`, '', `Ran ${ranAt} in ${Math.round(wallMs / 1000)} s on ${machine}.`);
    const { method, ...figures } = result;
    if (typeof method === 'string') out.push('', `How: ${method}`);
    const scalars: [string, Json][] = [];
    for (const [key, value] of Object.entries(figures)) {
      if (Array.isArray(value) && value.every(isRecord)) out.push('', `### ${key}`, '', ...table(value as { [key: string]: Json }[]));
      else if (isRecord(value)) {
        out.push('', `### ${key}`, '', ...table(flatten(value).map(([figure, v]) => ({ figure, value: v }))));
      } else scalars.push([key, value]);
    }
    if (scalars.length) out.push('', ...table(scalars.map(([figure, value]) => ({ figure, value }))));
  }
  return `${out.join('\n')}\n`;
}
