import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { quote } from '#shared/platform/i18n';
import { chooser as C } from '../../web/src/board-texts.ts';
import { fill } from '../../web/src/texts.ts';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validRole } from '../support/fixtures.ts';
import { getItem, openRole } from '../support/flow.ts';
import { urls } from '../support/stack.ts';
import { newPage, PHONE, screenshot, scrollWidth, sharedBrowser } from './support/browser.ts';

/*
 * The application form's role preferences, chosen from the board by search: add, reorder and
 * remove, at most five; the body carries the chosen ids in their order, and an error the API
 * names at `rolePreferences.<i>` is shown at that role of the list. On a phone (touch) and on a
 * desktop. This file's roles are in Estonia's technology sector in 2064, a year no other test
 * uses; the applications are never confirmed, so no round ever reads them.
 */

const browserOf = sharedBrowser();

const VIEWS = [
  { name: 'phone', viewport: PHONE, phone: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, phone: false },
] as const;

const hasFocus = (page: Page, selector: string) => page.evaluate<boolean>(`document.activeElement === document.querySelector(${JSON.stringify(selector)})`);
/** The ids the form would send, in order (its hidden inputs). */
const chosenIds = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('.chosen-roles input[type=hidden]')].map((i) => i.name + '=' + i.value)`);

describe('choosing roles in the application form', () => {
  for (const view of VIEWS) {
    it(`finds roles by search, adds, reorders and removes them, and sends their ids in order (${view.name})`, async () => {
      const marker = uniqueName('Zxq');
      // Six roles: five can be chosen, the sixth then cannot.
      const letters = ['A', 'B', 'C', 'D', 'E', 'F'];
      const ids: Record<string, string> = {};
      for (const letter of letters) {
        ids[letter] = await openRole(
          validRole({
            company: { name: `Robot ${letter} OÜ`, businessId: BUSINESS_IDS.EE, country: 'EE', region: 'Tartumaa', city: 'Tartu' },
            contact: { name: 'Kadri Kontakt', email: uniqueEmail('prefs-contact'), language: 'et' },
            title: `Robotics trainee ${letter} ${marker}`,
            language: 'en',
            sector: 'technology',
            fieldsOfStudy: ['0714'],
            periodFrom: view.phone ? '2064-03-01' : '2064-08-01',
            periodTo: view.phone ? '2064-06-30' : '2064-11-30',
          }),
        );
      }
      const page = await newPage(browserOf(), { ...view.viewport, locale: 'en-GB', hasTouch: view.phone });
      const tap = (selector: string) => (view.phone ? page.locator(selector).tap() : page.locator(selector).click());
      await page.goto(`${urls().api}/apply/?lang=en`);
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      expect(await page.locator('.chosen-empty').innerText()).toBe(C.noChoice.en);
      // The board is a link away, in a new tab, so what is typed here stays.
      const browse = page.getByRole('link', { name: new RegExp(C.browse.en) });
      expect(await browse.getAttribute('href')).toBe('/roles/?lang=en');
      expect(await browse.getAttribute('target')).toBe('_blank');

      // A search by the title's words; Enter searches, it never sends the application.
      await page.locator('#role-search').fill(marker.toLowerCase());
      await page.locator('#role-search').press('Enter');
      const status = page.locator('.search-status');
      await expect.poll(() => status.innerText()).toBe(fill(C.found.en, { n: 6 }));
      expect(await status.getAttribute('role')).toBe('status');
      expect(await page.locator('#error-summary').isHidden()).toBe(true);
      const result = (letter: string) => `.role-search-results li[data-role-id="${ids[letter]}"] button`;

      for (const [n, letter] of ['A', 'B', 'C', 'D', 'E'].entries()) {
        expect(await page.locator(result(letter)).innerText()).toContain(fill(C.add.en, { n: n + 1 }));
        await tap(result(letter));
        // The button says it is chosen and keeps the focus (aria-disabled, not disabled).
        expect(await page.locator(result(letter)).getAttribute('aria-disabled')).toBe('true');
        expect(await page.locator(result(letter)).innerText()).toContain(C.chosen.en);
      }
      expect(await chosenIds(page)).toEqual(['A', 'B', 'C', 'D', 'E'].map((l, i) => `rolePreferences.${i}=${ids[l]}`));
      // Five: the sixth cannot be added, and the list says why.
      expect(await page.locator(result('F')).getAttribute('aria-disabled')).toBe('true');
      expect(await page.locator(result('F')).innerText()).toContain(C.fiveChosen.en);
      expect(await page.locator('.role-chooser .help', { hasText: C.full.en }).isVisible()).toBe(true);
      // (Playwright would not press an aria-disabled button: the click is sent as a script would.)
      await page.locator(result('F')).dispatchEvent('click');
      expect(await page.locator('.chosen-roles li').count()).toBe(5);
      if (view.phone) expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page.locator('.role-chooser'), `role-preferences-${view.name}-1-five`);

      // C up: it is choice 2, the keyboard stays on its button, and a screen reader hears so.
      const item = (letter: string) => `.chosen-roles li[data-role-id="${ids[letter]}"]`;
      await tap(`${item('C')} button[data-action="up"]`);
      expect(await chosenIds(page)).toEqual(['A', 'C', 'B', 'D', 'E'].map((l, i) => `rolePreferences.${i}=${ids[l]}`));
      expect(await hasFocus(page, `${item('C')} button[data-action="up"]`)).toBe(true);
      expect(await page.locator('.role-chooser [aria-live]').innerText()).toBe(fill(C.movedTo.en, { title: quote(`Robotics trainee C ${marker}`, 'en'), n: 2 }));
      // E down cannot go further; up twice.
      expect(await page.locator(`${item('E')} button[data-action="down"]`).isDisabled()).toBe(true);
      await tap(`${item('E')} button[data-action="up"]`);
      await tap(`${item('E')} button[data-action="up"]`);
      expect(await chosenIds(page)).toEqual(['A', 'C', 'E', 'B', 'D'].map((l, i) => `rolePreferences.${i}=${ids[l]}`));

      // A removed: the focus goes to the role that took its place; F can be added now.
      await tap(`${item('A')} button[data-action="remove"]`);
      expect(await chosenIds(page)).toEqual(['C', 'E', 'B', 'D'].map((l, i) => `rolePreferences.${i}=${ids[l]}`));
      expect(await hasFocus(page, `${item('C')} button[data-action="remove"]`)).toBe(true);
      expect(await page.locator(result('A')).getAttribute('aria-disabled')).toBeNull();
      expect(await page.locator(result('F')).innerText()).toContain(fill(C.add.en, { n: 5 }));

      // Narrowed by what is chosen above: Finland finds none of these Estonian roles; unticked, all.
      await page.locator('#f-destinations-0').selectOption('FI');
      await page.locator('#f-sectors-technology').check();
      await page.locator('#role-search').press('Enter');
      await expect.poll(() => status.innerText()).toBe(C.none.en);
      await page.locator('#role-search-narrow').uncheck();
      await expect.poll(() => status.innerText()).toBe(fill(C.found.en, { n: 6 }));
      await page.locator('#f-destinations-0').selectOption('EE');
      await page.locator('#role-search-narrow').check();
      await expect.poll(() => status.innerText()).toBe(fill(C.found.en, { n: 6 }));

      // The rest of the application.
      await page.locator('#f-applicantType').check();
      await page.locator('#f-firstName').fill('Jaan');
      await page.locator('#f-lastName').fill(uniqueName('Tamm'));
      await page.locator('#f-email').fill(uniqueEmail(`prefs-${view.name}`));
      await page.locator('#f-schoolId').selectOption('fi-sasky');
      await page.locator('#f-fieldOfStudy').selectOption('0714');
      await page.locator('#f-availableFrom').fill(view.phone ? '2064-03-01' : '2064-08-01');
      await page.locator('#f-availableTo').fill(view.phone ? '2064-06-30' : '2064-11-30');
      await page.locator('#f-minWeeks').fill('8');
      await page.locator('#f-languages-0-code').selectOption('en');
      await page.locator('#f-languages-0-level').selectOption('B2');
      await page.locator('#f-consent-dataProcessing').check();

      // An error the API names at a chosen role is shown at that role, and the summary leads there.
      let refused = false;
      await page.route(
        (url) => url.pathname === '/applications',
        (route) => {
          if (refused) return route.continue();
          refused = true;
          return route.fulfill({
            status: 422,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Unprocessable', status: 422, errors: [{ path: 'rolePreferences.1', message: 'is listed twice' }] }),
          });
        },
      );
      await page.getByRole('button', { name: 'Send application' }).click();
      const error = page.locator(`${item('E')} #error-rolePreferences-1`);
      await expect.poll(() => error.innerText()).toBe('This is already chosen.');
      await page.locator('#error-summary a', { hasText: 'Roles you would like' }).click();
      expect(await hasFocus(page, `${item('E')} button[data-action="remove"]`)).toBe(true);
      // Removing that role rebuilds the list: its error goes with it.
      await tap(`${item('E')} button[data-action="remove"]`);
      expect(await page.locator('.chosen-roles .error:not([hidden])').count()).toBe(0);
      expect(await page.locator('#error-summary li.resolved').count()).toBe(1);

      const [posted] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/applications' && r.status() !== 422),
        page.getByRole('button', { name: 'Send application' }).click(),
      ]);
      expect(posted.status()).toBe(201);
      const expected = ['C', 'B', 'D'].map((l) => ids[l]);
      expect(JSON.parse(posted.request().postData()!).rolePreferences).toEqual(expected);
      const { applicationId } = (await posted.json()) as { applicationId: string };
      expect(await getItem(keys.application(applicationId))).toMatchObject({ rolePreferences: expected });
      await expect.poll(() => page.locator('h1').innerText()).toBe('Application sent');
    }, 120_000);
  }

  it('a search the API answers in parts (its budget spent before a role was found) goes on to `next`: "none" only when none match', async () => {
    const marker = uniqueName('Zxb');
    const roleId = await openRole(
      validRole({
        company: { name: `Budget Robot OÜ ${marker}`, businessId: BUSINESS_IDS.EE, country: 'EE', region: 'Tartumaa', city: 'Tartu' },
        contact: { name: 'Kadri Kontakt', email: uniqueEmail('prefs-budget'), language: 'et' },
        title: `Automation trainee ${marker}`,
        language: 'en',
        sector: 'technology',
        fieldsOfStudy: ['0714'],
        periodFrom: '2064-07-01',
        periodTo: '2064-07-31',
        minWeeks: 2,
      }),
    );
    const page = await newPage(browserOf(), { locale: 'en-GB' });
    // As the API answers a search that reads a bounded part of the board per request: two pages
    // with no role and a cursor each, then the page with the role (the real API's answer).
    const cursors: (string | null)[] = [];
    await page.route(
      (url) => url.pathname === '/roles',
      (route) => {
        const url = new URL(route.request().url());
        const cursor = url.searchParams.get('cursor');
        cursors.push(cursor);
        if (cursor === null || cursor === 'part-2') {
          const next = cursor === null ? 'part-2' : 'part-3';
          return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ roles: [], next }) });
        }
        // The third asks the real first page; a real cursor after it passes as it is.
        if (cursor === 'part-3') url.searchParams.delete('cursor');
        return route.continue({ url: url.toString() });
      },
    );
    await page.goto(`${urls().api}/apply/?lang=en`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.locator('#role-search').fill(marker.toLowerCase());
    await page.locator('#role-search').press('Enter');
    await expect.poll(() => page.locator('.search-status').innerText()).toBe(fill(C.found.en, { n: 1 }));
    expect(await page.locator('.role-search-results li').getAttribute('data-role-id')).toBe(roleId);
    expect(cursors.slice(0, 3)).toEqual([null, 'part-2', 'part-3']);
  });

  it('says of a chosen role what above keeps it from being proposed, and follows the choices; a narrowed search is sent again when they change', async () => {
    const marker = uniqueName('Zxn');
    const roleId = await openRole(
      validRole({
        company: { name: `Note Robot OÜ ${marker}`, businessId: BUSINESS_IDS.EE, country: 'EE', region: 'Tartumaa', city: 'Tartu' },
        contact: { name: 'Kadri Kontakt', email: uniqueEmail('prefs-notes'), language: 'et' },
        title: `Staff trainer ${marker}`,
        language: 'en',
        sector: 'technology',
        fieldsOfStudy: ['0714'],
        applicantTypes: ['staff'],
        periodFrom: '2064-12-01',
        periodTo: '2064-12-31',
        minWeeks: 2,
      }),
    );
    const page = await newPage(browserOf(), { ...PHONE, locale: 'en-GB', hasTouch: true });
    const searches: URLSearchParams[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/roles') searches.push(url.searchParams);
    });
    await page.goto(`${urls().api}/apply/?role=${roleId}&lang=en`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    const notes = () => page.locator(`.chosen-roles li[data-role-id="${roleId}"] .role-fit p`).allInnerTexts();
    // Arriving from the role: its country and sector are chosen, so nothing to say yet.
    expect(await notes()).toEqual([]);
    // A student, at an Estonian school, with another country first: each rule the form decides is said.
    await page.locator('#f-applicantType').check();
    await page.locator('#f-schoolId').selectOption('ee-tartu-khk');
    await page.locator('#f-sectors-technology').uncheck();
    await expect.poll(notes).toEqual([
      fill(C.fitHome.en, { country: 'Estonia' }),
      fill(C.fitSector.en, { sector: 'Technology' }),
      C.fitStaffOnly.en,
    ]);
    // Put right above, the notes go.
    await page.locator('#f-schoolId').selectOption('fi-sasky');
    await page.locator('#f-sectors-technology').check();
    await page.locator('#f-applicantType-staff').check();
    await expect.poll(notes).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    // A search narrowed to the choices above is sent again when they change.
    await page.locator('#role-search').fill(marker.toLowerCase());
    await page.locator('#role-search').press('Enter');
    await expect.poll(() => page.locator('.search-status').innerText()).toBe(fill(C.found.en, { n: 1 }));
    const before = searches.length;
    await page.locator('#f-sectors-technology').uncheck();
    await page.locator('#f-sectors').check(); // construction, the first sector
    await expect.poll(() => searches.length).toBeGreaterThan(before);
    expect(searches.at(-1)!.get('sector')).toBe('construction');
    await expect.poll(() => page.locator('.search-status').innerText()).toBe(C.none.en);
  });

  it('an application without chosen roles sends none', async () => {
    const page = await newPage(browserOf(), { locale: 'en-GB' });
    await page.goto(`${urls().api}/apply/?lang=en`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.locator('#f-applicantType').check();
    await page.locator('#f-firstName').fill('Jaan');
    await page.locator('#f-lastName').fill(uniqueName('Kask'));
    await page.locator('#f-email').fill(uniqueEmail('prefs-none'));
    await page.locator('#f-schoolId').selectOption('fi-sasky');
    await page.locator('#f-fieldOfStudy').selectOption('0714');
    await page.locator('#f-sectors-technology').check();
    await page.locator('#f-destinations-0').selectOption('EE');
    await page.locator('#f-availableFrom').fill('2064-12-01');
    await page.locator('#f-availableTo').fill('2064-12-31');
    await page.locator('#f-minWeeks').fill('2');
    await page.locator('#f-languages-0-code').selectOption('en');
    await page.locator('#f-languages-0-level').selectOption('B2');
    await page.locator('#f-consent-dataProcessing').check();
    const [posted] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/applications'),
      page.getByRole('button', { name: 'Send application' }).click(),
    ]);
    expect(posted.status()).toBe(201);
    expect(JSON.parse(posted.request().postData()!)).not.toHaveProperty('rolePreferences');
  });
});
