import { issueLink } from '#shared/links/tokens';
import type { RoleItem } from './store.ts';

/**
 * A fresh role management link (management-link.ts) for an email to the role's contact: every
 * email to them carries one ("Change or close this role"), each its own token, working for
 * LINK_LIFETIME_DAYS.roleManagement from the email. Issued by the consumer that sends the email,
 * inside its once-per-event work, so a repeated event neither sends nor issues again; a retry after
 * a failed send issues a new one, and the unsent token is never seen.
 */
export async function issueManageLink(role: Pick<RoleItem, 'roleId' | 'contact' | 'company'>, now = new Date()): Promise<string> {
  const { url } = await issueLink('roleManagement', role.roleId, role.contact.language, { now, readerCountry: role.company.country });
  return url;
}
