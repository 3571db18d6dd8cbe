/**
 * Bundle size and cold init of every Lambda function, built exactly as the CDK app builds them
 * (infra/bundling.ts), each next to a baseline: a bundle that only imports the SDK clients the
 * function uses and builds them. The difference is what our code and its other dependencies add.
 *
 * Cold init: a fresh Node process imports the bundle (which builds its clients at module load,
 * as on Lambda) and reports the import time; median of 10 processes. The process start itself
 * (about 40 ms for Node here) is excluded, as Lambda's runtime start is not ours to change.
 *
 * Issue 17's target: each function's bundle and cold init at most 1.25x its baseline. A function
 * that builds no SDK client has a baseline of a few bytes, against which a ratio says nothing; its
 * floor is the baseline plus the same absolute room the cheapest SDK function gets (a quarter of
 * the smallest SDK-only baseline of the run), with a limit of 1: it may add what any other
 * function may add at least, and no more.
 *
 *   npm run bench -- bundles
 */
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { functions, type FunctionDef } from '#functions/catalog';
import { ENV } from '#shared/platform/config';
import { BUNDLING } from '#infra/bundling';
import { targetRow, type TargetRow } from './results.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);
const RUNS = 10;
/** Issue 17: bundle and cold init at most this many times the SDK-only baseline's. */
const LIMIT = 1.25;

/** Whether a function builds any SDK client (its catalog entry grants it a table, SES or the bus). */
const hasSdkClient = (def: FunctionDef) => Boolean(def.table || def.idempotency || def.email || def.bus);

/** The SDK clients a function builds at load, from its catalog entry (what it is granted). */
function baselineSource(def: FunctionDef): string {
  const lines: string[] = [];
  if (def.table || def.idempotency) {
    lines.push(
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';",
      'export const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
    );
  }
  if (def.email) lines.push("import { SESClient } from '@aws-sdk/client-ses';", 'export const ses = new SESClient({});');
  if (def.bus) {
    lines.push("import { EventBridgeClient } from '@aws-sdk/client-eventbridge';", 'export const eb = new EventBridgeClient({});');
  }
  lines.push('export const handler = async () => ({});');
  return lines.join('\n');
}

async function bundle(entry: { file: string } | { source: string }, outfile: string) {
  const result = await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.source, resolveDir: ROOT, loader: 'ts' } }),
    ...BUNDLING,
    mainFields: [...BUNDLING.mainFields],
    banner: { js: BUNDLING.banner },
    bundle: true,
    platform: 'node',
    outfile,
    metafile: true,
    logLevel: 'error',
  });
  const bytes = (await readFile(outfile)).byteLength;
  const gzip = gzipSync(await readFile(outfile)).byteLength;
  // Largest contributors, by package (or by our own top folder), to say where the bytes go.
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const byPackage = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file.split('/').slice(0, 2).join('/');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
  }
  return { bytes, gzip, byPackage, largest: top(byPackage, 4) };
}

/** The `n` largest entries of a byte count, as "name 12.3 KB". */
const top = (counts: Map<string, number>, n: number) =>
  [...counts]
    .filter(([, size]) => size >= 512)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, size]) => `${name} ${kb(size)} KB`);

/** What a bundle has beyond its baseline, by package or by our own top folder. */
function above(own: Map<string, number>, base: Map<string, number>) {
  const extra = new Map<string, number>();
  for (const [name, size] of own) extra.set(name, size - (base.get(name) ?? 0));
  return extra;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// Runs in the fresh process: time to import the bundle, which builds its clients at load.
const IMPORT_TIMER =
  "const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));";

/** What a function finds in its environment on Lambda (names only; nothing is called). */
const benchEnv = () => ({
  PATH: process.env.PATH,
  AWS_REGION: 'eu-north-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  [ENV.tableName]: 'bench',
  [ENV.idempotencyTableName]: 'bench',
  [ENV.busName]: 'bench',
  [ENV.publicBaseUrl]: 'https://liike.example',
  [ENV.mailFrom]: 'no-reply@liike.example',
  [ENV.sesConfigurationSet]: 'bench',
});

/** Median import times of two bundles, their processes alternating. */
async function coldInitPair(file: string, baseline: string): Promise<[number, number]> {
  const env = benchEnv();
  const once = async (f: string) => Number((await run(process.execPath, ['--input-type=module', '-e', IMPORT_TIMER, f], { env })).stdout);
  const own: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    own.push(await once(file));
    base.push(await once(baseline));
  }
  return [Math.round(median(own) * 10) / 10, Math.round(median(base) * 10) / 10];
}

/**
 * Where a function's cold init goes: CPU profiles (`node --cpu-prof`, 50 µs) of importing its
 * bundle built unminified (the same code; its `// path` comments name each module), self time by
 * what runs: each module's top-level code, functions by the module defining them (our top folder,
 * or the package), Node's own loading, compilation and garbage collection. Mean of `runs`.
 */
