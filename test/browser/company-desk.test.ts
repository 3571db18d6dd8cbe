import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { quote } from '#shared/platform/i18n';
import { TEXTS } from '#shared/company-desk/texts';
import { newSchool } from '../support/desk.ts';
import { uniqueEmail, uniqueName } from '../support/fixtures.ts';
import { getItem, IN_ESTONIA, proposedPair } from '../support/flow.ts';
import { newPage, PHONE, screenshot, scrollWidth, sharedBrowser } from './support/browser.ts';
import { signInInBrowser } from './support/sign-in.ts';

/*
 * A company contact who lost their links signs in, lands on their roles and closes one, in a real
 * Chromium, on a small phone and on a desktop. Field 0921 in Estonia is this file's own: the
 * phone's pair is in the technology sector, the desktop's in construction, so neither applicant
 * fits the other's role (nor a demo role) when a closed role sends its applicant back to the pool.
 */

const FIELD = '0921';
const t = TEXTS.en;
const browserOf = sharedBrowser();

/** Signs in as a person does (the form, the emailed link, its button); a contact lands on their roles. */
async function signIn(page: Page, email: string) {
  await signInInBrowser(page, email);
  await page.waitForURL(/\/desk\/roles$/);
}

async function fitsPhone(page: Page) {
  expect(page.viewportSize()!.width).toBe(PHONE.width);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
}

const VIEWS = [
  { name: 'phone', viewport: PHONE, sector: 'technology', phone: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, sector: 'construction', phone: false },
] as const;

describe("the company contact's desk in a browser", () => {
  for (const view of VIEWS) {
    it(`signs in, sees the role with its proposal, and closes it (${view.name})`, async () => {
      const school = await newSchool(`DeskBrowser${view.name}`);
      const contact = uniqueEmail(`company-desk-${view.name}`);
      const title = `Browser role ${uniqueName(view.name)}`;
      const pair = await proposedPair(FIELD, `Desk${view.name}`, {
        role: { ...IN_ESTONIA.role, sector: view.sector, title, places: 2, contact: { name: 'Kati Kontakt', email: contact, language: 'en' } },
        application: { ...IN_ESTONIA.application, sectors: [view.sector], schoolId: school.schoolId },
        coordinator: school.coordinator.email,
      });
      const page = await newPage(browserOf(), { ...view.viewport, hasTouch: view.phone });

      // Nothing but roles: signing in lands on them.
      await signIn(page, contact);
      expect((await page.locator('h1').innerText()).trim()).toBe(t.title);
      const section = page.locator('section').filter({ has: page.getByRole('heading', { name: title }) });
      await expect.poll(() => section.locator('.status').innerText()).toBe(t.status.OPEN);
      const candidate = section.locator('td', { hasText: `Aino ${pair.marker}` });
      expect(await candidate.count()).toBe(1);
      expect(await section.locator('td', { hasText: school.name }).count()).toBe(1);
      if (view.phone) {
        await fitsPhone(page);
        // A phone stacks each row's cells, each with its column's name.
        // (A function run in the page: the project's tsconfig has no DOM lib.)
        expect(await candidate.evaluate((cell) => (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(cell).display)).toBe('block');
      }
      await screenshot(page, `company-desk-${view.name}-1-roles`);

      await Promise.all([page.waitForURL(/\/close$/), section.getByRole('link', { name: t.close }).click()]);
      expect((await page.locator('h1').innerText()).trim()).toBe('Close the role');
      if (view.phone) await fitsPhone(page);
      await screenshot(page, `company-desk-${view.name}-2-confirm`);
      expect(await getItem(keys.role(pair.roleId))).toMatchObject({ status: 'OPEN' });

      await Promise.all([page.waitForURL(/notice=closed/), page.getByRole('button', { name: 'Close the role' }).click()]);
      expect((await page.getByRole('status').innerText()).trim()).toBe(t.closed(quote(title, 'en')));
      await expect.poll(() => section.locator('.status').innerText()).toBe(t.status.CLOSED);
      expect(await section.getByRole('link', { name: t.close }).count()).toBe(0);
      if (view.phone) await fitsPhone(page);
      await screenshot(page, `company-desk-${view.name}-3-closed`);
      expect(await getItem(keys.role(pair.roleId))).toMatchObject({ status: 'CLOSED' });
    }, 120_000);
  }
});
