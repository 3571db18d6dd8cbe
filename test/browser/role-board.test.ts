import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { languageName, quote } from '#shared/platform/i18n';
import { MATCH_LABELS, scoreRows } from '#shared/decisions/match-facts';
import { isFinnishBusinessId } from '#shared/roles/business-id';
import { board as B, chooser as C, facts as F } from '../../web/src/board-texts.ts';
import { fill } from '../../web/src/texts.ts';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validRole } from '../support/fixtures.ts';
import { eventsOf, getItem, mailAbout, openRole } from '../support/flow.ts';
import { linkIn, urls, waitFor, waitForEmail } from '../support/stack.ts';
import { newPage, PHONE, screenshot, scrollWidth, sharedBrowser } from './support/browser.ts';

/*
 * The public board of roles in a real Chromium, on a 360 px phone and on a desktop: an applicant
 * reads it in Lithuanian, filters it to Finnish construction roles, opens one, applies from it,
 * and the round's proposal names the role as their first choice; the board never shows a
 * contact's name, address or business id; its empty, failed and 400 states; "More roles".
 *
 * Data: every role and application of this file is in 2063, a year no other test uses, each view
 * in months of its own (phone March–June, desktop August–November; the contact-data roles in
 * December, in Lithuania), so a role fits only the applicant of its own view.
 */

const browserOf = sharedBrowser();
const LT_SCHOOL = { schoolId: 'lt-vilnius-src', coordinator: 'ruta.kazlauskiene@vsrc.example' } as const;

const VIEWS = [
  { name: 'phone', viewport: PHONE, phone: true, period: { from: '2063-03-01', to: '2063-06-30' } },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, phone: false, period: { from: '2063-08-01', to: '2063-11-30' } },
] as const;

