import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The logger afresh (it reads its level at load), with what it writes to stdout and stderr. */
async function freshLogger(level?: string) {
  vi.resetModules();
  if (level === undefined) delete process.env.POWERTOOLS_LOG_LEVEL;
  else process.env.POWERTOOLS_LOG_LEVEL = level;
  const lines: { stream: 'out' | 'err'; entry: Record<string, any> }[] = [];
  const capture = (stream: 'out' | 'err') => (chunk: string | Uint8Array) => {
    lines.push({ stream, entry: JSON.parse(String(chunk)) });
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture('out') as typeof process.stdout.write);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture('err') as typeof process.stderr.write);
  const module = await import('#shared/platform/logger');
  const invoke = (context: Partial<Context>) => module.lambdaContext().before!({ context } as never);
  return { ...module, invoke, lines };
}

const saved = process.env.POWERTOOLS_LOG_LEVEL;
afterEach(() => {
  vi.restoreAllMocks();
  if (saved === undefined) delete process.env.POWERTOOLS_LOG_LEVEL;
  else process.env.POWERTOOLS_LOG_LEVEL = saved;
});

describe('the logger', () => {
  it('never throws on what JSON cannot write: a circular value, a BigInt, a cause that loops, an error deep inside', async () => {
    const { logger, lines } = await freshLogger('INFO');
    const circular: Record<string, unknown> = { id: 'x' };
    circular.self = circular;
    const looping = new Error('outer');
    looping.cause = new Error('inner', { cause: looping });
    expect(() => logger.warn('odd values', { circular, count: 10n, nested: { errors: [new Error('deep')] } })).not.toThrow();
    expect(() => logger.error('a loop of causes', looping)).not.toThrow();
    expect(lines[0]!.entry).toMatchObject({ circular: { id: 'x', self: '[Circular]' }, count: '10', nested: { errors: [{ name: 'Error', message: 'deep' }] } });
    expect(lines[1]!.entry.error).toMatchObject({ message: 'outer', cause: { message: 'inner', cause: '[Circular]' } });
  });

  it("writes one JSON line per entry with the invocation's context and keys, which the next invocation does not inherit", async () => {
    const { logger, invoke, lines } = await freshLogger('INFO');
    await invoke({ functionName: 'notifyCoordinator', awsRequestId: 'r1', invokedFunctionArn: 'arn:f', memoryLimitInMB: '512' });
    logger.appendKeys({ eventId: 'e1' });
    logger.info('receipt sent', { applicationId: 'a1' });
    await invoke({ functionName: 'notifyCoordinator', awsRequestId: 'r2' });
    logger.info('receipt sent', { applicationId: 'a2' });
    expect(lines.map((l) => l.entry)).toEqual([
      expect.objectContaining({ level: 'INFO', message: 'receipt sent', service: 'liike', cold_start: true, function_name: 'notifyCoordinator', function_request_id: 'r1', function_arn: 'arn:f', function_memory_size: 512, eventId: 'e1', applicationId: 'a1' }),
      expect.objectContaining({ cold_start: false, function_request_id: 'r2', applicationId: 'a2' }),
    ]);
    expect(lines[1]!.entry).not.toHaveProperty('eventId');
    expect(lines.every((l) => l.stream === 'out')).toBe(true);
  });

  it('writes errors with their name, message, stack and cause, on stderr', async () => {
    const { logger, lines } = await freshLogger();
    logger.warn('database unavailable', Object.assign(new Error('refused', { cause: new Error('socket') }), { code: 'ECONNREFUSED' }));
    logger.error('PutEvents call failed', { error: new TypeError('bad'), attempt: 2 });
    expect(lines).toEqual([
      {
        stream: 'err',
        entry: expect.objectContaining({
          level: 'WARN',
          error: expect.objectContaining({ name: 'Error', message: 'refused', code: 'ECONNREFUSED', stack: expect.stringContaining('refused'), cause: expect.objectContaining({ message: 'socket' }) }),
        }),
      },
      { stream: 'err', entry: expect.objectContaining({ level: 'ERROR', attempt: 2, error: expect.objectContaining({ name: 'TypeError', message: 'bad' }) }) },
    ]);
  });

  it('leaves out what is below POWERTOOLS_LOG_LEVEL (INFO when unset)', async () => {
    const unset = await freshLogger();
    unset.logger.debug('detail');
    unset.logger.info('shown');
    expect(unset.lines.map((l) => l.entry.message)).toEqual(['shown']);
    vi.restoreAllMocks();
    const warn = await freshLogger('WARN');
    warn.logger.info('hidden');
    warn.logger.warn('shown');
    warn.logger.error('shown too');
    expect(warn.lines.map((l) => l.entry.message)).toEqual(['shown', 'shown too']);
    vi.restoreAllMocks();
    // The fault tests silence the handlers so.
    const critical = await freshLogger('CRITICAL');
    critical.logger.error('hidden');
    expect(critical.lines).toEqual([]);
  });
});
