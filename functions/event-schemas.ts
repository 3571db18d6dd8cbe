import { allEvents } from '#events/contracts';
import * as z from '#shared/platform/zod';
import { functions } from './catalog.ts';

/**
 * The files of the event catalog (events/schemas/): per event its JSON Schema (draft 2020-12, of
 * the detail) and the functions that consume it. It lives beside the function catalog because
 * only that knows the consumers; and here, not in the contract, so the JSON Schema generator is
 * in no Lambda bundle (every function imports the contracts).
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
      schema: z.toJSONSchema(contract.detail, { target: 'draft-2020-12' }) as Record<string, unknown>,
    },
  }));
}
