import type { WithdrawalCause } from '#events/contracts';
import { tellCoordinatorOfWithdrawal } from '#shared/applicant/withdrawal';
import { notifyCoordinatorOfDecline } from '#shared/decisions/notify';
import { consumerOfAny } from '#shared/platform/consumer';
import { coordinatorOfChangeEvents } from '#functions/rule-events';

/** The coordinator is told when the company declines a student they approved, and when a student withdraws (or a proposal ends with a placement elsewhere). */
export const handler = consumerOfAny('notifyCoordinatorOfChange', coordinatorOfChangeEvents, (detailType, _metadata, detail) =>
  detailType === 'match.declined'
    ? notifyCoordinatorOfDecline((detail as { matchId: string }).matchId)
    : tellCoordinatorOfWithdrawal((detail as { applicationId: string }).applicationId, (detail as { cause?: WithdrawalCause }).cause),
);
