import { boardFields, boardText } from '#shared/roles/board-index';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { roleChanged, roleClosed } from '#events/contracts';
import { fieldErrors } from '#shared/platform/http/problem';
import { LANGUAGES } from '#shared/platform/i18n';
import { POOL } from '#shared/platform/db';
import {
  NO_SECOND_LANGUAGE,
  changeAsksForRound,
  changedFields,
  formValuesOf,
  readChangeForm,
  roleChangeSchema,
  takenIn,
  takenMessage,
  widensWhoFits,
  type ChangeableRole,
  type RoleChange,
} from '#shared/roles/change';
import { manageRoleContent } from '#shared/roles/manage-page';
import { DESCRIPTION_NEEDED_MESSAGE } from '#shared/roles/schema';
import { MANAGE } from '#shared/roles/manage-texts';
import { changeRole, closedBy, closeRole, reopenRole, type RoleItem } from '#shared/roles/store';
import { submitClose } from '#shared/roles/manage';
import { asksForRound } from '#shared/rounds/requests';
import { rulePatterns } from '#events/patterns';
import { functions } from '#functions/catalog';
import { matchesPattern } from '#local/event-pattern';
import { placementPeriod } from '#shared/decisions/match-context';
import type { MatchContext } from '#shared/decisions/match-context';

/*
 * A company changes its role (shared/roles/change.ts): the one schema of the change form, what
 * changed, whether a change asks for a round, the write (one transaction with role.changed, the
 * free places moved by ADD under a condition), reopening, and the page in every language.
 */

const today = () => '2052-01-10';
const role: ChangeableRole = {
  description: 'Puurakentamista.',
  places: 3,
  placesLeft: 1,
  periodFrom: '2052-03-01',
  periodTo: '2052-08-31',
  minWeeks: 8,
  languages: [
    { code: 'en', level: 'B1' },
    { code: 'fi', level: 'A2' },
  ],
  fieldsOfStudy: ['0732'],
};
const same = (): RoleChange => ({
  description: role.description,
  places: role.places,
  periodFrom: role.periodFrom,
  periodTo: role.periodTo,
  minWeeks: role.minWeeks,
  languages: role.languages.map((l) => ({ ...l })),
  fieldsOfStudy: [...role.fieldsOfStudy],
});
const parse = (body: Record<string, unknown>, r: Pick<ChangeableRole, 'places' | 'placesLeft' | 'translation'> = role) => roleChangeSchema(r, today).safeParse(body);
const errorsOf = (body: Record<string, unknown>, r?: Pick<ChangeableRole, 'places' | 'placesLeft' | 'translation'>) => {
  const result = parse(body, r);
  return result.success ? [] : fieldErrors(result.error);
};

