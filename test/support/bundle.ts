import { build, type BuildOptions, type Metafile, type OutputFile } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLING } from '#infra/bundling';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds entries as the CDK app bundles a function (infra/bundling.ts), in memory, with esbuild's
 * metafile; `overrides` changes what a test needs to read (e.g. unminified, UTF-8 letters).
 */
export async function buildLikeCdk(entryPoints: string[] | Record<string, string>, overrides: BuildOptions = {}): Promise<{ metafile: Metafile; outputFiles: OutputFile[] }> {
  const resolve = (entry: string) => path.join(ROOT, entry);
  const result = await build({
    ...BUNDLING,
    mainFields: [...BUNDLING.mainFields],
    banner: { js: BUNDLING.banner },
    entryPoints: Array.isArray(entryPoints) ? entryPoints.map(resolve) : Object.fromEntries(Object.entries(entryPoints).map(([name, entry]) => [name, resolve(entry)])),
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    write: false,
    metafile: true,
    logLevel: 'error',
    ...overrides,
  });
  return { metafile: result.metafile ?? { inputs: {}, outputs: {} }, outputFiles: result.outputFiles ?? [] };
}
