import { matchConfirmed } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { recordPlacement } from '#shared/report/placements';

/** A confirmed placement: its statistical record for the funder's report (ids and categories only). */
export const handler = consumer('recordPlacement', matchConfirmed, ({ matchId }, { occurredAt }) => recordPlacement(matchId, occurredAt));
