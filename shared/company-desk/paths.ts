/** The company contact's desk: their roles, and each role's close page (its form posts back to it). */
export const ROLES_PATH = '/desk/roles';
export const closePath = (roleId: string) => `${ROLES_PATH}/${roleId}/close`;
