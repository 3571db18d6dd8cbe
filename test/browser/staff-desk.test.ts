import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '#shared/platform/i18n';
import { readSchool } from '#shared/schools/operations';
import { DESK, FIELD_MESSAGES, FORM } from '#shared/staff-desk/texts';
import { uniqueEmail } from '../support/fixtures.ts';
import { STAFF_BROWSER_DESKTOP, STAFF_BROWSER_PHONE } from '../support/staff.ts';
import { newPage, PHONE, screenshot, scrollWidth, sharedBrowser } from './support/browser.ts';
import { signInInBrowser } from './support/sign-in.ts';

/*
 * Programme staff in a real browser, on a small phone and on a desktop: sign in through the form,
 * the email and its button; from the desk home to the staff desk; add a school with a coordinator
 * (first with an address that is none: the error under the field, focused, nothing written). That
 * coordinator then signs in and finds the school on the desk home.
 */

const browserOf = sharedBrowser();

/** Signs in as a person does (the form, the link in the email, the button on its page); ends on the desk home. */
async function signInAs(page: Page, email: string, language: Language) {
  await signInInBrowser(page, email, { language });
  await page.waitForURL(/\/desk$/);
}

/** No horizontal scrolling at the page's own width. */
async function fits(page: Page) {
  expect(await scrollWidth(page)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

const viewports = [
  { name: 'phone', staff: STAFF_BROWSER_PHONE, language: 'fi', coordinatorLanguage: 'et', size: PHONE, touch: true },
  { name: 'desktop', staff: STAFF_BROWSER_DESKTOP, language: 'en', coordinatorLanguage: 'en', size: { width: 1280, height: 800 }, touch: false },
] as const;

describe('the staff desk in a browser', () => {
  for (const v of viewports) {
    it(`on a ${v.name}: staff add a school with a coordinator, who then signs in and finds it`, async () => {
      const page = await newPage(browserOf(), { ...v.size, hasTouch: v.touch });
      const t = DESK[v.language];
      const f = FORM[v.language];
      await signInAs(page, v.staff, v.language);
      await page.locator('a[href="/desk/staff"]').click();
      await page.waitForURL(/\/desk\/staff$/);
      expect(await page.locator('h1').innerText()).toBe(t.title);
      expect(await page.locator('#schools tbody tr').count()).toBeGreaterThan(0);
      await fits(page);
      await screenshot(page, `staff-desk-${v.name}`);

      await page.getByRole('link', { name: t.addSchool }).click();
      await page.waitForURL(/\/desk\/staff\/schools\/new$/);
      const id = `fi-browser-${randomUUID().slice(0, 8)}`;
      const coordinator = uniqueEmail(`browser-${v.name}-coordinator`);
      const name = `Selainopisto ${v.name}`;
      await page.getByLabel(f.labels.schoolId).fill(id);
      await page.getByLabel(f.labels.name, { exact: true }).fill(name);
      await page.getByLabel(f.labels.country).selectOption('FI');
      await page.getByLabel(f.labels.city).fill('Rauma');
      await page.getByLabel(f.labels['coordinator.name']).fill('Leena Laine');
      await page.getByLabel(f.labels['coordinator.email']).fill('leena.laine');
      await page.getByLabel(f.labels['coordinator.language']).selectOption(v.coordinatorLanguage);
      await fits(page);
      await page.getByRole('button', { name: f.add }).click();

      // Refused: the summary, the error under the field, the field focused; nothing stored.
      const email = page.locator('#coordinator-email');
      expect(await page.locator('#coordinator-email-error').innerText()).toBe(FIELD_MESSAGES[v.language]['must be a valid email address']);
      expect(await page.locator('#error-summary').isVisible()).toBe(true);
      expect(await page.locator('#coordinator-email:focus').count()).toBe(1);
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel(f.labels.name, { exact: true }).inputValue()).toBe(name);
      expect(await readSchool(id)).toBeUndefined();
      await fits(page);
      await screenshot(page, `staff-desk-${v.name}-refused`);

      await email.fill(coordinator);
      await page.getByRole('button', { name: f.add }).click();
      await page.waitForURL(/\/desk\/staff\?done=added/);
      expect(await page.locator('p.notice').innerText()).toBe(t.notices.added(id));
      expect(await page.locator('#schools').innerText()).toContain(coordinator);
      await fits(page);
      expect(await readSchool(id)).toMatchObject({ name, city: 'Rauma', coordinator: { name: 'Leena Laine', email: coordinator, language: v.coordinatorLanguage } });

      // The coordinator, in a browser of their own.
      const theirs = await newPage(browserOf(), { ...v.size, hasTouch: v.touch });
      await signInAs(theirs, coordinator, v.coordinatorLanguage);
      expect(await theirs.locator('html').getAttribute('lang')).toBe(v.coordinatorLanguage);
      expect(await theirs.locator('main').innerText()).toContain(name);
      expect(await theirs.locator(`a[href="/desk/school/${id}"]`).isVisible()).toBe(true);
      expect(await theirs.locator('a[href="/desk/staff"]').count()).toBe(0);
      await fits(theirs);
      await screenshot(theirs, `staff-desk-${v.name}-coordinator-home`);
    }, 120_000);
  }
});