describe('the change form’s schema', () => {
  it('takes the role as it is', () => {
    expect(parse(same()).success).toBe(true);
  });

  it('refuses fewer places than are taken, saying how many, under places', () => {
    // 3 places, 1 free: 2 are taken.
    expect(errorsOf({ ...same(), places: 1 })).toEqual([{ path: 'places', message: '2 places are taken' }]);
    expect(parse({ ...same(), places: 2 }).success).toBe(true);
    expect(errorsOf({ ...same(), places: 1 }, { places: 2, placesLeft: 0 })).toEqual([{ path: 'places', message: '2 places are taken' }]);
    expect(errorsOf({ ...same(), places: 0 }, { places: 2, placesLeft: 1 }).map((e) => e.path)).toEqual(['places', 'places']);
    expect(takenMessage(1)).toBe('1 place is taken');
    expect(takenIn('1 place is taken')).toBe(1);
    expect(takenIn('12 places are taken')).toBe(12);
    expect(takenIn('must not be in the past')).toBeUndefined();
  });

  it('applies the role form’s period rules: the end after the start, not past, the minimum weeks within', () => {
    expect(errorsOf({ ...same(), periodTo: '2052-02-01' })).toEqual([{ path: 'periodTo', message: 'must be after periodFrom' }]);
    expect(errorsOf({ ...same(), periodFrom: '2051-01-01', periodTo: '2052-01-09' })).toEqual([{ path: 'periodTo', message: 'must not be in the past' }]);
    // A period under way (it started, it has not ended) is fine.
    expect(parse({ ...same(), periodFrom: '2051-12-01', periodTo: '2052-03-31' }).success).toBe(true);
    expect(errorsOf({ ...same(), minWeeks: 40 })).toEqual([{ path: 'minWeeks', message: 'is longer than the period' }]);
    expect(errorsOf({ ...same(), periodFrom: '01.03.2052' }).map((e) => e.path)).toEqual(['periodFrom']);
  });

  it('checks languages and fields as the role form does', () => {
    expect(errorsOf({ ...same(), languages: [{ code: 'en', level: 'B1' }, { code: 'en', level: 'C1' }] })).toEqual([{ path: 'languages.1', message: 'is listed twice' }]);
    expect(errorsOf({ ...same(), languages: [{ code: 'en', level: 'B3' }] }).map((e) => e.path)).toEqual(['languages.0.level']);
    expect(errorsOf({ ...same(), fieldsOfStudy: [] }).map((e) => e.path)).toEqual(['fieldsOfStudy']);
    expect(errorsOf({ ...same(), fieldsOfStudy: ['0732', '9999'] }).map((e) => e.path)).toEqual(['fieldsOfStudy.1']);
    expect(errorsOf({ ...same(), title: 'A new title' })).toEqual([{ path: 'title', message: 'is not a known field' }]);
  });

  it('keeps a description while the second language has one, as the role form does', () => {
    const translated = { ...role, translation: { description: 'Timber framing.' } };
    const { description: _none, ...without } = same();
    expect(parse(without).success).toBe(true);
    expect(errorsOf({ ...without, translation: { description: 'Timber framing.' } }, translated)).toEqual([
      { path: 'description', message: DESCRIPTION_NEEDED_MESSAGE },
    ]);
    // Both emptied, or only the second: fine.
    expect(errorsOf({ ...without, translation: {} }, translated)).toEqual([]);
    expect(errorsOf({ ...same(), translation: {} }, translated)).toEqual([]);
  });

  it('changes the second language’s description only of a role that has one', () => {
    const translated = { ...role, translation: { description: 'Timber framing.' } };
    expect(errorsOf({ ...same(), translation: { description: 'Timber framing and roofs.' } }, translated)).toEqual([]);
    expect(errorsOf({ ...same(), translation: { description: 'x'.repeat(4001) } }, translated).map((e) => e.path)).toEqual(['translation.description']);
    expect(errorsOf({ ...same(), translation: { description: 'Roofs', title: 'Roofer' } }, translated).map((e) => e.path)).toEqual(['translation.title']);
    expect(errorsOf({ ...same(), translation: { description: 'Roofs' } })).toEqual([{ path: 'translation', message: NO_SECOND_LANGUAGE }]);
  });
});

