import { apiHandler } from '#shared/platform/http/handler';
import { json } from '#shared/platform/http/problem';
import { openApiDocument } from '#functions/openapi-document';

// Built once per container: it only depends on code.
const document = openApiDocument();

export const handler = apiHandler(async () => json(200, document, { 'cache-control': 'public, max-age=3600' }));
