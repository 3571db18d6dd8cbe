import { functions } from '#functions/catalog';
import { allEvents } from './contracts.ts';

/** One catalog entry per event: its JSON Schema and which functions consume it. */
export function eventCatalog() {
  return allEvents.map((contract) => ({
    file: `${contract.detailType}.v${contract.version}.json`,
    entry: {
      detailType: contract.detailType,
      version: contract.version,
      description: contract.description,
      consumers: Object.entries(functions)
        .filter(([, def]) => def.trigger.kind === 'rule' && def.trigger.events.some((e) => e.detailType === contract.detailType))
        .map(([name]) => name),
      schema: contract.jsonSchema(),
    },
  }));
}
