import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { escapeHtml } from '#shared/platform/html';
import { MANAGE } from '#shared/roles/manage-texts';
import type { RoleItem } from '#shared/roles/store';
import { uniqueEmail, uniqueName, validRole } from '../support/fixtures.ts';
import { companyLinks, eventsOf, getItem, openRole } from '../support/flow.ts';
import { api, emailsTo, waitFor } from '../support/stack.ts';

/*
 * A role written in two languages: its change form has both descriptions side by side, and a
 * company rewriting its description rewrites the second language's too, so readers of that
 * language (who are shown it first) do not read the old one. The role takes no applicants (its
 * period is in 2057, which no other test's dates reach, and it is never matched here).
 */

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const t = MANAGE.en;

let roleId: string;
let manage: string;

const role = async () => (await getItem(keys.role(roleId))) as RoleItem;
const changes = async () => (await eventsOf('role.changed', 'roleId', roleId)).map((e) => e.detail as { metadata: { version: number }; data: Record<string, unknown> });

/** The form as the page sends it: the role's values, with `change` over them. */
async function changeForm(change: Record<string, string>): Promise<string> {
  const r = await role();
  const body = new URLSearchParams({
    decision: 'change',
    description: r.description ?? '',
    'translation.description': r.translation?.description ?? '',
    places: String(r.places),
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    minWeeks: String(r.minWeeks),
    ...Object.fromEntries(r.languages.flatMap((l, i) => [[`languages.${i}.code`, l.code], [`languages.${i}.level`, l.level]])),
  });
  for (const field of r.fieldsOfStudy) body.append('fieldsOfStudy', field);
  for (const [name, value] of Object.entries(change)) body.set(name, value);
  return body.toString();
}
const post = async (change: Record<string, string>) => fetch(manage, { method: 'POST', headers: FORM, body: await changeForm(change), redirect: 'manual' });

beforeAll(async () => {
  const contact = uniqueEmail('translation-contact');
  roleId = await openRole(
    validRole({
      contact: { name: 'Pekka Järvinen', email: contact, language: 'en' },
      title: `Kirvesmiesharjoittelija ${uniqueName('Kaksi')}`,
      language: 'fi',
      description: 'Puurakentamista.',
      translation: { language: 'en', title: 'Carpenter trainee', description: 'Timber framing.' },
      periodFrom: '2057-03-01',
      periodTo: '2057-08-31',
      fieldsOfStudy: ['0732'],
    }),
  );
  const opened = await waitFor(async () => (await emailsTo(contact)).find((m) => m.subject.endsWith('is now open – Liike')), 'the role-is-open email');
  manage = companyLinks(opened)[0]!;
}, 60_000);

describe('a role in two languages is changed', () => {
  it('shows both descriptions on the form, each named by its language', async () => {
    const page = await (await fetch(manage)).text();
    expect(page).toContain(`>${escapeHtml(t.descriptionIn('in Finnish'))}</label>`);
    expect(page).toContain(`>${escapeHtml(t.descriptionIn('in English'))}</label>`);
    expect(page).toMatch(/name="description"[^>]*>Puurakentamista\.<\/textarea>/);
    expect(page).toMatch(/name="translation\.description"[^>]*>Timber framing\.<\/textarea>/);
  });

  it('saves the second language’s description: role.changed (version 2) names it, and the board shows it to its readers', async () => {
    const saved = await post({ 'translation.description': 'Timber framing and roofing.' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${new URL(manage).pathname}?notice=changed`);
    expect(await role()).toMatchObject({ description: 'Puurakentamista.', translation: { language: 'en', title: 'Carpenter trainee', description: 'Timber framing and roofing.' }, revision: 1 });
    const [change] = await waitFor(async () => ((await changes()).length ? changes() : undefined), 'role.changed');
    expect(change).toMatchObject({ metadata: { version: 2 }, data: { changed: ['translation.description'], asksForRound: false } });
    // The board's JSON for the role carries the new words.
    const board = (await (await api(`/roles/${roleId}`)).json()) as { translation?: { description?: string } };
    expect(board.translation?.description).toBe('Timber framing and roofing.');
  });

  it('refuses the second description without the first (422, nothing written); emptied, the second keeps its title only', async () => {
    const before = await role();
    const refused = await post({ description: '', 'translation.description': 'Roofing only.' });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain(`<a href="#change-description">${escapeHtml(t.descriptionIn('in Finnish'))}</a>: ${escapeHtml(t.errors.descriptionRequired)}`);
    expect(page).toMatch(/name="translation\.description"[^>]*>Roofing only\.<\/textarea>/);
    expect(await role()).toEqual(before);

    const emptied = await post({ description: 'Puurakentamista ja kattoja.', 'translation.description': '' });
    expect(emptied.status).toBe(303);
    const after = await role();
    expect(after).toMatchObject({ description: 'Puurakentamista ja kattoja.', translation: { language: 'en', title: 'Carpenter trainee' } });
    expect(after.translation).not.toHaveProperty('description');
    await waitFor(async () => ((await changes()).length === 2 ? true : undefined), 'the second role.changed');
    expect((await changes())[1]!.data).toMatchObject({ changed: ['description', 'translation.description'] });
  });
});
