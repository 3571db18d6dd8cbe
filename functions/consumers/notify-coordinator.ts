import { matchProposed } from '#events/contracts';
import { notifyCoordinator } from '#shared/decisions/notify';
import { consumer } from '#shared/platform/consumer';

export const handler = consumer('notifyCoordinator', matchProposed, ({ matchId }) => notifyCoordinator(matchId));
