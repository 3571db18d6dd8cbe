import * as z from '#shared/platform/zod';
import { functions, type HttpMethod } from './catalog.ts';
import { applicationCreated, applicationSchema } from '#shared/applications/schema';
import { boardPageSchema, boardQuerySchema, BOARD_PAGE, publicRoleSchema } from '#shared/roles/public-role';
import { roleCreated, roleSchema } from '#shared/roles/schema';
import { schoolSchema } from '#shared/schools/schema';

/** RFC 9457 problem details, as every error answers. */
const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(z.strictObject({ path: z.string(), message: z.string() }))),
});

const schema = (s: z.ZodMiniType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, target: 'draft-2020-12', unrepresentable: 'any' });
  return rest;
};

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const jsonBody = (ref: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
/** The database unreachable or throttling (shared/platform/unavailable.ts): any route that reads or writes may say it. */
const unavailable = {
  ...problem('The database cannot be reached just now, or is throttling: try again after `Retry-After` seconds. Never cached'),
  headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
};
const writeErrors = {
  '400': problem('Malformed JSON or Idempotency-Key'),
  '409': problem('A request with the same Idempotency-Key is in progress'),
  '413': problem('Body over 64 KiB'),
  '415': problem('Body is not application/json'),
  '422': problem('Invalid fields, listed in `errors`'),
  '503': unavailable,
};
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'The same key with the same body returns the first response and writes nothing new.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};
const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
const tokenParam = { name: 'token', in: 'path', required: true, schema: { type: 'string' } };
const schoolParam = { name: 'schoolId', in: 'path', required: true, schema: { type: 'string' } };
const deskIdParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } });

