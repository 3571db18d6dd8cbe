import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRoleItems, OLD_DEMO_DESCRIPTION, seedDemoRoles } from '#local/demo-roles';
import { ddb, keys } from '#shared/platform/db';
import { boardFields, boardText, rolePoolKey } from '#shared/roles/board-index';
import { boardPageSchema, type BoardPage } from '#shared/roles/public-role';
import type { RoleItem } from '#shared/roles/store';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validRole } from '../support/fixtures.ts';
import { getItem, openRole, TABLE } from '../support/flow.ts';
import { api } from '../support/stack.ts';

/*
 * Roles opened before the board's index existed (`<openedAt>#<roleId>` on the pool index, no
 * boardText or boardFields) and `npm run backfill -- roles`, against the local stack. Two roles
 * are posted and opened as companies do, then put back in the table as the version before the
 * board stored them. This file's roles are in 2060 (no other test's application or role is, so
 * no round proposes anyone for them) and carry a title word of their own (TAG). One demo role too
 * is put back as an older `npm start` seeded it (the placeholder description, no language named),
 * and brought up to date as `npm start` does: the demo seed, then the backfill.
 */

const TAG = uniqueName('Backfilltest');
const run = promisify(execFile);
const backfill = (...args: string[]) => run('npx', ['tsx', 'scripts/backfill.ts', 'roles', ...args], { env: process.env, timeout: 60_000 });

const LT_ROLE = validRole({
  company: { name: 'Šiaulių globos namai', businessId: BUSINESS_IDS.LT, country: 'LT', region: 'Šiaulių apskritis', city: 'Šiauliai' },
  contact: { name: 'Ona Petrauskienė', email: uniqueEmail('backfill-lt'), language: 'lt' },
  title: `${TAG} slaugytojo padėjėjo praktika`,
  description: 'Pagalba slaugytojams dienos centre.',
  sector: 'wellbeing',
  fieldsOfStudy: ['0913'],
  periodFrom: '2060-03-01',
  periodTo: '2060-06-30',
});
const EE_ROLE = validRole({
  company: { name: 'Tartu Tarkvara OÜ', businessId: BUSINESS_IDS.EE, country: 'EE', region: 'Tartumaa', city: 'Tartu' },
  contact: { name: 'Mari Kask', email: uniqueEmail('backfill-ee'), language: 'et' },
  title: `${TAG} IT-tugi praktikant`,
  description: 'Kasutajatugi ja arvutite hooldus.',
  translation: { language: 'en', title: `${TAG} helpdesk trainee`, description: 'User support and computer upkeep.' },
  sector: 'technology',
  fieldsOfStudy: ['0613'],
  periodFrom: '2060-03-01',
  periodTo: '2060-06-30',
});

let ltId: string;
let eeId: string;
/** The demo system administrator's role in St Petersburg (local/demo-roles.ts): it has an English text. */
const DEMO = '0d6f1c9e-1a51-4f0e-9a01-000000000012';
const demoSeeded = () => demoRoleItems(new Date()).find((r) => r.roleId === DEMO)!;

async function board(params: Record<string, string | number>): Promise<{ status: number; page?: BoardPage }> {
  const response = await api(`/roles?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]))}`);
  const body = await response.json();
  return response.status === 200 ? { status: 200, page: boardPageSchema.parse(body) } : { status: response.status };
}
const ids = (page: BoardPage | undefined) => page!.roles.map((r) => r.roleId);

/**
 * Every role a query finds, page after page: a search without country or sector reads a bounded
 * part of the board per request (shared/roles/board.ts), so a page may be short, even empty, with
 * `next`; the shared test stack holds every test's roles.
 */
async function found(params: Record<string, string | number>): Promise<string[]> {
  const all: string[] = [];
  let cursor: string | undefined;
  do {
    const { status, page } = await board(cursor ? { ...params, cursor } : params);
    expect(status).toBe(200);
    all.push(...ids(page));
    cursor = page!.next;
  } while (cursor);
  return all;
}

