import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  applicationWithdrawn,
  matchApproved,
  matchConfirmed,
  matchDeclined,
  matchExpired,
  matchRejected,
  type WithdrawalCause,
} from '#events/contracts';
import type { OutboxEvent } from '#events/define-event';
import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { config } from '#shared/platform/config';
import { keys, POOL, writeWithEvents } from '#shared/platform/db';
import { transition, type MatchAction, type MatchEventType, type Transition } from './states.ts';
import { confirmedKeys, pendingKeys, pendingMatchesOfRole, type Decision, type MatchItem } from './matches.ts';
import { logger } from '#shared/platform/logger';
import { spendToken, type TokenItem } from '#shared/links/tokens';
import { holdOf } from '#shared/deliverability/hold';
import { closedBy, getRole } from '#shared/roles/store';

type TransactItems = Parameters<typeof writeWithEvents>[0];

/**
 * Who withdrew on the applicant's behalf, why and when (the school's desk): kept on the
 * application, written with the withdrawal itself so neither is without the other; free text
 * about a person, so in no event, and erased with the rest.
 */
export interface WithdrawalNote {
  by: string;
  reason: string;
  at: string;
}
export type Outcome = 'done' | 'not-allowed' | 'conflict';

const DAY_MS = 86_400_000;
const EVENTS = {
  'match.approved': matchApproved,
  'match.rejected': matchRejected,
  'match.confirmed': matchConfirmed,
  'match.declined': matchDeclined,
  'match.expired': matchExpired,
} satisfies Record<MatchEventType, unknown>;

const DECISIONS: Partial<Record<MatchAction['type'], Decision['decision']>> = {
  approve: 'approved',
  reject: 'rejected',
  accept: 'accepted',
  decline: 'declined',
};

