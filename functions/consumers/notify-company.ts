import { matchApproved } from '#events/contracts';
import { notifyCompany } from '#shared/decisions/notify';
import { consumer } from '#shared/platform/consumer';

export const handler = consumer('notifyCompany', matchApproved, ({ matchId }) => notifyCompany(matchId));
