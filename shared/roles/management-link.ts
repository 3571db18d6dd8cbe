import { notFoundPage } from '#shared/platform/error-pages';
import { layout } from '#shared/platform/page-layout';
import { pageResponse, type LinkRequest, type PurposeHandler } from '#shared/links/link-handler';
import type { TokenItem } from '#shared/links/tokens';
import { managePage, noticeFor, seeOther, submitChange, submitClose, submitReopen } from './manage.ts';
import { getRole, type RoleItem } from './store.ts';

/*
 * The role management link, in every email to the company contact: the role's management page
 * (manage-page.ts, as on the company's desk), whose forms all post back to the link: change the
 * role, close it, reopen it. The link is not spent by any of them (it manages the role for as long
 * as it works); after each the page is shown again by a redirect, saying what was done.
 */

const show = (item: TokenItem, role: RoleItem, request: LinkRequest, extra: Omit<Parameters<typeof managePage>[2], 'now' | 'actions'> = {}) =>
  layout({ language: item.language, ...managePage(item.language, role, { now: request.now, actions: { change: request.path, close: request.path, reopen: request.path }, ...extra }) });

const after = (request: LinkRequest, notice?: string) => seeOther(notice ? `${request.path}?notice=${notice}` : request.path);

export const roleManagement: PurposeHandler = {
  async view(item, request) {
    const role = await getRole(item.subjectId);
    if (!role) return pageResponse(request.method, 404, notFoundPage(item.language));
    const notice = noticeFor(request.query, role);
    return pageResponse(request.method, 200, show(item, role, request, notice ? { notice } : {}));
  },
  async act(item, request) {
    const role = await getRole(item.subjectId);
    if (!role) return pageResponse(request.method, 404, notFoundPage(item.language));
    switch (request.form.get('decision')) {
      case 'change': {
        const outcome = await submitChange(role, request.form, request.now);
        if (outcome.kind === 'invalid') return pageResponse(request.method, 422, show(item, role, request, { values: outcome.values, errors: outcome.errors }));
        return after(request, outcome.kind === 'saved' ? outcome.notice : undefined);
      }
      case 'confirmClose':
        // The page's first Close button: the page again, asking; nothing is done yet.
        return pageResponse(request.method, 200, show(item, role, request, { confirmClose: true }));
      case 'close':
        return after(request, (await submitClose(role, request.now)).outcome === 'closed' ? 'closed' : undefined);
      case 'reopen':
        return after(request, (await submitReopen(role, request.now)) === 'reopened' ? 'reopened' : undefined);
      default:
        // Only the page's own buttons act: a stray or forged POST shows the page again and changes nothing.
        return pageResponse(request.method, 400, show(item, role, request));
    }
  },
};
