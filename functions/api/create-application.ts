import { randomUUID } from 'node:crypto';
import { applicationOverlapping } from '#events/contracts';
import { applicationsPerAddress, applicationWrite, checkAgainstSchool } from '#shared/applications/store';
import { applicationSchema } from '#shared/applications/schema';
import { overlappingApplicationOf } from '#shared/decisions/one-at-a-time';
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
    const now = new Date();
    const limits = [applicationsPerAddress(input.email), submissionsPerClient(clientAddress(event))];
    // One person, one placement at a time: dates their open application or placement already
    // takes are not applied for twice. Nothing is stored; the answer is the same as for a stored
    // application (anyone can type anyone's address), and the person is told by email. The
    // limits count it as a submission, so this email cannot be used to flood an inbox either.
    const existing = await overlappingApplicationOf(input.email, { from: input.availableFrom, to: input.availableTo });
    if (existing) {
      return {
        items: [],
        events: [applicationOverlapping.outbox({ applicationId: existing.applicationId }, now)],
        limits,
        response: { statusCode: 201, body: { applicationId: randomUUID(), status: 'UNCONFIRMED' } },
      };
    }
    const { application, items, events } = applicationWrite(input, school, now, idempotencyRecordId ? { idempotencyRecordId } : {});
    return {
      items,
      events,
      limits,
      response: { statusCode: 201, body: { applicationId: application.applicationId, status: application.status } },
    };
  });
});
