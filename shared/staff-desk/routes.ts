import { pageResponse } from '#shared/links/link-handler';
import { notFoundPage } from '#shared/platform/error-pages';
import type { ApiResult } from '#shared/platform/http/handler';
import { latestAudit } from '#shared/schools/audit';
import { applicationsOfSchool, OPEN_STATUSES } from '#shared/schools/deactivation';
import { addSchool, deactivateSchool, readSchool, updateSchool, type Outcome } from '#shared/schools/operations';
import { listSchools, type School } from '#shared/schools/registry';
import { EDITABLE_FIELDS, flatFromSchool, SCHOOL_FIELDS, schoolIdRule, type EditableField, type FlatSchool } from '#shared/schools/registry-schema';
import { redirect, type DeskRequest } from '#shared/sign-in/desk-handler';
import { auditPage, deactivatePage, resendPage, schoolFormPage, staffDeskPage } from './pages.ts';
import { loadPipeline } from './pipeline.ts';
import { STAFF_PATHS } from './paths.ts';
import { isSent, resendLink } from './resend.ts';
import type { Notice } from './texts.ts';

/*
 * The staff desk's routes (functions/catalog.ts, staffDesk). Only programme staff (identity.staff:
 * configuration, worked out on every request) may use any of them; for anyone else each is a 404,
 * as if it did not exist, before anything is read or written. A change is made by the registry's
 * own operations (shared/schools/operations.ts), which write the audit entry with it; after a
 * change the desk redirects (a reload does not post again) and says what was done.
 */

type Route = (request: DeskRequest) => Promise<ApiResult>;

const NOTICES = new Set<Notice>(['added', 'updated', 'unchanged', 'deactivated']);
const notFound = (r: DeskRequest) => pageResponse(r.method, 404, notFoundPage(r.language));
const done = (notice: Notice, schoolId = '') => redirect(`${STAFF_PATHS.desk}?done=${notice}${schoolId ? `&school=${encodeURIComponent(schoolId)}` : ''}`);

/** The audit's `who` for a member of staff: their address as the session has it. */
const who = (r: DeskRequest) => r.identity.email;

async function desk(r: DeskRequest): Promise<ApiResult> {
  const schools = await listSchools({ consistent: true });
  const pipeline = await loadPipeline(schools);
  const kind = r.query.get('done') as Notice | null;
  const schoolId = r.query.get('school') ?? '';
  const notice = kind && NOTICES.has(kind) && (schoolId === '' || schoolIdRule.safeParse(schoolId).success) ? { kind, schoolId } : undefined;
  return pageResponse(r.method, 200, staffDeskPage(r.language, { email: r.identity.email, schools, pipeline, ...(notice ? { notice } : {}) }));
}

/** The posted fields the form has (a field it left out is absent, not empty). */
function posted(form: URLSearchParams, fields: readonly string[]): FlatSchool {
  const flat: FlatSchool = {};
  for (const field of fields) {
    const value = form.get(field);
    if (value !== null) flat[field as keyof FlatSchool] = value;
  }
  return flat;
}

const invalidForm = (r: DeskRequest, outcome: Extract<Outcome, { outcome: 'invalid' }>, values: FlatSchool, school?: School) =>
  pageResponse(r.method, 422, schoolFormPage(r.language, { email: r.identity.email, values, errors: outcome.errors, ...(school ? { school } : {}) }));

async function newSchool(r: DeskRequest): Promise<ApiResult> {
  if (r.method !== 'POST') return pageResponse(r.method, 200, schoolFormPage(r.language, { email: r.identity.email, values: {} }));
  const values = posted(r.form, SCHOOL_FIELDS);
  const outcome = await addSchool(values, who(r), r.now);
  if (outcome.outcome === 'invalid') return invalidForm(r, outcome, values);
  return done('added', values.schoolId?.trim());
}

async function school(r: DeskRequest): Promise<ApiResult> {
  const schoolId = r.params.schoolId ?? '';
  const current = await readSchool(schoolId);
  if (!current) return notFound(r);
  if (r.method !== 'POST') return pageResponse(r.method, 200, schoolFormPage(r.language, { email: r.identity.email, school: current, values: flatFromSchool(current) }));
  const patch = posted(r.form, EDITABLE_FIELDS) as Partial<Record<EditableField, string>>;
  const outcome = await updateSchool(schoolId, patch, who(r), r.now);
  switch (outcome.outcome) {
    case 'invalid':
      return invalidForm(r, outcome, { ...flatFromSchool(current), ...patch }, current);
    case 'not-found':
      return notFound(r);
    case 'unchanged':
      return done('unchanged', schoolId);
    default:
      return done('updated', schoolId);
  }
}

async function deactivate(r: DeskRequest): Promise<ApiResult> {
  const schoolId = r.params.schoolId ?? '';
  if (r.method === 'POST') {
    // Only the confirm page's button deactivates (as only a close page's button closes a role):
    // any other post back there, having changed nothing.
    if (r.form.get('decision') !== 'deactivate') return redirect(r.path);
    const outcome = await deactivateSchool(schoolId, who(r), r.now);
    return outcome.outcome === 'not-found' ? notFound(r) : done('deactivated', schoolId);
  }
  const current = await readSchool(schoolId);
  if (!current) return notFound(r);
  const openApplications = (await applicationsOfSchool(schoolId)).filter((a) => OPEN_STATUSES.has(a.status)).length;
  return pageResponse(r.method, 200, deactivatePage(r.language, { email: r.identity.email, school: current, openApplications }));
}

async function audit(r: DeskRequest): Promise<ApiResult> {
  return pageResponse(r.method, 200, auditPage(r.language, { email: r.identity.email, entries: await latestAudit(100) }));
}

/**
 * Any link again, by the id staff were given (resend.ts). Sent: back to the form, which says what
 * went to whom, ready for the next; refused: the form again with why, under the field.
 */
async function resend(r: DeskRequest): Promise<ApiResult> {
  if (r.method !== 'POST') {
    const sent = r.query.get('sent');
    return pageResponse(r.method, 200, resendPage(r.language, { email: r.identity.email, ...(isSent(sent) ? { sent } : {}) }));
  }
  const typed = (r.form.get('id') ?? '').trim();
  const outcome = await resendLink(typed, r.now);
  if ('refused' in outcome) return pageResponse(r.method, 422, resendPage(r.language, { email: r.identity.email, id: typed, error: outcome.refused }));
  return redirect(`${STAFF_PATHS.resend}?sent=${outcome.sent}`);
}

const ROUTES: Record<string, Route> = {
  '/desk/staff': desk,
  '/desk/staff/audit': audit,
  '/desk/staff/resend': resend,
  '/desk/staff/schools/new': newSchool,
  '/desk/staff/schools/{schoolId}': school,
  '/desk/staff/schools/{schoolId}/deactivate': deactivate,
};

/** Every staff route, by its route key's path; anyone but programme staff gets a 404. */
export async function staffDeskRoute(r: DeskRequest): Promise<ApiResult> {
  const route = ROUTES[r.event.routeKey.split(' ')[1] ?? ''];
  if (!route || !r.identity.staff) return notFound(r);
  return route(r);
}
