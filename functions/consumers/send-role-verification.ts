import { roleSubmitted } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { sendRoleVerification } from '#shared/roles/notify';

export const handler = consumer('sendRoleVerification', roleSubmitted, ({ roleId }) => sendRoleVerification(roleId));
