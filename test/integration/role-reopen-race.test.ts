import { UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { InitializeHandler, InitializeHandlerArguments, InitializeMiddleware, MetadataBearer } from '@smithy/types';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { roleClosed } from '#events/contracts';
import { handler as releaseClosedRole } from '#functions/consumers/release-closed-role';
import { lambdaContext } from '#local/lambda';
import type { MatchItem } from '#shared/decisions/matches';
import { ddb, keys } from '#shared/platform/db';
import { submitReopen } from '#shared/roles/manage';
import { sendRoleClosed } from '#shared/roles/notify';
import { getRole, type RoleItem } from '#shared/roles/store';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validRole } from '../support/fixtures.ts';
import { eventsOf, getItem, openRole, sleep, submitConfirmed, TABLE } from '../support/flow.ts';
import { emailsTo, waitFor } from '../support/stack.ts';

/*
 * A company closes a role and presses Reopen while the closing's release (the role.closed
 * consumer) is still running, or after it crashed partway. Each release is bound to the role
 * being still closed by that closing (CLOSED, the same closedAt): the first one refused stops it,
 * the proposals not released yet stand, and no "role closed" email goes out.
 *
 * The closing is written as closeRole writes it but without its outbox item, and its role.closed
 * is handed to the consumer here (in this process, called directly), so the test decides when
 * the reopening lands: between two of the release's transactions. The reopening is the real one
 * (submitReopen), whose role.changed the stack's own consumers handle (a round).
 *
 * This file's data is in 2058 (no other test's dates reach it): its applicants meet only its role.
 */

const FIELD = '0714';
const PERIOD = { from: '2058-03-01', to: '2058-08-31' };
const PLACES = 3;

let roleId: string;
let contact: string;
let title: string;

const match = async (matchId: string) => (await getItem(keys.match(matchId))) as MatchItem;
const role = async () => (await getItem(keys.role(roleId))) as RoleItem;
const proposalsOfRole = async () => (await eventsOf('match.proposed', 'roleId', roleId)).map((e) => (e.detail as { data: { matchId: string } }).data.matchId);
/** The role's proposals still pending, by match id. */
async function pending(): Promise<string[]> {
  const matches = await Promise.all((await proposalsOfRole()).map(match));
  return matches.filter((m) => m.status === 'PROPOSED' || m.status === 'APPROVED').map((m) => m.matchId);
}
const closedMails = async () => (await emailsTo(contact)).filter((m) => m.subject.includes('is closed'));

/** Every place taken by a pending proposal, once the rounds have settled. */
const allPlacesProposed = () =>
  waitFor(async () => {
    const r = await role();
    const open = await pending();
    return r.status === 'OPEN' && r.placesLeft === 0 && open.length === PLACES ? open : undefined;
  }, `${PLACES} pending proposals on the role`, 30_000);

/** The company closes the role, as closeRole writes it; its role.closed (version 2) is returned, not published. */
async function closeDirectly() {
  const now = new Date();
  await ddb.send(
    new UpdateCommand({
      TableName: TABLE(),
      Key: keys.role(roleId),
      UpdateExpression: 'SET #status = :closed, closedAt = :now REMOVE gsi1pk, gsi1sk',
      ConditionExpression: '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':closed': 'CLOSED', ':open': 'OPEN', ':now': now.toISOString() },
    }),
  );
  const outbox = roleClosed.outbox({ roleId, closedAt: now.toISOString() }, now);
  return { eventId: outbox.eventId, closedAt: now.toISOString(), event: { source: 'liike', 'detail-type': 'role.closed', detail: JSON.parse(outbox.detail) } };
}

const deliver = (event: unknown) => releaseClosedRole(event as never, lambdaContext('releaseClosedRole'));

/** The company presses Reopen, on the role as it is now. */
async function reopen() {
  expect(await submitReopen((await getRole(roleId))!, new Date())).toBe('reopened');
}

const MIDDLEWARE = 'betweenReleases';
/**
 * Runs `between(n)` around the n-th (1-based) release transaction on this role (a transaction
 * giving a place back to it): `before` ones before it is sent, the others after it is written.
 */
function aroundReleases(hook: { before?: (n: number) => Promise<void>; after?: (n: number) => Promise<void> }) {
  let n = 0;
  const middleware: InitializeMiddleware<object, MetadataBearer> =
    (next: InitializeHandler<object, MetadataBearer>) => async (args: InitializeHandlerArguments<object>) => {
      const items = (args.input as TransactWriteCommandInput).TransactItems;
      const release = items?.some((i) => i.Update?.Key?.pk === keys.role(roleId).pk && i.Update.UpdateExpression === 'SET placesLeft = placesLeft + :one');
      if (!release) return next(args);
      n += 1;
      const mine = n;
      await hook.before?.(mine);
      const result = await next(args);
      await hook.after?.(mine);
      return result;
    };
  ddb.middlewareStack.add(middleware, { step: 'initialize', name: MIDDLEWARE });
}

