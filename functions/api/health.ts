import { apiHandler } from '#shared/http/handler';
import { json } from '#shared/http/problem';

export const handler = apiHandler(async () => json(200, { status: 'ok' }));
