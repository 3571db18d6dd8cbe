/** Where the school's desk lives: every page of it is under the school's own path. */
export const schoolDeskPath = (schoolId: string) => `/desk/school/${encodeURIComponent(schoolId)}`;
export const decisionPath = (schoolId: string, matchId: string) => `${schoolDeskPath(schoolId)}/matches/${matchId}`;
export const applicantPath = (schoolId: string, applicationId: string) => `${schoolDeskPath(schoolId)}/applications/${applicationId}`;
export const withdrawPath = (schoolId: string, applicationId: string) => `${applicantPath(schoolId, applicationId)}/withdraw`;
export const placementsCsvPath = (schoolId: string) => `${schoolDeskPath(schoolId)}/placements.csv`;