afterEach(() => {
  ddb.middlewareStack.remove(MIDDLEWARE);
});

beforeAll(async () => {
  contact = uniqueEmail('reopen-race-contact');
  title = `Reopened role ${uniqueName('Race')}`;
  roleId = await openRole(
    validRole({
      company: { name: 'UAB Lenktynės', businessId: BUSINESS_IDS.LT, country: 'LT', region: 'Vilniaus apskritis', city: 'Vilnius' },
      contact: { name: 'Rasa Kontaktė', email: contact, language: 'en' },
      title,
      sector: 'technology',
      fieldsOfStudy: [FIELD],
      places: PLACES,
      periodFrom: PERIOD.from,
      periodTo: PERIOD.to,
      minWeeks: 8,
      languages: [{ code: 'en', level: 'B1' }],
      applicantTypes: ['student'],
    }),
  );
  for (let i = 0; i < PLACES; i++) {
    await submitConfirmed({
      email: uniqueEmail('reopen-race-applicant'),
      firstName: 'Aino',
      lastName: uniqueName('Race'),
      language: 'fi',
      schoolId: 'fi-sasky',
      sectors: ['technology'],
      destinations: ['LT'],
      fieldOfStudy: FIELD,
      availableFrom: PERIOD.from,
      availableTo: PERIOD.to,
      minWeeks: 8,
      languages: [{ code: 'en', level: 'B2' }],
    });
  }
  await allPlacesProposed();
}, 180_000);

describe('a role reopened while its closing is being handled', () => {
  it('reopened between two releases: the rest of the proposals stand, and no "role closed" email is sent', async () => {
    const before = await pending();
    const { event, closedAt } = await closeDirectly();
    // The contact presses Reopen right after the first proposal was released.
    aroundReleases({ after: async (n) => (n === 1 ? reopen() : undefined) });

    await deliver(event);

    const after = await Promise.all(before.map(match));
    expect(after.filter((m) => m.status === 'RELEASED')).toHaveLength(1);
    // The other two were not released after the reopening: they stand, and keep their places.
    expect(after.filter((m) => m.status === 'PROPOSED').map((m) => m.matchId)).toHaveLength(PLACES - 1);
    const reopened = await role();
    expect(reopened).toMatchObject({ status: 'OPEN' });
    expect(reopened).not.toHaveProperty('closedAt');
    // The reopening saw the one place given back, and asked for a round for it.
    const [change] = await waitFor(async () => {
      const changes = (await eventsOf('role.changed', 'roleId', roleId)).map((e) => (e.detail as { data: Record<string, unknown> }).data);
      return changes.length ? changes : undefined;
    }, 'role.changed of the reopening');
    expect(change).toMatchObject({ changed: ['status'], placesLeft: 1, asksForRound: true });
    // No closure to confirm, then or later (the email checks the role itself too).
    await sendRoleClosed(roleId, closedAt);
    await sleep(1_000);
    expect(await closedMails()).toEqual([]);
    // The round the reopening asked for proposes the released applicant again: a proposal made
    // after the reopening, on an open role, pending like the others.
    await allPlacesProposed();
  });

  it('a release that crashed partway, retried after the reopening, releases nothing more and sends nothing', async () => {
    const before = await pending();
    const { event } = await closeDirectly();
    // The consumer dies before its second release is written.
    aroundReleases({ before: async (n) => (n === 2 ? Promise.reject(new Error('the consumer died here')) : undefined) });
    await expect(deliver(event)).rejects.toThrow('the consumer died here');
    ddb.middlewareStack.remove(MIDDLEWARE);
    await reopen();

    // EventBridge delivers role.closed again: the role is no longer closed by that closing.
    await deliver(event);

    const after = await Promise.all(before.map(match));
    expect(after.filter((m) => m.status === 'RELEASED')).toHaveLength(1);
    expect(after.filter((m) => m.status === 'PROPOSED')).toHaveLength(PLACES - 1);
    await sleep(1_000);
    expect(await closedMails()).toEqual([]);
    await allPlacesProposed();
  });

  it('a role.closed of version 1 (no closedAt) is bound to the closing the role records: all released, one email', async () => {
    const before = await pending();
    const { event } = await closeDirectly();
    const v1 = { ...event, detail: { metadata: { ...event.detail.metadata, version: 1 }, data: { roleId } } };

    await deliver(v1);

    const after = await Promise.all(before.map(match));
    expect(after.map((m) => m.status)).toEqual(before.map(() => 'RELEASED'));
    expect(await role()).toMatchObject({ status: 'CLOSED', placesLeft: PLACES });
    const [closure] = await waitFor(async () => ((await closedMails()).length ? closedMails() : undefined), 'the role closed email');
    expect(closure!.body.text).toContain(title);
  });
});
