import type { EventContract } from '#events/define-event';
import {
  matchApproved,
  matchProposed,
  applicationSubmitted,
  applicationWithdrawn,
  matchConfirmed,
  matchingRequested,
  roleClosed,
  roleOpened,
  roleSubmitted,
  applicationHeld,
  schoolContactUndeliverable,
  schoolDeactivated,
  signInRequested,
  applicationPaused,
} from '#events/contracts';
import { BOUNCED, COMPLAINED, SES_SOURCE } from '#shared/deliverability/ses-events';
import { coordinatorOfChangeEvents, roundTriggerEvents, searchContinuesEvents } from './rule-events.ts';

/** Domain-table actions a function may be granted; each function lists only what it uses. */
export type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:Query'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:ConditionCheckItem';

/**
 * What a function flagged `idempotency` may do on the idempotency table: the consumers' records
 * (shared/platform/idempotency.ts: a conditional put, a get on a repeat, an update when done, a
 * delete on error), and the API's Idempotency-Key records (a conditional put in the write's
 * transaction, a get on a repeat).
 */
export const IDEMPOTENCY_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'] as const;

export type HttpMethod = 'GET' | 'HEAD' | 'POST';

export interface Route {
  method: HttpMethod;
  /** API Gateway route syntax: `{name}` is a path parameter. */
  path: string;
  /**
   * CloudFront may keep its GET and HEAD answers as long as their Cache-Control says (briefly:
   * infra/constructs/static-site.ts); every other route is never cached at the edge. The handler
   * must then say it on every answer, errors included.
   */
  edgeCached?: true;
}

export type ScheduleDef = { everyMinutes: number } | { monthly: { day: number; hourUtc: number } };

/** The EventBridge schedule expression of a schedule. */
export const scheduleExpression = (s: ScheduleDef) =>
  'everyMinutes' in s ? `rate(${s.everyMinutes} minutes)` : `cron(0 ${s.monthly.hourUtc} ${s.monthly.day} * ? *)`;

/** How often a schedule runs in a 30-day month (for cost estimates). */
export const ticksPerMonth = (s: ScheduleDef) => ('everyMinutes' in s ? (30 * 24 * 60) / s.everyMinutes : 1);

export interface FunctionDef {
  /** Source file, relative to the repository root; it exports `handler`. */
  entry: string;
  description: string;
  /** Domain-table actions. Transactions need the action of each item they write. */
  table?: readonly TableAction[];
  /** Reads and writes the idempotency table (shared/platform/idempotency.ts). */
  idempotency?: boolean;
  /** Sends email through SES. */
  email?: boolean;
  /** Puts events on the bus. */
  bus?: boolean;
  /** What invokes it: API routes, bus rules (one per contract list), or the table stream. */
  trigger:
    | { kind: 'http'; routes: readonly Route[] }
    | { kind: 'rule'; events: readonly EventContract<string, any>[] }
    | { kind: 'stream' }
    | { kind: 'schedule' }
    /**
     * Events SES publishes for the configuration set (source `aws.ses`, these detail-types) on the
     * account's default bus, the only bus SES can publish to; not on the `liike` bus, so the local
     * bus never carries them (tests invoke the handler with SES's event).
     */
    | { kind: 'ses'; source: typeof SES_SOURCE; detailTypes: readonly string[] };
  /** Overrides the default timeout of its trigger kind. */
  timeoutSeconds?: number;
  /** Overrides the default memory (512 MB), where a measured peak needs more. */
  memoryMb?: number;
  /**
   * Also invoked on this schedule (an EventBridge scheduled rule; locally a timer): every few
   * minutes, or monthly on a day of the month at an hour (UTC).
   */
  schedule?: ScheduleDef;
}

/** A page or document is read with GET and HEAD alike (HEAD: the same headers, no body). */
const readable = (path: string): Route[] => [
  { method: 'GET', path },
  { method: 'HEAD', path },
];

