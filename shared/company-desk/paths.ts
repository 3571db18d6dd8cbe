/** The company contact's desk: their roles, each role's page (change, close, reopen), and its close page (its form posts back to it). */
export const ROLES_PATH = '/desk/roles';
export const rolePath = (roleId: string) => `${ROLES_PATH}/${roleId}`;
export const closePath = (roleId: string) => `${ROLES_PATH}/${roleId}/close`;
export const reopenPath = (roleId: string) => `${ROLES_PATH}/${roleId}/reopen`;
