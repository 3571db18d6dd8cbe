import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { applicationConfirmed } from '#events/contracts';
import { nonPlacementEraseAt, retentionKeys } from '#shared/erasure/retention';
import { config } from '#shared/platform/config';
import { keys, POOL, writeWithEvents } from '#shared/platform/db';
import type { ApplicationItem } from './store.ts';

export type ConfirmOutcome = 'confirmed' | 'already' | 'not-allowed' | 'conflict';

/**
 * The applicant confirms the address from the receipt's link page: the application enters the
 * matching pool, is due for erasure by the rule for applications (12 months after the
 * availability), and application.confirmed asks for a round. Until then anyone could have typed
 * the address, so nothing about the application reaches a coordinator or a company.
 * Bound to the status read: a confirm racing a withdrawal or an erasure changes nothing.
 */
export async function confirmApplication(application: ApplicationItem, now: Date): Promise<ConfirmOutcome> {
  if (application.status !== 'UNCONFIRMED') return application.confirmedAt ? 'already' : 'not-allowed';
  if (application.erasedAt) return 'not-allowed';
  const { applicationId } = application;
  const due = retentionKeys(applicationId, nonPlacementEraseAt(application.availableTo));
  try {
    await writeWithEvents(
      [
        {
          Update: {
            TableName: config.tableName,
            Key: keys.application(applicationId),
            UpdateExpression: 'SET #status = :submitted, confirmedAt = :now, gsi1pk = :pool, gsi1sk = :poolKey, gsi2pk = :due, gsi2sk = :dueKey',
            ConditionExpression: '#status = :unconfirmed AND attribute_not_exists(erasedAt)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':submitted': 'SUBMITTED',
              ':unconfirmed': 'UNCONFIRMED',
              ':now': now.toISOString(),
              ':pool': POOL.applications,
              // The pool is ordered by confirmation: an application joins it then.
              ':poolKey': `${now.toISOString()}#${applicationId}`,
              ':due': due.gsi2pk,
              ':dueKey': due.gsi2sk,
            },
          },
        },
      ],
      [
        applicationConfirmed.outbox(
          { applicationId, schoolId: application.schoolId, homeCountry: application.homeCountry, applicantType: application.applicantType },
          now,
        ),
      ],
      now,
    );
    return 'confirmed';
  } catch (error) {
    if (error instanceof TransactionCanceledException) return 'conflict';
    throw error;
  }
}
