import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ApplicationItem, ApplicationStatus } from '#shared/applications/store';
import { getMatch } from '#shared/decisions/matches';
import { withdrawApplication } from '#shared/decisions/transitions';
import { config } from '#shared/platform/config';
import { DESK, ddb, keys, queryAll } from '#shared/platform/db';
import { eachOnItsOwn } from '#shared/platform/each-on-its-own';
import { logger } from '#shared/platform/logger';
import { domainTable } from '#shared/platform/table';
import { getSchool, isActive } from './registry.ts';

/** An application still to be decided on: these leave with their school. A placement stays. */
export const OPEN_STATUSES: ReadonlySet<ApplicationStatus> = new Set(['UNCONFIRMED', 'SUBMITTED', 'PROPOSED']);

const desk = domainTable.indexes[2];

/** A school's applications as its desk lists them (gsi3): id and status, one Query. */
export async function applicationsOfSchool(schoolId: string): Promise<{ applicationId: string; status: ApplicationStatus }[]> {
  return queryAll({
    TableName: config.tableName,
    IndexName: desk.name,
    KeyConditionExpression: `${desk.partitionKey} = :school`,
    ExpressionAttributeValues: { ':school': DESK.school(schoolId) },
    ExpressionAttributeNames: { '#status': 'status' },
    ProjectionExpression: 'applicationId, #status',
  });
}

async function readNow(applicationId: string): Promise<ApplicationItem | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.application(applicationId), ConsistentRead: true }));
  return Item as ApplicationItem | undefined;
}

/** Withdraws one application for its school's deactivation, a pending proposal with it; false when it is not open any more. */
async function release(applicationId: string, now: Date): Promise<boolean> {
  // A conflict means it moved in between (a decision, a round, the applicant): read it again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const application = await readNow(applicationId);
    if (!application || application.erasedAt || !OPEN_STATUSES.has(application.status)) return false;
    const match = application.status === 'PROPOSED' && application.matchId ? await getMatch(application.matchId) : undefined;
    const outcome = await withdrawApplication(application, match, now, 'schoolDeactivated');
    if (outcome === 'done') return true;
    if (outcome === 'not-allowed') return false;
  }
  throw new Error(`application ${applicationId} kept changing while its school was deactivated; retrying`);
}

/**
 * On school.deactivated: each open application of the school (unconfirmed, waiting or proposed)
 * is withdrawn with the cause `schoolDeactivated`, a pending proposal released and its place given
 * back (application.withdrawn tells the applicant, in their language, why and whom to ask). Each
 * is its own conditional write: a repeat or a retry after a failure finds the ones done no longer
 * open and goes on with the rest. POST /applications refuses an inactive school in its own
 * transaction, so nothing joins the school after its deactivation was written; the index is read
 * after that write (the event comes from it), by the stream and the bus, time enough for an index
 * that follows its table within a fraction of a second.
 */
export async function releaseApplicationsOfSchool(schoolId: string, now = new Date()) {
  // Consistent: a stale "active" would release nothing, and the event's once-record would keep it so.
  const school = await getSchool(schoolId, true);
  if (!school || isActive(school)) {
    logger.info('school not deactivated; nothing to release', { schoolId });
    return { released: 0 };
  }
  const open = (await applicationsOfSchool(schoolId)).filter((a) => OPEN_STATUSES.has(a.status));
  let released = 0;
  return eachOnItsOwn(
    'school deactivation',
    open,
    (a) => ({ schoolId, applicationId: a.applicationId }),
    async ({ applicationId }) => {
      if (await release(applicationId, now)) released += 1;
    },
    () => {
      logger.info('released the open applications of a deactivated school', { schoolId, open: open.length, released });
      return { released };
    },
  );
}
