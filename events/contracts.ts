import * as z from '#shared/platform/zod';
import { applicantType, country, sector } from '#shared/vocabulary/codes';
import { defineEvent } from './define-event.ts';

// Details carry ids and routing facts only: no names, no email addresses (docs/events.md).
// Each contract is marked pure and its data schema is a function (define-event.ts): a bundle keeps
// only the contracts it uses and builds their schemas on first use, not at its cold start.
const id = z.uuid();

export const applicationSubmitted = /* @__PURE__ */ defineEvent({
  detailType: 'application.submitted',
  version: 1,
  description: 'An applicant submitted an application; it waits for its email address to be confirmed from the receipt.',
  data: () => z.strictObject({
    applicationId: id,
    schoolId: z.string().check(z.minLength(1)),
    homeCountry: country,
    applicantType,
  }),
});

export const applicationConfirmed = /* @__PURE__ */ defineEvent({
  detailType: 'application.confirmed',
  version: 1,
  description: 'The applicant confirmed the application from the receipt link; it enters the pool for matching.',
  data: () => z.strictObject({
    applicationId: id,
    schoolId: z.string().check(z.minLength(1)),
    homeCountry: country,
    applicantType,
  }),
});

export const applicationReleased = /* @__PURE__ */ defineEvent({
  detailType: 'application.released',
  version: 1,
  description: "The school's coordinator released a student they had held: the application is back in the pool.",
  data: () => z.strictObject({ applicationId: id }),
});

/**
 * Why an application was withdrawn when the applicant did not ask: `placedElsewhere`, the person's
 * placement for overlapping dates was confirmed (shared/decisions/one-at-a-time.ts), and they are
 * told of it in one email of their own, not one per application; `schoolDeactivated`, programme
 * staff took the applicant's school out of the programme (shared/schools/deactivation.ts).
 */
export const withdrawalCause = z.enum(['placedElsewhere', 'schoolDeactivated', 'withdrawnBySchool']);
export type WithdrawalCause = z.infer<typeof withdrawalCause>;

export const applicationWithdrawn = /* @__PURE__ */ defineEvent({
  detailType: 'application.withdrawn',
  // 2: `cause` added; 3: causes `schoolDeactivated` and `withdrawnBySchool`. Details of versions 1 and 2 are still valid ones.
  version: 3,
  description:
    'The applicant withdrew before a placement was confirmed, or the application was closed because a placement of the same person for overlapping dates was confirmed (cause placedElsewhere) or because programme staff deactivated the school (cause schoolDeactivated), or the school\'s coordinator or deputy withdrew it on the student\'s behalf (cause withdrawnBySchool); pending proposals are released.',
  data: () => z.strictObject({ applicationId: id, cause: z.optional(withdrawalCause) }),
});

export const roleSubmitted = /* @__PURE__ */ defineEvent({
  detailType: 'role.submitted',
  version: 1,
  description: 'A company posted a role; it waits for the contact to verify the email address.',
  data: () => z.strictObject({ roleId: id, country, sector }),
});

export const roleOpened = /* @__PURE__ */ defineEvent({
  detailType: 'role.opened',
  version: 1,
  description: 'The contact verified the role; it is open for matching.',
  data: () => z.strictObject({ roleId: id, country, sector, places: z.number().check(z.int(), z.positive()) }),
});

export const roleClosed = /* @__PURE__ */ defineEvent({
  detailType: 'role.closed',
  // 2: `closedAt` added. A version 1 detail (without it) is still a valid one.
  version: 2,
  description:
    'The company closed the role; pending proposals are released, each only while the role is still closed by this closing (closedAt): a role reopened meanwhile keeps the rest.',
  data: () => z.strictObject({
    roleId: id,
    /** When this closing happened, as the role records it: the release is bound to it, so a reopening (or a later closing) stops it. */
    closedAt: z.optional(z.iso.datetime()),
  }),
});

/**
 * What a company can change on a role (shared/roles/change.ts), by field name; `status` stands
 * for reopening a closed role (closing has its own event, role.closed).
 */
export const ROLE_CHANGE_FIELDS = ['description', 'translation.description', 'places', 'periodFrom', 'periodTo', 'minWeeks', 'languages', 'fieldsOfStudy', 'status'] as const;
export type RoleChangeField = (typeof ROLE_CHANGE_FIELDS)[number];

export const roleChanged = /* @__PURE__ */ defineEvent({
  detailType: 'role.changed',
  // 2: `translation.description` (the description in the role's second language) among the changed fields.
  version: 2,
  description:
    'The company changed an open role (description in either language, places, period, minimum weeks, required languages, fields of study) or reopened a closed one. Pending proposals are left as they are; asksForRound says whether the change can let more applicants in (places freed or added, who fits widened, or reopened), and only then is a round asked for.',
  data: () => z.strictObject({
    roleId: id,
    country,
    sector,
    /** The fields that changed, by name; never their values (a description is free text). */
    changed: z.array(z.enum(ROLE_CHANGE_FIELDS)).check(z.minLength(1), z.maxLength(ROLE_CHANGE_FIELDS.length)),
    /** The role's places and free places after the change. */
    places: z.number().check(z.int(), z.positive()),
    placesLeft: z.number().check(z.int(), z.nonnegative()),
    asksForRound: z.boolean(),
  }),
});

