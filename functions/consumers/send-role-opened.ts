import { roleOpened } from '#events/catalog';
import { consumer } from '#shared/consumer';
import { renderEmail } from '#shared/email/templates';
import { logger } from '#shared/logger';
import { sendEmail } from '#shared/mailer';
import { getRole } from '#shared/roles';

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
