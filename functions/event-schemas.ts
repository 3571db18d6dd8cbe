import { allEvents } from '#events/contracts';
import { functions } from './catalog.ts';

/**
 * The files of the event catalog (events/schemas/): per event its JSON Schema and the functions
 * that consume it. It lives beside the function catalog because only that knows the consumers.
 */
export function eventSchemaFiles() {
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
