import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { getMatch } from '#shared/decisions/matches';
import { withdrawApplication } from '#shared/decisions/transitions';
import { config } from '#shared/platform/config';
import { ddb, keys } from '#shared/platform/db';
import { applicationOfSchool, type SchoolWithdrawal } from './data.ts';

/** A few reads and tries: a proposal may move on (approved, expired) between the read and the write. */
const ATTEMPTS = 3;

/**
 * The school withdraws an application on the student's behalf: the applicant's own withdrawal
 * (withdrawApplication: out of the pool for good, a pending proposal released with it, the same
 * event and emails), then the reason kept beside it. The reason is written after the withdrawal,
 * bound to it (its time) and never to an erased application; it is in no event.
 */
export async function withdrawForStudent(
  schoolId: string,
  applicationId: string,
  withdrawal: Omit<SchoolWithdrawal, 'at'>,
  now: Date,
): Promise<'withdrawn' | 'not-allowed' | 'gone'> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const application = await applicationOfSchool(schoolId, applicationId);
    if (!application) return 'gone';
    const match = application.status === 'PROPOSED' && application.matchId ? await getMatch(application.matchId) : undefined;
    const outcome = await withdrawApplication(application, match, now);
    if (outcome === 'not-allowed') return 'not-allowed';
    if (outcome === 'conflict') continue;
    await keepReason(applicationId, { ...withdrawal, at: now.toISOString() });
    return 'withdrawn';
  }
  return 'not-allowed';
}

async function keepReason(applicationId: string, withdrawal: SchoolWithdrawal) {
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: config.tableName,
        Key: keys.application(applicationId),
        UpdateExpression: 'SET withdrawal = :withdrawal',
        ConditionExpression: '#status = :withdrawn AND withdrawnAt = :at AND attribute_not_exists(erasedAt)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':withdrawal': withdrawal, ':withdrawn': 'WITHDRAWN', ':at': withdrawal.at },
      }),
    );
  } catch (error) {
    // Erased in between: the reason is personal data about the student, and goes with the rest.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
