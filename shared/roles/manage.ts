import type { ApiResult } from '#shared/platform/http/handler';
import { fieldErrors, type FieldError } from '#shared/platform/http/problem';
import type { Language } from '#shared/platform/i18n';
import { formValuesOf, readChangeForm, roleChangeSchema, type ChangeFormValues } from './change.ts';
import { manageRoleContent, type ManagePageVars } from './manage-page.ts';
import type { ManageNotice } from './manage-texts.ts';
import { changeRole, closeRole, dayOf, getRole, reopenRole, type RoleItem } from './store.ts';

/*
 * Changing, closing and reopening a role: one implementation for the company's desk
 * (shared/company-desk/) and the management link in the company's emails (management-link.ts).
 * Each reads the role as it is, checks the form with the one schema (change.ts), and writes with
 * store.ts; a write refused because the role moved meanwhile (a round took a place, the other
 * page changed it) is tried again on the role read afresh, checked again. Nothing is written for
 * a refused form.
 */

const ATTEMPTS = 4;

export type ChangeOutcome =
  | { kind: 'saved'; notice: Extract<ManageNotice, 'changed' | 'searching' | 'unchanged'> }
  | { kind: 'invalid'; values: ChangeFormValues; errors: FieldError[] }
  /** Not open (closed, or not verified yet, meanwhile or before): nothing to change; the page says why. */
  | { kind: 'notOpen' };

const readAgain = async (roleId: string) => {
  const role = await getRole(roleId);
  if (!role) throw new Error(`role ${roleId} disappeared while it was changed`);
  return role;
};

/** The change form posted: saved, refused (with the values as typed and each error under its field), or not open. */
export async function submitChange(role: RoleItem, form: URLSearchParams, now: Date): Promise<ChangeOutcome> {
  const { values, body } = readChangeForm(form, role);
  let current = role;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (current.status !== 'OPEN') return { kind: 'notOpen' };
    const parsed = roleChangeSchema(current, dayOf(now)).safeParse(body);
    if (!parsed.success) return { kind: 'invalid', values, errors: fieldErrors(parsed.error) };
    const result = await changeRole(current, parsed.data, now);
    if (result.outcome === 'done') return { kind: 'saved', notice: result.asksForRound ? 'searching' : 'changed' };
    if (result.outcome === 'unchanged') return { kind: 'saved', notice: 'unchanged' };
    current = await readAgain(role.roleId);
  }
  throw new Error(`role ${role.roleId} kept changing while a change was saved`);
}

/** Reopening: done, or why not (not closed, or its period has ended): the page then shows the role as it is. */
export async function submitReopen(role: RoleItem, now: Date): Promise<'reopened' | 'notAllowed'> {
  let current = role;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const outcome = await reopenRole(current, now);
    if (outcome === 'done') return 'reopened';
    if (outcome === 'not-allowed') return 'notAllowed';
    current = await readAgain(role.roleId);
  }
  throw new Error(`role ${role.roleId} kept changing while it was reopened`);
}

/**
 * Closing: done, or not open (closed already, by the other page meanwhile, or never opened), with
 * the role as last read, to say which. A write refused while the role is still open (a round took
 * a place, a change came in between) is tried again on the role read afresh.
 */
export async function submitClose(role: RoleItem, now: Date): Promise<{ outcome: 'closed' } | { outcome: 'notOpen'; role: RoleItem }> {
  let current = role;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const outcome = await closeRole(current, now);
    if (outcome === 'done') return { outcome: 'closed' };
    if (outcome === 'not-allowed') return { outcome: 'notOpen', role: current };
    current = await readAgain(role.roleId);
  }
  throw new Error(`role ${role.roleId} kept changing while it was closed`);
}

const NOTICES: readonly ManageNotice[] = ['changed', 'searching', 'unchanged', 'reopened', 'closed'];

/** The notice named in a page's query, only while the role is as it says (a crafted query cannot make an open role read as closed). */
export function noticeFor(query: URLSearchParams | undefined, role: Pick<RoleItem, 'status'>): ManageNotice | undefined {
  const kind = query?.get('notice') as ManageNotice | null | undefined;
  if (!kind || !NOTICES.includes(kind)) return undefined;
  return (kind === 'closed' ? role.status === 'CLOSED' : role.status === 'OPEN') ? kind : undefined;
}

/** The management page's title and content for a role: as stored, or as typed and refused. */
export function managePage(
  language: Language,
  role: RoleItem,
  options: { now: Date; actions: ManagePageVars['actions']; values?: ChangeFormValues; errors?: FieldError[]; notice?: ManageNotice; confirmClose?: boolean },
) {
  return manageRoleContent(language, {
    role,
    today: dayOf(options.now)(),
    values: options.values ?? formValuesOf(role),
    actions: options.actions,
    ...(options.errors ? { errors: options.errors } : {}),
    ...(options.notice ? { notice: options.notice } : {}),
    ...(options.confirmClose ? { confirmClose: true } : {}),
  });
}

/** After a POST the page is shown by a redirect, so a reload does not post again. */
export const seeOther = (location: string): ApiResult => ({
  statusCode: 303,
  headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
});
