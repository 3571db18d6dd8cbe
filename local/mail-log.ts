import type { Server, ServerResponse } from 'node:http';
import { appendLog, readJsonLines } from './durable-file.ts';

/**
 * The local SES (aws-ses-v2-local) keeps its mail in memory, so a crash of `npm start` used to
 * forget every email shown in the mail viewer, and nobody could tell whether a receipt had been
 * sent. Each email it stores is also appended to a log, on disk (fsynced) before SES answers the
 * sender, so a consumer never records an email as sent that the log does not hold; the log is
 * loaded back into the viewer at start.
 *
 * The appends are written off the event loop (`appendLog`: a batch per write and fsync) and the
 * SES answer waits for its own: a synchronous fsync per email stopped every handler of the stack
 * (one process) for as long as the disk took, which `npm run bench -- e2e`'s profile showed.
 */
export async function persistMail(file: string, log: (line: string) => void, server: Server) {
  // The package's own store module (no exports map, so its file is reachable): the same instance
  // its HTTP handlers push to, as both are loaded through Node's module cache.
  const { getStoreReadonly } = (await import('aws-ses-v2-local/dist/store.js')) as unknown as {
    getStoreReadonly: () => { emails: unknown[] };
  };
  const store = getStoreReadonly();
  const { items, skipped } = await readJsonLines<unknown>(file);
  if (skipped > 0) log(`[mail] skipped ${skipped} torn line(s) of ${file} (a crash mid-write)`);
  const mailLog = appendLog(file);
  // The package's handlers store an email and send their answer in one synchronous run, so the
  // append made last, when an answer is sent, is that request's own (undefined: it stored none).
  let appended: Promise<unknown> | undefined;
  // Every array the store holds (its "clear" replaces the array) logs what is pushed to it.
  const logged = (emails: unknown[]) => {
    const push = emails.push.bind(emails);
    emails.push = (...added: unknown[]) => {
      appended = Promise.all(added.map((email) => mailLog.append(JSON.stringify(email))));
      return push(...added);
    };
    return emails;
  };
  let emails = logged([...items]);
  Object.defineProperty(store, 'emails', {
    get: () => emails,
    set: (value: unknown[]) => {
      emails = logged(value);
    },
  });
  // Each answer is held until the email its request stored is on disk; if it cannot be written,
  // the connection is dropped, so the sender sees a failure and tries again.
  const handlers = server.listeners('request') as ((req: unknown, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req, res: ServerResponse) => {
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      const stored = appended;
      appended = undefined;
      if (!stored) return end(...args);
      stored.then(
        () => end(...args),
        (error: Error) => {
          log(`[mail] could not log an email to ${file}: ${error.message}`);
          res.destroy();
        },
      );
      return res;
    }) as ServerResponse['end'];
    for (const handler of handlers) handler.call(server, req, res);
  });
  return items.length;
}
