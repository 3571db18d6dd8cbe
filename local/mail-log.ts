import { appendLineSync, readJsonLines } from './durable-file.ts';

/**
 * The local SES (aws-ses-v2-local) keeps its mail in memory, so a crash of `npm start` used to
 * forget every email shown in the mail viewer, and nobody could tell whether a receipt had been
 * sent. Each email it stores is also appended to a log (fsynced before SES answers the sender,
 * so a consumer never records an email as sent that the log does not hold), and the log is
 * loaded back into the viewer at start.
 */
export async function persistMail(file: string, log: (line: string) => void) {
  // The package's own store module (no exports map, so its file is reachable): the same instance
  // its HTTP handlers push to, as both are loaded through Node's module cache.
  const { getStoreReadonly } = (await import('aws-ses-v2-local/dist/store.js')) as unknown as {
    getStoreReadonly: () => { emails: unknown[] };
  };
  const store = getStoreReadonly();
  const { items, skipped } = await readJsonLines<unknown>(file);
  if (skipped > 0) log(`[mail] skipped ${skipped} torn line(s) of ${file} (a crash mid-write)`);
  // Every array the store holds (its "clear" replaces the array) logs what is pushed to it.
  const logged = (emails: unknown[]) => {
    const push = emails.push.bind(emails);
    emails.push = (...added: unknown[]) => {
      for (const email of added) appendLineSync(file, JSON.stringify(email));
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
  return items.length;
}
