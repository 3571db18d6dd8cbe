import { apiHandler } from '#shared/http/handler';
import { json } from '#shared/http/problem';
import { openApiDocument } from '#shared/openapi';

// Built once per container: it only depends on code.
const document = openApiDocument();

export const handler = apiHandler(async () => json(200, document, { 'cache-control': 'public, max-age=3600' }));
