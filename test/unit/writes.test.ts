import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeApplication } from '#shared/applications/store';
import { confirmApplication } from '#shared/applications/confirmation';
import { POOL } from '#shared/platform/db';
import { openRole, storeRole, type RoleItem } from '#shared/roles/store';
import { applicationSchema } from '#shared/applications/schema';
import { roleSchema } from '#shared/roles/schema';
import type { School } from '#shared/schools/registry';
import { newToken } from '#shared/links/tokens';
import { validApplication, validRole } from '../support/fixtures.ts';

const ddb = mockClient(DynamoDBDocumentClient);
const school: School = {
  schoolId: 'ru-spb-construction',
  name: 'College',
  country: 'RU',
  city: 'Санкт-Петербург',
  coordinator: { name: 'C', email: 'c@x.example', language: 'ru' },
};
const items = () => ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;

describe('writes go with their events in one transaction', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
  });

  it('stores an application and its application.submitted outbox item together', async () => {
    const input = applicationSchema().parse(validApplication());
    const stored = await storeApplication(input, school, new Date());
    const application = items()[0];
    const outbox = items().find((item) => item.Put?.Item?.type === 'OUTBOX');
    // The email lookup for erasure by address holds a hash of the address, not the address.
    const lookup = items().find((item) => item.Put?.Item?.type === 'EMAIL_LOOKUP');
    expect(lookup!.Put!.Item).toMatchObject({ pk: expect.stringMatching(/^EMAIL#[0-9a-f]{64}$/), applicationId: stored.applicationId });
    expect(JSON.stringify(lookup!.Put!.Item)).not.toContain(input.email);
    expect(application!.Put!.ConditionExpression).toBe('attribute_not_exists(pk)');
    // Stored outside the matching pool until the address is confirmed, and due for erasure in 7 days.
    expect(application!.Put!.Item).toMatchObject({ applicationId: stored.applicationId, status: 'UNCONFIRMED', homeCountry: 'RU' });
    expect(application!.Put!.Item).not.toHaveProperty('gsi1pk');
    expect(application!.Put!.Item!.gsi2sk).toBe(`${new Date(Date.parse(stored.submittedAt) + 7 * 86_400_000).toISOString()}#${stored.applicationId}`);
    expect(outbox!.Put!.Item).toMatchObject({ type: 'OUTBOX', detailType: 'application.submitted' });
    expect(outbox!.Put!.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(JSON.parse(outbox!.Put!.Item!.detail).data).toEqual({
      applicationId: stored.applicationId,
      schoolId: school.schoolId,
      homeCountry: 'RU',
      applicantType: 'student',
    });
  });

  it('confirming puts the application into the pool with application.confirmed, bound to UNCONFIRMED', async () => {
    const stored = await storeApplication(applicationSchema().parse(validApplication({ availableTo: '2027-06-30' })), school, new Date());
    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
    const now = new Date();
    expect(await confirmApplication(stored, now)).toBe('confirmed');
    const [update, outbox] = items();
    expect(update!.Update!.ConditionExpression).toBe('#status = :unconfirmed AND attribute_not_exists(erasedAt)');
    expect(update!.Update!.ExpressionAttributeValues).toMatchObject({
      ':submitted': 'SUBMITTED',
      ':pool': POOL.applications,
      // From now on the rule for applications: 12 months after the availability ended.
      ':dueKey': `2028-07-01T00:00:00.000Z#${stored.applicationId}`,
    });
    expect(outbox!.Put!.Item!.detailType).toBe('application.confirmed');
    // Only an UNCONFIRMED application is confirmed; a second press writes nothing.
    ddb.reset();
    expect(await confirmApplication({ ...stored, status: 'SUBMITTED', confirmedAt: now.toISOString() }, now)).toBe('already');
    expect(await confirmApplication({ ...stored, status: 'WITHDRAWN' }, now)).toBe('not-allowed');
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('stores a role as PENDING_VERIFICATION with a role.submitted outbox item', async () => {
    const stored = await storeRole(roleSchema().parse(validRole()), new Date());
    expect(stored.status).toBe('PENDING_VERIFICATION');
    const [role, outbox] = items();
    expect(role!.Put!.Item).toMatchObject({ roleId: stored.roleId, status: 'PENDING_VERIFICATION', placesLeft: 2 });
    expect(outbox!.Put!.Item!.detailType).toBe('role.submitted');
  });

  it('opens a role only with an unspent, unexpired token and a role still pending', async () => {
    const now = new Date();
    const role = { ...roleSchema().parse(validRole()), roleId: crypto.randomUUID(), places: 2 } as RoleItem;
    const { item } = newToken('roleVerification', role.roleId, 'fi', 3600, now);
    await openRole(role, item, now);
    const [token, update, outbox] = items();
    expect(token!.Update!.ConditionExpression).toBe('attribute_exists(pk) AND attribute_not_exists(usedAt) AND validUntil > :now');
    expect(token!.Update!.ExpressionAttributeValues).toMatchObject({ ':now': now.toISOString(), ':decision': 'roleVerified' });
    expect(update!.Update!.ConditionExpression).toBe('#status = :pending');
    expect(update!.Update!.ExpressionAttributeValues).toMatchObject({ ':pending': 'PENDING_VERIFICATION', ':open': 'OPEN' });
    expect(outbox!.Put!.Item!.detailType).toBe('role.opened');
  });
});