/** Opens a page of the site and waits until it says it is usable (controls built, data loaded). */
async function open(page: Page, path: string) {
  await page.goto(`${urls().api}${path}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

async function fitsPhone(page: Page) {
  expect(page.viewportSize()!.width).toBe(PHONE.width);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
}

/** A Finnish business id no fixture uses: seven random digits and their check digit. */
function randomFinnishBusinessId(): string {
  for (;;) {
    const digits = String(Math.floor(Math.random() * 9_000_000) + 1_000_000);
    for (let check = 0; check <= 9; check++) if (isFinnishBusinessId(`${digits}-${check}`)) return `${digits}-${check}`;
  }
}

/** The filters: folded on a phone until opened, open on a desktop. */
async function openFilters(page: Page, phone: boolean) {
  const details = page.locator('details.filters');
  expect(await details.evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(!phone);
  if (phone) await details.locator('summary').click();
}

describe('the board of open roles', () => {
  for (const view of VIEWS) {
    it(`an applicant filters it in Lithuanian, applies from a role's page, and the proposal names the role as first choice (${view.name})`, async () => {
      const marker = uniqueName('Lenta');
      const titles = { fi: `Hirsitalon rakentaja ${marker}`, en: `Log house builder ${marker}` };
      const descriptions = { fi: `Hirsitalojen pystytystä Hämeenlinnassa. ${marker}`, en: `Raising log houses in Hämeenlinna. ${marker}` };
      const role = validRole({
        company: { name: `Hirsi ja Höylä Oy ${marker}`, businessId: BUSINESS_IDS.FI, country: 'FI', region: 'Kanta-Häme', city: 'Hämeenlinna' },
        contact: { name: 'Kalle Kontakti', email: uniqueEmail('board-contact'), language: 'fi' },
        title: titles.fi,
        description: descriptions.fi,
        language: 'fi',
        translation: { language: 'en', title: titles.en, description: descriptions.en },
        sector: 'construction',
        fieldsOfStudy: ['073'],
        places: 1,
        periodFrom: view.period.from,
        periodTo: view.period.to,
        minWeeks: 6,
        languages: [{ code: 'en', level: 'B1' }],
        applicantTypes: ['student'],
      });
      const roleId = await openRole(role);
      const page = await newPage(browserOf(), { ...view.viewport, locale: 'lt-LT', hasTouch: view.phone });

      // The start page leads to the board, in the page's language.
      await open(page, '/?lang=lt');
      await page.getByRole('link', { name: /Peržiūrėti laisvas vietas/ }).click();
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      expect(new URL(page.url()).pathname).toBe('/roles/');
      expect(await page.locator('html').getAttribute('lang')).toBe('lt');
      expect((await page.locator('h1').innerText()).trim()).toBe('Laisvos praktikos vietos');

      // Finnish construction roles in the applicant's months.
      await openFilters(page, view.phone);
      await page.locator('#filter-country').selectOption('FI');
      await page.locator('#filter-sector').selectOption('construction');
      await page.locator('#filter-from').fill(view.period.from);
      await page.locator('#filter-to').fill(view.period.to);
      await page.getByRole('button', { name: 'Rodyti vietas' }).click();
      const status = page.locator('.board-status');
      await expect.poll(() => status.innerText()).toBe('Rasta vietų: 1.');
      expect(await status.getAttribute('role')).toBe('status');
      // The address says the filters, so a link or a reload shows the same board.
      const address = new URL(page.url());
      expect(Object.fromEntries(address.searchParams)).toEqual({ country: 'FI', sector: 'construction', from: view.period.from, to: view.period.to, lang: 'lt' });
      await page.reload();
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      await expect.poll(() => status.innerText()).toBe('Rasta vietų: 1.');
      expect(await page.locator('#filter-country').inputValue()).toBe('FI');
      expect(await page.locator('#filter-sector').inputValue()).toBe('construction');

      // The card: the English title (there is no Lithuanian one), its language named; the company, its city; the facts.
      const card = page.locator('.role-card');
      expect(await card.count()).toBe(1);
      const link = card.getByRole('link', { name: titles.en });
      expect(await link.getAttribute('lang')).toBe('en');
      expect(await card.locator('.text-language').innerText()).toBe(fill(F.textLanguage.lt, { language: languageName('en', 'lt') }));
      expect(await card.locator('.role-company').innerText()).toBe(`${role.company.name} · Hämeenlinna, Suomija`);
      expect(await card.locator('.role-facts').innerText()).toContain('Statyba');
      expect(await card.locator('.role-facts').innerText()).toContain('anglų B1');
      if (view.phone) await fitsPhone(page);
      await screenshot(page, `role-board-${view.name}-1-list-lt`);

      // The role's page: the English text, named, with the Finnish one offered.
      await link.click();
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      expect(new URL(page.url()).searchParams.get('role')).toBe(roleId);
      const heading = page.locator('h1');
      expect((await heading.innerText()).trim()).toBe(titles.en);
      expect(await heading.getAttribute('lang')).toBe('en');
      const description = page.locator('.role-description');
      expect(await description.innerText()).toBe(descriptions.en);
      expect(await description.getAttribute('lang')).toBe('en');
      expect(await page.locator('.text-language').first().innerText()).toBe('Teksto kalba: anglų');
      const facts = page.locator('dl.facts');
      for (const expected of ['Hämeenlinna, Kanta-Häme, Suomija', '073 ', '1 iš 1', 'anglų B1', 'Mokinys', '6 savaitės']) expect(await facts.innerText()).toContain(expected);
      if (view.phone) await fitsPhone(page);
      await screenshot(page, `role-board-${view.name}-2-role-en`);
      await page.getByRole('button', { name: fill(B.showIn.lt, { language: languageName('fi', 'lt') }) }).click();
      expect((await heading.innerText()).trim()).toBe(titles.fi);
      expect(await heading.getAttribute('lang')).toBe('fi');
      expect(await description.innerText()).toBe(descriptions.fi);
      expect(await page.locator('.text-language').first().innerText()).toBe('Teksto kalba: suomių');

      // "Apply for this role": the form, with the role as choice 1, Finland and construction chosen.
      await page.getByRole('link', { name: /Teikti paraišką šiai vietai/ }).click();
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      expect(new URL(page.url()).pathname).toBe('/apply/');
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ role: roleId, lang: 'lt' });
      const arrival = page.locator('.arrival');
      expect(await arrival.innerText()).toContain(fill(C.applyingFor.lt, { title: quote(titles.en, 'lt'), company: role.company.name }));
      const chosen = page.locator('.chosen-roles li');
      expect(await chosen.count()).toBe(1);
      expect(await chosen.getAttribute('data-role-id')).toBe(roleId);
      expect(await chosen.locator('input[type=hidden]').getAttribute('name')).toBe('rolePreferences.0');
      expect(await page.locator('#f-destinations-0').inputValue()).toBe('FI');
      expect(await page.locator('input[name="sectors"][value="construction"]').isChecked()).toBe(true);
      if (view.phone) await fitsPhone(page);
      await screenshot(page, `role-board-${view.name}-3-apply`);

      const lastName = uniqueName('Petraitytė');
      const email = uniqueEmail(`board-${view.name}`);
      await page.locator('#f-applicantType').check();
      await page.locator('#f-firstName').fill('Rūta');
      await page.locator('#f-lastName').fill(lastName);
      await page.locator('#f-email').fill(email);
      await page.locator('#f-schoolId').selectOption(LT_SCHOOL.schoolId);
      await page.locator('#f-fieldOfStudy').selectOption('0732');
      await page.locator('#f-availableFrom').fill(view.period.from);
      await page.locator('#f-availableTo').fill(view.period.to);
      await page.locator('#f-minWeeks').fill('8');
      await page.locator('#f-languages-0-code').selectOption('en');
      await page.locator('#f-languages-0-level').selectOption('B2');
      await page.locator('#f-consent-dataProcessing').check();
      const [posted] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/applications'),
        page.getByRole('button', { name: 'Pateikti paraišką' }).click(),
      ]);
      expect(posted.status()).toBe(201);
      expect(JSON.parse(posted.request().postData()!)).toMatchObject({ rolePreferences: [roleId], destinations: ['FI'], sectors: ['construction'] });
      const { applicationId } = (await posted.json()) as { applicationId: string };
      await expect.poll(() => page.locator('h1').innerText()).toBe('Paraiška pateikta');
      expect(await getItem(keys.application(applicationId))).toMatchObject({ rolePreferences: [roleId] });

      // Confirmed from the receipt's link, as the applicant does.
      const [receipt] = await waitForEmail(email);
      await page.goto(linkIn(receipt!.body.text!));
      await page.locator('button[name="decision"][value="confirm"]').click();
      await waitFor(async () => ((await getItem(keys.application(applicationId)))?.confirmedAt ? true : undefined), 'the confirmation');

      // The round proposes this pair, and the coordinator reads why: the applicant's first choice.
      const proposed = await waitFor(async () => (await eventsOf('match.proposed', 'applicationId', applicationId))[0], 'match.proposed', 20_000);
      expect((proposed.detail as { data: { roleId: string } }).data.roleId).toBe(roleId);
      const [coordinatorMail] = await mailAbout(LT_SCHOOL.coordinator, lastName);
      const [label, firstChoice] = scoreRows('lt', { overlap: 1, language: 1, waiting: 1, total: 3, overlapWeeks: 12, languageMargin: 0, waitingDays: 0, destinationRank: 0, rolePreferenceRank: 0 }, {
        placement: { country: 'FI' },
        requiredLanguages: [],
      }).at(-1)!;
      expect(label).toBe(MATCH_LABELS.lt.rolePreference);
      expect(coordinatorMail!.body.text).toContain(firstChoice);
      await page.goto(linkIn(coordinatorMail!.body.text!));
      const row = page.locator('dl.facts div').filter({ has: page.locator('dt', { hasText: label }) });
      expect((await row.locator('dd').innerText()).trim()).toBe(firstChoice);
      expect(await page.getByText(marker).count()).toBeGreaterThan(0);
      if (view.phone) await fitsPhone(page);
      await screenshot(page, `role-board-${view.name}-4-coordinator`);
    }, 120_000);
  }
});