/** What each query parameter of GET /roles does; the types and limits come from boardQuerySchema. */
const BOARD_PARAMETERS: Record<keyof z.input<typeof boardQuerySchema>, string> = {
  country: 'Host country (ISO 3166-1 alpha-2).',
  sector: 'Sector.',
  field: 'ISCED-F 2013 field of study of 2, 3 or 4 digits: a broad or narrow field finds the roles in it; a detailed one also the roles that take a broader field it falls in (as matching decides).',
  applicantType: 'Roles open to this kind of applicant.',
  from: 'Roles whose period ends on or after this day.',
  to: 'Roles whose period begins on or before this day (with `from`: the periods that overlap these days).',
  q: 'Words that must all be in the title (in either language), the company name or the city; case and diacritics are ignored ("siauliai" finds "Šiauliai").',
  cursor: 'The `next` of the page before, with the same `country` and `sector` (otherwise 400 at `cursor`).',
  limit: `Roles per page, 1–100; ${BOARD_PAGE} by default.`,
};
const boardQueryJson = schema(boardQuerySchema, 'input') as { properties: Record<string, object> };
const boardParameters = Object.entries(BOARD_PARAMETERS).map(([name, description]) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: boardQueryJson.properties[name],
}));
const roleIdParam = { name: 'roleId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
/** The board's answers may be kept by any cache for a minute (CloudFront does). */
const cacheControl = { 'Cache-Control': { description: '`public, max-age=60`', schema: { type: 'string' } } };
/** An error of the board is never kept (`no-store`), but a role not on it, which may be soon. */
const notCached = { 'Cache-Control': { description: '`no-store`', schema: { type: 'string' } } };

/** What each route of the catalogue does, for the document; keyed by `METHOD path`. */
const operations: Record<string, object> = {
  'GET /health': {
    summary: 'Liveness',
    responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } } } },
  },
  'GET /schools': {
    summary: 'The partner schools',
    responses: { '200': { description: 'Schools', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/School' } } } } } },
  },
  'GET /openapi.json': { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1 document' } } },
  'POST /applications': {
    summary: 'Submit an application',
    parameters: [idempotencyKey],
    requestBody: { required: true, ...jsonBody('Application') },
    responses: { '201': { description: 'Stored; a receipt email follows', ...jsonBody('ApplicationCreated') }, ...writeErrors },
  },
  'POST /roles': {
    summary: 'Post a role; it opens after the contact confirms the email address',
    parameters: [idempotencyKey],
    requestBody: { required: true, ...jsonBody('Role') },
    responses: { '201': { description: 'Stored; a verification email follows', ...jsonBody('RoleCreated') }, ...writeErrors },
  },
  'GET /roles': {
    summary: 'The public board: open roles with a place left, a page at a time, in a stable order (host country, sector, then when each opened); no contact person, email or business id',
    parameters: boardParameters,
    responses: {
      '200': { description: 'A page of roles; `next`, when present, is the cursor of the page after it (a page may hold fewer roles than `limit` and still have a `next`)', headers: cacheControl, ...jsonBody('BoardPage') },
      '400': { ...problem('A query parameter is unknown or not valid (a page cursor included): `errors` names each'), headers: notCached },
      '503': unavailable,
    },
  },
  'GET /roles/{roleId}': {
    summary: 'One role of the board, with its description',
    parameters: [roleIdParam],
    responses: {
      '200': { description: 'The role', headers: cacheControl, ...jsonBody('PublicRole') },
      '404': {
        ...problem('No open role with a place left has this id (unknown, not yet confirmed, closed, full or its period over)'),
        headers: { 'Cache-Control': { description: '`public, max-age=10`: the role may open soon', schema: { type: 'string' } } },
      },
      '503': unavailable,
    },
  },
  'GET /t/{token}': { summary: 'Page behind an email link (only shows)', parameters: [tokenParam], responses: { '200': htmlPage('The page'), '404': htmlPage('Unknown link'), '410': htmlPage('Expired link') } },
  'POST /t/{token}': {
    summary: "The action of the link's page (form post)",
    parameters: [tokenParam],
    responses: {
      '200': htmlPage('Done, or why not'),
      '303': { description: 'Done, shown again by a redirect (the role management link: changed, closed or reopened)' },
      '422': htmlPage('The form again as typed, each error under its field; nothing written'),
    },
  },
  'GET /sign-in': {
    summary: 'The sign-in form; with `sent`, the one answer every address gets',
    parameters: [{ name: 'lang', in: 'query', required: false, schema: { enum: ['fi', 'en', 'et', 'lt', 'ru'] } }],
    responses: { '200': htmlPage('The page') },
  },
  'POST /sign-in': {
    summary: 'Ask for a sign-in link (form post: `email`, `lang`); the same answer whatever the address',
    responses: { '303': { description: 'To the "link on its way" page' }, '422': htmlPage('Not an email address'), '429': htmlPage('Too many requests from this network') },
  },
  'POST /sign-out': { summary: 'End the session wherever it is stored', responses: { '200': htmlPage('Signed out; the cookie is cleared') } },
  'GET /desk': { summary: "The signed-in person's desk (session cookie)", responses: { '200': htmlPage('The desk'), '303': { description: 'To the sign-in page, or an applicant to their status page' } } },
  'POST /desk/applications/{applicationId}': {
    summary: "Open one's own application's status page",
    parameters: [{ name: 'applicationId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '303': { description: 'To the status page' }, '401': htmlPage('No session'), '404': htmlPage('Not this person’s application') },
  },
  'GET /desk/roles': {
    summary: "The company contact's roles: status, places, period, proposals waiting for a decision, confirmed trainees (session cookie)",
    parameters: [
      { name: 'notice', in: 'query', required: false, schema: { enum: ['closed', 'alreadyClosed', 'notOpen'] } },
      { name: 'role', in: 'query', required: false, schema: { type: 'string' } },
    ],
    responses: { '200': htmlPage('The roles'), '303': { description: 'No session: to the sign-in page' } },
  },
  'GET /desk/roles/{roleId}/close': {
    summary: 'What closing the role does, and the button that closes it (only shows)',
    parameters: [{ name: 'roleId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '200': htmlPage('The confirm page, or why there is nothing to close'), '303': { description: 'No session: to the sign-in page' }, '404': htmlPage('Not this contact’s role') },
  },
  'POST /desk/roles/{roleId}/close': {
    summary: 'Close the role (form post: `decision=close`), as the close-role link does',
    parameters: [{ name: 'roleId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '303': { description: 'To the roles, with a notice' }, '401': htmlPage('No session'), '403': htmlPage('Posted from another site'), '404': htmlPage('Not this contact’s role') },
  },
  'GET /desk/roles/{roleId}': {
    summary: "The role's page: its state, the change form, closing and reopening, as behind the management link in the company's emails (only shows)",
    parameters: [
      { name: 'roleId', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'notice', in: 'query', required: false, schema: { enum: ['changed', 'searching', 'unchanged', 'reopened', 'closed'] } },
    ],
    responses: { '200': htmlPage('The page'), '303': { description: 'No session: to the sign-in page' }, '404': htmlPage('Not this contact’s role') },
  },
  'POST /desk/roles/{roleId}': {
    summary:
      'Change the role (form post: `decision=change`, `description`, `places`, `periodFrom`, `periodTo`, `minWeeks`, `languages.<i>.code`, `languages.<i>.level`, `fieldsOfStudy` repeated); places not below those taken',
    parameters: [{ name: 'roleId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: {
      '303': { description: "To the role's page, with a notice" },
      '401': htmlPage('No session'),
      '403': htmlPage('Posted from another site'),
      '404': htmlPage('Not this contact’s role'),
      '422': htmlPage('The form again as typed, each error under its field; nothing written'),
    },
  },
  'POST /desk/roles/{roleId}/reopen': {
    summary: 'Reopen a closed role whose period has not ended (form post: `decision=reopen`)',
    parameters: [{ name: 'roleId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '303': { description: "To the role's page (with a notice when reopened)" }, '401': htmlPage('No session'), '403': htmlPage('Posted from another site'), '404': htmlPage('Not this contact’s role') },
  },
  // The school coordinator's desk (shared/school-desk/): session cookie; another school's ids are 404.
  'GET /desk/school/{schoolId}': {
    summary: "The school's desk: decisions waiting for the coordinator, every applicant, confirmed and past placements",
    parameters: [schoolParam],
    responses: { '200': htmlPage('The desk'), '303': { description: 'To the sign-in page' }, '404': htmlPage('Not a school of this person') },
  },
  'GET /desk/school/{schoolId}/placements.csv': {
    summary: "The school's confirmed placements as CSV (a header row; cells that a spreadsheet would run as formulas start with ')",
    parameters: [schoolParam],
    responses: { '200': { description: 'The placements', content: { 'text/csv': { schema: { type: 'string' } } } }, '404': htmlPage('Not a school of this person') },
  },
  'GET /desk/school/{schoolId}/matches/{matchId}': {
    summary: 'The decision page of a proposal for one of the school’s applicants, as behind the email link',
    parameters: [schoolParam, deskIdParam('matchId')],
    responses: { '200': htmlPage('The decision page'), '303': { description: 'To the desk: the proposal no longer waits for the coordinator' }, '404': htmlPage('Not a proposal of this school') },
  },
  'POST /desk/school/{schoolId}/matches/{matchId}': {
    summary: 'Decide a proposal (form post: `decision` approve or reject, `reason`, `rejectKind` pair or hold), as the email link does',
    parameters: [schoolParam, deskIdParam('matchId')],
    responses: {
      '303': { description: 'To the desk, which says what was done, or that the proposal had changed' },
      '400': htmlPage('Neither button'),
      '401': htmlPage('No session'),
      '422': htmlPage('A rejection without a reason'),
      '404': htmlPage('Not a proposal of this school'),
    },
  },
  'GET /desk/school/{schoolId}/applications/{applicationId}': {
    summary: 'One applicant of the school: the application, its proposal or placement, pausing and withdrawing',
    parameters: [schoolParam, deskIdParam('applicationId')],
    responses: { '200': htmlPage('The applicant'), '404': htmlPage('Not an application of this school') },
  },
  'POST /desk/school/{schoolId}/applications/{applicationId}': {
    summary: 'Pause a student waiting in the pool, or put a paused one back into the search (form post: `decision` pause or release)',
    parameters: [schoolParam, deskIdParam('applicationId')],
    responses: { '303': { description: 'To the applicant, with what was done' }, '400': htmlPage('Neither button'), '401': htmlPage('No session'), '404': htmlPage('Not an application of this school') },
  },
  'GET /desk/school/{schoolId}/applications/{applicationId}/withdraw': {
    summary: "The confirm step of withdrawing an application on the student's behalf",
    parameters: [schoolParam, deskIdParam('applicationId')],
    responses: { '200': htmlPage('The confirm page, or why it can no longer be withdrawn'), '404': htmlPage('Not an application of this school') },
  },
  'POST /desk/school/{schoolId}/applications/{applicationId}/withdraw': {
    summary: 'Withdraw on the student’s behalf (form post: `reason`, required; kept on the application, in no event)',
    parameters: [schoolParam, deskIdParam('applicationId')],
    responses: {
      '303': { description: 'To the applicant: withdrawn' },
      '401': htmlPage('No session'),
      '404': htmlPage('Not an application of this school'),
      '409': htmlPage('Placed or withdrawn meanwhile'),
      '422': htmlPage('No reason'),
    },
  },
  // The staff desk (shared/staff-desk/): programme staff only; for anyone else every route is a 404.
  'GET /desk/staff': {
    summary: 'Programme staff: every school with its coordinator and deputy, and the pipeline by country and sector',
    responses: { '200': htmlPage('The staff desk'), '303': { description: 'No session: to the sign-in page' }, '404': htmlPage('Not programme staff') },
  },
  'GET /desk/staff/audit': { summary: 'Programme staff: the latest entries of the registry’s audit trail', responses: { '200': htmlPage('The audit trail'), '404': htmlPage('Not programme staff') } },
  'GET /desk/staff/resend': {
    summary: 'Programme staff: the form to send a link again by an application, proposal or role id (`?sent=` says what was just sent to whom)',
    responses: { '200': htmlPage('The form'), '404': htmlPage('Not programme staff') },
  },
  'POST /desk/staff/resend': {
    summary:
      'Programme staff: send a fresh link to whoever needs it (form post: `id`): an application’s status link to its applicant; a pending proposal’s decision email, as a reminder, to the coordinator and deputy or to the company’s contact; a role’s verification email, or its “role is open” email with the close link, to its contact',
    responses: {
      '303': { description: 'Sent: back to the form, saying what went to whom' },
      '401': htmlPage('No session'),
      '404': htmlPage('Not programme staff'),
      '422': htmlPage('Not an id, nothing (or only erased data) under it, a proposal decided or ended, or a closed role; nothing sent'),
    },
  },
  'GET /desk/staff/schools/new': { summary: 'Programme staff: the form to add a school', responses: { '200': htmlPage('The form'), '404': htmlPage('Not programme staff') } },
  'POST /desk/staff/schools/new': {
    summary: 'Programme staff: add a school with its coordinator and deputy (form post; audited)',
    responses: { '303': { description: 'Added: back to the desk' }, '401': htmlPage('No session'), '404': htmlPage('Not programme staff'), '422': htmlPage('Invalid fields, each named; nothing written') },
  },
  'GET /desk/staff/schools/{schoolId}': {
    summary: 'Programme staff: the form to change a school',
    parameters: [{ name: 'schoolId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '200': htmlPage('The form'), '404': htmlPage('Not programme staff, or no such school') },
  },
  'POST /desk/staff/schools/{schoolId}': {
    summary: 'Programme staff: change a school (form post of the fields; audited)',
    parameters: [{ name: 'schoolId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '303': { description: 'Saved: back to the desk' }, '401': htmlPage('No session'), '404': htmlPage('Not programme staff, or no such school'), '422': htmlPage('Invalid fields, each named; nothing written') },
  },
  'GET /desk/staff/schools/{schoolId}/deactivate': {
    summary: 'Programme staff: what deactivating a school does, and its button',
    parameters: [{ name: 'schoolId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '200': htmlPage('The confirm page'), '404': htmlPage('Not programme staff, or no such school') },
  },
  'POST /desk/staff/schools/{schoolId}/deactivate': {
    summary: 'Programme staff: deactivate a school; its open applications are withdrawn and each applicant told (audited)',
    parameters: [{ name: 'schoolId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '303': { description: 'Deactivated: back to the desk' }, '401': htmlPage('No session'), '404': htmlPage('Not programme staff, or no such school') },
  },
};

/** Every HEAD route answers as its GET, without the body: the same statuses and headers. */
function headOf(path: string): object | undefined {
  const get = operations[`GET ${path}`] as { summary: string; parameters?: object[]; responses: Record<string, { headers?: object }> } | undefined;
  if (!get) return undefined;
  const responses = Object.fromEntries(
    Object.entries(get.responses).map(([status, { headers }]) => [status, { description: 'As GET, without a body', ...(headers ? { headers } : {}) }]),
  );
  return { summary: `Headers of: ${get.summary}`, ...(get.parameters ? { parameters: get.parameters } : {}), responses };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of Object.values(functions)) {
    if (def.trigger.kind !== 'http') continue;
    for (const route of def.trigger.routes) {
      const operation = operations[`${route.method} ${route.path}`] ?? (route.method === 'HEAD' ? headOf(route.path) : undefined);
      if (!operation) throw new Error(`route ${route.method} ${route.path} is not documented`);
      (paths[route.path] ??= {})[route.method.toLowerCase() as Lowercase<HttpMethod>] = operation;
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Liike API', version: '1.0.0', description: 'Cross-border work-based-learning exchange.' },
    paths,
    components: {
      schemas: {
        Application: schema(applicationSchema(), 'input'),
        Role: schema(roleSchema(), 'input'),
        School: schema(schoolSchema, 'output'),
        ApplicationCreated: schema(applicationCreated, 'output'),
        RoleCreated: schema(roleCreated, 'output'),
        BoardPage: schema(boardPageSchema, 'output'),
        PublicRole: schema(publicRoleSchema, 'output'),
        Problem: schema(problemSchema, 'output'),
      },
    },
  };
}
