import { roleClosed } from '#events/contracts';
import { releasePendingOfRole } from '#shared/decisions/transitions';
import { consumer } from '#shared/platform/consumer';
import { logger } from '#shared/platform/logger';
import { sendRoleClosed } from '#shared/roles/notify';
import { closedBy, getRole } from '#shared/roles/store';

/**
 * A closed role releases what was pending on it; then the contact gets a confirmation. All of it
 * is bound to this closing (its `closedAt`): the company may press Reopen before this runs or
 * while it runs, and from then on the proposals not yet released stand and there is no closure to
 * confirm (consumers act on the current state, docs/events.md). A retry after a crash in between
 * finds the role as it is then, and goes on only while it is still closed by this closing.
 */
export const handler = consumer('releaseClosedRole', roleClosed, async ({ roleId, closedAt: announced }) => {
  const role = await getRole(roleId);
  // A version 1 detail does not say which closing it was: the one the role records.
  const closedAt = announced ?? role?.closedAt;
  if (!closedAt || !closedBy(role, closedAt)) {
    logger.info('role reopened (or closed again) since this closing; nothing released', { roleId, status: role?.status });
    return;
  }
  if ((await releasePendingOfRole(roleId, closedAt)) === 'reopened') return;
  await sendRoleClosed(roleId, closedAt);
});
