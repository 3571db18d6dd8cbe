import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { applicationHeld } from '#events/contracts';
import type { ApplicationItem } from '#shared/applications/store';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll, writeWithEvents } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import { logger } from '#shared/platform/logger';

/*
 * An application whose applicant cannot be reached by mail is held: nobody could tell them of a
 * proposal, a placement or a follow-up, so no round may propose them, and the school's
 * coordinator, who can reach the student at school, is told once (application.held).
 *
 * - SUBMITTED (waiting in the pool): it leaves the pool (gsi1 keys removed) and stays SUBMITTED
 *   with `held`; a round that read the pool before does not propose it either (its write is
 *   conditional on `held` being absent, shared/rounds/round.ts).
 * - PROPOSED (a proposal is pending): flagged only. The coordinator, told of the hold, may still
 *   decide the pending proposal; if it ends without a placement (reject, decline, expiry, the
 *   role closed), the application becomes SUBMITTED but does not go back to the pool
 *   (shared/decisions/transitions.ts). A confirmed placement goes on as any other.
 * - any other status (placed, withdrawn, not yet confirmed by its applicant): left alone.
 *
 * A hold is not lifted: the applicant applies again with an address that works. The held
 * application goes when its retention ends, like any never-placed one. Each hold is one
 * conditional transaction with its event, so a repeated SES event (or a second bounce) finds it
 * held and writes and sends nothing.
 */

/** Why and since when (SES's report of the bounce or complaint, ISO) an application is held. */
export type Hold = NonNullable<ApplicationItem['held']>;

/** The hold of an application (the attribute is written here only), if any. */
export const holdOf = (application: ApplicationItem): Hold | undefined => application.held;

const HOLDABLE = new Set<string>(['SUBMITTED', 'PROPOSED']);

async function readApplication(applicationId: string): Promise<ApplicationItem | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.application(applicationId), ConsistentRead: true }));
  return Item as ApplicationItem | undefined;
}

type HoldOutcome = 'held' | 'already-held' | 'not-holdable';

/** Holds one application, as it is now; tries again when it moved between the read and the write. */
async function holdApplication(applicationId: string, hold: Hold, now: Date): Promise<HoldOutcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const application = await readApplication(applicationId);
    if (!application || application.erasedAt || !HOLDABLE.has(application.status)) return 'not-holdable';
    if (holdOf(application)) return 'already-held';
    const inPool = application.status === 'SUBMITTED';
    try {
      await writeWithEvents(
        [
          {
            Update: {
              TableName: config.tableName,
              Key: keys.application(applicationId),
              UpdateExpression: `SET held = :held${inPool ? ' REMOVE gsi1pk, gsi1sk' : ''}`,
              ConditionExpression: '#status = :status AND attribute_not_exists(held) AND attribute_not_exists(erasedAt)',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':held': hold, ':status': application.status },
            },
          },
        ],
        [applicationHeld.outbox({ applicationId, schoolId: application.schoolId }, now)],
        now,
      );
      return 'held';
    } catch (error) {
      // Held meanwhile (a parallel delivery), or the status moved: read it again.
      if (!(error instanceof TransactionCanceledException)) throw error;
    }
  }
  throw new Error(`could not hold application ${applicationId}: it kept changing`);
}

/**
 * Holds every open application of the address (found through the email lookup items, by the
 * address's hash). Returns how many were held now.
 */
export async function holdApplicationsOf(address: string, hold: Hold, now = new Date()): Promise<number> {
  const lookups = await queryAll<{ applicationId: string }>({
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.emailLookup(emailHash(address), '').pk },
    ProjectionExpression: 'applicationId',
  });
  let held = 0;
  for (const { applicationId } of lookups) {
    const outcome = await holdApplication(applicationId, hold, now);
    if (outcome === 'held') held += 1;
    logger.info('undeliverable applicant', { applicationId, outcome });
  }
  return held;
}
