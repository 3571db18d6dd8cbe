import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { matchingRequested } from '#events/contracts';
import { ddb, keys } from '#shared/platform/db';
import { runRound } from '#shared/rounds/round';
import { BUSINESS_IDS, uniqueEmail, validApplication, validRole } from '../support/fixtures.ts';
import { form, openRole, submitConfirmed } from '../support/flow.ts';
import { busEvents, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';

const TABLE = () => process.env.TABLE_NAME!;
const getItem = async (key: { pk: string; sk: string }) =>
  (await ddb.send(new GetCommand({ TableName: TABLE(), Key: key, ConsistentRead: true }))).Item;

const proposalsFor = async (field: 'applicationId' | 'roleId', id: string) =>
  (await busEvents()).filter(
    (e) => e['detail-type'] === 'match.proposed' && (e.detail as { data: Record<string, string> }).data[field] === id,
  );

/** An application as its applicant makes it: posted, then confirmed from the receipt. */
const submit = (overrides: Record<string, unknown>) => submitConfirmed(overrides);

/** Waits until a round that started after `since` has been stored: the pool as of then was matched. */
const roundStartedAfter = (since: string) =>
  waitFor(async () => {
    const { Items } = await ddb.send(
      new QueryCommand({
        TableName: TABLE(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :rounds AND gsi1sk > :since',
        ExpressionAttributeValues: { ':rounds': 'ROUNDS', ':since': since },
      }),
    );
    return Items?.length ? Items : undefined;
  }, 'a matching round after the submission');

/** Waits until no round holds the lease (seen twice, so a round queued behind it has started). */
const matchingIdle = () =>
  waitFor(async () => {
    for (let i = 0; i < 2; i++) {
      if ((await getItem(keys.matchingLease()))?.holder) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return true;
  }, 'matching to be idle');

describe('matching on the local stack', () => {
  it('proposes an application that fits an open demo role, with its score', async () => {
    // A Finnish ICT student for the demo role "IT support trainee" in Tallinn (061, en B1, students).
    const applicationId = await submit({
      schoolId: 'fi-tredu',
      language: 'fi',
      sectors: ['technology'],
      destinations: ['EE'],
      fieldOfStudy: '0613',
      languages: [{ code: 'en', level: 'B2' }],
    });
    const [proposed] = await waitFor(async () => {
      const found = await proposalsFor('applicationId', applicationId);
      return found.length ? found : undefined;
    }, 'match.proposed');
    const { matchId, roleId } = (proposed!.detail as { data: { matchId: string; roleId: string } }).data;
    expect(roleId).toBe('0d6f1c9e-1a51-4f0e-9a01-000000000006');
    const match = await getItem(keys.match(matchId));
    expect(match).toMatchObject({ status: 'PROPOSED', applicationId, roleId });
    expect(match!.score.total).toBeGreaterThan(0);
    expect(await getItem(keys.application(applicationId))).toMatchObject({ status: 'PROPOSED', matchId });
    expect((await getItem(keys.role(roleId)))!.placesLeft).toBe(1);
  });

  it('does not propose an application that fits no role, and keeps it in the pool', async () => {
    const before = new Date().toISOString();
    // Veterinary (0841) staff: no open role accepts that field.
    const applicationId = await submit({
      applicantType: 'staff',
      schoolId: 'lt-kaunas-tpmc',
      language: 'lt',
      sectors: ['wellbeing'],
      destinations: ['FI', 'EE'],
      fieldOfStudy: '0841',
    });
    await roundStartedAfter(before);
    expect(await proposalsFor('applicationId', applicationId)).toHaveLength(0);
    expect(await getItem(keys.application(applicationId))).toMatchObject({ status: 'SUBMITTED', gsi1pk: 'POOL#APPLICATION' });
  });

  it('an application enters matching only once its address is confirmed from the receipt', async () => {
    // Anyone can type anyone's address: an unconfirmed application holds no place and reaches no coordinator.
    // A field no other test uses (0913, nursing), with a fitting open demo-like role of its own.
    const role = validRole({
      company: { name: 'Geo OÜ', businessId: BUSINESS_IDS.EE, country: 'EE', region: 'Harju maakond', city: 'Tallinn' },
      contact: { name: 'Test Contact', email: uniqueEmail('confirm-first'), language: 'et' },
      sector: 'wellbeing',
      fieldsOfStudy: ['0913'],
      places: 1,
      applicantTypes: ['student'],
    });
    const roleId = await openRole(role);

    const application = validApplication({ schoolId: 'fi-sasky', language: 'en', sectors: ['wellbeing'], destinations: ['EE'], fieldOfStudy: '0913', languages: [{ code: 'en', level: 'B2' }] });
    const posted = await postJson('/applications', application);
    expect(posted.status).toBe(201);
    const { applicationId, status } = (await posted.json()) as { applicationId: string; status: string };
    expect(status).toBe('UNCONFIRMED');
    const [receipt] = await waitForEmail(application.email);
    // A whole round, awaited: it read the pool with the application stored, and proposed nothing for it.
    await runRound('test: before confirmation');
    expect(await proposalsFor('applicationId', applicationId)).toHaveLength(0);
    expect((await getItem(keys.role(roleId)))!.placesLeft).toBe(1);

    // The receipt's link shows the confirm button; pressing it puts the application into the pool and asks for a round.
    const link = linkIn(receipt!.body.text!);
    expect(await (await fetch(link)).text()).toContain('value="confirm"');
    const confirmed = await form(link, { decision: 'confirm' });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('your application is confirmed');
    await waitFor(async () => ((await proposalsFor('applicationId', applicationId)).length ? true : undefined), 'a proposal once confirmed');
    // Pressing again (or a scanner replaying the form) changes nothing.
    const again = await form(link, { decision: 'confirm' });
    expect(again.status).toBe(200);
    expect(await again.text()).not.toContain('your application is confirmed');
    await matchingIdle();
    expect(await proposalsFor('applicationId', applicationId)).toHaveLength(1);
  });

  it('never overbooks: ten fitting applicants, three places, rounds run in parallel', async () => {
    // A field no other test uses (0521, environmental sciences), so this pool is the test's own.
    const fits = { applicantType: 'student', schoolId: 'ee-tartu-khk', language: 'et', sectors: ['wellbeing'], destinations: ['LT'], fieldOfStudy: '0521', languages: [{ code: 'en', level: 'B2' }] };
    const applicationIds = await Promise.all(Array.from({ length: 10 }, () => submit(fits)));

    const role = validRole({
      company: { name: 'Žalioji slauga UAB', businessId: BUSINESS_IDS.LT, country: 'LT', region: 'Vilniaus apskritis', city: 'Vilnius' },
      contact: { name: 'Test Contact', email: uniqueEmail('overbook'), language: 'lt' },
      sector: 'wellbeing',
      fieldsOfStudy: ['052'],
      places: 3,
      applicantTypes: ['student'],
    });
    const roleId = await openRole(role);

    // Rounds in parallel two ways: directly, bypassing the lease (only the conditional writes
    // stand between them and overbooking), and as events through the bus (the lease coalesces).
    const eventBridge = new EventBridgeClient({});
    await Promise.all([
      ...Array.from({ length: 4 }, () => runRound('test: parallel')),
      ...Array.from({ length: 4 }, () => {
        const outbox = matchingRequested.outbox({ reason: 'test: parallel' });
        return eventBridge.send(
          new PutEventsCommand({ Entries: [{ EventBusName: process.env.EVENT_BUS_NAME, Source: outbox.source, DetailType: outbox.detailType, Detail: outbox.detail }] }),
        );
      }),
    ]);

    await waitFor(async () => ((await proposalsFor('roleId', roleId)).length >= 3 ? true : undefined), 'three proposals');
    // Let every queued round finish before counting.
    await matchingIdle();
    expect(await proposalsFor('roleId', roleId)).toHaveLength(3);
    expect((await getItem(keys.role(roleId)))!.placesLeft).toBe(0);
    const statuses = await Promise.all(applicationIds.map(async (id) => (await getItem(keys.application(id)))!.status));
    expect(statuses.filter((s) => s === 'PROPOSED')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'SUBMITTED')).toHaveLength(7);
  });
});
