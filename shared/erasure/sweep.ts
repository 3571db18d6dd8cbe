import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll } from '#shared/platform/db';
import { eachOnItsOwn } from '#shared/platform/each-on-its-own';
import { logger } from '#shared/platform/logger';
import { eraseApplication, readApplication } from './erasure.ts';
import { eraseAt, RETENTION_DUE, retentionKeys } from './retention.ts';

/** Applications whose erasure is due by `until` (index gsi2, oldest first). */
async function applicationsDueBy(until: string): Promise<{ applicationId: string }[]> {
  return queryAll({
    TableName: config.tableName,
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :due AND gsi2sk <= :until',
    ExpressionAttributeValues: { ':due': RETENTION_DUE, ':until': `${until}~` },
    ProjectionExpression: 'applicationId',
  });
}

/**
 * Erases what retention says is due (docs/guarantees.md, personal data): a never-placed
 * application 12 months after its availability ended, a placement once the retention date has
 * passed. Reads only the due part of the erasure index; a placement found there before its
 * retention date is filed again under that date. `now` and the retention date are injectable.
 */
export async function sweepRetention(now = new Date(), options: { retentionUntil?: string } = {}) {
  const retentionUntil = options.retentionUntil ?? config.retentionUntil;
  const candidates = await applicationsDueBy(now.toISOString());
  let erased = 0;
  let refiled = 0;
  const eraseOrRefile = async ({ applicationId }: { applicationId: string }) => {
    const application = await readApplication(applicationId);
    if (!application) return;
    const due = eraseAt(application, retentionUntil);
    if (application.erasedAt || due <= now.toISOString()) {
      if (await eraseApplication(applicationId, now)) erased += 1;
      return;
    }
    try {
      const keysNow = retentionKeys(applicationId, due);
      await ddb.send(
        new UpdateCommand({
          TableName: config.tableName,
          Key: keys.application(applicationId),
          UpdateExpression: 'SET gsi2pk = :pk, gsi2sk = :sk',
          ConditionExpression: '#status = :status AND attribute_not_exists(erasedAt)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pk': keysNow.gsi2pk, ':sk': keysNow.gsi2sk, ':status': application.status },
        }),
      );
      refiled += 1;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  };
  return eachOnItsOwn('retention sweep', candidates, (c) => ({ applicationId: c.applicationId }), eraseOrRefile, () => {
    logger.info('retention sweep', { candidates: candidates.length, erased, refiled });
    return { candidates: candidates.length, erased, refiled };
  });
}
