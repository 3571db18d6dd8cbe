import { apiHandler } from '#shared/platform/http/handler';
import { json } from '#shared/platform/http/problem';
import { isActive, listSchools, toPublicSchool } from '#shared/schools/registry';

/** The schools that take part: a deactivated one is no longer offered (nor accepted, applications/store.ts). */
export const handler = apiHandler(async () => {
  const schools = (await listSchools()).filter(isActive).map(toPublicSchool);
  schools.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  return json(200, schools, { 'cache-control': 'public, max-age=300' });
});
