import { deskHandler } from '#shared/sign-in/desk-handler';
import { applicant, decision, placementsDownload, schoolDesk, withdraw } from '#shared/school-desk/routes';

const ROUTES = {
  '/desk/school/{schoolId}': schoolDesk,
  '/desk/school/{schoolId}/placements.csv': placementsDownload,
  '/desk/school/{schoolId}/matches/{matchId}': decision,
  '/desk/school/{schoolId}/applications/{applicationId}': applicant,
  '/desk/school/{schoolId}/applications/{applicationId}/withdraw': withdraw,
} as const;

/** The school coordinator's desk (shared/school-desk/); routes as in functions/catalog.ts. */
export const handler = deskHandler((request) => {
  const path = request.event.routeKey.split(' ')[1] as keyof typeof ROUTES;
  return (ROUTES[path] ?? schoolDesk)(request);
});
