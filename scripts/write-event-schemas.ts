import { writeFile } from 'node:fs/promises';
import { eventSchemaFiles } from '#functions/event-schemas';

// `npm run event-schemas`: writes events/schemas/, the event catalog; a test fails when it is stale.
for (const { file, entry } of eventSchemaFiles()) {
  await writeFile(new URL(`../events/schemas/${file}`, import.meta.url), `${JSON.stringify(entry, null, 2)}\n`);
  console.log(`events/schemas/${file}`);
}