describe('the posted form', () => {
  it('reads numbers, drops empty rows and closes up the rest in form order; keeps what was typed', () => {
    const form = new URLSearchParams([
      ['decision', 'change'],
      ['description', '  Uusi kuvaus  '],
      ['places', '4'],
      ['periodFrom', '2052-03-01'],
      ['periodTo', '2052-09-30'],
      ['minWeeks', 'eight'],
      ['languages.0.code', ''],
      ['languages.0.level', ''],
      ['languages.1.code', 'et'],
      ['languages.1.level', ''],
      ['languages.2.code', 'en'],
      ['languages.2.level', 'B2'],
      ['fieldsOfStudy', ''],
      ['fieldsOfStudy', '073'],
      ['fieldsOfStudy', '0732'],
      ['title', 'not changeable here'],
    ]);
    const { values, body } = readChangeForm(form, role);
    expect(values.languages).toEqual([
      { code: 'et', level: '' },
      { code: 'en', level: 'B2' },
    ]);
    expect(values.minWeeks).toBe('eight');
    expect(body).toEqual({
      description: '  Uusi kuvaus  ',
      places: 4,
      periodFrom: '2052-03-01',
      periodTo: '2052-09-30',
      minWeeks: 'eight',
      languages: [
        { code: 'et', level: undefined },
        { code: 'en', level: 'B2' },
      ],
      fieldsOfStudy: ['073', '0732'],
    });
    // The errors name the rows as the form shows them again.
    expect(errorsOf(body).map((e) => e.path).sort()).toEqual(['languages.0.level', 'minWeeks']);
  });

  it('reads a textarea’s CRLF line breaks as the LF the role was stored with: saved again, nothing changed', () => {
    const multiline = { ...role, description: 'Duties: wiring.\nHours: 7–15.' };
    const { body } = readChangeForm(new URLSearchParams({ description: 'Duties: wiring.\r\nHours: 7–15.', places: '3', periodFrom: '2052-03-01', periodTo: '2052-08-31', minWeeks: '8', 'languages.0.code': 'en', 'languages.0.level': 'B1', 'languages.1.code': 'fi', 'languages.1.level': 'A2', fieldsOfStudy: '0732' }), role);
    const parsed = parse(body);
    expect(parsed.success && changedFields(multiline, parsed.data)).toEqual([]);
  });

  it('an empty description removes it', () => {
    const { body } = readChangeForm(new URLSearchParams({ description: '   ', places: '3', periodFrom: '2052-03-01', periodTo: '2052-08-31', minWeeks: '8', fieldsOfStudy: '0732' }), role);
    expect(body).not.toHaveProperty('description');
    const parsed = parse(body);
    expect(parsed.success && changedFields(role, parsed.data)).toEqual(['description', 'languages']);
  });

  it('reads the second language’s description only for a role that has one; emptied, it is removed', () => {
    const translated = { ...role, translation: { description: 'Timber framing.' } };
    const fields = { description: 'Puurakentamista.', places: '3', periodFrom: '2052-03-01', periodTo: '2052-08-31', minWeeks: '8', 'languages.0.code': 'en', 'languages.0.level': 'B1', 'languages.1.code': 'fi', 'languages.1.level': 'A2', fieldsOfStudy: '0732' };
    const rewritten = readChangeForm(new URLSearchParams({ ...fields, 'translation.description': 'Timber\r\nframing and roofs.' }), translated);
    expect(rewritten.values.translationDescription).toBe('Timber\nframing and roofs.');
    expect(rewritten.body.translation).toEqual({ description: 'Timber\nframing and roofs.' });
    const changed = parse(rewritten.body, translated);
    expect(changed.success && changedFields(translated, changed.data)).toEqual(['translation.description']);
    const emptied = parse(readChangeForm(new URLSearchParams({ ...fields, 'translation.description': '  ' }), translated).body, translated);
    expect(emptied.success && emptied.data.translation).toEqual({});
    expect(emptied.success && changedFields(translated, emptied.data)).toEqual(['translation.description']);
    // Saved again as it is: nothing changed.
    const same = parse(readChangeForm(new URLSearchParams({ ...fields, 'translation.description': 'Timber framing.' }), translated).body, translated);
    expect(same.success && changedFields(translated, same.data)).toEqual([]);
    // A role without a second language ignores the name: nothing to change, nothing refused.
    const ignored = readChangeForm(new URLSearchParams({ ...fields, 'translation.description': 'Sneaked in' }), role);
    expect(ignored.body).not.toHaveProperty('translation');
    expect(ignored.values).not.toHaveProperty('translationDescription');
  });
});

