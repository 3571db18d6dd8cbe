import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb } from '#shared/platform/db';
import type { ApiResult } from '#shared/platform/http/handler';
import { afterConflict, pageResponse, type PurposeHandler } from '#shared/links/link-handler';
import { spendToken } from '#shared/links/tokens';
import { linkUnknownPage } from '#shared/links/link-pages';
import { newSession, sessionCookie } from './session.ts';
import { getSignInRequest } from './request.ts';
import { signInLinkPage } from './pages.ts';
import { DESK_PATH } from './paths.ts';

/** Where a new session goes, with its cookie: a relative address, so the cookie's host is the one the link was opened on. */
export const toDesk = (cookie: string): ApiResult => ({
  statusCode: 303,
  headers: { location: DESK_PATH, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  cookies: [cookie],
});

/**
 * The emailed sign-in link: its page shows a button (mail scanners open links), and only the
 * button's POST signs in: the link is spent and the session stored in one transaction, so a
 * link makes exactly one session, however often it is pressed.
 */
export const signInLink: PurposeHandler = {
  async view(item, request) {
    return pageResponse(request.method, 200, signInLinkPage(item.language, request.path));
  },
  async act(item, request) {
    const signIn = await getSignInRequest(item.subjectId);
    if (!signIn) return pageResponse(request.method, 404, linkUnknownPage(item.language));
    const { id, item: session } = newSession(signIn.email, item.language, request.now);
    try {
      await ddb.send(
        new TransactWriteCommand({
          TransactItems: [spendToken(item, 'signedIn', request.now), { Put: { TableName: config.tableName, Item: session, ConditionExpression: 'attribute_not_exists(pk)' } }],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) return afterConflict(item, request, () => linkUnknownPage(item.language));
      throw error;
    }
    return toDesk(sessionCookie(id));
  },
};
