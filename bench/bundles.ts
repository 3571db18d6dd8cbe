/**
 * Bundle size and cold init of every Lambda function, built exactly as the CDK app builds them
 * (infra/bundling.ts), each next to a baseline: a bundle that only imports the SDK clients the
 * function uses and builds them. The difference is what our code and its other dependencies add.
 *
 * Cold init: a fresh Node process imports the bundle (which builds its clients at module load,
 * as on Lambda) and reports the import time; median of 10 processes. The process start itself
 * (about 40 ms for Node here) is excluded, as Lambda's runtime start is not ours to change.
 *
 *   npm run bench -- bundles
 */
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { functions, type FunctionDef } from '#functions/catalog';
import { ENV } from '#shared/platform/config';
import { BUNDLING } from '#infra/bundling';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);
const RUNS = 10;
const TARGET_KB = 250;
const TARGET_INIT_MS = 80;

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
  const largest = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, size]) => `${name} ${kb(size)} KB`);
  return { bytes, gzip, largest };
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// Runs in the fresh process: time to import the bundle, which builds its clients at load.
const IMPORT_TIMER =
  "const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));";

async function coldInitMs(file: string): Promise<number> {
  const env = {
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
  };
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', IMPORT_TIMER, file], { env });
    times.push(Number(stdout));
  }
  return Math.round(median(times) * 10) / 10;
}

export async function benchBundles(): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'liike-bundles-'));
  try {
    const rows = [];
    for (const [name, def] of Object.entries(functions) as [string, FunctionDef][]) {
      const own = await bundle({ file: path.join(ROOT, def.entry) }, path.join(dir, `${name}.mjs`));
      const base = await bundle({ source: baselineSource(def) }, path.join(dir, `${name}.baseline.mjs`));
      rows.push({
        function: name,
        sizeKB: kb(own.bytes),
        gzipKB: kb(own.gzip),
        baselineKB: kb(base.bytes),
        withinSizeTarget: own.bytes <= TARGET_KB * 1024,
        coldInitMs: await coldInitMs(path.join(dir, `${name}.mjs`)),
        baselineInitMs: await coldInitMs(path.join(dir, `${name}.baseline.mjs`)),
        largest: own.largest.join(', '),
      });
    }
    return {
      method: `esbuild with the CDK app's options (infra/bundling.ts), minified, ESM, node22; cold init = import time in a fresh Node ${process.version} process, median of ${RUNS}; baseline = only the SDK clients the function uses, built`,
      targets: { sizeKB: TARGET_KB, coldInitMs: TARGET_INIT_MS },
      functions: rows,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
