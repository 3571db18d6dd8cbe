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

/**
 * One target of issue 17: a figure measured in the same run as its floor, their ratio, and the
 * ratio allowed. A benchmark returns its rows as `targets`; `npm run bench` prints every row of
 * every benchmark in one table, and bench/results.md opens with it.
 */
export interface TargetRow {
  /** What is measured, in words ("createApplication bundle"). */
  target: string;
  /** The figure and its floor, in `unit`. */
  measured: number;
  floor: number;
  unit: string;
  /** What the floor is ("SDK-only bundle of the same clients"). */
  floorIs: string;
  ratio: number;
  /** Largest ratio that passes. */
  limit: number;
  verdict: 'PASS' | 'MISS';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A target row: measured / floor against limit. A floor of 0 (nothing to compare) passes only a measured 0. */
export function targetRow(target: string, measured: number, floor: number, limit: number, unit: string, floorIs: string): TargetRow {
  const ratio = floor > 0 ? measured / floor : measured > 0 ? Number.POSITIVE_INFINITY : 1;
  return {
    target,
    measured: round2(measured),
    floor: round2(floor),
    unit,
    floorIs,
    ratio: Number.isFinite(ratio) ? round2(ratio) : 999,
    limit,
    verdict: ratio <= limit ? 'PASS' : 'MISS',
  };
}

/**
 * A target that is an absolute bound rather than a ratio (issue 17's "p99 <= 1 s"): the floor is
 * the bound itself, so the ratio reads as the share of it used.
 */
export const boundRow = (target: string, measured: number, bound: number, unit: string, floorIs: string): TargetRow =>
  targetRow(target, measured, bound, 1, unit, floorIs);
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
  const results = await readResults();
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

const isTargetRow = (v: Json): boolean => isRecord(v) && typeof v.verdict === 'string' && typeof v.ratio === 'number';

/** Every benchmark's `targets` rows, tagged with the benchmark's name, in registry order. */
export function targetRows(results: Results): { [key: string]: Json }[] {
  return Object.entries(results).flatMap(([name, { result }]) => {
    const rows = result.targets;
    return Array.isArray(rows) ? rows.filter(isTargetRow).map((row) => ({ benchmark: name, ...(row as { [key: string]: Json }) })) : [];
  });
}

/** The targets table as printed at the end of `npm run bench`. */
export function targetsTable(results: Results): string {
  const rows = targetRows(results);
  if (!rows.length) return '';
  const pass = rows.filter((r) => r.verdict === 'PASS').length;
  return [...table(rows), '', `${pass} of ${rows.length} PASS`].join('\n');
}

export async function readResults(): Promise<Results> {
  return readFile(RESULTS_JSON, 'utf8').then(JSON.parse, () => ({}));
}

export function renderMarkdown(results: Results): string {
  const out = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (one benchmark: `npm run bench -- NAME`); the same figures are in',
    '`results.json`. Targets are reported against here, never asserted in tests.',
  ];
  const targets = targetsTable(results);
  if (targets) {
    out.push(
      '',
      '## Targets',
      '',
      'Each figure against a floor measured in the same run (ratio = measured / floor; PASS when the',
      'ratio is at most the limit). Rows come from the benchmarks below, each from its latest run.',
      '',
      targets,
    );
  }
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
