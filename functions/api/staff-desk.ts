import { deskHandler } from '#shared/sign-in/desk-handler';
import { staffDeskRoute } from '#shared/staff-desk/routes';

/** The programme staff's desk (shared/staff-desk/); routes as in functions/catalog.ts, 404 to anyone but staff. */
export const handler = deskHandler(staffDeskRoute);
