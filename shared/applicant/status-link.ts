import { confirmApplication } from '#shared/applications/confirmation';
import { getApplication, type ApplicationItem } from '#shared/applications/store';
import type { Language } from '#shared/platform/i18n';
import { withdrawApplication } from '#shared/decisions/transitions';
import { eraseApplication, exportApplicantData } from '#shared/erasure/erasure';
import type { ApiResult } from '#shared/platform/http/handler';
import { getMatch } from '#shared/decisions/matches';
import { applicationStatusPage, type StatusPlacement } from './status-page.ts';
import { loadMatchContext, placementPeriod, type MatchContext } from '#shared/decisions/match-context';
import { decisionDonePage, proposalChangedPage } from '#shared/decisions/outcome-pages';
import { notFoundPage } from '#shared/platform/error-pages';
import { DATA_VIEW, dataErasedPage, eraseConfirmPage } from './data-pages.ts';
import { pageResponse, type PurposeHandler } from '#shared/links/link-handler';
import { forReaderIn } from '#shared/vocabulary/time-zones';
import { WITHDRAW_VIEW, withdrawConfirmPage } from './withdraw-page.ts';
import { roleTextShown } from '#shared/roles/role-text';
import { getRole } from '#shared/roles/store';
import { toApplicant } from '#shared/rounds/pool-items';
import { chosenRole, type ChosenRole } from './chosen-roles.ts';

/** Statuses from which an applicant may still withdraw: anything before a confirmed placement. */
const WITHDRAWABLE = new Set(['UNCONFIRMED', 'SUBMITTED', 'PROPOSED']);

