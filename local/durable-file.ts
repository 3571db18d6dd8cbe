import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/*
 * Files the local stack keeps state in (stream checkpoints, the bus's queue, the mail log) must
 * survive `kill -9` and a power cut at any moment: either the old content or the new, never half.
 */

let counter = 0;

/** Writes `data` to `path` atomically: a temp file beside it, fsync, rename over, fsync the folder. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = `${path}.${process.pid}.${++counter}.tmp`;
  const file = await open(temp, 'w');
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/** The rename itself is only durable once the folder's entry is on disk. */
async function syncFolder(folder: string) {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined); // not every file system can fsync a folder
  await handle.close();
}

/** Whether a name is a temp file `writeFileAtomic` left when the process died before its rename. */
export const isLeftoverTemp = (name: string) => /\.\d+\.\d+\.tmp$/.test(name);

/**
 * Reads a JSON file written by `writeFileAtomic` (or by an older version that wrote in place). A
 * missing file is `fallback`; one that does not parse (a half-written file from before writes were
 * atomic) is set aside as `<path>.corrupt-<time>`, reported through `log`, and read as `fallback`:
 * never a crash at start.
 */
export async function readJsonFile<T>(path: string, fallback: T, log: (line: string) => void): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    const aside = `${path}.corrupt-${Date.now()}`;
    await rename(path, aside);
    log(`[local] ${path} was half-written (an earlier crash); kept as ${aside}, starting from scratch for it`);
    return fallback;
  }
}

/**
 * An append-only log written off the event loop: each line joins the batch waiting to be written,
 * a batch is one write and one fsync, and a batch starts when the one before it is on disk (group
 * commit). `append` resolves once its line is on disk, and rejects if its batch could not be written.
 */
export function appendLog(path: string) {
  let waiting: { lines: string[]; done: Promise<void> } | undefined;
  let previous: Promise<unknown> = Promise.resolve();
  const write = async (lines: string[]) => {
    const handle = await open(path, 'a');
    try {
      await handle.writeFile(lines.join(''));
      await handle.sync();
    } finally {
      await handle.close();
    }
  };
  return {
    append(line: string): Promise<void> {
      if (!waiting) {
        const batch: { lines: string[]; done: Promise<void> } = { lines: [], done: Promise.resolve() };
        batch.done = previous.then(() => {
          if (waiting === batch) waiting = undefined; // lines from now on join the next batch
          return write(batch.lines);
        });
        previous = batch.done.catch(() => undefined);
        waiting = batch;
      }
      waiting.lines.push(`${line}\n`);
      return waiting.done;
    },
  };
}

/** The JSON lines of an append-only log; a torn last line (a crash mid-append) is skipped and counted. */
export async function readJsonLines<T>(path: string): Promise<{ items: T[]; skipped: number }> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const items: T[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      items.push(JSON.parse(line) as T);
    } catch {
      skipped++;
    }
  }
  return { items, skipped };
}
