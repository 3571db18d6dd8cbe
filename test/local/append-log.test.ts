import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendLog, readJsonLines } from '#local/durable-file';

// The mail log's writer: SES answers only once the email's line is on disk, so each append must
// resolve only after its own line was written, whatever was appended around it.
describe('appendLog', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'liike-append-log-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('resolves each append once its line is in the file, every line once, in the order appended', async () => {
    const file = join(dir, 'log.jsonl');
    const log = appendLog(file);
    const lines = Array.from({ length: 50 }, (_, i) => ({ i }));
    const written = lines.map(async (line, i) => {
      // Some appends while a batch is being written, some together.
      if (i % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      await log.append(JSON.stringify(line));
      const { items } = await readJsonLines<{ i: number }>(file);
      expect(items.map((item) => item.i)).toContain(line.i);
    });
    await Promise.all(written);
    const { items, skipped } = await readJsonLines<{ i: number }>(file);
    expect(skipped).toBe(0);
    expect(items.map((item) => item.i).sort((a, b) => a - b)).toEqual(lines.map((line) => line.i));
    // Appends made in one run of the event loop keep their order within their batch.
    expect(items.slice(0, 7).map((item) => item.i)).toEqual([1, 2, 3, 4, 5, 6, 8]);
  });

  it('rejects the appends of a batch that cannot be written, and goes on with the next', async () => {
    const file = join(dir, 'later', 'log.jsonl');
    const log = appendLog(file);
    await expect(log.append('{"a":1}')).rejects.toThrow(); // its folder is not there yet
    await mkdir(join(dir, 'later'));
    await expect(log.append('{"b":2}')).resolves.toBeUndefined();
    expect(await readFile(file, 'utf8')).toBe('{"b":2}\n');
  });
});
