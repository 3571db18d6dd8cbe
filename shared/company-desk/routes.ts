import { notFoundPage } from '#shared/platform/error-pages';
import type { ApiResult } from '#shared/platform/http/handler';
import { pageResponse } from '#shared/links/link-handler';
import { managePage, noticeFor, submitChange, submitClose, submitReopen } from '#shared/roles/manage';
import type { RoleItem } from '#shared/roles/store';
import { redirect, type DeskRequest } from '#shared/sign-in/desk-handler';
import { closeConfirmPage, manageRolePage, nothingToClosePage, rolesPage, type Notice } from './pages.ts';
import { closePath, reopenPath, rolePath, ROLES_PATH } from './paths.ts';
import { contactDesk, ownRole } from './roles.ts';

/*
 * The company contact's desk: GET /desk/roles lists their roles; GET /desk/roles/{roleId} is a
 * role's page, to change it (its form posts back there), close it or reopen it, as the management
 * link in the emails does (the same shared/roles/manage.ts); GET /desk/roles/{roleId}/close asks,
 * and only its form's POST closes. A role that is not theirs does not exist for them: 404, as an
 * unknown id, on every route.
 */

/** After a POST, the desk is shown by a redirect (a reload does not post again); the notice is named in the query. */
const NOTICES = ['closed', 'alreadyClosed', 'notOpen'] as const;
type NoticeKind = (typeof NOTICES)[number];
const isNoticeKind = (value: string | null): value is NoticeKind => (NOTICES as readonly string[]).includes(value ?? '');

/** A notice holds only while the role is as it says: a crafted query cannot make an open role read as closed. */
const noticeFits = (kind: NoticeKind, role: Pick<RoleItem, 'status'>) => (kind === 'notOpen' ? role.status === 'PENDING_VERIFICATION' : role.status === 'CLOSED');

/** What there is to say about closing a role that is not open. */
const notOpenNotice = (role: RoleItem): Notice => ({ kind: role.status === 'CLOSED' ? 'alreadyClosed' : 'notOpen', title: role.title });

const deskAfter = (kind: NoticeKind, roleId: string) => redirect(`${ROLES_PATH}?${new URLSearchParams({ notice: kind, role: roleId })}`);

/** GET/HEAD /desk/roles */
export async function rolesDesk({ identity, language, method, query, now }: DeskRequest): Promise<ApiResult> {
  const roles = await contactDesk(identity, now);
  const kind = query.get('notice');
  const about = roles.find((r) => r.roleId === query.get('role'));
  const notice = isNoticeKind(kind) && about && noticeFits(kind, about) ? { kind, title: about.title } : undefined;
  return pageResponse(method, 200, rolesPage(language, { email: identity.email, roles, ...(notice ? { notice } : {}) }));
}

/** GET/HEAD /desk/roles/{roleId}/close (and a POST without the form's decision): only shows. */
export async function closeRoleView({ identity, language, method, params }: DeskRequest): Promise<ApiResult> {
  const role = await ownRole(identity, params.roleId ?? '');
  if (!role) return pageResponse(method, 404, notFoundPage(language));
  if (role.status !== 'OPEN') return pageResponse(method, 200, nothingToClosePage(language, { email: identity.email, notice: notOpenNotice(role) }));
  return pageResponse(method, 200, closeConfirmPage(language, { email: identity.email, role: { roleId: role.roleId, title: role.title, companyName: role.company.name, placesLeft: role.placesLeft } }));
}

/** POST /desk/roles/{roleId}/close: closes as the email's close link does, then back to the desk with a notice. */
export async function closeRoleAction(request: DeskRequest): Promise<ApiResult> {
  const { identity, language, params, form, now } = request;
  const role = await ownRole(identity, params.roleId ?? '');
  if (!role) return pageResponse('POST', 404, notFoundPage(language));
  if (form.get('decision') !== 'close') return closeRoleView(request);
  const closed = await submitClose(role, now);
  // Not open when read, or closed in between (by the email's link): the role as last read says which.
  return deskAfter(closed.outcome === 'closed' ? 'closed' : notOpenNotice(closed.role).kind, role.roleId);
}

const actions = (roleId: string) => ({ change: rolePath(roleId), close: closePath(roleId), reopen: reopenPath(roleId) });

/** GET/HEAD /desk/roles/{roleId} (and a POST without the form's decision): the role's page, with what was just done. */
export async function roleView({ identity, language, method, params, query, now }: DeskRequest): Promise<ApiResult> {
  const role = await ownRole(identity, params.roleId ?? '');
  if (!role) return pageResponse(method, 404, notFoundPage(language));
  const notice = noticeFor(query, role);
  const content = managePage(language, role, { now, actions: actions(role.roleId), ...(notice ? { notice } : {}) });
  return pageResponse(method, 200, manageRolePage(language, { email: identity.email, ...content }));
}

/**
 * POST /desk/roles/{roleId}: the change form. Saved: back to the role's page saying so; refused:
 * the form again (422), as typed, each error under its field, nothing written.
 */
export async function changeRoleAction(request: DeskRequest): Promise<ApiResult> {
  const { identity, language, params, form, now } = request;
  const role = await ownRole(identity, params.roleId ?? '');
  if (!role) return pageResponse('POST', 404, notFoundPage(language));
  if (form.get('decision') !== 'change') return roleView({ ...request, method: 'GET' });
  const outcome = await submitChange(role, form, now);
  if (outcome.kind === 'invalid') {
    const content = managePage(language, role, { now, actions: actions(role.roleId), values: outcome.values, errors: outcome.errors });
    return pageResponse('POST', 422, manageRolePage(language, { email: identity.email, ...content }));
  }
  return redirect(outcome.kind === 'saved' ? `${rolePath(role.roleId)}?notice=${outcome.notice}` : rolePath(role.roleId));
}

/** POST /desk/roles/{roleId}/reopen: a closed role whose period has not ended opens again. */
export async function reopenRoleAction(request: DeskRequest): Promise<ApiResult> {
  const { identity, language, params, form, now } = request;
  const role = await ownRole(identity, params.roleId ?? '');
  if (!role) return pageResponse('POST', 404, notFoundPage(language));
  if (form.get('decision') !== 'reopen') return redirect(rolePath(role.roleId));
  const outcome = await submitReopen(role, now);
  return redirect(outcome === 'reopened' ? `${rolePath(role.roleId)}?notice=reopened` : rolePath(role.roleId));
}
