import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposalChangedPage } from '#shared/decisions/outcome-pages';
import { keys } from '#shared/platform/db';
import type { School } from '#shared/schools/registry';
import { DESK } from '#shared/school-desk/texts';
import { newSchool } from '../support/desk.ts';
import { getItem, IN_ESTONIA, proposedPair, type Pair } from '../support/flow.ts';
import { linkIn } from '../support/stack.ts';
import { newPage, PHONE, screenshot, scrollWidth, sharedBrowser } from './support/browser.ts';
import { signInInBrowser } from './support/sign-in.ts';

/*
 * The school coordinator's desk in a real browser, on a small phone and on a desktop: signing in
 * from the footer of a site page, the school's applicants, a proposal approved from the desk;
 * the email link then says it was decided. The pair is in a field, sector and country of its own
 * (0921, technology, Estonia), so it meets nothing of other tests.
 */

const browserOf = sharedBrowser();
let school: School;
let pair: Pair;

beforeAll(async () => {
  school = await newSchool('Browser');
  pair = await proposedPair('0921', 'Selain', {
    role: { ...IN_ESTONIA.role, sector: 'technology', periodFrom: '2047-02-01', periodTo: '2047-09-30' },
    application: { ...IN_ESTONIA.application, schoolId: school.schoolId, sectors: ['technology'], availableFrom: '2047-03-01', availableTo: '2047-06-30' },
    coordinator: school.coordinator.email,
  });
}, 120_000);


/** No horizontal scrolling on a phone. */
async function fitsPhone(page: Page) {
  expect(page.viewportSize()!.width).toBe(PHONE.width);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
}

/** From a site page's footer to the desk: the sign-in form, the emailed link, its button. */
async function signInFrom(page: Page, sitePath: string, email: string, language: 'en' | 'fi') {
  await signInInBrowser(page, email, { language, from: sitePath });
  await page.waitForURL(/\/desk$/);
}

describe("the school coordinator's desk in a browser", () => {
  it('on a phone: signs in from the footer, sees the applicants, approves from the desk; the email link then says it was decided', async () => {
    const page = await newPage(browserOf(), { locale: 'en-GB', ...PHONE, hasTouch: true });
    await signInFrom(page, '/apply/', school.coordinator.email, 'en');
    await page.getByRole('link', { name: 'Applicants and decisions' }).tap();
    await page.waitForURL(new RegExp(`/desk/school/${school.schoolId}$`));
    await page.getByRole('heading', { level: 1, name: DESK.en.title }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: DESK.en.waitingHeading }).isVisible()).toBe(true);
    // The applicant in the list, as a stacked row that names each column.
    const row = page.getByRole('row').filter({ hasText: pair.marker });
    await expect.poll(() => row.getByRole('cell').first().innerText()).toContain(`Aino ${pair.marker}`);
    await expect.poll(() => row.getByRole('cell').nth(1).innerText()).toBe('Placement proposed');
    await fitsPhone(page);
    await screenshot(page, 'school-desk-1-phone');

    await page.getByRole('link', { name: `${DESK.en.decide}: Aino ${pair.marker}` }).tap();
    await page.getByRole('heading', { level: 1, name: 'Review the placement proposal' }).waitFor();
    await fitsPhone(page);
    await screenshot(page, 'school-desk-2-phone-decision');
    await page.getByRole('button', { name: 'Approve' }).tap();
    await page.waitForURL(/\?done=approved$/);
    await expect.poll(() => page.getByRole('status').innerText()).toBe(DESK.en.notices.approved);
    await expect.poll(() => page.getByText(DESK.en.waitingNone).isVisible()).toBe(true);
    await fitsPhone(page);
    await screenshot(page, 'school-desk-3-phone-approved');
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED', coordinatorDecision: { decision: 'approved' } });

    // The link in the proposal email, opened afterwards: decided, nothing to press.
    const changed = proposalChangedPage('en', { change: 'decided' });
    await page.goto(linkIn(pair.coordinatorMail.body.text!));
    await page.getByRole('heading', { level: 1, name: 'The situation has changed' }).waitFor();
    expect(await page.content()).toContain('This proposal has already been decided');
    expect(changed).toContain('This proposal has already been decided');
    expect(await page.getByRole('button').count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, 'school-desk-4-phone-email-link');
  }, 120_000);

  it('on a desktop: the deputy signs in from the start page and sees the applicant in a table, in Finnish', async () => {
    const page = await newPage(browserOf(), { locale: 'fi-FI' });
    await signInFrom(page, '/', school.deputy!.email, 'fi');
    await page.getByRole('link', { name: 'Hakijat ja päätökset' }).click();
    await page.getByRole('heading', { level: 1, name: DESK.fi.title }).waitFor();
    // The table's head shows on a wide screen; the approved proposal waits for the company now.
    await expect.poll(() => page.getByRole('columnheader', { name: DESK.fi.columns.status }).first().isVisible()).toBe(true);
    const row = page.getByRole('row').filter({ hasText: pair.marker });
    await expect.poll(() => row.getByRole('cell').nth(1).innerText()).toBe('Paikkaa ehdotettu');
    await screenshot(page, 'school-desk-5-desktop');
    // And the applicant's own page, with the company deciding next.
    await row.getByRole('link', { name: `Aino ${pair.marker}` }).click();
    await page.getByRole('heading', { level: 1, name: `Aino ${pair.marker}` }).waitFor();
    await expect.poll(() => page.getByText('Hyväksyit ehdotuksen. Seuraavaksi yritys päättää.').isVisible()).toBe(true);
    await screenshot(page, 'school-desk-6-desktop-applicant');
  }, 120_000);
});