/** The match's own update: the new state, the decision, and its place on the pending indexes. */
function matchUpdate(match: MatchItem, action: MatchAction, step: Transition, now: Date) {
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = { ':to': step.to, ':from': step.from, ':version': match.version, ':one': 1 };
  const set = ['#status = :to', 'version = version + :one'];
  const remove: string[] = [];
  const decision = DECISIONS[action.type];
  if (decision) {
    const field = action.type === 'approve' || action.type === 'reject' ? 'coordinatorDecision' : 'companyDecision';
    set.push(`${field} = :decision`);
    values[':decision'] = { decision, at: now.toISOString(), ...('reason' in action ? { reason: action.reason } : {}) };
    if (action.type === 'accept' && action.placement) {
      set.push('placement = :placement');
      values[':placement'] = { from: action.placement.from, to: action.placement.to };
    }
  } else {
    set.push('ended = :ended');
    values[':ended'] = { cause: action.type === 'release' ? action.cause : 'expired', at: now.toISOString() };
  }
  if (step.nextDecisionDays) {
    // A new pending step: a new due date, and a reminder of its own.
    const due = new Date(now.getTime() + step.nextDecisionDays * DAY_MS).toISOString();
    const pending = pendingKeys(match.matchId, match.roleId, due);
    set.push('decisionDueAt = :due', 'gsi1sk = :dueKey');
    values[':due'] = due;
    values[':dueKey'] = pending.gsi1sk;
    remove.push('remindedAt');
  } else if (step.to === 'CONFIRMED') {
    // Off the due dates; under its role as a placement, which the company's desk lists.
    const placed = confirmedKeys(match.matchId, match.roleId);
    set.push('gsi2pk = :roleMatches', 'gsi2sk = :placedKey');
    values[':roleMatches'] = placed.gsi2pk;
    values[':placedKey'] = placed.gsi2sk;
    remove.push('gsi1pk', 'gsi1sk');
  } else {
    remove.push('gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk');
  }
  return {
    Update: {
      TableName: config.tableName,
      Key: keys.match(match.matchId),
      UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
      // Bound to the version read: a change in between (another decision, a release) wins.
      ConditionExpression: '#status = :from AND version = :version',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/** The applicant's side of a transition; every variant requires the applicant still to hold this match. */
function applicationUpdate(match: MatchItem, application: ApplicationItem, step: Transition, now: Date, withdrawal?: WithdrawalNote) {
  const base = {
    TableName: config.tableName,
    Key: keys.application(match.applicationId),
    // Once the person's data is erased, only the release (withdrawn) may follow: no approval,
    // placement or return to the pool for someone who asked to be deleted.
    ConditionExpression: `#status = :proposed AND matchId = :matchId${step.applicant === 'withdrawn' ? '' : ' AND attribute_not_exists(erasedAt)'}`,
    ExpressionAttributeNames: { '#status': 'status' },
  };
  const held = { ':proposed': 'PROPOSED', ':matchId': match.matchId };
  switch (step.applicant) {
    case 'unchanged':
      return { ConditionCheck: { ...base, ExpressionAttributeValues: held } };
    case 'placed':
      return { Update: { ...base, UpdateExpression: 'SET #status = :placed', ExpressionAttributeValues: { ...held, ':placed': 'PLACED' } } };
    case 'withdrawn':
      return {
        Update: {
          ...base,
          UpdateExpression: `SET #status = :withdrawn, withdrawnAt = :now${withdrawal ? ', withdrawal = :note' : ''} REMOVE matchId`,
          ExpressionAttributeValues: { ...held, ':withdrawn': 'WITHDRAWN', ':now': now.toISOString(), ...(withdrawal ? { ':note': withdrawal } : {}) },
        },
      };
    case 'held':
      // The coordinator's hold: waiting, out of the pool, until released (hold.ts). A hold that
      // is there already (a bounce) stays what it is.
      return {
        Update: {
          ...base,
          UpdateExpression: 'SET #status = :submitted, held = if_not_exists(held, :hold) REMOVE matchId, gsi1pk, gsi1sk',
          ExpressionAttributeValues: { ...held, ':submitted': 'SUBMITTED', ':hold': { reason: 'coordinator', since: now.toISOString() } },
        },
      };
    case 'backToPool': {
      // An applicant whose mail cannot arrive (shared/deliverability/hold.ts) becomes SUBMITTED
      // but stays out of the pool. Bound to the hold as read: one arriving in between cancels this.
      const onHold = holdOf(application) !== undefined;
      const forbid = step.forbidPair ? ' ADD forbiddenRoleIds :role' : '';
      return {
        Update: {
          ...base,
          ConditionExpression: `${base.ConditionExpression} AND ${onHold ? 'attribute_exists(held)' : 'attribute_not_exists(held)'}`,
          UpdateExpression: onHold
            ? `SET #status = :submitted REMOVE matchId${forbid}`
            : `SET #status = :submitted, gsi1pk = :pool, gsi1sk = :poolKey REMOVE matchId${forbid}`,
          ExpressionAttributeValues: {
            ...held,
            ':submitted': 'SUBMITTED',
            // Back in its place in the pool: ordered by when it entered it (its confirmation).
            ...(onHold ? {} : { ':pool': POOL.applications, ':poolKey': `${application.confirmedAt ?? application.submittedAt}#${application.applicationId}` }),
            ...(step.forbidPair ? { ':role': new Set([match.roleId]) } : {}),
          },
        },
      };
    }
  }
}

/**
 * The role's side: a released place goes back; approving or accepting needs the role still open.
 * `whileClosedAt`: the place goes back only while the role is closed by that closing (a release
 * on role.closed; a role reopened meanwhile keeps its proposals).
 */
function roleUpdate(match: MatchItem, action: MatchAction, step: Transition, whileClosedAt?: string) {
  const Key = keys.role(match.roleId);
  if (step.releasePlace) {
    return {
      Update: {
        TableName: config.tableName,
        Key,
        UpdateExpression: 'SET placesLeft = placesLeft + :one',
        ...(whileClosedAt
          ? {
              ConditionExpression: '#status = :closed AND closedAt = :closedAt',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':one': 1, ':closed': 'CLOSED', ':closedAt': whileClosedAt },
            }
          : { ExpressionAttributeValues: { ':one': 1 } }),
      },
    };
  }
  if (action.type === 'approve' || action.type === 'accept') {
    return {
      ConditionCheck: {
        TableName: config.tableName,
        Key,
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'OPEN' },
      },
    };
  }
  return undefined;
}

/**
 * Applies one action to a match as one transaction: the match, the applicant, the role, the
 * spent link (when a person decided through one) and the event. 'conflict' when anything
 * moved since it was read; nothing is written then.
 */
export async function decide(
  match: MatchItem,
  application: ApplicationItem,
  action: MatchAction,
  now: Date,
  options: { token?: TokenItem; tokenDecision?: string; extraEvents?: OutboxEvent[]; withdrawal?: WithdrawalNote; whileClosedAt?: string } = {},
): Promise<Outcome> {
  const step = transition(match.status, action);
  if (!step) return 'not-allowed';
  const items: TransactItems = [matchUpdate(match, action, step, now), applicationUpdate(match, application, step, now, options.withdrawal)];
  const role = roleUpdate(match, action, step, options.whileClosedAt);
  if (role) items.push(role);
  if (options.token) items.push(spendToken(options.token, options.tokenDecision ?? step.to.toLowerCase(), now));
  const data = { matchId: match.matchId, applicationId: match.applicationId, roleId: match.roleId };
  const events = [...(step.event ? [EVENTS[step.event].outbox(data, now)] : []), ...(options.extraEvents ?? [])];
  try {
    await writeWithEvents(items, events, now);
    return 'done';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'conflict';
    throw error;
  }
}

/**
 * The applicant withdraws: out of the pool for good; a pending match is released with it, in
 * the same transaction, so no decision can land on a withdrawn application. `cause` says why
 * when the applicant did not ask (the event carries it, so its consumers can tell them apart).
 */
export async function withdrawApplication(
  application: ApplicationItem,
  match: MatchItem | undefined,
  now: Date,
  cause?: WithdrawalCause,
  withdrawal?: WithdrawalNote,
): Promise<Outcome> {
  const event = applicationWithdrawn.outbox({ applicationId: application.applicationId, ...(cause && { cause }) }, now);
  if (application.status === 'PROPOSED' && match) {
    return decide(match, application, { type: 'release', cause: 'withdrawn' }, now, { extraEvents: [event], ...(withdrawal ? { withdrawal } : {}) });
  }
  // In the pool, or still waiting for the address to be confirmed (then it was never in it).
  if (application.status !== 'SUBMITTED' && application.status !== 'UNCONFIRMED') return 'not-allowed';
  try {
    await writeWithEvents(
      [
        {
          Update: {
            TableName: config.tableName,
            Key: keys.application(application.applicationId),
            UpdateExpression: `SET #status = :withdrawn, withdrawnAt = :now${withdrawal ? ', withdrawal = :note' : ''} REMOVE gsi1pk, gsi1sk`,
            ConditionExpression: '#status = :was',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':withdrawn': 'WITHDRAWN', ':was': application.status, ':now': now.toISOString(), ...(withdrawal ? { ':note': withdrawal } : {}) },
          },
        },
      ],
      [event],
      now,
    );
    return 'done';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'conflict';
    throw error;
  }
}


