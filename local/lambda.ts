import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { functions, type FunctionName } from '#functions/catalog';

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

/** Imports a function's handler from the same entry file that CDK bundles. */
export async function loadHandler(name: FunctionName): Promise<LocalHandler> {
  const module = await import(pathToFileURL(resolve(repoRoot, functions[name].entry)).href);
  if (typeof module.handler !== 'function') throw new Error(`${functions[name].entry} exports no handler`);
  return module.handler;
}
