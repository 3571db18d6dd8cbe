import { roleSchema } from '#shared/roles/schema';
import { rolesPerContact, roleWrite } from '#shared/roles/store';
import { apiHandler } from '#shared/platform/http/handler';
import { idempotentWrite } from '#shared/platform/http/idempotent-write';
import { clientAddress } from '#shared/platform/http/origin';
import { submissionsPerClient } from '#shared/platform/http/rate-limit';
import { parseJsonBody } from '#shared/platform/http/request';

const schema = roleSchema();

export const handler = apiHandler(async (event) => {
  const input = parseJsonBody(event, schema);
  return idempotentWrite(event, input, async () => {
    const { role, items, events } = roleWrite(input, new Date());
    return {
      items,
      events,
      limits: [rolesPerContact(input.contact.email), submissionsPerClient(clientAddress(event))],
      response: { statusCode: 201, body: { roleId: role.roleId, status: role.status } },
    };
  });
});
