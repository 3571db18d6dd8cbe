import { roleOpened } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { sendRoleOpened } from '#shared/roles/notify';

export const handler = consumer('sendRoleOpened', roleOpened, ({ roleId }) => sendRoleOpened(roleId));