beforeAll(async () => {
  [ltId, eeId] = await Promise.all([openRole(LT_ROLE), openRole(EE_ROLE)]);
  // As the version before the board left them: the pool key by opening time, no board attributes.
  for (const roleId of [ltId, eeId, DEMO]) {
    const role = (await getItem(keys.role(roleId))) as RoleItem;
    const demo = roleId === DEMO;
    await ddb.send(
      new UpdateCommand({
        TableName: TABLE(),
        Key: keys.role(roleId),
        // The demo role also as the older seed wrote it: no language named, no second text.
        UpdateExpression: `SET gsi1sk = :old${demo ? ', #description = :placeholder' : ''} REMOVE boardText, boardFields${demo ? ', #language, #translation' : ''}`,
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status', ...(demo ? { '#description': 'description', '#language': 'language', '#translation': 'translation' } : {}) },
        ExpressionAttributeValues: { ':old': `${role.openedAt}#${roleId}`, ':open': 'OPEN', ...(demo ? { ':placeholder': OLD_DEMO_DESCRIPTION } : {}) },
      }),
    );
  }
}, 60_000);

describe('open roles from before the board', () => {
  it('are on no country or sector range, match no search or field, and a page ending on one has a cursor the board refuses', async () => {
    expect(await found({ q: TAG })).toEqual([]);
    expect(await found({ country: 'LT', sector: 'wellbeing', limit: 100 })).not.toContain(ltId);
    // Their old keys (digits) sort before every country: the whole board's first page is one of them…
    const first = await board({ limit: 1 });
    expect([ltId, eeId, DEMO]).toContain(ids(first.page)[0]);
    // …and its own `next` is refused.
    expect((await board({ limit: 1, cursor: first.page!.next! })).status).toBe(400);
  });

  it('npm run backfill -- roles puts them on the board; a second run changes nothing', async () => {
    // A dry run says what it would do and writes nothing.
    const dry = await backfill('--dry-run');
    expect(Number(/(\d+) to update/.exec(dry.stdout)?.[1])).toBeGreaterThanOrEqual(3);
    expect((await getItem(keys.role(ltId)))!.boardText).toBeUndefined();

    // npm start's demo seed gives the old demo role its texts (the key is the backfill's).
    await seedDemoRoles(ddb, TABLE(), new Date());
    const { description, language, translation } = demoSeeded();
    expect(await getItem(keys.role(DEMO))).toMatchObject({ description, language, translation, gsi1sk: expect.not.stringMatching(/^RU#/) });

    const { stdout } = await backfill();
    expect(Number(/(\d+) updated/.exec(stdout)?.[1])).toBeGreaterThanOrEqual(3);
    for (const roleId of [ltId, eeId, DEMO]) {
      const role = (await getItem(keys.role(roleId))) as RoleItem;
      // In its place by the time it opened, as a role opened today is.
      expect(role).toMatchObject({ gsi1sk: rolePoolKey(role, role.openedAt!), boardText: boardText(role), boardFields: boardFields(role.fieldsOfStudy), status: 'OPEN' });
    }

    // Found by country and sector, by sector alone, by field, by its words in either language.
    expect(ids((await board({ country: 'LT', sector: 'wellbeing', q: TAG })).page)).toEqual([ltId]);
    expect(await found({ sector: 'technology', q: TAG })).toEqual([eeId]);
    expect(await found({ field: '09', q: TAG })).toEqual([ltId]);
    expect(await found({ field: '0613', q: TAG })).toEqual([eeId]);
    expect(await found({ q: `${TAG} helpdesk` })).toEqual([eeId]);
    expect(await found({ q: `siauliai ${TAG}` })).toEqual([ltId]);
    expect(ids((await board({ country: 'RU', sector: 'technology', q: 'trainee system administrator' })).page)).toContain(DEMO);
    // The whole board's pages run across them: a page ending on one goes on to the other.
    expect((await found({ q: TAG, limit: 1 })).sort()).toEqual([ltId, eeId].sort());
    // And the board's first page, whatever it now starts with, has a cursor the board follows.
    const front = await board({ limit: 1 });
    expect((await board({ limit: 1, cursor: front.page!.next! })).status).toBe(200);

    // Again: nothing of this file's roles is written (nor, on this stack, anything else).
    const before = await Promise.all([ltId, eeId, DEMO].map((id) => getItem(keys.role(id))));
    await seedDemoRoles(ddb, TABLE(), new Date());
    const again = await backfill();
    expect(again.stdout).toMatch(/ 0 updated/);
    expect(await Promise.all([ltId, eeId, DEMO].map((id) => getItem(keys.role(id))))).toEqual(before);
  }, 120_000);
});
