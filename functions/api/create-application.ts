import { applicationsPerAddress, applicationWrite, checkAgainstSchool } from '#shared/applications/store';
import { applicationSchema } from '#shared/applications/schema';
import { apiHandler } from '#shared/platform/http/handler';
import { idempotentWrite } from '#shared/platform/http/idempotent-write';
import { clientAddress } from '#shared/platform/http/origin';
import { invalid } from '#shared/platform/http/problem';
import { submissionsPerClient } from '#shared/platform/http/rate-limit';
import { parseJsonBody } from '#shared/platform/http/request';
import { cachedSchool } from '#shared/schools/registry';

const schema = applicationSchema();

export const handler = apiHandler(async (event) => {
  const input = parseJsonBody(event, schema);
  return idempotentWrite(event, input, async (idempotencyRecordId) => {
    const school = await cachedSchool(input.schoolId);
    const errors = checkAgainstSchool(input, school);
    if (errors.length > 0 || !school) throw invalid(errors);
    const { application, items, events } = applicationWrite(input, school, new Date(), idempotencyRecordId ? { idempotencyRecordId } : {});
    return {
      items,
      events,
      limits: [applicationsPerAddress(input.email), submissionsPerClient(clientAddress(event))],
      response: { statusCode: 201, body: { applicationId: application.applicationId, status: application.status } },
    };
  });
});