/** Routes whose answers CloudFront keeps for as long as they say (public, the same for every reader). */
const edgeCached = (routes: Route[]): Route[] => routes.map((route) => ({ ...route, edgeCached: true }));

/**
 * Every Lambda function of Liike, defined once. The CDK app builds functions, routes, rules and
 * IAM grants from it; the local stack serves the same routes and delivers to the same rules.
 */
export const functions = {
  health: {
    entry: 'functions/api/health.ts',
    description: 'GET /health: the table answers a GetItem',
    table: ['dynamodb:GetItem'],
    trigger: { kind: 'http', routes: readable('/health') },
  },
  listSchools: {
    entry: 'functions/api/list-schools.ts',
    description: 'GET /schools: the partner schools, without coordinator data',
    table: ['dynamodb:Query'],
    trigger: { kind: 'http', routes: readable('/schools') },
  },
  signIn: {
    entry: 'functions/api/sign-in.ts',
    description: 'Sign-in page and request (the same answer for every address), sign-out, the desk home page',
    table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
    trigger: {
      kind: 'http',
      routes: [
        ...readable('/sign-in'),
        { method: 'POST', path: '/sign-in' },
        { method: 'POST', path: '/sign-out' },
        ...readable('/desk'),
        { method: 'POST', path: '/desk/applications/{applicationId}' },
      ],
    },
  },
  openapi: {
    entry: 'functions/api/openapi.ts',
    description: 'GET /openapi.json, generated from the request schemas',
    trigger: { kind: 'http', routes: readable('/openapi.json') },
  },
  createApplication: {
    entry: 'functions/api/create-application.ts',
    description: 'POST /applications',
    // UpdateItem: the per-address counter (shared/platform/http/rate-limit.ts), in the write's transaction.
    table: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    idempotency: true,
    trigger: { kind: 'http', routes: [{ method: 'POST', path: '/applications' }] },
  },
  createRole: {
    entry: 'functions/api/create-role.ts',
    description: 'POST /roles',
    table: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
    idempotency: true,
    trigger: { kind: 'http', routes: [{ method: 'POST', path: '/roles' }] },
  },
  // The public board (issue 16): POST /roles stays with createRole; API Gateway routes by method.
  roleBoard: {
    entry: 'functions/api/role-board.ts',
    description: 'GET /roles and /roles/{roleId}: the public board of open roles with a place left, without contact data',
    // Query: the pool index (gsi1), by key ranges, never a Scan; GetItem: one role.
    table: ['dynamodb:Query', 'dynamodb:GetItem'],
    trigger: { kind: 'http', routes: [...edgeCached(readable('/roles')), ...edgeCached(readable('/roles/{roleId}'))] },
  },
  link: {
    entry: 'functions/api/link.ts',
    description: 'Pages behind email links: GET/HEAD only show, POST of the form acts',
    // Query and DeleteItem, and the idempotency table: "download my data" and "delete my data" (shared/erasure/).
    table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    idempotency: true,
    trigger: {
      kind: 'http',
      routes: [...readable('/t/{token}'), { method: 'POST', path: '/t/{token}' }],
    },
  },
  companyDesk: {
    entry: 'functions/api/company-desk.ts',
    description: "The company contact's desk: their roles with proposals and confirmed trainees; changing, closing and reopening a role",
    // UpdateItem and PutItem: changing, closing or reopening a role (the role and its role.changed or
    // role.closed outbox item, shared/roles/store.ts).
    table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
    trigger: {
      kind: 'http',
      routes: [
        ...readable('/desk/roles'),
        ...readable('/desk/roles/{roleId}'),
        { method: 'POST', path: '/desk/roles/{roleId}' },
        ...readable('/desk/roles/{roleId}/close'),
        { method: 'POST', path: '/desk/roles/{roleId}/close' },
        { method: 'POST', path: '/desk/roles/{roleId}/reopen' },
      ],
    },
  },
  streamPublisher: {
    entry: 'functions/publisher/stream-publisher.ts',
    description: 'Turns outbox items from the table stream into events on the bus, and marks them published',
    // UpdateItem: marks each published outbox item (shared/outbox/publish.ts).
    table: ['dynamodb:UpdateItem'],
    bus: true,
    trigger: { kind: 'stream' },
  },
  recordUndeliverable: {
    entry: 'functions/consumers/record-undeliverable.ts',
    description: 'Records addresses SES reports as bounced for good or complained, so no mail goes to them again; holds their applications, reports school contacts',
    // Query: the address's email lookup items and the school registry; GetItem and UpdateItem:
    // each application read and held; PutItem: the record, the staff-report marker and the outbox.
    table: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
    trigger: { kind: 'ses', source: SES_SOURCE, detailTypes: [BOUNCED, COMPLAINED] },
  },
  notifyApplicationHeld: {
    entry: 'functions/consumers/notify-application-held.ts',
    description: "Tells the school's coordinator that an applicant's address does not work and the application is held",
    table: ['dynamodb:GetItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [applicationHeld] },
  },
  alertSchoolContactUndeliverable: {
    entry: 'functions/consumers/alert-school-contact-undeliverable.ts',
    description: "Tells programme staff that a school coordinator's or deputy's address does not work",
    table: ['dynamodb:GetItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [schoolContactUndeliverable] },
  },
  sendApplicationReceipt: {
    entry: 'functions/consumers/send-application-receipt.ts',
    description: 'Receipt email with the private status link; or, for dates the person already has taken, the application is discarded and they are told',
    // Query, DeleteItem: the person's earlier applications, and discarding a second one for the
    // same dates (shared/decisions/one-at-a-time.ts); UpdateItem: closing one for a school deactivated meanwhile.
    table: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [applicationSubmitted] },
  },
  sendRoleVerification: {
    entry: 'functions/consumers/send-role-verification.ts',
    description: 'Verification email to the company contact',
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [roleSubmitted] },
  },
  sendRoleOpened: {
    entry: 'functions/consumers/send-role-opened.ts',
    description: 'Tells the company contact the role is open for matching, with the link that changes or closes it',
    // PutItem: the role management link's token.
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [roleOpened] },
  },
  runMatchingRound: {
    entry: 'functions/consumers/run-matching-round.ts',
    description: 'Runs a matching round over the open pool (one at a time) and writes proposals',
    // GetItem: a role whose transaction was refused is read again for its free places, and a
    // request waiting on a held lease reads it (shared/rounds/lease.ts, watchLease).
    table: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
    idempotency: true,
    // Anything that can change a round's result invokes it directly (docs/matching.md, When rounds
    // run): the event is already durable (outbox, bus retries, dead-letter queue), so a request
    // of its own through the outbox would only add a publish hop. matching.requested remains for
    // a round handed over to a fresh invocation.
    trigger: { kind: 'rule', events: [matchingRequested, ...roundTriggerEvents] },
    schedule: { everyMinutes: 15 },
    // A first round over a large pool writes many transactions (one per role and 33 proposals); the lease is renewed meanwhile.
    timeoutSeconds: 300,
    // `npm run bench -- matching` (memory.freshProcess): one match() at 150,000 applications ×
    // 40,000 roles peaks at 270-279 MB RSS with its input held (195 MB at 45,000 × 6,400). A round
    // also holds the pool as read from DynamoDB before it becomes match()'s input: ~190,000 items
    // of 1-2 KB each as objects, not measured at that size (the round benchmark's pool is 2,500),
    // so 512 MB could not hold both; and Lambda's CPU grows with memory (match() takes ~0.8 s of
    // a full core at 150k × 40k). Hence 1,024 MB.
    memoryMb: 1024,
  },
  notifyCoordinator: {
    entry: 'functions/consumers/notify-coordinator.ts',
    description: 'Decision email to the sending school coordinator for a proposal',
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [matchProposed] },
  },
  notifyApplicantProposed: {
    entry: 'functions/consumers/notify-applicant-proposed.ts',
    description: 'Tells the applicant of a proposal: the placement, the role description, what happens next',
    // PutItem: a fresh status link in the email.
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [matchProposed] },
  },
  notifyCompany: {
    entry: 'functions/consumers/notify-company.ts',
    description: 'Decision email to the company contact for an approved proposal',
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [matchApproved] },
  },
  sendSignInLink: {
    entry: 'functions/consumers/send-sign-in-link.ts',
    description: 'Emails a sign-in link to an address Liike knows, at most 5 an hour per address',
    // DeleteItem: a request for an address Liike does not know goes at once (no list of strangers' addresses is kept).
    table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [signInRequested] },
  },
  notifyPlacement: {
    entry: 'functions/consumers/notify-placement.ts',
    description: 'Tells applicant, company contact and coordinator of a confirmed placement',
    // PutItem: the role management link in the company contact's email.
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [matchConfirmed] },
  },
  notifySearchContinues: {
    entry: 'functions/consumers/notify-search-continues.ts',
    description: 'Tells the applicant kindly that the search goes on (or, held by the coordinator, that the application is paused, and the coordinator how to release them)',
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: searchContinuesEvents },
  },
  notifyWithdrawal: {
    entry: 'functions/consumers/notify-withdrawal.ts',
    description: 'Confirms a withdrawal to the applicant',
    table: ['dynamodb:GetItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [applicationWithdrawn] },
  },
  notifyCoordinatorOfChange: {
    entry: 'functions/consumers/notify-coordinator-of-change.ts',
    description: "Tells the school's coordinator that the company declined a student they approved, or that a student withdrew a confirmed application",
    table: ['dynamodb:GetItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: coordinatorOfChangeEvents },
  },
  releaseClosedRole: {
    entry: 'functions/consumers/release-closed-role.ts',
    description: 'Releases the pending matches of a closed role and confirms the closure',
    table: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [roleClosed] },
  },
  sweepDecisions: {
    entry: 'functions/scheduled/sweep-decisions.ts',
    description: 'Reminds pending decisions after 3 days and expires them after 7',
    table: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'schedule' },
    schedule: { everyMinutes: 15 },
  },
  scheduleFollowUps: {
    entry: 'functions/consumers/schedule-follow-ups.ts',
    description: 'Schedules the follow-ups of a confirmed placement (end of period, six months after, company feedback)',
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    trigger: { kind: 'rule', events: [matchConfirmed] },
  },
  releaseOverlapping: {
    entry: 'functions/consumers/release-overlapping.ts',
    description: "Closes the person's other open applications whose dates overlap a confirmed placement, and tells them once",
    // Query: the person's email lookups; UpdateItem and PutItem: each withdrawal (the application,
    // a pending match and its role's place count, the outbox event), as transitions.ts writes it.
    table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [matchConfirmed] },
  },
  sweepFollowUps: {
    entry: 'functions/scheduled/sweep-follow-ups.ts',
    description: 'Sends the follow-up surveys of placements when due, and one reminder 7 days later',
    table: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'schedule' },
    schedule: { everyMinutes: 30 },
  },
  recordPlacement: {
    entry: 'functions/consumers/record-placement.ts',
    description: "A confirmed placement's statistical record for the funder report (ids and categories only)",
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    trigger: { kind: 'rule', events: [matchConfirmed] },
  },
  sendMonthlyReport: {
    entry: 'functions/scheduled/send-monthly-report.ts',
    description: "Emails the previous month's funder report (CSV attached) to the programme staff",
    table: ['dynamodb:Query', 'dynamodb:GetItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'schedule' },
    schedule: { monthly: { day: 1, hourUtc: 6 } },
    timeoutSeconds: 120,
  },
  sweepRetention: {
    entry: 'functions/scheduled/sweep-retention.ts',
    description: 'Erases personal data when retention ends: 12 months after a never-placed application, at the retention date for a placement',
    table: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    idempotency: true,
    trigger: { kind: 'schedule' },
    schedule: { everyMinutes: 360 },
    timeoutSeconds: 300,
  },
  // Programme staff and the school registry (issue 15, point 5): shared/staff-desk/, shared/schools/.
  staffDesk: {
    entry: 'functions/api/staff-desk.ts',
    description: "Programme staff's desk: the registry's schools and contacts (add, change, deactivate), the pipeline by country and sector, the audit trail, any link sent again",
    // GetItem: an application, match or role by the id staff typed; Query: the registry, the desk
    // and pool indexes, the audit trail; PutItem and UpdateItem: a school with its audit entry (and
    // the outbox), a link's token.
    table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    email: true,
    trigger: {
      kind: 'http',
      routes: [
        ...readable('/desk/staff'),
        ...readable('/desk/staff/audit'),
        ...readable('/desk/staff/resend'),
        { method: 'POST', path: '/desk/staff/resend' },
        // Before `{schoolId}`: API Gateway prefers the literal path, and the local server takes routes in this order.
        ...readable('/desk/staff/schools/new'),
        { method: 'POST', path: '/desk/staff/schools/new' },
        ...readable('/desk/staff/schools/{schoolId}'),
        { method: 'POST', path: '/desk/staff/schools/{schoolId}' },
        ...readable('/desk/staff/schools/{schoolId}/deactivate'),
        { method: 'POST', path: '/desk/staff/schools/{schoolId}/deactivate' },
      ],
    },
  },
  releaseDeactivatedSchool: {
    entry: 'functions/consumers/release-deactivated-school.ts',
    description: "Withdraws a deactivated school's open applications (each applicant is told why)",
    // Query: the school's applications (gsi3); GetItem, UpdateItem, PutItem: each withdrawal (the
    // application, a pending match and its role's place count, the outbox event), as transitions.ts writes it.
    table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
    idempotency: true,
    trigger: { kind: 'rule', events: [schoolDeactivated] },
  },
  sweepOutbox: {
    entry: 'functions/scheduled/sweep-outbox.ts',
    description: 'Republishes outbox items still not marked published 5 minutes after their write, then marks them',
    // Query: the unpublished-outbox index (gsi2); UpdateItem: marking.
    table: ['dynamodb:Query', 'dynamodb:UpdateItem'],
    idempotency: true,
    bus: true,
    trigger: { kind: 'schedule' },
    schedule: { everyMinutes: 5 },
  },
  // The school coordinator's desk (issue 15): the pages and their actions, and the email a pause sends.
  schoolDesk: {
    entry: 'functions/api/school-desk.ts',
    description: "The school's desk for its coordinator and deputy: applicants, decisions waiting (decided as from the email link), placements and their CSV, pausing, releasing and withdrawing on a student's behalf",
    // Query: the school's applications (gsi3), a placement's follow-ups, who the person is; UpdateItem,
    // PutItem and ConditionCheckItem: a decision, a pause, a release or a withdrawal with its outbox event.
    table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem'],
    trigger: {
      kind: 'http',
      routes: [
        ...readable('/desk/school/{schoolId}'),
        ...readable('/desk/school/{schoolId}/placements.csv'),
        ...readable('/desk/school/{schoolId}/matches/{matchId}'),
        { method: 'POST', path: '/desk/school/{schoolId}/matches/{matchId}' },
        ...readable('/desk/school/{schoolId}/applications/{applicationId}'),
        { method: 'POST', path: '/desk/school/{schoolId}/applications/{applicationId}' },
        ...readable('/desk/school/{schoolId}/applications/{applicationId}/withdraw'),
        { method: 'POST', path: '/desk/school/{schoolId}/applications/{applicationId}/withdraw' },
      ],
    },
  },
  notifyApplicantPaused: {
    entry: 'functions/consumers/notify-applicant-paused.ts',
    description: "Tells the applicant kindly that their school's coordinator paused the application (from the desk)",
    // PutItem: a fresh status link in the email.
    table: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    idempotency: true,
    email: true,
    trigger: { kind: 'rule', events: [applicationPaused] },
  },
} as const satisfies Record<string, FunctionDef>;

export type FunctionName = keyof typeof functions;
