import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertPortsFree, dynamoPidFile, PortsTaken } from '#local/ports';

// `npm start` checks its ports before starting anything (the whole refusal, end to end, is in test/fault/local-crash.test.ts).
describe('npm start refuses ports it did not take', () => {
  it('names a taken port and the service it is for', async () => {
    const squatter = createServer().listen(0, '127.0.0.1');
    await once(squatter, 'listening');
    const taken = (squatter.address() as AddressInfo).port;
    const free = createServer().listen(0, '127.0.0.1');
    await once(free, 'listening');
    const freePort = (free.address() as AddressInfo).port;
    await new Promise((resolve) => free.close(resolve));
    try {
      const error = await assertPortsFree({ API: freePort, 'DynamoDB Local': taken }, undefined).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortsTaken);
      expect((error as Error).message).toContain(`port ${taken} (DynamoDB Local) is in use by a process this npm start did not start`);
      expect((error as Error).message).not.toContain(`port ${freePort}`);
      await expect(assertPortsFree({ API: freePort }, undefined)).resolves.toBeUndefined();
    } finally {
      squatter.close();
    }
  });

  it('does not take a pid file naming a live process that is no DynamoDB Local for a stale one', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'liike-ports-'));
    await writeFile(dynamoPidFile(dataDir), `${process.pid}\n`);
    await expect(assertPortsFree({}, dataDir)).resolves.toBeUndefined();
  });
});