describe('what changed, and whether it asks for a round', () => {
  it('names the changed fields in form order; languages and fields compare as sets', () => {
    expect(changedFields(role, same())).toEqual([]);
    expect(changedFields(role, { ...same(), languages: [...role.languages].reverse() })).toEqual([]);
    expect(changedFields(role, { ...same(), description: 'Other', places: 4, fieldsOfStudy: ['073'] })).toEqual(['description', 'places', 'fieldsOfStudy']);
    expect(changedFields(role, { ...same(), languages: [{ code: 'en', level: 'B2' }, { code: 'fi', level: 'A2' }] })).toEqual(['languages']);
  });

  it('a description alone, or fewer places, or a narrower fit asks for none', () => {
    expect(changeAsksForRound(role, { ...same(), description: 'Something else entirely' })).toBe(false);
    expect(changeAsksForRound(role, { ...same(), places: 2 })).toBe(false);
    expect(changeAsksForRound(role, { ...same(), periodFrom: '2052-04-01', periodTo: '2052-07-31', minWeeks: 10 })).toBe(false);
    expect(changeAsksForRound(role, { ...same(), languages: [{ code: 'en', level: 'C1' }, { code: 'fi', level: 'A2' }, { code: 'de', level: 'A1' }] })).toBe(false);
    expect(changeAsksForRound(role, { ...same(), fieldsOfStudy: ['0732'] })).toBe(false);
  });

  it('an added place asks for one', () => {
    expect(changeAsksForRound(role, { ...same(), places: 4 })).toBe(true);
    // Even with no place free before: the new one is.
    expect(changeAsksForRound({ ...role, placesLeft: 0 }, { ...same(), places: 4 })).toBe(true);
  });

  it('widening who fits asks for one, part by part, when a place is free', () => {
    for (const wider of [
      { periodFrom: '2052-02-01' },
      { periodTo: '2052-09-30' },
      // Moved later: loses some applicants and gains others.
      { periodFrom: '2052-04-01', periodTo: '2052-09-30' },
      { minWeeks: 6 },
      { languages: [{ code: 'en', level: 'B1' }] },
      { languages: [{ code: 'en', level: 'A2' }, { code: 'fi', level: 'A2' }] },
      { fieldsOfStudy: ['073'] },
      { fieldsOfStudy: ['0732', '0713'] },
    ] as Partial<RoleChange>[]) {
      expect(widensWhoFits(role, { ...same(), ...wider }), JSON.stringify(wider)).toBe(true);
      expect(changeAsksForRound(role, { ...same(), ...wider }), JSON.stringify(wider)).toBe(true);
      // No free place: nobody could be proposed anyway.
      expect(changeAsksForRound({ ...role, placesLeft: 0 }, { ...same(), ...wider }), JSON.stringify(wider)).toBe(false);
    }
    // A field a broader one already covers widens nothing.
    expect(widensWhoFits({ ...role, fieldsOfStudy: ['073'] }, { ...same(), fieldsOfStudy: ['073', '0732'] })).toBe(false);
  });

  it('the round consumer runs a round on role.changed only when the event says so, on every other event always; its rule passes only those', () => {
    expect(asksForRound('role.changed', { asksForRound: true })).toBe(true);
    expect(asksForRound('role.changed', { asksForRound: false })).toBe(false);
    expect(asksForRound('role.changed', {})).toBe(false);
    for (const detailType of ['role.opened', 'role.closed', 'application.confirmed', 'match.declined']) expect(asksForRound(detailType, undefined)).toBe(true);
    // The rule itself (the same patterns on AWS and on the local bus) filters on asksForRound.
    const patterns = rulePatterns(functions.runMatchingRound.trigger.events);
    const changed = (asks: boolean) => ({ source: 'liike', 'detail-type': 'role.changed', detail: { metadata: {}, data: { asksForRound: asks } } });
    expect(patterns.some((p) => matchesPattern(p, changed(true)))).toBe(true);
    expect(patterns.some((p) => matchesPattern(p, changed(false)))).toBe(false);
    expect(patterns.some((p) => matchesPattern(p, { source: 'liike', 'detail-type': 'application.confirmed', detail: { data: {} } }))).toBe(true);
  });
});

const ddb = mockClient(DynamoDBDocumentClient);
const stored = (over: Partial<RoleItem> = {}): RoleItem =>
  ({
    pk: 'ROLE#6f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f',
    sk: 'ROLE',
    type: 'ROLE',
    roleId: '6f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f',
    status: 'OPEN',
    submittedAt: '2052-01-01T08:00:00.000Z',
    openedAt: '2052-01-01T09:00:00.000Z',
    company: { name: 'Rakennus Oy', businessId: '1234567-1', country: 'FI', region: 'Pirkanmaa', city: 'Tampere' },
    contact: { name: 'Pekka', email: 'pekka@example.com', language: 'fi' },
    title: 'Kirvesmies',
    sector: 'construction',
    applicantTypes: ['student'],
    ...role,
    ...over,
  }) as RoleItem;
