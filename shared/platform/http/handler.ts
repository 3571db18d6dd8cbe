import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { lambdaContext, logger } from '#shared/platform/logger';
import { databaseUnavailable, isDatabaseUnavailable } from '#shared/platform/unavailable';
import { fromOrigin, notFromOrigin } from './origin.ts';
import { HttpProblem, problemResponse } from './problem.ts';

export type ApiResult = APIGatewayProxyStructuredResultV2;
export type ApiHandlerFn = (event: APIGatewayProxyEventV2, context: Context) => Promise<ApiResult>;

/** HEAD answers as GET would, without the body (API Gateway passes a body through as it is). */
const withoutBodyForHead = (event: APIGatewayProxyEventV2, response: ApiResult): ApiResult =>
  event.requestContext?.http?.method === 'HEAD' ? { ...response, body: '' } : response;

/**
 * Wraps an API handler: request-scoped logging; a request that did not come through CloudFront
 * (no `x-origin-verify` with the configured secret, shared/platform/http/origin.ts) is refused
 * with 403 before the handler runs, so it reads and writes nothing; every thrown HttpProblem
 * becomes its problem+json response; the database unreachable is 503 with Retry-After. Anything
 * else is a bug: logged, answered 500 without internals.
 */
export function apiHandler(fn: ApiHandlerFn) {
  return middy<APIGatewayProxyEventV2, ApiResult>()
    .use(lambdaContext())
    .use({
      onError: async (request) => {
        const error = request.error;
        if (error instanceof HttpProblem) {
          request.response = withoutBodyForHead(request.event, problemResponse(error));
          return;
        }
        // The database down or throttling is no bug of ours: 503 and when to retry.
        if (isDatabaseUnavailable(error)) {
          logger.warn('database unavailable', error as Error);
          request.response = withoutBodyForHead(request.event, problemResponse(databaseUnavailable()));
          return;
        }
        logger.error('unhandled error', error as Error);
        request.response = withoutBodyForHead(request.event, problemResponse(new HttpProblem(500, 'Internal error', 'Something went wrong on our side.')));
      },
    })
    .use({
      before: async (request) => {
        if (fromOrigin(request.event)) return;
        // Who sent it is not logged: the address is personal data, and the request did nothing.
        logger.warn('request refused: it did not come through CloudFront');
        throw notFromOrigin();
      },
    })
    .use({
      after: async (request) => {
        if (request.response) request.response = withoutBodyForHead(request.event, request.response);
      },
    })
    .handler(fn);
}