/** Every attribute value and the whole markup of the page, as rendered. */
const rendered = (page: Page) =>
  page.evaluate<string>(`document.documentElement.outerHTML + '\\n' + [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value)).join('\\n')`);

const LONG_WORD = 'Kotisairaanhoitoharjoittelijakoulutusohjelmaosallistuja';

describe('what the board never shows', () => {
  for (const view of VIEWS) {
    it(`no contact name, email or business id in the list, on a role's page, or in the JSON they read (${view.name})`, async () => {
      const marker = uniqueName('Kontaktas');
      const contacts = [0, 1].map((i) => ({
        name: `Slaptas Kontaktas ${uniqueName('Zz')}`,
        email: uniqueEmail(`secret-contact-${i}`),
        businessId: randomFinnishBusinessId(),
      }));
      // Two roles: one with a second language, one without. In Finland's wellbeing sector, in December.
      const roleIds: string[] = [];
      for (const [i, contact] of contacts.entries()) {
        roleIds.push(
          await openRole(
            validRole({
              company: { name: `Hoiva ${i} Oy ${marker}`, businessId: contact.businessId, country: 'FI', region: 'Pirkanmaa', city: 'Nokia' },
              contact: { name: contact.name, email: contact.email, language: 'fi' },
              // The second one's title is one long word, as Finnish compounds are: it must wrap at 360 px.
              title: i === 0 ? `Hoitaja 0 ${marker}` : `${LONG_WORD} ${marker}`,
              description: `Hoivatyötä. ${marker}`,
              ...(i === 0 ? { translation: { language: 'lt', title: `Slaugytojas ${marker}`, description: `Slaugos darbas. ${marker}` } } : {}),
              sector: 'wellbeing',
              fieldsOfStudy: ['0913'],
              periodFrom: view.name === 'phone' ? '2063-12-01' : '2063-12-10',
              periodTo: '2063-12-31',
              minWeeks: 2,
            }),
          ),
        );
      }
      const secrets = contacts.flatMap((c) => [c.name, c.email, c.email.split('@')[0]!, c.businessId, c.businessId.replace('-', '')]);

      const page = await newPage(browserOf(), { ...view.viewport, locale: 'lt-LT' });
      const bodies: string[] = [];
      page.on('response', async (response) => {
        if (new URL(response.url()).pathname.startsWith('/roles') && response.headers()['content-type']?.includes('json')) bodies.push(await response.text());
      });
      await open(page, `/roles/?country=FI&sector=wellbeing&q=${encodeURIComponent(marker)}&lang=lt`);
      await expect.poll(() => page.locator('.role-card').count()).toBe(2);
      // Filters in the address open the filters on a phone too: they are what the reader may change.
      expect(await page.locator('details.filters').evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(true);
      const list = await rendered(page);
      expect(list).toContain(marker);
      for (const secret of secrets) expect(list, secret).not.toContain(secret);
      if (view.phone) await fitsPhone(page);

      for (const roleId of roleIds) {
        await open(page, `/roles/?role=${roleId}&lang=lt`);
        expect(await page.locator('.role-description').count()).toBe(1);
        const html = await rendered(page);
        expect(html).toContain(marker);
        for (const secret of secrets) expect(html, secret).not.toContain(secret);
        if (view.phone) await fitsPhone(page);
      }
      // A link with the id in upper case (typed, or changed by a mail client) shows the same role,
      // and "Apply" carries its id as issued.
      await open(page, `/roles/?role=${roleIds[1]!.toUpperCase()}&lang=lt`);
      expect((await page.locator('h1').innerText()).trim()).toBe(`${LONG_WORD} ${marker}`);
      expect(await page.getByRole('link', { name: B.apply.lt }).getAttribute('href')).toBe(`/apply/?role=${roleIds[1]}&lang=lt`);
      // The translated role shows its Lithuanian text to a Lithuanian reader, without a language note.
      await open(page, `/roles/?role=${roleIds[0]}&lang=lt`);
      expect((await page.locator('h1').innerText()).trim()).toBe(`Slaugytojas ${marker}`);
      expect(await page.locator('.text-language').first().innerText()).toBe('');

      // The JSON the pages read: list and role pages, every field.
      await waitFor(async () => (bodies.length >= 4 ? true : undefined), 'the responses read');
      expect(bodies.some((b) => b.includes(marker))).toBe(true);
      for (const body of bodies) for (const secret of secrets) expect(body, secret).not.toContain(secret);
    }, 90_000);
  }
});

/** GET /roles, the API (not the page /roles/). */
const theApi = (url: URL) => url.pathname === '/roles';

describe('the board’s states', () => {
  it('empty, a 400 at the filter it names, a failed load with a retry, a role that is not open, and “More roles”', async () => {
    const page = await newPage(browserOf(), { locale: 'en-GB', ...PHONE });

    // Nothing in January 2063: said so, with a way back to every role.
    await open(page, '/roles/?from=2063-01-01&to=2063-01-31&country=EE&lang=en');
    await expect.poll(() => page.locator('.board-status').innerText()).toBe(B.none.en);
    expect(await page.locator('.role-card').count()).toBe(0);
    // The language switched: every text of the board in Finnish, the address and the links too.
    await page.getByRole('button', { name: 'Suomi' }).click();
    expect(await page.locator('h1').innerText()).toBe(B.title.fi);
    expect(await page.locator('.board-status').innerText()).toBe(B.none.fi);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fi');
    await page.getByRole('button', { name: 'English' }).click();
    // "See all open roles": the whole board, the keyboard on its heading, the address without filters.
    await page.getByRole('link', { name: B.seeAll.en }).click();
    await expect.poll(() => page.locator('.role-card').count()).toBeGreaterThan(0);
    expect(await page.evaluate('document.activeElement?.id')).toBe('results-title');
    expect(new URL(page.url()).search).toBe('?lang=en');

    // A hand-made address the API refuses: the error at the filter it names.
    await open(page, '/roles/?country=XX&lang=en');
    const error = page.locator('#filter-country-error');
    await expect.poll(() => error.innerText()).toBe(B.badOption.en);
    expect(await page.locator('#filter-country').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#filter-country').getAttribute('aria-describedby')).toContain('filter-country-error');
    expect(await page.locator('.board-problem').innerText()).toContain(B.badFilters.en);
    // Fixed and sent again: the error goes.
    await page.locator('#filter-country').selectOption('FI');
    await page.getByRole('button', { name: B.show.en }).click();
    await expect.poll(() => error.isHidden()).toBe(true);
    expect(await page.locator('#filter-country').getAttribute('aria-invalid')).toBeNull();
    await fitsPhone(page);

    // The API cannot be reached: said so, and "Try again" loads it.
    await page.route(theApi, (route) => route.abort('connectionreset'));
    await open(page, '/roles/?country=FI&lang=en');
    await expect.poll(() => page.locator('.board-problem').innerText()).toContain(B.failed.en);
    await page.unroute(theApi);
    await page.getByRole('button', { name: B.retry.en }).click();
    await expect.poll(() => page.locator('.role-card').count()).toBeGreaterThan(0);
    expect(await page.locator('.board-problem').innerText()).toBe('');

    // "More roles": pages of one (the API's own limit, set here), appended, the keyboard on the first new one.
    await page.route(theApi, (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('limit', '1');
      return route.continue({ url: url.toString() });
    });
    await open(page, '/roles/?country=FI&lang=en');
    await expect.poll(() => page.locator('.role-card').count()).toBe(1);
    expect(await page.locator('.board-status').innerText()).toBe(fill(B.foundMore.en, { n: 1 }));
    await page.getByRole('button', { name: B.more.en }).click();
    await expect.poll(() => page.locator('.role-card').count()).toBe(2);
    const second = page.locator('.role-card').nth(1).locator('h3 a');
    expect(await second.evaluate((a) => a === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    await page.unroute(theApi);

    // A role that is not open (here: no such role): said so, with the way back.
    await open(page, `/roles/?role=${crypto.randomUUID()}&lang=en`);
    expect((await page.locator('h1').innerText()).trim()).toBe(B.notOpen.en);
    expect(await page.getByRole('link', { name: B.backToBoard.en }).getAttribute('href')).toBe('/roles/?lang=en');
    // And the form it would have led to still works, saying the role is gone.
    await open(page, `/apply/?role=${crypto.randomUUID()}&lang=en`);
    expect(await page.locator('.arrival').innerText()).toBe(C.roleGone.en);
    expect(await page.locator('.chosen-roles li').count()).toBe(0);
    expect(await page.locator('#f-destinations-0').inputValue()).toBe('');
    await screenshot(page, 'role-board-states-apply-gone');
  }, 60_000);
});
