import { writeFile } from 'node:fs/promises';
import { eventCatalog } from './event-catalog.ts';

// `npm run catalog`: writes events/schemas/, the event catalog; a test fails when it is stale.
for (const { file, entry } of eventCatalog()) {
  await writeFile(new URL(`./schemas/${file}`, import.meta.url), `${JSON.stringify(entry, null, 2)}\n`);
  console.log(`events/schemas/${file}`);
}
