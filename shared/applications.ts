import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { applicationSubmitted } from '#events/catalog';
import { config } from './config.ts';
import { ddb, keys, POOL, writeWithEvents } from './db.ts';
import type { FieldError } from './http/problem.ts';
import type { ApplicationInput } from './schemas.ts';
import type { School } from './schools.ts';

/** SUBMITTED: waiting in the matching pool; PROPOSED: a proposal awaits decisions. */
export type ApplicationStatus = 'SUBMITTED' | 'PROPOSED' | 'PLACED' | 'WITHDRAWN';

export interface ApplicationItem extends ApplicationInput {
  pk: string;
  sk: string;
  type: 'APPLICATION';
  applicationId: string;
  status: ApplicationStatus;
  homeCountry: School['country'];
  submittedAt: string;
  /** Roles this applicant must never be proposed to again (rejected or declined pairs). */
  forbiddenRoleIds?: Set<string>;
  /** The pending or confirmed match while PROPOSED or PLACED. */
  matchId?: string;
  /** Set while the application waits in the matching pool. */
  gsi1pk?: string;
  gsi1sk?: string;
}

/** Rules that need the registry: the school must exist, and one does not go abroad at home. */
export function checkAgainstSchool(input: ApplicationInput, school: School | undefined): FieldError[] {
  if (!school) return [{ path: 'schoolId', message: 'is not a partner school (see GET /schools)' }];
  return input.destinations.flatMap((country, i) =>
    country === school.country ? [{ path: `destinations.${i}`, message: 'is the home country of your school' }] : [],
  );
}

export async function storeApplication(input: ApplicationInput, school: School, now: Date) {
  const applicationId = randomUUID();
  const item: ApplicationItem = {
    ...keys.application(applicationId),
    type: 'APPLICATION',
    applicationId,
    status: 'SUBMITTED',
    homeCountry: school.country,
    submittedAt: now.toISOString(),
    gsi1pk: POOL.applications,
    gsi1sk: `${now.toISOString()}#${applicationId}`,
    ...input,
  };
  await writeWithEvents(
    [{ Put: { TableName: config.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }],
    [
      applicationSubmitted.outbox(
        { applicationId, schoolId: school.schoolId, homeCountry: school.country, applicantType: input.applicantType },
        now,
      ),
    ],
    now,
  );
  return item;
}

export async function getApplication(applicationId: string): Promise<ApplicationItem | undefined> {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: config.tableName, Key: keys.application(applicationId) }),
  );
  return Item as ApplicationItem | undefined;
}
