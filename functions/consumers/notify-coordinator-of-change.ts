import { tellCoordinatorOfWithdrawal } from '#shared/applicant/withdrawal';
import { notifyCoordinatorOfDecline } from '#shared/decisions/notify';
import { consumerOfAny } from '#shared/platform/consumer';
import { functions } from '#functions/catalog';

/** The coordinator is told when the company declines a student they approved, and when a student withdraws. */
export const handler = consumerOfAny('notifyCoordinatorOfChange', functions.notifyCoordinatorOfChange.trigger.events, (detailType, _metadata, detail) =>
  detailType === 'match.declined'
    ? notifyCoordinatorOfDecline((detail as { matchId: string }).matchId)
    : tellCoordinatorOfWithdrawal((detail as { applicationId: string }).applicationId),
);
