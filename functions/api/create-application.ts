import { checkAgainstSchool, storeApplication } from '#shared/applications';
import { apiHandler } from '#shared/http/handler';
import { idempotentWrite } from '#shared/http/idempotent-write';
import { invalid, json } from '#shared/http/problem';
import { parseJsonBody } from '#shared/http/request';
import { applicationSchema } from '#shared/schemas';
import { getSchool } from '#shared/schools';

const schema = applicationSchema();

export const handler = apiHandler(async (event, context) => {
  const input = parseJsonBody(event, schema);
  return idempotentWrite(event, context, input, async (idempotencyRecordId) => {
    const school = await getSchool(input.schoolId);
    const errors = checkAgainstSchool(input, school);
    if (errors.length > 0 || !school) throw invalid(errors);
    const application = await storeApplication(input, school, new Date(), idempotencyRecordId ? { idempotencyRecordId } : {});
    return json(201, { applicationId: application.applicationId, status: application.status });
  });
});
