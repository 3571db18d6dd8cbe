/**
 * `npm run bench` runs every benchmark; `npm run bench -- NAME…` runs some (bundles,
 * matching, round, api, e2e, load, signIn, board, cost). Each prints its figures as JSON and replaces its entry
 * in bench/results.json and bench/results.md. Targets are reported against, never asserted.
 *
 * Each benchmark runs in a process of its own: the in-process ones set the environment and
 * build module-level SDK clients for their own local stack, and a clean heap keeps the memory
 * figures of one from the garbage of another.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchApi, benchEndToEnd, benchLoad } from './api.ts';
import { benchBoard } from './board.ts';
import { benchBundles } from './bundles.ts';
import { benchCost } from './cost.ts';
import { benchMatching } from './matching.ts';
import { machine, readResults, saveResult, targetsTable } from './results.ts';
import { benchRound } from './round.ts';
import { benchSignIn } from './sign-in.ts';

const benchmarks: Record<string, () => Promise<Record<string, unknown>>> = {
  bundles: () => benchBundles(),
  matching: () => benchMatching(),
  round: () => benchRound(),
  api: () => benchApi(),
  e2e: () => benchEndToEnd(),
  load: () => benchLoad(),
  signIn: () => benchSignIn(),
  board: () => benchBoard(),
  cost: () => benchCost(),
};
const order = Object.keys(benchmarks);

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benchmarks));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${order.join(', ')}`);
  process.exit(2);
}

/** Whether `taskset` (util-linux) is here to pin a process to one core. */
const hasTaskset = () => spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;

if (wanted.length === 1) {
  const [name] = wanted as [string];
  // The matching targets are for one core: the benchmark runs again pinned to CPU 0, so V8's
  // compiler and garbage collector threads share that core with match() instead of using another.
  if (name === 'matching' && !process.env.LIIKE_BENCH_PINNED && hasTaskset()) {
    const child = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
      env: { ...process.env, LIIKE_BENCH_PINNED: 'cpu 0' },
    });
    process.exit(child.status ?? 1);
  }
  const started = Date.now();
  const result = await benchmarks[name]!();
  const entry = { ranAt: new Date().toISOString(), wallMs: Date.now() - started, machine: machine(), result: JSON.parse(JSON.stringify(result)) };
  console.log(JSON.stringify({ benchmark: name, ...entry }, null, 2));
  await saveResult(name, entry, order);
  // Run alone (not from the loop below, which prints every benchmark's at the end): its own targets.
  if (!process.env.LIIKE_BENCH_CHILD) {
    const own = targetsTable({ [name]: entry });
    if (own) console.log(`\nTargets\n${own}`);
  }
} else {
  let failed = 0;
  for (const name of wanted.length ? wanted : order) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
      env: { ...process.env, LIIKE_BENCH_CHILD: '1' },
    });
    if (child.status !== 0) {
      failed++;
      console.error(`benchmark ${name} failed (exit ${child.status ?? child.signal})`);
    }
  }
  // Every target next to its floor, from the latest run of each benchmark (bench/results.json).
  const targets = targetsTable(await readResults());
  if (targets) console.log(`\nTargets (bench/results.md)\n${targets}`);
  process.exit(failed ? 1 : 0);
}
