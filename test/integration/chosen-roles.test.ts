import { describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { escapeHtml } from '#shared/platform/html';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validApplication, validRole } from '../support/fixtures.ts';
import { companyLinks, eventsOf, form, getItem, openRole } from '../support/flow.ts';
import { emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';

/*
 * Why a chosen role could not be proposed (issue 16, point 2), on the local stack: an applicant
 * from Vilnius, writing in Lithuanian, ranks three Finnish roles: one that fits, one that needs
 * English at B2 (she has B1), one its company closed. Her status page says so for each, in
 * Lithuanian, with the first role's English title named as English. Once she confirms, a round
 * proposes the one that fits, and the page says it is the proposal. The periods are in 2053, this
 * file's year, so no other test's application or role meets these.
 */

const PERIOD = { periodFrom: '2053-03-02', periodTo: '2053-08-30', minWeeks: 6 };

async function finnishRole(title: string, overrides: Record<string, unknown>) {
  const role = validRole({
    company: { name: uniqueName('Hirsi Oy'), businessId: BUSINESS_IDS.FI, country: 'FI', region: 'Pohjois-Pohjanmaa', city: 'Pudasjärvi' },
    contact: { name: 'Aino Kallio', email: uniqueEmail('chosen-contact'), language: 'fi' },
    title,
    sector: 'construction',
    fieldsOfStudy: ['0732'],
    places: 1,
    ...PERIOD,
    languages: [{ code: 'en', level: 'A2' }],
    ...overrides,
  });
  return { roleId: await openRole(role), role };
}

describe('the roles an applicant chose, on her status page', { timeout: 90_000 }, () => {
  it('each with whether it fits, and why not, in the applicant’s language', async () => {
    const tag = uniqueName('Salvos');
    const fits = await finnishRole(`Hirsikehikko ${tag}`, { translation: { language: 'en', title: `Log frame trainee ${tag}` } });
    const needsB2 = await finnishRole(`Kirvesmies ${tag}`, { languages: [{ code: 'en', level: 'B2' }] });
    const closed = await finnishRole(`Kattotyöt ${tag}`, {});
    // Closed by its company, from the link in the "role is open" email.
    const opened = await waitFor(async () => (await emailsTo(closed.role.contact.email)).find((m) => m.subject.endsWith('on nyt avoinna – Liike')), 'the role-is-open email');
    const [closeLink] = companyLinks(opened);
    expect((await form(closeLink!, { decision: 'close' })).status).toBe(200);
    expect(await getItem(keys.role(closed.roleId))).toMatchObject({ status: 'CLOSED' });

    const application = validApplication({
      email: uniqueEmail('chosen-applicant'),
      firstName: 'Rūta',
      lastName: tag,
      language: 'lt',
      schoolId: 'lt-vilnius-src',
      fieldOfStudy: '0732',
      sectors: ['construction'],
      destinations: ['FI'],
      availableFrom: '2053-03-02',
      availableTo: '2053-08-30',
      minWeeks: 6,
      languages: [
        { code: 'lt', level: 'C2' },
        { code: 'en', level: 'B1' },
      ],
      rolePreferences: [fits.roleId, needsB2.roleId, closed.roleId],
    });
    const posted = await postJson('/applications', application);
    expect(posted.status).toBe(201);
    const { applicationId } = (await posted.json()) as { applicationId: string };
    const [receipt] = await waitForEmail(application.email);
    const link = linkIn(receipt!.body.text!);

    // Before she confirms (not yet matched): each role in her order, with its verdict.
    const page = await (await fetch(link)).text();
    const section = page.slice(page.indexOf('<h2 id="chosen-roles">'));
    expect(section).toContain('<h2 id="chosen-roles">Jūsų pasirinktos praktikos vietos</h2>');
    const items = [...section.matchAll(/<li style="margin:0 0 14px" data-verdict="(\w+)">([\s\S]*?)<\/li>\s*(?=<li style="margin:0 0 14px"|<\/ol>)/g)].map((m) => ({ verdict: m[1], html: m[2]! }));
    expect(items.map((i) => i.verdict)).toEqual(['fits', 'misfits', 'closed']);
    // The English text for a Lithuanian reader, named; the others in Finnish, named too.
    expect(items[0]!.html).toContain(`<strong>Log frame trainee ${tag}</strong> (anglų kalba) – ${escapeHtml(fits.role.company.name)}, Pudasjärvi, Suomija`);
    expect(items[0]!.html).toContain('Atitinka Jūsų paraišką: ją galima Jums pasiūlyti.');
    expect(items[1]!.html).toContain(`<strong>Kirvesmies ${tag}</strong> (suomių kalba)`);
    expect(items[1]!.html).toContain('Jos negalima Jums pasiūlyti:');
    expect(items[1]!.html).toContain('<li>Reikalaujama kalba: anglų B2 (Jūsų lygis B1).</li>');
    // Only the rule it breaks: nothing about the period, sector or destination.
    expect(items[1]!.html.match(/<li>/g)).toHaveLength(1);
    expect(items[2]!.html).toContain(`<strong>Kattotyöt ${tag}</strong>`);
    expect(items[2]!.html).toContain('Įmonė šią vietą uždarė.');
    // No contact data of any role.
    for (const { role } of [fits, needsB2, closed]) expect(page).not.toContain(role.contact.email);

    // Confirmed, she is matched to the one that fits; the page says it is the proposal.
    expect((await form(link, { decision: 'confirm' })).status).toBe(200);
    const proposed = await waitFor(async () => (await eventsOf('match.proposed', 'applicationId', applicationId))[0], 'match.proposed', 20_000);
    expect((proposed.detail as { data: { roleId: string } }).data.roleId).toBe(fits.roleId);
    const after = await (await fetch(link)).text();
    expect(after).toContain(`<dd>Log frame trainee ${tag} (anglų kalba)</dd>`);
    const verdicts = [...after.matchAll(/data-verdict="(\w+)"/g)].map((m) => m[1]);
    expect(verdicts).toEqual(['proposed', 'misfits', 'closed']);
    expect(after).toContain('Tai Jums pasiūlyta praktikos vieta.');
  });
});
