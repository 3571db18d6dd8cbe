import { coordinatorDeskDecision } from '#shared/decisions/links';
import { loadMatchContext } from '#shared/decisions/match-context';
import { releaseHold } from '#shared/decisions/hold';
import { MAX_REASON_LENGTH, validReason } from '#shared/decisions/states';
import { pageResponse } from '#shared/links/link-handler';
import { notFoundPage } from '#shared/platform/error-pages';
import type { ApiResult } from '#shared/platform/http/handler';
import { getSchool, type School } from '#shared/schools/registry';
import { redirect, type DeskRequest } from '#shared/sign-in/desk-handler';
import type { Identity } from '#shared/sign-in/identity';
import { placementsCsv } from './csv.ts';
import { applicationOfSchool, matchOf, schoolOverview, schoolPlacements } from './data.ts';
import { applicantPage, schoolDeskPage, withdrawPage } from './pages.ts';
import { pauseApplication } from './pause.ts';
import { applicantPath, schoolDeskPath } from './paths.ts';
import { NOTICES, type Notice } from './texts.ts';
import { withdrawForStudent } from './withdraw.ts';

/*
 * The routes of the school's desk. Only the school's coordinator and deputy (identity.schools,
 * from the registry on every request) see anything of it: any other school, and any match or
 * application that is not the school's, is the same 404 as an id that does not exist.
 */

type Mine = Identity['schools'][number] & { school: School };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const notFound = (request: DeskRequest) => pageResponse(request.method, 404, notFoundPage(request.language));

/** The school of the path, if the person is its coordinator or deputy. */
async function mySchool(request: DeskRequest): Promise<Mine | undefined> {
  const mine = request.identity.schools.find((s) => s.schoolId === request.params.schoolId);
  const school = mine && (await getSchool(mine.schoolId));
  return mine && school ? { ...mine, school } : undefined;
}

/** An id of the path that can be one (a UUID); anything else names nothing. */
const idParam = (request: DeskRequest, name: string) => {
  const value = request.params[name] ?? '';
  return UUID.test(value) ? value : undefined;
};

const noticeOf = (request: DeskRequest): Notice | undefined => {
  const done = request.query.get('done');
  return NOTICES.find((n) => n === done);
};

const back = (path: string, notice: Notice) => redirect(`${path}?done=${notice}`);

/** GET /desk/school/{schoolId}: the decisions waiting, the applicants, the placements. */
export async function schoolDesk(request: DeskRequest): Promise<ApiResult> {
  const mine = await mySchool(request);
  if (!mine) return notFound(request);
  const overview = await schoolOverview(mine.schoolId);
  return pageResponse(request.method, 200, schoolDeskPage(request.language, { email: request.identity.email, school: mine.school, notice: noticeOf(request), ...overview }));
}

/** GET /desk/school/{schoolId}/placements.csv: the school's confirmed placements as a spreadsheet. */
export async function placementsDownload(request: DeskRequest): Promise<ApiResult> {
  const mine = await mySchool(request);
  if (!mine) return notFound(request);
  const csv = placementsCsv(request.language, await schoolPlacements(mine.schoolId));
  return {
    statusCode: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="placements-${mine.schoolId}.csv"`,
      // Names of students: never cached anywhere on the way.
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
    body: request.method === 'HEAD' ? '' : csv,
  };
}

/**
 * GET and POST /desk/school/{schoolId}/matches/{matchId}: the email link's decision page and its
 * decision (shared/decisions/links.ts, coordinatorDeskDecision), reached with a session. What no
 * longer waits for the coordinator sends them back to the desk, which says so.
 */
export async function decision(request: DeskRequest): Promise<ApiResult> {
  const mine = await mySchool(request);
  const matchId = idParam(request, 'matchId');
  if (!mine || !matchId) return notFound(request);
  const ctx = await loadMatchContext(matchId);
  if (!ctx || ctx.application.schoolId !== mine.schoolId || ctx.application.erasedAt) return notFound(request);
  const desk = schoolDeskPath(mine.schoolId);
  if (coordinatorDeskDecision.change(ctx, request.now)) return back(desk, 'changed');
  if (request.method !== 'POST') return pageResponse(request.method, 200, coordinatorDeskDecision.page(request.language, ctx, request.path));
  const decided = await coordinatorDeskDecision.decide(ctx, request.form, request.now);
  switch (decided.result) {
    case 'decided':
      return back(desk, NOTICES.find((n) => n === decided.outcome) ?? 'changed');
    case 'refused':
      return pageResponse(request.method, decided.statusCode, coordinatorDeskDecision.page(request.language, ctx, request.path, decided.refused));
    case 'conflict':
      return back(desk, 'changed');
  }
}

/** GET and POST /desk/school/{schoolId}/applications/{applicationId}: one applicant; its form pauses or releases them. */
export async function applicant(request: DeskRequest): Promise<ApiResult> {
  const mine = await mySchool(request);
  const applicationId = idParam(request, 'applicationId');
  if (!mine || !applicationId) return notFound(request);
  const application = await applicationOfSchool(mine.schoolId, applicationId);
  if (!application) return notFound(request);
  const here = applicantPath(mine.schoolId, applicationId);
  if (request.method === 'POST') {
    const choice = request.form.get('decision');
    if (choice === 'pause') return back(here, (await pauseApplication(application, request.now)) === 'paused' ? 'paused' : 'notPaused');
    if (choice === 'release') return back(here, (await releaseHold(application, request.now)) === 'released' ? 'released' : 'notReleased');
  }
  const page = applicantPage(request.language, {
    email: request.identity.email,
    school: mine.school,
    notice: noticeOf(request),
    application,
    shown: await matchOf(application),
    formAction: here,
  });
  // A post that is neither button: the page again, nothing done.
  return pageResponse(request.method, request.method === 'POST' ? 400 : 200, page);
}

/** GET and POST /desk/school/{schoolId}/applications/{applicationId}/withdraw: the confirm step, then the withdrawal with its reason. */
export async function withdraw(request: DeskRequest): Promise<ApiResult> {
  const mine = await mySchool(request);
  const applicationId = idParam(request, 'applicationId');
  if (!mine || !applicationId) return notFound(request);
  const application = await applicationOfSchool(mine.schoolId, applicationId);
  if (!application) return notFound(request);
  const vars = { email: request.identity.email, school: mine.school, application, formAction: request.path };
  if (request.method !== 'POST') return pageResponse(request.method, 200, withdrawPage(request.language, vars));
  const typed = request.form.get('reason') ?? '';
  const reason = validReason(typed);
  if (!reason) return pageResponse(request.method, 422, withdrawPage(request.language, { ...vars, reasonMissing: true, reason: typed.slice(0, MAX_REASON_LENGTH) }));
  const outcome = await withdrawForStudent(mine.schoolId, applicationId, { by: mine.as, reason }, request.now);
  if (outcome === 'withdrawn') return back(applicantPath(mine.schoolId, applicationId), 'withdrawn');
  const now = await applicationOfSchool(mine.schoolId, applicationId);
  if (!now) return notFound(request);
  // Placed or withdrawn meanwhile: the page says it can no longer be withdrawn.
  return pageResponse(request.method, 409, withdrawPage(request.language, { ...vars, application: now }));
}
