import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';

/*
 * Structured JSON logs, one line per entry, with the fields Powertools' logger wrote (level,
 * message, timestamp, service, cold_start, function_*, xray_trace_id), so log queries stay the
 * same. Our own: Powertools' logger is 21 KB in every bundle for the little Liike uses of it (four
 * levels, keys appended per invocation, the Lambda context).
 *
 * The level comes from POWERTOOLS_LOG_LEVEL, else LOG_LEVEL, else Lambda's own AWS_LAMBDA_LOG_LEVEL;
 * INFO by default. CRITICAL or SILENT silence all but the worst, or everything.
 */

const LEVELS = { TRACE: 6, DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, CRITICAL: 24, SILENT: 28 } as const;
type Level = keyof typeof LEVELS;

function threshold(): number {
  const named = (process.env.POWERTOOLS_LOG_LEVEL ?? process.env.LOG_LEVEL ?? process.env.AWS_LAMBDA_LOG_LEVEL ?? '').toUpperCase();
  return named in LEVELS ? LEVELS[named as Level] : LEVELS.INFO;
}

type Fields = Record<string, unknown>;

/** An error as JSON: its name, message, stack and cause (JSON.stringify alone writes `{}`); a cause chain that loops ends. */
function errorFields(error: Error, seen = new Set<Error>()): Fields {
  seen.add(error);
  const { name, message, stack, cause } = error;
  const causeField = cause === undefined ? {} : { cause: cause instanceof Error ? (seen.has(cause) ? '[Circular]' : errorFields(cause, seen)) : cause };
  return { ...error, name, message, stack, ...causeField };
}

/**
 * A log line never throws: circular values are cut, BigInts written as strings, errors at any
 * depth written with errorFields (a log call that threw would turn a handled failure into a crash).
 */
function serialise(entry: Fields): string {
  const seen = new WeakSet<object>();
  const replacer = (_key: string, value: unknown): unknown => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    return value instanceof Error ? errorFields(value) : value;
  };
  try {
    return JSON.stringify(entry, replacer);
  } catch (error) {
    return JSON.stringify({ level: entry.level, message: entry.message, timestamp: entry.timestamp, service: entry.service, log_error: String(error) });
  }
}

const withErrors = (fields: Fields): Fields =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value instanceof Error ? errorFields(value) : value]));

/** The X-Ray trace of this invocation (Lambda sets it per request), as Powertools logged it. */
const traceId = () => process.env._X_AMZN_TRACE_ID?.split(';')[0]?.replace('Root=', '') || undefined;

class Logger {
  readonly #service: string;
  readonly #level = threshold();
  #keys: Fields = {};
  #context: Context | undefined;
  /** Whether the current invocation is the first in this process. */
  #cold: boolean | undefined;

  constructor(service: string) {
    this.#service = service;
  }

  /** Keys added to every entry until the next invocation (the event id, its type). */
  appendKeys(keys: Fields): void {
    Object.assign(this.#keys, keys);
  }

  /** Called by the middleware at the start of each invocation: its context, and the last one's keys gone. */
  begin(context: Context | undefined): void {
    this.#cold = this.#cold === undefined;
    this.#context = context;
    this.#keys = {};
  }

  debug(message: string, extra?: Fields | Error): void {
    this.#write('DEBUG', message, extra);
  }
  info(message: string, extra?: Fields | Error): void {
    this.#write('INFO', message, extra);
  }
  warn(message: string, extra?: Fields | Error): void {
    this.#write('WARN', message, extra);
  }
  error(message: string, extra?: Fields | Error): void {
    this.#write('ERROR', message, extra);
  }

  #write(level: Level, message: string, extra: Fields | Error | undefined): void {
    if (LEVELS[level] < this.#level) return;
    const context = this.#context;
    const entry = {
      level,
      message,
      timestamp: new Date().toISOString(),
      service: this.#service,
      cold_start: context ? this.#cold : undefined,
      function_arn: context?.invokedFunctionArn,
      function_memory_size: context ? Number(context.memoryLimitInMB) || undefined : undefined,
      function_name: context?.functionName,
      function_request_id: context?.awsRequestId,
      xray_trace_id: traceId(),
      ...this.#keys,
      ...(extra instanceof Error ? { error: errorFields(extra) } : extra ? withErrors(extra) : {}),
    };
    const line = `${serialise(entry)}\n`;
    // As Powertools (through console): warnings and errors on stderr, the rest on stdout.
    (LEVELS[level] >= LEVELS.WARN ? process.stderr : process.stdout).write(line);
  }
}

/** One logger for every function. Log ids and states only: never names, emails or free text. */
export const logger = new Logger('liike');

/** Middy middleware: each invocation logs with its Lambda context, without the last one's keys. */
export const lambdaContext = (): MiddlewareObj<unknown, unknown, Error, Context> => ({
  before: async (request) => {
    logger.begin(request.context);
  },
});
