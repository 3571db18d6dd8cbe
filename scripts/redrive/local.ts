import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { functions, type FunctionName } from '#functions/catalog';
import { lambdaContext, loadHandler } from '#local/lambda';
import { republishOutboxItems, sweepOutbox } from '#shared/outbox/sweep';
import { REDRIVE_MIN_AGE_MS } from './min-age.ts';

/*
 * Redrive of the local stack's dead letters (`.data/dead-letters.jsonl`, a JSON line each):
 * `{ rule, error, event }` from the local bus (the event a rule's target kept failing on) and
 * `{ source: 'stream', reason, record }` from the stream poller (the stream record of an outbox
 * item the publisher kept failing on).
 */

export interface LocalRedriveResult {
  /** Bus dead letters delivered to their rule's function. */
  delivered: number;
  /** Outbox events put on the bus again (stream dead letters and the sweep of unmarked items). */
  republished: number;
  /** Lines left in the file: they failed again, or are not understood. */
  kept: number;
  /** False when the sweep of unmarked outbox items failed (e.g. the stack is not running). */
  outboxSwept: boolean;
}

type Line = { rule?: string; event?: unknown; source?: string; record?: { dynamodb?: { NewImage?: Record<string, AttributeValue>; Keys?: Record<string, AttributeValue> } } };

const parse = (text: string): Line | undefined => {
  try {
    return JSON.parse(text) as Line;
  } catch {
    return undefined;
  }
};

/** The outbox event id a stream dead letter stands for, from its new image or its key. */
function outboxEventIdOf(line: Line): string | undefined {
  const image = line.record?.dynamodb?.NewImage;
  if (image) return (unmarshall(image) as { eventId?: string }).eventId;
  const pk = line.record?.dynamodb?.Keys?.pk?.S;
  return pk?.startsWith('OUTBOX#') ? pk.slice('OUTBOX#'.length) : undefined;
}

const isRule = (name: string | undefined): name is FunctionName =>
  name !== undefined && name in functions && functions[name as FunctionName].trigger.kind === 'rule';

/**
 * Re-delivers every dead letter of `file` and removes from it the lines that succeeded. A bus
 * dead letter goes to the function of its rule only (as a DLQ redrive to its target would), not
 * to every rule again; it is the same event, so the consumer's idempotency on its event id still
 * holds. A stream dead letter is resolved through the outbox: its item is republished if still
 * unmarked, and so is every other unmarked item older than a minute, as the sweep would.
 */
export async function redriveLocalDeadLetters(file: string, log: (line: string) => void = () => undefined): Promise<LocalRedriveResult> {
  const original = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const lines = original.split('\n').filter((l) => l.trim() !== '');
  const keep = new Set<number>();
  let delivered = 0;

  const streamLines = new Map<number, string>();
  for (const [i, text] of lines.entries()) {
    const line = parse(text);
    if (line?.source === 'stream') {
      const eventId = outboxEventIdOf(line);
      if (eventId) streamLines.set(i, eventId);
      else keep.add(i);
      continue;
    }
    if (!line || !isRule(line.rule) || typeof line.event !== 'object' || line.event === null) {
      log(`line ${i + 1}: not a dead letter redrive understands; kept`);
      keep.add(i);
      continue;
    }
    try {
      const handler = await loadHandler(line.rule);
      await handler(line.event, lambdaContext(line.rule, 60_000));
      delivered += 1;
      log(`line ${i + 1}: ${(line.event as { 'detail-type'?: string })['detail-type']} delivered to ${line.rule}`);
    } catch (error) {
      keep.add(i);
      log(`line ${i + 1}: ${line.rule} failed again (${(error as Error).message}); kept`);
    }
  }

  const { settled, republished: again, failed } = await republishOutboxItems([...new Set(streamLines.values())]);
  for (const [i, eventId] of streamLines) if (!settled.includes(eventId)) keep.add(i);
  if (failed.length > 0) log(`${failed.length} outbox event(s) could not be put on the bus; their lines are kept`);
  let republished = again.length;
  // And whatever else the stream left unmarked (a dead letter may never have been written).
  let outboxSwept = true;
  try {
    republished += (await sweepOutbox(new Date(), { minAgeMs: REDRIVE_MIN_AGE_MS })).republished;
  } catch (error) {
    outboxSwept = false;
    log(`the outbox could not be swept: ${(error as Error).message}`);
  }

  // Keep the failed lines and anything the running stack appended meanwhile; replace atomically.
  const appended = (await readFile(file, 'utf8').catch(() => original)).slice(original.length);
  const rest = `${lines.filter((_, i) => keep.has(i)).map((l) => `${l}\n`).join('')}${appended}`;
  if (original !== '' || rest !== '') {
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, rest);
    await rename(temporary, file);
  }
  return { delivered, republished, kept: keep.size, outboxSwept };
}