const matchData = () => z.strictObject({ matchId: id, applicationId: id, roleId: id });

export const matchProposed = /* @__PURE__ */ defineEvent({
  detailType: 'match.proposed',
  version: 1,
  description: 'A matching round proposed an applicant for a role; the coordinator decides.',
  data: matchData,
});
export const matchApproved = /* @__PURE__ */ defineEvent({
  detailType: 'match.approved',
  version: 1,
  description: 'The sending school coordinator approved a proposal; the company decides.',
  data: matchData,
});
export const matchRejected = /* @__PURE__ */ defineEvent({
  detailType: 'match.rejected',
  version: 1,
  description: 'The coordinator rejected a proposal: the pair is never proposed again, or (a hold) the student is out of matching until released.',
  data: matchData,
});
export const matchConfirmed = /* @__PURE__ */ defineEvent({
  detailType: 'match.confirmed',
  version: 1,
  description: 'The company accepted the applicant; the placement is confirmed.',
  data: matchData,
});
export const matchDeclined = /* @__PURE__ */ defineEvent({
  detailType: 'match.declined',
  version: 1,
  description: 'The company declined the applicant; the pair is never proposed again.',
  data: matchData,
});
export const matchExpired = /* @__PURE__ */ defineEvent({
  detailType: 'match.expired',
  version: 1,
  description: 'A pending decision was not taken within 7 days; place and applicant are released.',
  data: matchData,
});

export const matchingRequested = /* @__PURE__ */ defineEvent({
  detailType: 'matching.requested',
  version: 1,
  description: 'A round is to run in a fresh invocation: the one running rounds was short of time, or the watch of a pending request was handed on.',
  data: () => z.strictObject({ reason: z.string().check(z.minLength(1), z.maxLength(100)) }),
});

export const followUpAnswered = /* @__PURE__ */ defineEvent({
  detailType: 'followup.answered',
  version: 1,
  description:
    'A follow-up of a confirmed placement was answered (participant at the end or six months after, or the host company). The answer stays in the table.',
  data: () => z.strictObject({
    matchId: id,
    applicationId: id,
    roleId: id,
    kind: z.enum(['end', 'sixMonths', 'companyFeedback']),
  }),
});

export const applicationHeld = /* @__PURE__ */ defineEvent({
  detailType: 'application.held',
  version: 1,
  description:
    "Mail to the applicant's address cannot arrive (a permanent bounce or a spam complaint): the application is held, out of the matching pool, and the school's coordinator is told.",
  data: () => z.strictObject({ applicationId: id, schoolId: z.string().check(z.minLength(1)) }),
});

export const schoolContactUndeliverable = /* @__PURE__ */ defineEvent({
  detailType: 'school.contactUndeliverable',
  version: 1,
  description:
    "Mail to a school's coordinator or deputy, as the registry names them, cannot arrive (a permanent bounce or a spam complaint); programme staff are told to fix the registry.",
  data: () => z.strictObject({ schoolId: z.string().check(z.minLength(1)), contact: z.enum(['coordinator', 'deputy']) }),
});

export const schoolDeactivated = /* @__PURE__ */ defineEvent({
  detailType: 'school.deactivated',
  version: 1,
  description:
    "Programme staff deactivated a school: it is no longer offered or accepted, and its open applications (unconfirmed, waiting or proposed) are withdrawn, each applicant told why.",
  data: () => z.strictObject({ schoolId: z.string().check(z.minLength(1)) }),
});

export const signInRequested = /* @__PURE__ */ defineEvent({
  detailType: 'signIn.requested',
  version: 1,
  description:
    'Someone asked for a sign-in link on the sign-in page. Written alike for every address (the page answers alike); the consumer emails a link only to an address Liike knows, at most 5 an hour.',
  data: () => z.strictObject({ requestId: id }),
});

export const applicationPaused = /* @__PURE__ */ defineEvent({
  detailType: 'application.paused',
  version: 1,
  description:
    "The school's coordinator (or deputy) paused a student waiting in the pool, from the school's desk: the application is held, out of matching, until they release it (application.released).",
  data: () => z.strictObject({ applicationId: id }),
});

/** Every contract, for the event catalog and the schema tests. */
export const allEvents = [
  applicationSubmitted,
  applicationConfirmed,
  applicationReleased,
  applicationWithdrawn,
  roleSubmitted,
  roleOpened,
  roleClosed,
  roleChanged,
  matchProposed,
  matchApproved,
  matchRejected,
  matchConfirmed,
  matchDeclined,
  matchExpired,
  matchingRequested,
  followUpAnswered,
  applicationHeld,
  schoolContactUndeliverable,
  schoolDeactivated,
  signInRequested,
  applicationPaused,
] as const;
