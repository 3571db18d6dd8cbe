/** The staff desk's addresses (functions/catalog.ts has the same routes, with `{schoolId}`). */
export const STAFF_PATHS = {
  desk: '/desk/staff',
  audit: '/desk/staff/audit',
  resend: '/desk/staff/resend',
  newSchool: '/desk/staff/schools/new',
  school: (schoolId: string) => `/desk/staff/schools/${encodeURIComponent(schoolId)}`,
  deactivate: (schoolId: string) => `/desk/staff/schools/${encodeURIComponent(schoolId)}/deactivate`,
} as const;