/**
 * On role.closed: what was pending on the role is released and each applicant goes back to the
 * pool (the role.closed event already asked for a round). Each release holds only while the role
 * is still closed by this closing (`closedAt`): the contact may press Reopen while this runs, and
 * from then on the proposals stand. 'reopened' when that stopped it (those released before stay
 * released: their places are free on the reopened role).
 */
export async function releasePendingOfRole(roleId: string, closedAt: string, now = new Date()): Promise<'released' | 'reopened'> {
  for (const match of await pendingMatchesOfRole(roleId)) {
    const application = await getApplication(match.applicationId);
    if (!application) continue;
    const outcome = await decide(match, application, { type: 'release', cause: 'roleClosed' }, now, { whileClosedAt: closedAt });
    if (outcome === 'conflict') {
      // Either the role is no longer closed by this closing (reopened, or closed again: that
      // closing's own event releases), or the match moved meanwhile: a retry of this event reads it again.
      if (!closedBy(await getRole(roleId), closedAt)) {
        logger.info('role reopened while its closure was handled; the rest of its proposals stand', { roleId, matchId: match.matchId });
        return 'reopened';
      }
      throw new Error(`match ${match.matchId} changed while releasing; retrying`);
    }
    logger.info('released a pending match of a closed role', { matchId: match.matchId, outcome });
  }
  return 'released';
}
