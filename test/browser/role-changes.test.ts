import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEXTS } from '#shared/company-desk/texts';
import { keys } from '#shared/platform/db';
import { MANAGE } from '#shared/roles/manage-texts';
import { newSchool } from '../support/desk.ts';
import { uniqueEmail, uniqueName } from '../support/fixtures.ts';
import { eventsOf, getItem, proposedPair, submitConfirmed } from '../support/flow.ts';
import { waitFor } from '../support/stack.ts';
import { newPage, PHONE, screenshot, scrollWidth, sharedBrowser } from './support/browser.ts';
import { signInInBrowser } from './support/sign-in.ts';

/*
 * Issue 16's "a company adds a place and a round proposes a second applicant", in a real Chromium
 * on a small phone: the company contact signs in, opens their one-place role from the desk, makes
 * it two places, and the round that change asks for proposes the applicant who was waiting; the
 * desk then shows both proposals. This file's data is in 2055, in field 0714 in Estonia's
 * wellbeing sector: no other test's dates reach 2055, so its applicants meet only its role.
 */

const FIELD = '0714';
const desk = TEXTS.en;
const t = MANAGE.en;
const browserOf = sharedBrowser();

async function fitsPhone(page: Page) {
  expect(page.viewportSize()!.width).toBe(PHONE.width);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
}

describe('a company changes its role in a browser', () => {
  it('adds a place on a phone, and a round proposes a second applicant', async () => {
    const school = await newSchool('RoleChangesBrowser');
    const contact = uniqueEmail('role-changes-browser');
    const title = `Browser role ${uniqueName('Places')}`;
    const application = {
      sectors: ['wellbeing'],
      destinations: ['EE'],
      schoolId: school.schoolId,
      availableFrom: '2055-03-01',
      availableTo: '2055-08-31',
      minWeeks: 8,
      languages: [{ code: 'en', level: 'B2' }],
    };
    const pair = await proposedPair(FIELD, 'RoleChangesBrowser', {
      role: {
        company: { name: 'Testi OÜ', businessId: '12345678', country: 'EE', region: 'Harju maakond', city: 'Tallinn' },
        sector: 'wellbeing',
        title,
        places: 1,
        periodFrom: '2055-03-01',
        periodTo: '2055-08-31',
        minWeeks: 8,
        contact: { name: 'Kati Kontakt', email: contact, language: 'en' },
      },
      application,
      coordinator: school.coordinator.email,
    });
    // Fits too, but the one place is taken: waits in the pool.
    const second = await submitConfirmed({ ...application, fieldOfStudy: FIELD, email: uniqueEmail('role-changes-browser-second'), firstName: 'Aino', lastName: uniqueName('Waiting'), language: 'fi' });
    expect(await eventsOf('match.proposed', 'applicationId', second)).toHaveLength(0);

    const page = await newPage(browserOf(), { ...PHONE, hasTouch: true });
    await signInInBrowser(page, contact);
    await page.waitForURL(/\/desk\/roles$/);
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: title }) });
    await Promise.all([page.waitForURL(new RegExp(`/desk/roles/${pair.roleId}$`)), section.getByRole('link', { name: desk.change }).click()]);
    expect((await page.locator('h1').innerText()).trim()).toBe(t.title);
    await fitsPhone(page);
    await screenshot(page, 'role-changes-1-form');

    const places = page.getByLabel(t.places, { exact: true });
    expect(await places.inputValue()).toBe('1');
    // Fewer places than are taken: the form comes back as typed, the error under the field and in the summary.
    await places.fill('0');
    await page.getByLabel(t.description).fill('Typed before the error.');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.status() === 422), page.getByRole('button', { name: t.save }).click()]);
    expect(await page.getByRole('alert').innerText()).toContain(t.errors.taken(1));
    expect((await page.locator('#change-places-error').innerText()).trim()).toContain(t.errors.taken(1));
    expect(await page.getByLabel(t.description).inputValue()).toBe('Typed before the error.');
    await fitsPhone(page);
    await screenshot(page, 'role-changes-1b-refused');
    expect(await getItem(keys.role(pair.roleId))).toMatchObject({ places: 1, placesLeft: 0 });
    await page.getByLabel(t.places, { exact: true }).fill('2');
    await Promise.all([page.waitForURL(/notice=searching/), page.getByRole('button', { name: t.save }).click()]);
    expect((await page.getByRole('status').innerText()).trim()).toBe(t.notices.searching);
    expect(await page.getByLabel(t.places, { exact: true }).inputValue()).toBe('2');
    await fitsPhone(page);
    await screenshot(page, 'role-changes-2-saved');

    // The round the change asked for proposes the waiting applicant for this role.
    const [proposed] = await waitFor(async () => {
      const found = await eventsOf('match.proposed', 'applicationId', second);
      return found.length ? found : undefined;
    }, 'a proposal for the second applicant', 30_000);
    expect((proposed!.detail as { data: { roleId: string } }).data.roleId).toBe(pair.roleId);
    expect(await getItem(keys.role(pair.roleId))).toMatchObject({ places: 2, placesLeft: 0 });

    // Both proposals on the desk, waiting for the school's coordinator.
    await page.getByRole('link', { name: desk.back }).click();
    await page.waitForURL(/\/desk\/roles$/);
    const waiting = section.locator('td', { hasText: "Waiting for the school's coordinator" });
    await expect.poll(() => waiting.count(), { timeout: 10_000 }).toBe(2);
    await fitsPhone(page);
    await screenshot(page, 'role-changes-3-two-proposals');
  }, 180_000);
});
