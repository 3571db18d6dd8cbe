import { apiHandler } from '#shared/platform/http/handler';
import { json } from '#shared/platform/http/problem';

export const handler = apiHandler(async () => json(200, { status: 'ok' }));
