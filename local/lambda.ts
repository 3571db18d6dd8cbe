import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { functions, type FunctionName } from '#functions/catalog';
import { invocation } from './grants.ts';

export const repoRoot = resolve(import.meta.dirname, '..');

/** A Lambda context for a local invocation, with the 30 s budget API Gateway gives a handler. */
export function lambdaContext(functionName: string, timeoutMs = 30_000): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

// eslint-style `any`: each handler has its own event type; the callers build the right one.
export type LocalHandler = (event: any, context: Context) => Promise<any>;

/** One local invocation as an observer sees it (API handlers also give their route key). */
export interface InvocationRecord {
  name: FunctionName;
  route?: string;
  ms: number;
  ok: boolean;
}

/** Called after every invocation of a loaded handler (benchmarks count and time them); empty by default. */
export const invocationObservers = new Set<(record: InvocationRecord) => void>();

/**
 * With LIIKE_HANDLERS=cdk.out, the handlers are the bundles `cdk synth` built for Lambda (found
 * through the stateless template's asset metadata), so the tests run against what deploys.
 */
function bundledEntries(): Map<string, string> | undefined {
  if (process.env.LIIKE_HANDLERS !== 'cdk.out') return undefined;
  const out = resolve(repoRoot, 'cdk.out');
  let template: { Resources: Record<string, { Type: string; Metadata?: Record<string, string> }> };
  try {
    template = JSON.parse(readFileSync(join(out, 'LiikeStateless.template.json'), 'utf8'));
  } catch {
    throw new Error('LIIKE_HANDLERS=cdk.out: run `npx cdk synth --quiet` first (no cdk.out/LiikeStateless.template.json)');
  }
  const entries = new Map<string, string>();
  for (const resource of Object.values(template.Resources)) {
    const path = /^LiikeStateless\/(\w+)\/Function\/Resource$/.exec(resource.Metadata?.['aws:cdk:path'] ?? '');
    const asset = resource.Metadata?.['aws:asset:path'];
    if (resource.Type === 'AWS::Lambda::Function' && path && asset) entries.set(path[1]!, join(out, asset, 'index.mjs'));
  }
  return entries;
}
let bundled: Map<string, string> | undefined | null = null;

/** Imports a function's handler from the same entry file that CDK bundles (or, see above, the bundle). */
export async function loadHandler(name: FunctionName): Promise<LocalHandler> {
  if (bundled === null) bundled = bundledEntries();
  const file = bundled ? bundled.get(name) : resolve(repoRoot, functions[name].entry);
  if (!file) throw new Error(`cdk.out has no bundle of ${name}: synthesize again`);
  const module = await import(pathToFileURL(file).href);
  if (typeof module.handler !== 'function') throw new Error(`${file} exports no handler`);
  const handler: LocalHandler = (event, context) => invocation.run(name, () => module.handler(event, context));
  return async (event, context) => {
    if (invocationObservers.size === 0) return handler(event, context);
    const started = performance.now();
    let ok = false;
    try {
      const result = await handler(event, context);
      ok = true;
      return result;
    } finally {
      const route = typeof event?.routeKey === 'string' ? (event.routeKey as string) : undefined;
      const record: InvocationRecord = { name, ms: performance.now() - started, ok, ...(route ? { route } : {}) };
      for (const observe of invocationObservers) observe(record);
    }
  };
}
