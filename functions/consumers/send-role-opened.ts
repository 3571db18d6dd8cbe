import { roleOpened } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { renderEmail } from '#shared/decisions/emails';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { getRole } from '#shared/roles/store';

export const handler = consumer('sendRoleOpened', roleOpened, async ({ roleId }) => {
  const role = await getRole(roleId);
  if (!role) {
    logger.warn('role not found; nothing to send', { roleId });
    return;
  }
  const email = renderEmail('roleOpened', role.contact.language, {
    contactName: role.contact.name,
    companyName: role.company.name,
    roleTitle: role.title,
    places: role.places,
  });
  await sendEmail(role.contact.email, email);
  logger.info('role-open notice sent', { roleId });
});
