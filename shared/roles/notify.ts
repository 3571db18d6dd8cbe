import { issueLink } from '#shared/links/tokens';
import { logger } from '#shared/platform/logger';
import { sendEmail } from '#shared/platform/mailer';
import { roleClosedEmail, roleOpenedEmail, roleVerificationEmail } from './emails.ts';
import { closedBy, getRole } from './store.ts';
import { issueManageLink } from './manage-url.ts';
import { forReaderIn } from '#shared/vocabulary/time-zones';

/** On role.submitted: the contact confirms the address through the link before the role opens. */
export async function sendRoleVerification(roleId: string) {
  const role = await getRole(roleId);
  if (role?.status !== 'PENDING_VERIFICATION') {
    logger.info('role not waiting for verification; nothing to send', { roleId, status: role?.status });
    return;
  }
  const { url, item } = await issueLink('roleVerification', roleId, role.contact.language, { readerCountry: role.company.country });
  const email = roleVerificationEmail.render(role.contact.language, {
    contactName: role.contact.name,
    companyName: role.company.name,
    roleTitle: role.title,
    verifyUrl: url,
    expiresAt: forReaderIn(item.validUntil, role.company.country),
  });
  await sendEmail(role.contact.email, email);
  logger.info('verification sent', { roleId });
}

/** On role.opened: the contact is told the role is in matching now, with the link that changes or closes it. */
export async function sendRoleOpened(roleId: string) {
  const role = await getRole(roleId);
  if (!role) {
    logger.warn('role not found; nothing to send', { roleId });
    return;
  }
  const email = roleOpenedEmail.render(role.contact.language, {
    contactName: role.contact.name,
    companyName: role.company.name,
    roleTitle: role.title,
    places: role.places,
    manageRoleUrl: await issueManageLink(role),
  });
  await sendEmail(role.contact.email, email);
  logger.info('role-open notice sent', { roleId });
}

/**
 * Once a closed role's pending proposals are released: the contact's confirmation, with the link
 * that reopens it; not when the role was reopened (or closed again) since this closing.
 */
export async function sendRoleClosed(roleId: string, closedAt: string) {
  const role = await getRole(roleId);
  if (!role) {
    logger.warn('role not found; nothing to send', { roleId });
    return;
  }
  if (!closedBy(role, closedAt)) {
    logger.info('role no longer closed by this closing; no closure to confirm', { roleId, status: role.status });
    return;
  }
  const manageRoleUrl = await issueManageLink(role);
  await sendEmail(
    role.contact.email,
    roleClosedEmail.render(role.contact.language, { recipientName: role.contact.name, companyName: role.company.name, roleTitle: role.title, manageRoleUrl }),
  );
}