async function initProfile(entry: string, dir: string, runs = 5): Promise<string[]> {
  const file = path.join(dir, 'profiled.mjs');
  await build({
    entryPoints: [entry],
    ...BUNDLING,
    minify: false,
    mainFields: [...BUNDLING.mainFields],
    banner: { js: BUNDLING.banner },
    bundle: true,
    platform: 'node',
    outfile: file,
    logLevel: 'error',
  });
  const lines = (await readFile(file, 'utf8')).split('\n');
  const moduleAt: string[] = [];
  let current = 'esbuild runtime';
  for (const [i, line] of lines.entries()) {
    const source = /^\/\/ (\S+\/\S+\.(?:ts|js|mjs|cjs|json))$/.exec(line)?.[1];
    if (source) current = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? source.split('/').slice(0, source.startsWith('shared/') ? 2 : 1).join('/');
    moduleAt[i] = current;
  }
  const totals = new Map<string, number>();
  const add = (key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms / runs);
  for (let r = 0; r < runs; r++) {
    const profiles = path.join(dir, `profile-${r}`);
    await run(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '50', '--cpu-prof-dir', profiles, '--input-type=module', '-e', IMPORT_TIMER, file], { env: benchEnv() });
    const [name] = await readdir(profiles);
    const profile = JSON.parse(await readFile(path.join(profiles, name!), 'utf8')) as {
      nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number }; positionTicks?: { line: number; ticks: number }[] }[];
      samples: number[];
      timeDeltas: number[];
    };
    const selfMs = new Map<number, number>();
    profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
    for (const node of profile.nodes) {
      const ms = selfMs.get(node.id) ?? 0;
      if (!ms) continue;
      const { url, functionName, lineNumber } = node.callFrame;
      if (!url.endsWith('profiled.mjs')) add(url.startsWith('node:') ? "Node's module loading" : url || functionName || '(anonymous)', ms);
      else if (lineNumber === 0 && !functionName && node.positionTicks?.length) {
        // The bundle's top level: shared out by the line each sample was on.
        const ticks = node.positionTicks.reduce((sum, p) => sum + p.ticks, 0);
        for (const p of node.positionTicks) add(`${moduleAt[p.line - 1]} (top level)`, (ms * p.ticks) / ticks);
      } else add(moduleAt[lineNumber] ?? '?', ms);
    }
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([what, ms]) => `${what} ${Math.round(ms * 10) / 10} ms`);
}

export async function benchBundles(): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'liike-bundles-'));
  try {
    const measured = [];
    for (const [name, def] of Object.entries(functions) as [string, FunctionDef][]) {
      const own = await bundle({ file: path.join(ROOT, def.entry) }, path.join(dir, `${name}.mjs`));
      const base = await bundle({ source: baselineSource(def) }, path.join(dir, `${name}.baseline.mjs`));
      // Side by side: the function's processes and its baseline's alternate, so load on the machine hits both alike.
      const [ownInit, baseInit] = await coldInitPair(path.join(dir, `${name}.mjs`), path.join(dir, `${name}.baseline.mjs`));
      measured.push({ name, own, base, ownInit, baseInit, sdk: hasSdkClient(def) });
    }
    // The room a function without SDK clients gets: what the cheapest SDK function may add.
    const sdk = measured.filter((m) => m.sdk);
    const roomBytes = (LIMIT - 1) * Math.min(...sdk.map((m) => m.base.bytes));
    const roomMs = (LIMIT - 1) * Math.min(...sdk.map((m) => m.baseInit));
    const targets: TargetRow[] = [];
    const rows = [];
    for (const { name, own, base, ownInit, baseInit, sdk: usesSdk } of measured) {
      const floorKB = usesSdk ? kb(base.bytes) : kb(base.bytes + roomBytes);
      const floorMs = usesSdk ? baseInit : baseInit + roomMs;
      const limit = usesSdk ? LIMIT : 1;
      const floorIs = usesSdk
        ? 'SDK-only bundle of the same clients'
        : `no SDK client: empty bundle + ${LIMIT - 1} x the smallest SDK-only bundle of the run`;
      targets.push(targetRow(`${name} bundle`, kb(own.bytes), floorKB, limit, 'KB', floorIs));
      targets.push(targetRow(`${name} cold init`, ownInit, Math.round(floorMs * 10) / 10, limit, 'ms', floorIs));
      rows.push({
        function: name,
        sizeKB: kb(own.bytes),
        gzipKB: kb(own.gzip),
        baselineKB: kb(base.bytes),
        coldInitMs: ownInit,
        baselineInitMs: baseInit,
        largest: own.largest.join(', '),
        // Where the bytes above the SDK-only bundle go (our folders, and packages the baseline has not).
        aboveBaseline: top(above(own.byPackage, base.byPackage), 5).join(', '),
      });
    }
    // A profile of the function whose cold init is furthest over its floor: where that time goes.
    const worst = targets.filter((t) => t.unit === 'ms').sort((x, y) => y.ratio - x.ratio)[0];
    const worstName = worst?.target.replace(/ cold init$/, '');
    const worstDef = worstName ? (functions as Record<string, FunctionDef>)[worstName] : undefined;
    const profile = worstDef ? { function: worstName, selfTime: await initProfile(path.join(ROOT, worstDef.entry), dir) } : undefined;
    return {
      method:
        `esbuild with the CDK app's options (infra/bundling.ts), minified, ESM, node22; cold init = import time in a fresh Node ${process.version} process, median of ${RUNS}, ` +
        `the function's and its baseline's processes alternating; baseline = only the SDK clients the function uses, built. Target (issue 17): bundle and cold init <= ${LIMIT}x the baseline. ` +
        `A function that builds no SDK client (its baseline is an empty module) may add the same absolute room as the cheapest SDK function: ` +
        `floor = baseline + ${LIMIT - 1} x the smallest SDK-only baseline of the run (${kb(roomBytes)} KB, ${Math.round(roomMs * 10) / 10} ms), limit 1. ` +
        `aboveBaseline: bytes beyond the baseline, by package or by our own top folder.`,
      targets,
      functions: rows,
      ...(profile ? { coldInitProfile: { function: profile.function, 'self time of one cold import (mean of 5 CPU profiles, unminified bundle)': profile.selfTime.join(', ') } } : {}),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
