import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from '#shared/platform/zod';
import { followUpAnswered } from '#events/contracts';
import type { ApplicationItem } from '#shared/applications/store';
import type { RoleItem } from '#shared/roles/store';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll, writeWithEvents } from '#shared/platform/db';
import { freeText } from '#shared/platform/validation';
import { spendToken, type TokenItem } from '#shared/links/tokens';
import type { Language } from '#shared/platform/i18n';
import { roleTextFor, type WithRoleText } from '#shared/roles/role-text';

/*
 * Follow-up of a confirmed placement: the participant's end-of-placement
 * survey, the participant's six-month survey, and the host company's feedback.
 *
 * RECORD SHAPE (stable; read by the funder report, shared/report/). One item per placement and
 * kind, in the domain table, next to the match:
 *
 *   pk            `MATCH#<matchId>`
 *   sk            'FOLLOWUP#END' | 'FOLLOWUP#6M' | 'FEEDBACK#COMPANY'   (FOLLOW_UP_SK below)
 *   type          'FOLLOWUP'
 *   kind          'end' | 'sixMonths' | 'companyFeedback'
 *   matchId, applicationId, roleId   ids only
 *   periodFrom, periodTo             the placement period, ISO dates (the overlap of the
 *                                    applicant's availability and the role's period)
 *   dueAt         ISO date-time the first email is due (end: the day after periodTo, 07:00 UTC;
 *                 six months: periodTo + 6 calendar months + 1 day, 07:00 UTC)
 *   status        'SCHEDULED' (not sent yet) | 'SENT' (asked, no answer yet) | 'ANSWERED'
 *                 | 'SKIPPED' (never sent: see skipReason)
 *   skipReason?   'erased' (the applicant was erased) | 'late' (the sweep reached it more than
 *                 28 days after it was due) | 'missing' (the application or role is gone)
 *   sentAt?, remindedAt?, answeredAt?   ISO date-times
 *   answer?       present iff status = 'ANSWERED', plain codes:
 *     end:             { outcome: 'completed' | 'interrupted',
 *                        interruptionReason?: (INTERRUPTION_REASONS, only when interrupted),
 *                        interruptionDetail?: free text, at most 500 chars (personal: erase it),
 *                        qualificationGained: 'yes' | 'partial' | 'no',
 *                        situation: SITUATIONS }
 *     sixMonths:       { situation: SITUATIONS }
 *     companyFeedback: { overall: 'very_good' | 'good' | 'fair' | 'poor',
 *                        preparation: 'well' | 'partly' | 'poorly',
 *                        wouldHostAgain: 'yes' | 'maybe' | 'no',
 *                        comment?: free text, at most 2000 chars (personal: erase it) }
 *   nextAt?, gsi1pk?, gsi1sk?   while something is still to be sent: the due-date index of the
 *                 decisions sweep (gsi1), partition 'PENDING#FOLLOWUP', sort `<nextAt>#<matchId>#<kind>`.
 *
 * Read them with GetItem (pk, sk) or Query pk = MATCH#<id> AND begins_with(sk, 'F').
 * Erasure: remove `answer.interruptionDetail` and `answer.comment`; the codes are anonymous
 * statistics once the application is erased. The sweep sends nothing for an application that
 * carries `erasedAt` (or no longer exists).
 */

export const FOLLOW_UP_KINDS = ['end', 'sixMonths', 'companyFeedback'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_SK: Record<FollowUpKind, string> = {
  end: 'FOLLOWUP#END',
  sixMonths: 'FOLLOWUP#6M',
  companyFeedback: 'FEEDBACK#COMPANY',
};

/** gsi1 partition of follow-ups with something still to send (the decisions sweep's index). */
export const PENDING_FOLLOW_UPS = 'PENDING#FOLLOWUP';

export type FollowUpStatus = 'SCHEDULED' | 'SENT' | 'ANSWERED' | 'SKIPPED';
export type SkipReason = 'erased' | 'late' | 'missing';

export const SITUATIONS = ['in_education_or_training', 'employed', 'seeking_work', 'other'] as const;
export const OUTCOMES = ['completed', 'interrupted'] as const;
export const INTERRUPTION_REASONS = ['health', 'personal_or_family', 'workplace', 'school_or_studies', 'found_work', 'other'] as const;
export const QUALIFICATION = ['yes', 'partial', 'no'] as const;
export const OVERALL = ['very_good', 'good', 'fair', 'poor'] as const;
export const PREPARATION = ['well', 'partly', 'poorly'] as const;
export const HOST_AGAIN = ['yes', 'maybe', 'no'] as const;

export const MAX_DETAIL_LENGTH = 500;
export const MAX_COMMENT_LENGTH = 2000;

// ----- The answers, validated at the edge (the POST of a follow-up page) -----

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'is required' : 'is not one of the choices') });

