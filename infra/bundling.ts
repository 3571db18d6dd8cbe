/**
 * How every Lambda function is bundled, defined once: the CDK app passes these options to
 * NodejsFunction (esbuild), and the bundle benchmark builds with the same ones, so the sizes
 * and cold starts it reports are those of what would be deployed.
 */
export const BUNDLING = {
  format: 'esm',
  target: 'node22',
  // ESM builds of dependencies first: they tree-shake better than their CommonJS builds.
  mainFields: ['module', 'main'],
  // Some CommonJS dependencies call require(); ESM output has none without this shim.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  minify: true,
} as const;
