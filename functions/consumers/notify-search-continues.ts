import { notifySearchContinues } from '#shared/decisions/notify';
import { consumerOfAny } from '#shared/platform/consumer';
import { functions } from '#functions/catalog';

/** A proposal did not work out: the applicant is told kindly that the search goes on (no reasons). */
export const handler = consumerOfAny('notifySearchContinues', functions.notifySearchContinues.trigger.events, (detailType, _metadata, detail) =>
  notifySearchContinues((detail as { matchId: string }).matchId, detailType),
);