export const endAnswerSchema = z.pipe(
  z
    .strictObject({
      outcome: choice(OUTCOMES),
      interruptionReason: z.optional(choice(INTERRUPTION_REASONS)),
      interruptionDetail: z.optional(freeText(MAX_DETAIL_LENGTH)),
      qualificationGained: choice(QUALIFICATION),
      situation: choice(SITUATIONS),
    })
    .check(
      z.superRefine((a, ctx) => {
        if (a.outcome === 'interrupted' && !a.interruptionReason) {
          ctx.addIssue({ code: 'custom', path: ['interruptionReason'], message: 'is required when the placement was interrupted' });
        }
      }),
    ),
  // A reason only belongs to an interrupted placement.
  z.transform(({ interruptionReason, interruptionDetail, ...rest }) =>
    rest.outcome === 'interrupted'
      ? { ...rest, interruptionReason, ...(interruptionDetail ? { interruptionDetail } : {}) }
      : rest,
  ),
);

export const sixMonthAnswerSchema = z.strictObject({ situation: choice(SITUATIONS) });

export const companyFeedbackSchema = z.pipe(
  z.strictObject({
    overall: choice(OVERALL),
    preparation: choice(PREPARATION),
    wouldHostAgain: choice(HOST_AGAIN),
    comment: z.optional(freeText(MAX_COMMENT_LENGTH)),
  }),
  z.transform(({ comment, ...rest }) => ({ ...rest, ...(comment ? { comment } : {}) })),
);

export type EndAnswer = z.output<typeof endAnswerSchema>;
export type SixMonthAnswer = z.output<typeof sixMonthAnswerSchema>;
export type CompanyFeedback = z.output<typeof companyFeedbackSchema>;
export type FollowUpAnswer = EndAnswer | SixMonthAnswer | CompanyFeedback;

export const ANSWER_SCHEMAS = {
  end: endAnswerSchema,
  sixMonths: sixMonthAnswerSchema,
  companyFeedback: companyFeedbackSchema,
} as const;

export interface FieldErrors {
  [field: string]: string;
}

/**
 * A posted form as the schema's input: each field once; an empty text field is absent. A
 * repeated field is refused (no browser sends one from these forms).
 */
export function parseAnswer(kind: FollowUpKind, form: URLSearchParams):
  | { ok: true; answer: FollowUpAnswer }
  | { ok: false; errors: FieldErrors; values: Record<string, string> } {
  const values: Record<string, string> = {};
  const errors: FieldErrors = {};
  for (const [name, value] of form) {
    if (Object.hasOwn(values, name)) errors[name] = 'was sent more than once';
    values[name] = value;
  }
  const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
  const result = ANSWER_SCHEMAS[kind].safeParse(input);
  if (result.success && Object.keys(errors).length === 0) return { ok: true, answer: result.data };
  for (const issue of result.success ? [] : result.error.issues) {
    const path = issue.path.length ? issue.path.join('.') : (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : 'form');
    errors[path] ??= issue.message;
  }
  return { ok: false, errors, values };
}

// ----- Scheduling rules (pure) -----

const DAY_MS = 86_400_000;
/** Emails go out in the morning of the network's time zones (09:00/10:00 in FI, EE, LT; 10:00 in RU). */
export const SEND_HOUR_UTC = 7;
/** An unanswered follow-up is reminded once, this long after its email (its link's lifetime: shared/links/tokens.ts). */
export const FOLLOW_UP_REMINDER_AFTER_DAYS = 7;
/**
 * Past this, a survey is no longer sent: "upon leaving" (ESF+ immediate results) means within
 * four weeks of the end, and a six-month answer months late is no six-month answer.
 */
export const LATE_AFTER_DAYS = 28;

