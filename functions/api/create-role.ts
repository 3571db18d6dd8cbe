import { apiHandler } from '#shared/platform/http/handler';
import { idempotentWrite } from '#shared/platform/http/idempotent-write';
import { json } from '#shared/platform/http/problem';
import { parseJsonBody } from '#shared/platform/http/request';
import { storeRole } from '#shared/roles/store';
import { roleSchema } from '#shared/roles/schema';

const schema = roleSchema();

export const handler = apiHandler(async (event, context) => {
  const input = parseJsonBody(event, schema);
  return idempotentWrite(event, context, input, async () => {
    const role = await storeRole(input, new Date());
    return json(201, { roleId: role.roleId, status: role.status });
  });
});
