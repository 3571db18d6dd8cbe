import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BusEventRecord, LocalRule } from '#local/bus';
import { matchesPattern } from '#local/event-pattern';
import { lambdaContext, loadHandler } from '#local/lambda';
import { functions } from '#functions/catalog';
import { ddb, keys } from '#shared/platform/db';
import type { ApplicationItem } from '#shared/applications/store';
import { pauseApplication } from '#shared/school-desk/pause';
import { putSchool } from '#shared/schools/registry';
import { deactivateSchool } from '#shared/schools/operations';
import { uniqueEmail, uniqueName, validApplication } from '../support/fixtures.ts';
import { askForLink } from '../support/desk.ts';
import { sesBounce } from '../support/ses-events.ts';
import { signInRequestKey } from '#shared/sign-in/request';
import { busEvents, emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';
import { COORDINATOR, companyLinks, eventsOf, form, getItem, linkInMail, mailAbout, proposedPair, sleep, TABLE, type Pair } from './support.ts';

/*
 * Every consumer with a rule, fed every event of real flows three times in shuffled order
 * (fixed seed), must leave the same final state as each event delivered once, in order.
 *
 * Seven flows are walked on the local stack, each stopped at another stage (proposed, approved,
 * confirmed and then the role closed, rejected and then paused from the school's desk, withdrawn, held by a bounce, declined), a school's
 * coordinator address bounces (the staff alert), a school is deactivated, and a sign-in is asked for. Their events are read from the bus
 * log, their items from the table. Two fresh copies of those items are written with new ids,
 * addresses and names; every event is delivered to the consumers whose rule pattern matches it
 * (the handlers, called directly), once in order to one copy and three times shuffled to the
 * other. Compared, with the copies' ids mapped back: the entity items (timestamps masked), the
 * emails sent (recipient and subject), the links issued and the events written.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ADDRESS = /fault-(?:applicant|contact)\.[0-9a-f]{8}@test\.example/g;
const MARKER = /Fault-[a-p]{8}/g; // uniqueName('Fault')
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

/** A seeded PRNG (mulberry32), so the shuffle is the same on every run. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Applies `f` to every string inside a value (objects, arrays and Sets included). */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (value instanceof Set) return new Set([...value].map((v) => mapStrings(v, f)));
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/** Consistent renaming of every id, address and name of the walked flows, for one copy. */
class Renaming {
  private readonly forward = new Map<string, string>();
  private readonly back = new Map<string, string>();
  /** Each copy's fields of study are its own, so no round pairs a copy with the original or the other copy. */
  constructor(fields: Map<string, string>) {
    for (const [original, copy] of fields) {
      this.forward.set(original, copy);
      this.back.set(copy, original);
    }
  }
  private fresh(original: string, make: () => string) {
    let copy = this.forward.get(original);
    if (!copy) {
      copy = make();
      this.forward.set(original, copy);
      this.back.set(copy, original);
    }
    return copy;
  }
  apply = (s: string) =>
    /^\d{4}$/.test(s)
      ? (this.forward.get(s) ?? s)
      : s
      .replace(UUID, (m) => this.fresh(m, randomUUID))
      .replace(ADDRESS, (m) => this.fresh(m, () => m.replace(/\.[0-9a-f]{8}@/, `.${randomUUID().slice(0, 8)}@`)))
      .replace(MARKER, (m) => this.fresh(m, () => uniqueName('Fault')));
  undo = (s: string) => (/^\d{4}$/.test(s) ? (this.back.get(s) ?? s) : s).replace(UUID, (m) => this.back.get(m) ?? m).replace(ADDRESS, (m) => this.back.get(m) ?? m).replace(MARKER, (m) => this.back.get(m) ?? m);
  copyOf = (original: string) => this.forward.get(original)!;
}

interface Flow {
  stage: string;
  pair: Pair;
}

/** What the code under test wrote through the shared DynamoDB client while a copy was fed. */
interface Writes {
  tokens: string[];
  events: string[];
}

/** Fields of study no other test uses: the walked flows', and each copy's own. */
const FIELDS = {
  original: ['0231', '0232', '0311', '0312', '0313', '1031', '0712'],
  once: ['0411', '0412', '0413', '0414', '0415', '1032', '0716'],
  thrice: ['0111', '0112', '0113', '0114', '0416', '0831', '0731'],
};
const fieldMap = (copy: 'once' | 'thrice') => new Map(FIELDS.original.map((f, i) => [f, FIELDS[copy][i]!]));

const flows: Flow[] = [];
let events: BusEventRecord[] = [];
let rules: LocalRule[] = [];
const ruleNames = Object.entries(functions).flatMap(([name, def]) => (def.trigger.kind === 'rule' ? [name] : []));
/** SES's bounces reach Liike on the default bus, which the local bus does not carry: handed to the handler as its rule would. */
const recordUndeliverable = await loadHandler('recordUndeliverable');
const bounce = (address: string) => recordUndeliverable(sesBounce(address), lambdaContext('recordUndeliverable'));
/** The sign-in request walked (its event carries only this id). */
let signInRequestId = '';
/** The school whose coordinator's mail bounces (its events carry its id, not a flow's). */
const schoolId = `fi-fault-${randomUUID().slice(0, 8)}`;
/** The school programme staff deactivate. */
const leavingSchoolId = `fi-fault-leaving-${randomUUID().slice(0, 8)}`;

async function approve(pair: Pair) {
  expect((await form(linkInMail(pair.coordinatorMail), { decision: 'approve' })).status).toBe(200);
  const [mail] = await mailAbout(pair.contactEmail, pair.marker);
  return companyLinks(mail!);
}

const walks: Record<string, (pair: Pair) => Promise<void>> = {
  proposed: async () => undefined,
  approved: async (pair) => void (await approve(pair)),
  confirmedThenClosed: async (pair) => {
    const [decide, close] = await approve(pair);
    expect((await form(decide!, { decision: 'accept' })).status).toBe(200);
    expect((await form(close!, { decision: 'close' })).status).toBe(200);
    await mailAbout(COORDINATOR, pair.marker, 2); // the placement news
  },
  rejected: async (pair) => {
    expect((await form(linkInMail(pair.coordinatorMail), { decision: 'reject', reason: 'Exams in May' })).status).toBe(200);
    await waitForEmail(pair.applicantEmail, 3); // the receipt, the proposal, "the search goes on"
    // Back in the pool; then its school pauses the student from the desk (application.paused).
    expect(await pauseApplication((await getItem(keys.application(pair.applicationId))) as ApplicationItem, new Date())).toBe('paused');
    await waitForEmail(pair.applicantEmail, 4); // "your application is paused"
  },
  withdrawn: async (pair) => {
    const [receipt] = await waitForEmail(pair.applicantEmail);
    expect((await form(linkIn(receipt!.body.text!), { decision: 'withdraw' })).status).toBe(200);
    await waitForEmail(pair.applicantEmail, 3); // the withdrawal confirmation
    await mailAbout(COORDINATOR, pair.marker, 2); // the proposal, then the news of the withdrawal
  },
  held: async (pair) => {
    await bounce(pair.applicantEmail); // application.held
    await mailAbout(COORDINATOR, pair.marker, 2); // the proposal, then the news of the hold
  },
  declined: async (pair) => {
    const [decide] = await approve(pair);
    expect((await form(decide!, { decision: 'decline', reason: 'Filled locally' })).status).toBe(200);
    await waitForEmail(pair.applicantEmail, 3); // "the search goes on"
    await mailAbout(COORDINATOR, pair.marker, 2); // the proposal, then the news of the decline
  },
};

beforeAll(async () => {
  const fields = FIELDS.original;
  await Promise.all(
    Object.entries(walks).map(async ([stage, walk], i) => {
      const pair = await proposedPair(fields[i]!);
      await walk(pair);
      flows.push({ stage, pair });
    }),
  );
  const coordinator = uniqueEmail('fault.coordinator');
  await putSchool({ schoolId, name: 'Fault School', country: 'FI', city: 'Tampere', coordinator: { name: 'Fault Coordinator', email: coordinator, language: 'fi' } });
  await bounce(coordinator); // school.contactUndeliverable
  await waitFor(async () => (await eventsOf('school.contactUndeliverable', 'schoolId', schoolId))[0], 'school.contactUndeliverable');
  // A school deactivated by programme staff with an application of it (school.deactivated, then
  // application.withdrawn with its cause). The copies find the school inactive and nothing of it open.
  await putSchool({ schoolId: leavingSchoolId, name: 'Leaving School', country: 'FI', city: 'Pori', coordinator: { name: 'Leaving Coordinator', email: uniqueEmail('fault.leaving'), language: 'fi' } });
  const posted = await postJson('/applications', validApplication({ schoolId: leavingSchoolId, destinations: ['EE'] }));
  const { applicationId: leavingApplicationId } = (await posted.json()) as { applicationId: string };
  await deactivateSchool(leavingSchoolId, 'fault-test');
  await waitFor(async () => (await eventsOf('application.withdrawn', 'applicationId', leavingApplicationId))[0], 'application.withdrawn of the leaving school');
  // The shared coordinator asks for a sign-in link (signIn.requested): each copy's request is its
  // own item, for the same known address, so each copy issues its own link (compared below).
  const asked = new Set((await busEvents()).filter((e) => e['detail-type'] === 'signIn.requested').map((e) => e.id));
  expect((await askForLink(COORDINATOR)).status).toBe(303);
  signInRequestId = await waitFor(async () => {
    for (const e of await busEvents()) {
      if (e['detail-type'] !== 'signIn.requested' || asked.has(e.id)) continue;
      const { requestId } = (e.detail as { data: { requestId: string } }).data;
      if ((await getItem(signInRequestKey(requestId)))?.email === COORDINATOR) return requestId;
    }
    return undefined;
  }, 'signIn.requested');
  // Every flow's events, in the order the bus took them, once the stack has settled.
  const ids = [...flows.flatMap(({ pair }) => [pair.applicationId, pair.roleId, pair.matchId]), schoolId, leavingSchoolId, leavingApplicationId, signInRequestId];
  await waitFor(async () => ((await busEvents()).some((e) => e['detail-type'] === 'role.closed' && JSON.stringify(e.detail).includes(flows.find((f) => f.stage === 'confirmedThenClosed')!.pair.roleId)) ? true : undefined), 'role.closed');
  await sleep(1500);
  const log = await busEvents();
  events = log.filter((e) => ids.some((id) => JSON.stringify(e.detail).includes(id)));
  // A round request too (no ids in it; a handed-over round's), if the log has one: the round
  // consumer is fed the flows' own events as well.
  events.push(...log.filter((e) => e['detail-type'] === 'matching.requested').slice(-1));
  const { loadRules } = await import('#local/bus');
  rules = await loadRules();
}, 120_000);

/** The flows' items in the table, by key. */
async function snapshotItems(rename: (s: string) => string = (s) => s) {
  const keyList = [...flows.flatMap(({ pair }) => [keys.application(pair.applicationId), keys.role(pair.roleId), keys.match(pair.matchId)]), signInRequestKey(signInRequestId)];
  return Promise.all(keyList.map(async (key) => (await getItem(mapStrings(key, rename) as typeof key))!));
}

/** Writes a fresh copy of the items, feeds it `deliveries`, and returns what came of it, in the original names. */
async function feedCopy(originalItems: Record<string, unknown>[], deliveries: { rule: LocalRule; event: BusEventRecord }[], copy: 'once' | 'thrice') {
  const renaming = new Renaming(fieldMap(copy));
  // The copies stay off the pools, the decision due dates and the erasure due dates: other test
  // files running meanwhile run rounds and sweep with moved clocks, and must not act on them.
  // (A match keeps gsi2, its role: closing a role finds its matches there.)
  for (const item of originalItems) {
    const { gsi1pk: _1, gsi1sk: _2, ...rest } = mapStrings(item, renaming.apply) as Record<string, unknown>;
    if (String(rest.gsi2pk).startsWith('RETENTION#')) {
      delete rest.gsi2pk;
      delete rest.gsi2sk;
    }
    await ddb.send(new PutCommand({ TableName: TABLE(), Item: rest }));
  }
  const copiedEvents = new Map(events.map((e) => [e, mapStrings(e, renaming.apply) as BusEventRecord]));

  const writes: Writes = { tokens: [], events: [] };
  const send = ddb.send.bind(ddb);
  // The copies are off the pool, so a round never writes about them; what a round writes is about
  // the pool other test files fill meanwhile, and the flows' events now invoke the round each (no
  // longer one request), so it is not compared. The round still runs every time, and must not fail.
  let delivering = '';
  const spy = vi.spyOn(ddb, 'send').mockImplementation(((command: { constructor: { name: string }; input: Record<string, any> }) => {
    if (delivering === 'runMatchingRound') return send(command as never);
    const puts =
      command.constructor.name === 'TransactWriteCommand'
        ? (command.input.TransactItems as { Put?: { Item: Record<string, any> } }[]).flatMap((t) => (t.Put ? [t.Put.Item] : []))
        : command.constructor.name === 'PutCommand'
          ? [command.input.Item]
          : [];
    for (const item of puts) {
      if (item.type === 'TOKEN') writes.tokens.push(renaming.undo(`${item.purpose}:${item.subjectId}`));
      if (item.type === 'OUTBOX') writes.events.push(renaming.undo(`${item.detailType}:${JSON.stringify(JSON.parse(item.detail).data)}`));
    }
    return send(command as never);
  }) as never);

  const failures: string[] = [];
  try {
    for (const { rule, event } of deliveries) {
      const copy = copiedEvents.get(event)!;
      delivering = rule.name;
      const busEvent = { version: '0', id: randomUUID(), source: copy.source, 'detail-type': copy['detail-type'], time: copy.time, account: '000000000000', region: 'eu-north-1', resources: [], detail: copy.detail };
      // Like a rule target's retry policy: a thrown error is tried again.
      for (let attempt = 1; ; attempt++) {
        try {
          await rule.target(busEvent, lambdaContext(rule.name, 60_000));
          break;
        } catch (error) {
          if (attempt === 3) {
            failures.push(`${rule.name} ${copy['detail-type']}: ${(error as Error).message}`);
            break;
          }
          await sleep(50);
        }
      }
    }
  } finally {
    spy.mockRestore();
  }

  // Emails: each copy's applicants and contacts have addresses of their own; the shared
  // coordinator's are told apart by the copy's applicant names.
  const people = flows.flatMap(({ pair }) => [pair.applicantEmail, pair.contactEmail]);
  const emails: string[] = [];
  for (const original of people) for (const e of await emailsTo(renaming.copyOf(original))) emails.push(`${original}: ${renaming.undo(e.subject)}`);
  for (const e of await emailsTo(COORDINATOR)) {
    const marker = flows.map(({ pair }) => pair.marker).find((m) => e.body.text?.includes(renaming.copyOf(m)));
    if (marker) emails.push(`coordinator about ${marker}: ${renaming.undo(e.subject)}`);
  }
  const items = (await snapshotItems(renaming.apply)).map((item) =>
    JSON.parse(JSON.stringify(mapStrings(item, (s) => renaming.undo(s).replace(ISO_TIME, '<time>')), (_k, v) => (v instanceof Set ? [...v].sort() : v))),
  );
  return { items, emails: emails.sort(), tokens: writes.tokens.sort(), events: writes.events.sort(), failures };
}

describe('every consumer, every event, three times in shuffled order', () => {
  it('leaves the same final state as every event once, in order', async () => {
    const deliveries = events.flatMap((event) => rules.filter((rule) => matchesPattern(rule.pattern, event)).map((rule) => ({ rule, event })));
    // Every consumer with a rule gets at least one event of the flows.
    expect([...new Set(deliveries.map((d) => d.rule.name))].sort()).toEqual([...ruleNames].sort());

    const originalItems = await snapshotItems();
    const once = await feedCopy(originalItems, deliveries, 'once');
    const thrice = await feedCopy(originalItems, shuffle([...deliveries, ...deliveries, ...deliveries], mulberry32(20_260_611)), 'thrice');

    // The once-in-order run did real work, so the comparison means something.
    expect(once.failures).toEqual([]);
    expect(once.emails.length).toBeGreaterThanOrEqual(12);
    expect(once.tokens.length).toBeGreaterThanOrEqual(5);
    // Events: the flows' consumers find their work done in the copied final state and write none
    // (round requests, once written per event, are no more: the events invoke the round itself),
    // so the comparison below says that no repeat writes one either.

    expect(thrice.failures).toEqual([]);
    expect(thrice.emails).toEqual(once.emails);
    expect(thrice.tokens).toEqual(once.tokens);
    expect(thrice.events).toEqual(once.events);
    expect(thrice.items).toEqual(once.items);
  }, 60_000);
});

afterAll(() => vi.restoreAllMocks());