/** `date` (YYYY-MM-DD) plus whole calendar months; the 31st becomes the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

const morningAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS + SEND_HOUR_UTC * 3_600_000).toISOString();

/** When each follow-up of a placement ending on `periodTo` is first due. */
export function followUpDueDates(periodTo: string): Record<FollowUpKind, string> {
  const end = morningAfter(periodTo);
  return { end, companyFeedback: end, sixMonths: morningAfter(addMonths(periodTo, 6)) };
}

export type FollowUpAction = 'send' | 'remind' | 'skipLate' | 'stop';

type Schedulable = Pick<FollowUpItem, 'status' | 'dueAt' | 'sentAt' | 'remindedAt'>;

/** When the reminder of a sent follow-up is due. */
export const reminderDueAt = (sentAt: string) => new Date(Date.parse(sentAt) + FOLLOW_UP_REMINDER_AFTER_DAYS * DAY_MS).toISOString();

/**
 * What the sweep does with a follow-up at `now`: send it once it is due, remind once 7 days
 * later if unanswered, then nothing more. Too late (over 28 days past due) it is not sent at
 * all ('skipLate'), and a late reminder is dropped ('stop').
 */
export function dueAction(item: Schedulable, now: Date): FollowUpAction | undefined {
  const at = now.getTime();
  const late = (due: string) => at > Date.parse(due) + LATE_AFTER_DAYS * DAY_MS;
  if (item.status === 'SCHEDULED') {
    if (at < Date.parse(item.dueAt)) return undefined;
    return late(item.dueAt) ? 'skipLate' : 'send';
  }
  if (item.status === 'SENT' && item.sentAt && !item.remindedAt) {
    const remindAt = reminderDueAt(item.sentAt);
    if (at < Date.parse(remindAt)) return undefined;
    return late(remindAt) ? 'stop' : 'remind';
  }
  return undefined;
}

/** Nothing is sent to anyone erased: an application marked `erasedAt`, or gone, gets nothing. */
export const isErased = (application: Pick<ApplicationItem, 'email'> & { erasedAt?: string } | undefined) =>
  !application || Boolean(application.erasedAt) || !application.email;

// ----- Data access -----

export interface FollowUpItem {
  pk: string;
  sk: string;
  type: 'FOLLOWUP';
  kind: FollowUpKind;
  matchId: string;
  applicationId: string;
  roleId: string;
  periodFrom: string;
  periodTo: string;
  dueAt: string;
  status: FollowUpStatus;
  skipReason?: SkipReason;
  sentAt?: string;
  remindedAt?: string;
  answeredAt?: string;
  answer?: FollowUpAnswer;
  scheduledAt: string;
  nextAt?: string;
  gsi1pk?: string;
  gsi1sk?: string;
}

export const followUpKey = (matchId: string, kind: FollowUpKind) => ({ pk: keys.match(matchId).pk, sk: FOLLOW_UP_SK[kind] });
const pendingKey = (nextAt: string, matchId: string, kind: FollowUpKind) => ({ gsi1pk: PENDING_FOLLOW_UPS, gsi1sk: `${nextAt}#${matchId}#${kind}` });

/** The three follow-ups of a newly confirmed placement, as stored. */
export function followUpItems(
  placement: { matchId: string; applicationId: string; roleId: string; periodFrom: string; periodTo: string },
  now: Date,
): FollowUpItem[] {
  const due = followUpDueDates(placement.periodTo);
  return FOLLOW_UP_KINDS.map((kind) => ({
    ...followUpKey(placement.matchId, kind),
    type: 'FOLLOWUP',
    kind,
    ...placement,
    dueAt: due[kind],
    status: 'SCHEDULED',
    scheduledAt: now.toISOString(),
    nextAt: due[kind],
    ...pendingKey(due[kind], placement.matchId, kind),
  }));
}