const transaction = () => ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
const now = new Date('2052-01-10T10:00:00.000Z');

describe('the write', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
  });

  it('moves the free places by ADD, bound to the places and revision read, with role.changed in the same transaction', async () => {
    const result = await changeRole(stored({ revision: 2 }), { ...same(), places: 5, fieldsOfStudy: ['073'] }, now);
    expect(result).toEqual({ outcome: 'done', changed: ['places', 'fieldsOfStudy'], asksForRound: true });
    const [update, outbox] = transaction();
    expect(update!.Update!.UpdateExpression).toContain('ADD revision :one, placesLeft :delta');
    expect(update!.Update!.UpdateExpression).not.toMatch(/placesLeft =/);
    expect(update!.Update!.ExpressionAttributeValues).toMatchObject({ ':delta': 2, ':places': 5, ':readPlaces': 3, ':revision': 2, ':boardFields': ['07', '073'] });
    expect(update!.Update!.ConditionExpression).toBe('#status = :open AND #places = :readPlaces AND revision = :revision');
    expect(outbox!.Put!.Item).toMatchObject({ type: 'OUTBOX', detailType: 'role.changed' });
    const detail = roleChanged.parse({ source: 'liike', 'detail-type': 'role.changed', detail: outbox!.Put!.Item!.detail });
    expect(detail.data).toEqual({ roleId: stored().roleId, country: 'FI', sector: 'construction', changed: ['places', 'fieldsOfStudy'], places: 5, placesLeft: 3, asksForRound: true });
  });

  it('fewer places keep the free ones at 0 or more; a description alone asks for no round and touches no places', async () => {
    await changeRole(stored(), { ...same(), places: 2 }, now);
    const [fewer] = transaction();
    expect(fewer!.Update!.ConditionExpression).toBe('#status = :open AND #places = :readPlaces AND attribute_not_exists(revision) AND placesLeft >= :needed');
    expect(fewer!.Update!.ExpressionAttributeValues).toMatchObject({ ':delta': -1, ':needed': 1 });

    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
    expect(await changeRole(stored(), { ...same(), description: 'Uusi' }, now)).toMatchObject({ outcome: 'done', asksForRound: false });
    const [update, outbox] = transaction();
    expect(update!.Update!.UpdateExpression).not.toContain('placesLeft');
    expect(JSON.parse(outbox!.Put!.Item!.detail).data).toMatchObject({ changed: ['description'], asksForRound: false, placesLeft: 1 });
  });

  it('writes the second language’s description inside its map, and removes it when emptied; the event names it, never its text', async () => {
    const translated = stored({ language: 'fi', translation: { language: 'en', title: 'Carpenter', description: 'Timber framing.' } });
    expect(await changeRole(translated, { ...same(), translation: { description: 'Timber framing and roofs.' } }, now)).toMatchObject({ outcome: 'done', changed: ['translation.description'], asksForRound: false });
    const [update, outbox] = transaction();
    expect(update!.Update!.UpdateExpression).toBe('SET changedAt = :now, #translation.#description = :translationDescription ADD revision :one');
    expect(update!.Update!.ExpressionAttributeNames).toMatchObject({ '#translation': 'translation', '#description': 'description' });
    expect(update!.Update!.ExpressionAttributeValues).toMatchObject({ ':translationDescription': 'Timber framing and roofs.' });
    const detail = roleChanged.parse({ source: 'liike', 'detail-type': 'role.changed', detail: outbox!.Put!.Item!.detail });
    expect(detail).toMatchObject({ metadata: { version: 2 }, data: { changed: ['translation.description'], asksForRound: false } });
    expect(outbox!.Put!.Item!.detail).not.toContain('Timber');

    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
    // Both descriptions rewritten at once, the second emptied.
    await changeRole(translated, { ...same(), description: 'Uusi', translation: {} }, now);
    const [both] = transaction();
    expect(both!.Update!.UpdateExpression).toBe('SET changedAt = :now, #description = :description REMOVE #translation.#description ADD revision :one');
  });

  it('writes nothing for no change or a role that is not open; a refused transaction is a conflict', async () => {
    expect(await changeRole(stored(), same(), now)).toEqual({ outcome: 'unchanged' });
    expect(await changeRole(stored({ status: 'CLOSED' }), { ...same(), places: 4 }, now)).toEqual({ outcome: 'not-allowed' });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    ddb.on(TransactWriteCommand).rejects(new TransactionCanceledException({ message: 'refused', $metadata: {} }));
    expect(await changeRole(stored(), { ...same(), places: 4 }, now)).toEqual({ outcome: 'conflict' });
  });

  it('reopens a closed role into the pool, with role.changed asking for a round; not once its period has ended', async () => {
    const closed = stored({ status: 'CLOSED', closedAt: '2052-01-05T00:00:00.000Z', placesLeft: 1 });
    expect(await reopenRole(closed, now)).toBe('done');
    const [update, outbox] = transaction();
    expect(update!.Update!.UpdateExpression).toContain('gsi1pk = :pool, gsi1sk = :poolKey, boardText = :text, boardFields = :fields REMOVE closedAt');
    // A role closed before the board had no board attributes: reopening gives them.
    expect(update!.Update!.ExpressionAttributeValues).toMatchObject({ ':text': boardText(closed), ':fields': boardFields(closed.fieldsOfStudy) });
    expect(update!.Update!.ExpressionAttributeValues).toMatchObject({ ':pool': POOL.roles, ':poolKey': `FI#construction#${now.toISOString()}#${closed.roleId}`, ':today': '2052-01-10' });
    expect(JSON.parse(outbox!.Put!.Item!.detail).data).toMatchObject({ changed: ['status'], asksForRound: true, places: 3, placesLeft: 1 });
    // Bound to the free places as read: a release of the closing landing in between makes it read again.
    expect(update!.Update!.ConditionExpression).toContain('placesLeft = :placesLeft');
    expect(update!.Update!.ExpressionAttributeValues).toMatchObject({ ':placesLeft': 1 });
    ddb.reset();
    expect(await reopenRole(stored({ status: 'CLOSED', periodFrom: '2051-06-01', periodTo: '2052-01-09' }), now)).toBe('not-allowed');
    expect(await reopenRole(stored(), now)).toBe('not-allowed');
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });
});

