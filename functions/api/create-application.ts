import { checkAgainstSchool, storeApplication } from '#shared/applications/store';
import { apiHandler } from '#shared/platform/http/handler';
import { idempotentWrite } from '#shared/platform/http/idempotent-write';
import { invalid, json } from '#shared/platform/http/problem';
import { parseJsonBody } from '#shared/platform/http/request';
import { applicationSchema } from '#shared/applications/schema';
import { getSchool } from '#shared/schools/registry';

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