/** Stores the follow-ups of a placement; a second call (a repeated event) changes nothing. */
export async function scheduleFollowUps(items: FollowUpItem[]): Promise<number> {
  let written = 0;
  for (const Item of items) {
    try {
      await ddb.send(new PutCommand({ TableName: config.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' }));
      written += 1;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  return written;
}

/** Where and when the placement was, as the follow-up emails and pages show it. */
/** `reader`: the participant's language (the title that fits them); without it, the company's own title (for the company). */
export const placementShown = (item: Pick<FollowUpItem, 'periodFrom' | 'periodTo'>, role: Pick<RoleItem, 'title' | 'company'> & WithRoleText, reader?: Language) => ({
  companyName: role.company.name,
  roleTitle: reader ? roleTextFor(role, reader).title : role.title,
  city: role.company.city,
  country: role.company.country,
  periodFrom: item.periodFrom,
  periodTo: item.periodTo,
});

export async function getFollowUp(matchId: string, kind: FollowUpKind): Promise<FollowUpItem | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: followUpKey(matchId, kind), ConsistentRead: true }));
  return Item as FollowUpItem | undefined;
}

/** Follow-ups with something to do by `until` (index gsi1, oldest first). */
export async function followUpsDueBy(until: string): Promise<FollowUpItem[]> {
  return queryAll<FollowUpItem>({
    TableName: config.tableName,
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pending AND gsi1sk <= :until',
    ExpressionAttributeValues: { ':pending': PENDING_FOLLOW_UPS, ':until': `${until}~` },
  });
}

/**
 * Moves a follow-up one step, only from the state it was read in (a concurrent sweep or an
 * answer wins). Returns false when it had moved on.
 */
export async function advanceFollowUp(item: FollowUpItem, action: FollowUpAction | 'skipErased' | 'skipMissing', now: Date): Promise<boolean> {
  const at = now.toISOString();
  const values: Record<string, unknown> = { ':from': item.status };
  let update: string;
  switch (action) {
    case 'send': {
      const next = reminderDueAt(at);
      update = 'SET #status = :sent, sentAt = :now, nextAt = :next, gsi1sk = :key';
      Object.assign(values, { ':sent': 'SENT', ':now': at, ':next': next, ':key': pendingKey(next, item.matchId, item.kind).gsi1sk });
      break;
    }
    case 'remind':
      update = 'SET remindedAt = :now REMOVE nextAt, gsi1pk, gsi1sk';
      values[':now'] = at;
      break;
    case 'stop':
      update = 'REMOVE nextAt, gsi1pk, gsi1sk';
      break;
    default:
      update = 'SET #status = :skipped, skipReason = :why, skippedAt = :now REMOVE nextAt, gsi1pk, gsi1sk';
      Object.assign(values, {
        ':skipped': 'SKIPPED',
        ':now': at,
        ':why': action === 'skipLate' ? 'late' : action === 'skipErased' ? 'erased' : 'missing',
      });
  }
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: followUpKey(item.matchId, item.kind),
        UpdateExpression: update,
        ConditionExpression: `#status = :from AND ${item.remindedAt ? 'attribute_exists(remindedAt)' : 'attribute_not_exists(remindedAt)'}`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** The decision a spent follow-up link remembers (shown on its "already used" page). */
export const ANSWERED_DECISION: Record<FollowUpKind, 'followUpAnswered' | 'feedbackGiven'> = {
  end: 'followUpAnswered',
  sixMonths: 'followUpAnswered',
  companyFeedback: 'feedbackGiven',
};

/**
 * Records an answer, once: the follow-up (only while asked and unanswered), the spent link and
 * the event (ids and the kind only) in one transaction. 'conflict' when it was answered
 * meanwhile, through this or another link, or the person's data was erased; nothing is written then.
 */
export async function recordAnswer(item: FollowUpItem, answer: FollowUpAnswer, token: TokenItem, now: Date): Promise<'done' | 'conflict'> {
  try {
    await writeWithEvents(
      [
        {
          Update: {
            TableName: config.tableName,
            Key: followUpKey(item.matchId, item.kind),
            UpdateExpression: 'SET #status = :answered, answer = :answer, answeredAt = :now REMOVE nextAt, gsi1pk, gsi1sk',
            ConditionExpression: '#status = :sent',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':answered': 'ANSWERED', ':sent': 'SENT', ':answer': answer, ':now': now.toISOString() },
          },
        },
        spendToken(token, ANSWERED_DECISION[item.kind], now),
        // Not after the person's data was erased: the answer's free text would outlive the erasure.
        { ConditionCheck: { TableName: config.tableName, Key: keys.application(item.applicationId), ConditionExpression: 'attribute_not_exists(erasedAt)' } },
      ],
      [followUpAnswered.outbox({ matchId: item.matchId, applicationId: item.applicationId, roleId: item.roleId, kind: item.kind }, now)],
      now,
    );
    return 'done';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'conflict';
    throw error;
  }
}
