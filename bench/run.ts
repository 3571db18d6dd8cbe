/**
 * `npm run bench` runs every benchmark; `npm run bench -- matching` (or `round`, `bundles`) runs one.
 * Figures are printed as JSON; targets are reported against, never asserted.
 */
import { benchBundles } from './bundles.ts';
import { benchMatching } from './matching.ts';
import { benchRound } from './round.ts';

const benchmarks: Record<string, () => Promise<Record<string, unknown>>> = {
  bundles: () => benchBundles(),
  matching: () => benchMatching(),
  round: () => benchRound(),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benchmarks));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${Object.keys(benchmarks).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(benchmarks)) {
  const started = Date.now();
  const result = await benchmarks[name]!();
  console.log(JSON.stringify({ benchmark: name, wallMs: Date.now() - started, ...result }, null, 2));
}