/** "Download my data": a JSON file, never cached (the URL holds a bearer token). */
function dataResponse(method: string, applicationId: string, data: unknown): ApiResult {
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="liike-my-data-${applicationId}.json"`,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
      'x-content-type-options': 'nosniff',
    },
    body: method === 'HEAD' ? '' : JSON.stringify(data, null, 2),
  };
}

/**
 * The placement proposed to the applicant, or confirmed: the company, the role, the place and the
 * dates, with who decides next; once confirmed, the company contact and the school's coordinator.
 */
function placementOf(ctx: MatchContext | undefined, language: Language): StatusPlacement | undefined {
  if (!ctx) return undefined;
  const { match, role, school } = ctx;
  const stage = ({ PROPOSED: 'coordinator', APPROVED: 'company', CONFIRMED: 'confirmed' } as const)[match.status as 'PROPOSED' | 'APPROVED' | 'CONFIRMED'];
  if (!stage) return undefined;
  // The role's own words in the text that fits the reader, its language named when not theirs.
  const text = roleTextShown(role, language);
  return {
    stage,
    companyName: role.company.name,
    roleTitle: text.title,
    ...(text.titleLanguage ? { roleLanguage: text.titleLanguage } : {}),
    city: role.company.city,
    country: role.company.country,
    ...placementPeriod(ctx),
    ...(text.description ? { description: text.description, ...(text.descriptionLanguage ? { descriptionLanguage: text.descriptionLanguage } : {}) } : {}),
    ...(stage === 'confirmed'
      ? {
          contacts: {
            company: { name: role.contact.name, email: role.contact.email },
            coordinator: { name: school.coordinator.name, email: school.coordinator.email },
          },
        }
      : {}),
  };
}

/**
 * The roles the applicant ranked, in order, read by id (at most five GetItems, in parallel), each
 * with whether a round can propose it and why not. Only while the application can still be
 * matched or waits on a proposal.
 */
async function chosenRolesOf(application: ApplicationItem, language: Language, ctx: MatchContext | undefined): Promise<ChosenRole[]> {
  const ids = application.rolePreferences ?? [];
  if (ids.length === 0 || !['UNCONFIRMED', 'SUBMITTED', 'PROPOSED'].includes(application.status)) return [];
  const roles = await Promise.all(ids.map((roleId) => getRole(roleId)));
  const applicant = toApplicant(application);
  const pair = { proposedRoleId: application.status === 'PROPOSED' ? ctx?.match.roleId : undefined, forbiddenRoleIds: application.forbiddenRoleIds };
  return ids.map((roleId, i) => chosenRole(roleId, roles[i], applicant, language, pair));
}

/** The status page of an application, with the forms its status allows, posting to the link itself. */
async function statusPage(language: Language, application: ApplicationItem, path: string, options: { justConfirmed?: boolean } = {}) {
  const ctx = application.matchId && (application.status === 'PROPOSED' || application.status === 'PLACED') ? await loadMatchContext(application.matchId) : undefined;
  const placement = placementOf(ctx, language);
  const chosenRoles = await chosenRolesOf(application, language, ctx);
  return applicationStatusPage(language, {
    status: application.status,
    submittedAt: forReaderIn(application.submittedAt, application.homeCountry),
    applicantType: application.applicantType,
    sectors: application.sectors,
    destinations: application.destinations,
    availableFrom: application.availableFrom,
    availableTo: application.availableTo,
    ...(WITHDRAWABLE.has(application.status) ? { withdrawAction: path } : {}),
    ...(application.status === 'UNCONFIRMED' ? { confirmAction: path } : {}),
    ...(options.justConfirmed ? { justConfirmed: true } : {}),
    ...(application.held ? { held: application.held.reason === 'coordinator' ? ('coordinator' as const) : ('undeliverable' as const) } : {}),
    ...(placement ? { placement } : {}),
    ...(chosenRoles.length > 0 ? { chosenRoles } : {}),
    dataPath: path,
  });
}

/**
 * The applicant's private status page (the receipt's link). While UNCONFIRMED its first form
 * (`decision=confirm`) confirms the address, which puts the application into matching; another
 * link (`?view=withdraw`) asks to confirm the withdrawal, whose form POST (`decision=withdraw`) withdraws. `?view=data` downloads everything held about the applicant, `?view=erase` asks to confirm the deletion,
 * whose form POST (`decision=erase`) erases. Once erased, the link only says so.
 */
export const applicationStatus: PurposeHandler = {
  async view(item, { method, path, query, now }) {
    const application = await getApplication(item.subjectId);
    if (!application) return pageResponse(method, 404, notFoundPage(item.language));
    if (application.erasedAt) return pageResponse(method, 410, dataErasedPage(item.language, { erasedAt: forReaderIn(application.erasedAt, application.homeCountry) }));
    const view = query?.get('view');
    if (view === DATA_VIEW.download) {
      const data = await exportApplicantData(application.applicationId, now);
      if (data) return dataResponse(method, application.applicationId, data);
    }
    if (view === DATA_VIEW.erase) return pageResponse(method, 200, eraseConfirmPage(item.language, { action: path }));
    if (view === WITHDRAW_VIEW && WITHDRAWABLE.has(application.status)) {
      return pageResponse(method, 200, withdrawConfirmPage(item.language, { action: path, proposed: application.status === 'PROPOSED' }));
    }
    return pageResponse(method, 200, await statusPage(item.language, application, path));
  },
  async act(item, { method, path, now, form }) {
    const application = await getApplication(item.subjectId);
    if (!application) return pageResponse(method, 404, notFoundPage(item.language));
    if (application.erasedAt) return pageResponse(method, 410, dataErasedPage(item.language, { erasedAt: forReaderIn(application.erasedAt, application.homeCountry) }));
    if (form.get('decision') === 'erase') {
      const erased = await eraseApplication(application.applicationId, now);
      if (!erased) return pageResponse(method, 404, notFoundPage(item.language));
      return pageResponse(method, 200, dataErasedPage(item.language, { erasedAt: forReaderIn(now.toISOString(), application.homeCountry) }));
    }
    if (form.get('decision') === 'confirm') {
      // The page then shows where the application stands: confirmed now, already (a second press,
      // or a replay of the form), or withdrawn meanwhile; bound to the status, nothing else changes.
      const outcome = await confirmApplication(application, now);
      const current = await getApplication(item.subjectId);
      if (!current || current.erasedAt) return pageResponse(method, 410, dataErasedPage(item.language, { erasedAt: forReaderIn(current?.erasedAt ?? now.toISOString(), application.homeCountry) }));
      return pageResponse(method, 200, await statusPage(item.language, current, path, { justConfirmed: outcome === 'confirmed' }));
    }
    // Only what the page's forms send acts: a stray or mistyped POST changes nothing.
    if (form.get('decision') !== 'withdraw') return { ...(await applicationStatus.view(item, { method: 'GET', path, now, form })), statusCode: 400 };
    // The link stays usable for viewing; withdrawing once is guarded by the application's status.
    const match = application.matchId ? await getMatch(application.matchId) : undefined;
    const outcome = WITHDRAWABLE.has(application.status) ? await withdrawApplication(application, match, now) : 'not-allowed';
    if (outcome === 'done') return pageResponse(method, 200, decisionDonePage(item.language, { outcome: 'withdrawn' }));
    const current = await getApplication(item.subjectId);
    const change = current?.status === 'WITHDRAWN' ? 'withdrawn' : 'decided';
    return pageResponse(method, 409, proposalChangedPage(item.language, { change }));
  },
};
