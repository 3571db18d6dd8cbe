import { apiHandler } from '#shared/http/handler';
import { idempotentWrite } from '#shared/http/idempotent-write';
import { json } from '#shared/http/problem';
import { parseJsonBody } from '#shared/http/request';
import { storeRole } from '#shared/roles';
import { roleSchema } from '#shared/schemas';

const schema = roleSchema();

export const handler = apiHandler(async (event, context) => {
  const input = parseJsonBody(event, schema);
  return idempotentWrite(event, context, input, async () => {
    const role = await storeRole(input, new Date());
    return json(201, { roleId: role.roleId, status: role.status });
  });
});
