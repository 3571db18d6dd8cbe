import { notifySearchContinues } from '#shared/decisions/notify';
import { consumerOfAny } from '#shared/platform/consumer';
import { searchContinuesEvents } from '#functions/rule-events';

/**
 * A proposal did not work out: the applicant is told kindly that the search goes on, or (the
 * coordinator held them) that the application is paused, and the coordinator gets the release link. No reasons.
 */
export const handler = consumerOfAny('notifySearchContinues', searchContinuesEvents, (detailType, metadata, detail, context) =>
  notifySearchContinues((detail as { matchId: string }).matchId, detailType, metadata.eventId, context),
);