describe('closing', () => {
  const refused = () => new TransactionCanceledException({ message: 'Transaction cancelled [TransactionConflict]', $metadata: {}, CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }] });
  beforeEach(() => ddb.reset());

  it('writes role.closed with the closedAt it records, which is what the release and its email are bound to', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    expect(await closeRole(stored(), now)).toBe('done');
    const [update, outbox] = transaction();
    expect(update!.Update!.ExpressionAttributeValues).toMatchObject({ ':now': now.toISOString() });
    const detail = roleClosed.parse({ source: 'liike', 'detail-type': 'role.closed', detail: outbox!.Put!.Item!.detail });
    expect(detail).toMatchObject({ metadata: { version: 2 }, data: { roleId: stored().roleId, closedAt: now.toISOString() } });
    // A version 1 detail, without closedAt, is still a valid one.
    const v1 = { metadata: { ...detail.metadata, version: 1 }, data: { roleId: stored().roleId } };
    expect(roleClosed.parse({ source: 'liike', 'detail-type': 'role.closed', detail: v1 }).data).toEqual({ roleId: stored().roleId });
  });

  it('a role closed by a closing is so only until it is reopened, or closed again', () => {
    const at = '2052-01-05T00:00:00.000Z';
    expect(closedBy(stored({ status: 'CLOSED', closedAt: at }), at)).toBe(true);
    expect(closedBy(stored({ status: 'OPEN' }), at)).toBe(false);
    expect(closedBy(stored({ status: 'CLOSED', closedAt: '2052-01-06T00:00:00.000Z' }), at)).toBe(false);
    expect(closedBy(stored({ status: 'CLOSED', closedAt: at }), undefined)).toBe(false);
    expect(closedBy(undefined, at)).toBe(false);
  });

  it('a close refused while the role is still open (a round took a place meanwhile) is tried again on the role read afresh: closed, not a 500', async () => {
    // The first transaction meets a round's write on the role; the role, read again, is open with one place fewer.
    ddb.on(TransactWriteCommand).rejectsOnce(refused()).resolves({});
    ddb.on(GetCommand).resolves({ Item: stored({ placesLeft: 0 }) });
    expect(await submitClose(stored(), now)).toEqual({ outcome: 'closed' });
    const attempts = ddb.commandCalls(TransactWriteCommand);
    expect(attempts).toHaveLength(2);
    expect(attempts.every((c) => c.args[0].input.TransactItems![0]!.Update!.ConditionExpression === '#status = :open')).toBe(true);
  });

  it('closed meanwhile by the other page: not open, with the role as read again (the page says it was closed already)', async () => {
    ddb.on(TransactWriteCommand).rejects(refused());
    const closed = stored({ status: 'CLOSED', closedAt: '2052-01-10T09:59:00.000Z' });
    ddb.on(GetCommand).resolves({ Item: closed });
    expect(await submitClose(stored(), now)).toEqual({ outcome: 'notOpen', role: closed });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });

  it('gives up only when the role keeps changing through every try', async () => {
    ddb.on(TransactWriteCommand).rejects(refused());
    ddb.on(GetCommand).resolves({ Item: stored() });
    await expect(submitClose(stored(), now)).rejects.toThrow(/kept changing/);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(4);
  });
});

