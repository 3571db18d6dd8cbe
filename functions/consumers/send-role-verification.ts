import { roleSubmitted } from '#events/contracts';
import { consumer } from '#shared/platform/consumer';
import { renderEmail } from '#shared/decisions/emails';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { getRole } from '#shared/roles/store';
import { issueLink } from '#shared/links/tokens';

const VERIFY_LINK_SECONDS = 7 * 86_400;

export const handler = consumer('sendRoleVerification', roleSubmitted, async ({ roleId }) => {
  const role = await getRole(roleId);
  if (role?.status !== 'PENDING_VERIFICATION') {
    logger.info('role not waiting for verification; nothing to send', { roleId, status: role?.status });
    return;
  }
  const { url, item } = await issueLink('roleVerification', roleId, role.contact.language, VERIFY_LINK_SECONDS);
  const email = renderEmail('roleVerification', role.contact.language, {
    contactName: role.contact.name,
    companyName: role.company.name,
    roleTitle: role.title,
    verifyUrl: url,
    expiresAt: item.validUntil,
  });
  await sendEmail(role.contact.email, email);
  logger.info('verification sent', { roleId });
});
