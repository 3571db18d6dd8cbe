import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
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

/** Imports a function's handler from the same entry file that CDK bundles. */
export async function loadHandler(name: FunctionName): Promise<LocalHandler> {
  const module = await import(pathToFileURL(resolve(repoRoot, functions[name].entry)).href);
  if (typeof module.handler !== 'function') throw new Error(`${functions[name].entry} exports no handler`);
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