describe('a pending proposal after a change', () => {
  it('keeps its proposed dates inside the window it may be accepted in, though the role’s period now starts later', () => {
    const ctx = {
      match: { placement: { from: '2052-03-01', to: '2052-04-25' }, proposedAt: '2052-01-05T10:00:00.000Z' },
      application: { availableFrom: '2052-03-01', availableTo: '2052-08-31', minWeeks: 8 },
      role: { periodFrom: '2052-04-01', periodTo: '2052-07-31', minWeeks: 10 },
    } as unknown as Pick<MatchContext, 'match' | 'application' | 'role'>;
    expect(placementPeriod(ctx)).toEqual({ periodFrom: '2052-03-01', periodTo: '2052-04-25', windowFrom: '2052-03-01', windowTo: '2052-07-31' });
  });
});

describe('the management page', () => {
  const page = (over: Partial<Parameters<typeof manageRoleContent>[1]> = {}, language: (typeof LANGUAGES)[number] = 'en') =>
    manageRoleContent(language, {
      role: stored(),
      today: '2052-01-10',
      values: formValuesOf(role),
      actions: { change: '/desk/roles/x', close: '/desk/roles/x/close', reopen: '/desk/roles/x/reopen' },
      ...over,
    }).body.value;

  it('shows an open role’s form with its values, close, and no reopen, in every language', () => {
    for (const language of LANGUAGES) {
      const body = page({}, language);
      expect(body).toContain('<form method="post" action="/desk/roles/x" novalidate>');
      expect(body).toContain('<textarea id="change-description"');
      expect(body).toContain('Puurakentamista.</textarea>');
      expect(body).toContain('name="places" value="3"');
      expect(body).toContain('<option value="0732" selected>');
      expect(body).toMatch(/name="languages\.1\.code"[^>]*>.*<option value="fi" selected>/s);
      // The first press asks; only the question's own button closes (shared/roles/manage-page.ts).
      expect(body).toContain('<button type="submit" class="destructive" name="decision" value="confirmClose">');
      expect(body).not.toContain('value="close"');
      expect(body).not.toContain('value="reopen"');
      expect(body).toContain(MANAGE[language].changeHeading);
    }
  });

  it('a role in two languages: both descriptions side by side, each named by its language, in every language', () => {
    const translated = stored({ language: 'fi', translation: { language: 'en', title: 'Carpenter', description: 'Timber framing.' } });
    const labels = { fi: ['Kuvaus suomeksi', 'Kuvaus englanniksi'], en: ['Description in Finnish', 'Description in English'], et: ['Kirjeldus soome keeles', 'Kirjeldus inglise keeles'], lt: ['Aprašymas suomių kalba', 'Aprašymas anglų kalba'], ru: ['Описание на финском', 'Описание на английском'] };
    for (const language of LANGUAGES) {
      const body = page({ role: translated, values: formValuesOf(translated) }, language);
      expect(body).toContain(`<label for="change-description" style="display:block;font-weight:700;margin:0 0 4px">${labels[language][0]}</label>`);
      expect(body).toContain(`<label for="change-translation-description" style="display:block;font-weight:700;margin:0 0 4px">${labels[language][1]}</label>`);
      expect(body).toMatch(/<textarea id="change-description"[^>]*name="description"[^>]*>Puurakentamista\.<\/textarea><\/div><div style="flex:1 1 12rem;min-width:0"><label for="change-translation-description"/);
      expect(body).toMatch(/<textarea id="change-translation-description"[^>]*name="translation\.description"[^>]*maxlength="4000"[^>]*>Timber framing\.<\/textarea>/);
      expect(body).toContain(MANAGE[language].descriptionsHint);
    }
    // An error under the second one is named by its language in the summary.
    const refused = page({ role: translated, values: { ...formValuesOf(translated), translationDescription: 'x' }, errors: [{ path: 'translation.description', message: 'at most 4000 characters' }] });
    expect(refused).toContain('<a href="#change-translation-description">Description in English</a>: The text is too long.');
    // A role in one language: one description, no second.
    expect(page()).not.toContain('translation.description');
  });

  it('names the language levels as the role and application forms do', () => {
    const body = page({}, 'en');
    expect(body).toContain('<option value="B1" selected>B1 – intermediate</option>');
    expect(body).toContain('<option value="C2">C2 – proficient or native</option>');
    expect(page({}, 'lt')).toContain('<option value="A2" selected>A2 – pradinis</option>');
  });

  it('the reopening words count proposals still waiting among the taken places, in every language', () => {
    const closed = stored({ status: 'CLOSED' });
    const words = { fi: 'päätöstä odottavat ehdotukset', en: 'proposals still waiting for a decision', et: 'otsust ootavad pakkumised', lt: 'sprendimo laukiantys pasiūlymai', ru: 'ожидающими решения' };
    for (const language of LANGUAGES) expect(page({ role: closed }, language)).toContain(words[language]);
  });

  it('a refused form comes back as typed, each error under its field and in the summary, the first focused', () => {
    const values = { ...formValuesOf(role), places: '1', periodTo: '2052-02-01' };
    const body = page({ values, errors: [{ path: 'places', message: '2 places are taken' }, { path: 'periodTo', message: 'must be after periodFrom' }] });
    expect(body).toContain('role="alert"');
    expect(body).toContain('<a href="#change-places">Places</a>: 2 places are already taken by proposals or confirmed placements, so there cannot be fewer places.');
    expect(body).toMatch(/<p id="change-places-error"[^>]*>2 places are already taken/);
    expect(body).toMatch(/<input type="number" id="change-places" aria-describedby="change-places-hint change-places-error" aria-invalid="true" autofocus name="places" value="1"/);
    expect(body).toContain('value="2052-02-01"');
    expect(body).toMatch(/<p id="change-periodTo-error"[^>]*>The end must be after the start.<\/p>/);
    expect(page({ values, errors: [{ path: 'places', message: '3 places are taken' }] }, 'ru')).toContain('Уже занято 3 места');
    expect(page({ values, errors: [{ path: 'places', message: '1 place is taken' }] }, 'lt')).toContain('1 vieta jau užimta');
  });

  it('a closed role offers reopening while its period lasts, then a new role', () => {
    const closed = page({ role: stored({ status: 'CLOSED' }) });
    expect(closed).toContain('<form method="post" action="/desk/roles/x/reopen"><button type="submit" name="decision" value="reopen">Reopen the role</button></form>');
    expect(closed).not.toContain('name="places"');
    const ended = page({ role: stored({ status: 'CLOSED', periodTo: '2052-01-09' }) });
    expect(ended).not.toContain('value="reopen"');
    expect(ended).toContain('so it cannot be reopened');
  });
});
