import { apiHandler } from '#shared/platform/http/handler';
import { json } from '#shared/platform/http/problem';
import { listSchools, toPublicSchool } from '#shared/schools/registry';

export const handler = apiHandler(async () => {
  const schools = (await listSchools()).map(toPublicSchool);
  schools.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  return json(200, schools, { 'cache-control': 'public, max-age=300' });
});
