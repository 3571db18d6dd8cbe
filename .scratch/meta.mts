import { build } from 'esbuild';
const r = await build({ entryPoints: ['web/src/apply.ts'], bundle: true, minify: true, format: 'esm', write: false, metafile: true, charset: 'utf8', platform: 'browser', target: ['chrome100'], tsconfig: 'web/tsconfig.json' });
const out = Object.values(r.metafile.outputs)[0]!;
const by: Record<string, number> = {};
for (const [f, v] of Object.entries(out.inputs)) { const k = f.includes('node_modules') ? f.split('node_modules/')[1]!.split('/').slice(0, 2).join('/') : f; by[k] = (by[k] ?? 0) + v.bytesInOutput; }
for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1024).toFixed(1), k);
