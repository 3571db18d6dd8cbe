import { roleClosed } from '#events/contracts';
import { releasePendingOfRole } from '#shared/decisions/transitions';
import { consumer } from '#shared/platform/consumer';
import { sendRoleClosed } from '#shared/roles/notify';

/** A closed role releases what was pending on it; then the contact gets a confirmation. */
export const handler = consumer('releaseClosedRole', roleClosed, async ({ roleId }) => {
  await releasePendingOfRole(roleId);
  await sendRoleClosed(roleId);
});
