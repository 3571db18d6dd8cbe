import { readBoard, readPublicRole } from '#shared/roles/board';
import { boardQuerySchema } from '#shared/roles/public-role';
import { apiHandler } from '#shared/platform/http/handler';
import { fieldErrors, HttpProblem, json } from '#shared/platform/http/problem';
import { utcToday } from '#shared/platform/validation';

/*
 * The public board: GET /roles (a page of open roles, filtered) and GET /roles/{roleId} (one of
 * them). Anyone may read it, so CloudFront keeps each answer a minute (infra/constructs/
 * static-site.ts): on a busy day most readers never reach this function.
 */

/** A minute: a role opened, closed or filled shows so much later at the most. */
const CACHED = { 'cache-control': 'public, max-age=60' };
/** A role not on the board may be on it soon (its contact is confirming it): a short while only. */
const NOT_FOUND_CACHED = { 'cache-control': 'public, max-age=10' };
/*
 * Every other error is `no-store` (problemResponse's default): a bad query is the reader's to fix,
 * and a 500 or a 503 (the database throttled) is about this moment; kept at the edge, it would
 * answer every reader of the same filter with it.
 */

export const handler = apiHandler(async (event) => {
  const today = utcToday();
  const roleId = event.pathParameters?.roleId;
  if (roleId !== undefined) {
    const role = await readPublicRole(roleId, today);
    if (!role) throw new HttpProblem(404, 'Not Found', 'No open role has this id: it may have been closed or filled.', undefined, NOT_FOUND_CACHED);
    return json(200, role, CACHED);
  }
  const query = boardQuerySchema.safeParse(event.queryStringParameters ?? {}, { reportInput: true });
  if (!query.success) throw new HttpProblem(400, 'Invalid query', 'Some query parameters are not valid.', fieldErrors(query.error));
  return json(200, await readBoard(query.data, today), CACHED);
});
