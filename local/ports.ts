import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** What `npm start` listens on, by service: the names its refusal message gives. */
export type PortNames = Record<string, number>;

/** Whether nothing listens on the port (on any address: DynamoDB Local binds them all). */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '0.0.0.0', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The pid file of the DynamoDB Local a stack started on this data folder (removed when it stops). */
export const dynamoPidFile = (dataDir: string) => join(dataDir, 'dynamodb.pid');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The pid of a DynamoDB Local an earlier run started on this data folder and left running, if
 * any: the pid file names it, and (where /proc exists) the process still runs DynamoDB Local, so
 * a pid reused by something else is not mistaken for it.
 */
async function staleDynamoDb(dataDir: string): Promise<number | undefined> {
  const pid = Number((await readFile(dynamoPidFile(dataDir), 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return undefined;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  return cmdline === undefined || cmdline.includes('DynamoDBLocal') ? pid : undefined;
}

/**
 * Refuses to start when a port belongs to something this process did not start. `npm start`
 * used to find a DynamoDB Local left running by an earlier run (killed with -9, say) answering on
 * its port, attach to it, and then never be able to stop it. Throws a message that says which
 * port, what probably holds it, and how to go on.
 */
export async function assertPortsFree(ports: PortNames, dataDir: string | undefined) {
  const taken: string[] = [];
  const stale = dataDir ? await staleDynamoDb(dataDir) : undefined;
  const stopIt = stale ? ` (probably DynamoDB Local left by an earlier run: stop it with \`kill ${stale}\`)` : '';
  for (const [name, port] of Object.entries(ports)) {
    if (await isFree(port)) continue;
    taken.push(`  port ${port} (${name}) is in use by a process this npm start did not start${name === 'DynamoDB Local' ? stopIt : ''}`);
  }
  // On other ports, it would still hold the same database files: two of them would corrupt them.
  if (stale && !taken.some((line) => line.includes('DynamoDB Local'))) {
    taken.push(`  DynamoDB Local (pid ${stale}) left by an earlier run still uses ${dataDir}: stop it with \`kill ${stale}\``);
  }
  if (taken.length === 0) return;
  throw new PortsTaken(
    `Liike cannot start:\n${taken.join('\n')}\nStop that process, or choose other ports (LIIKE_PORT, LIIKE_MAIL_PORT, LIIKE_DYNAMODB_PORT, LIIKE_BUS_PORT).`,
  );
}

export class PortsTaken extends Error {}
