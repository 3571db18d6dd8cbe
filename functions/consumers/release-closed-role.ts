import { roleClosed } from '#events/contracts';
import { releasePendingOfRole } from '#shared/decisions/transitions';
import { consumer } from '#shared/platform/consumer';
import { logger } from '#shared/platform/logger';
import { sendRoleClosed } from '#shared/roles/notify';
import { getRole } from '#shared/roles/store';

/**
 * A closed role releases what was pending on it; then the contact gets a confirmation. A role the
 * company reopened before this ran is open again: its proposals stand, and there is no closure to
 * confirm (consumers act on the current state, docs/events.md).
 */
export const handler = consumer('releaseClosedRole', roleClosed, async ({ roleId }) => {
  if ((await getRole(roleId))?.status === 'OPEN') {
    logger.info('role reopened before its closure was handled; nothing released', { roleId });
    return;
  }
  await releasePendingOfRole(roleId);
  await sendRoleClosed(roleId);
});
