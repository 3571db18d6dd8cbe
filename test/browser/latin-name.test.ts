import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { uniqueEmail } from '../support/fixtures.ts';
import { getItem } from '../support/flow.ts';
import { urls } from '../support/stack.ts';
import { launchBrowser, newPage, PHONE, screenshot } from './support/browser.ts';

/*
 * Names and words a foreign reader can use, in the application form: a name typed in Cyrillic
 * brings up its Latin form (ICAO 9303), which follows the typing until the applicant writes it
 * themselves, and is stored as they left it; the fields of study in the page's language, in
 * code order; the motivation asks for a language the host company reads.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const isoDate = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

async function open(page: Page, path: string) {
  await page.goto(`${urls().api}${path}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

const value = (page: Page, id: string) => page.locator(`#${id}`).inputValue();

/** Every field of the application form but the names, valid. */
async function fillTheRest(page: Page, { email, schoolId, destination }: { email: string; schoolId: string; destination: string }) {
  await page.locator('#f-applicantType').check();
  await page.locator('#f-email').fill(email);
  await page.locator('#f-schoolId').selectOption(schoolId);
  await page.locator('#f-fieldOfStudy').selectOption('0732');
  await page.locator('#f-sectors').check();
  await page.locator('#f-destinations-0').selectOption(destination);
  await page.locator('#f-availableFrom').fill(isoDate(30));
  await page.locator('#f-availableTo').fill(isoDate(150));
  await page.locator('#f-minWeeks').fill('8');
  await page.locator('#f-languages-0-code').selectOption('en');
  await page.locator('#f-languages-0-level').selectOption('B2');
  await page.locator('#f-consent-dataProcessing').check();
}

describe('the name in Latin letters', () => {
  it('is pre-filled from a Cyrillic name, follows the typing, and sticks once edited', async () => {
    const page = await newPage(browser, { locale: 'ru-RU', ...PHONE });
    await open(page, '/apply/');
    const latin = page.locator('fieldset.latin-name');
    // A name in Latin letters needs no second spelling.
    await page.locator('#f-firstName').pressSequentially('Ai');
    expect(await latin.isHidden()).toBe(true);
    await page.locator('#f-firstName').fill('');

    // Typed letter by letter, as a person types.
    await page.locator('#f-firstName').pressSequentially('Юлия');
    await expect.poll(() => latin.isVisible()).toBe(true);
    expect(await value(page, 'f-firstNameLatin')).toBe('Iuliia');
    await page.locator('#f-lastName').pressSequentially('Щукина');
    expect(await value(page, 'f-lastNameLatin')).toBe('Shchukina');
    // The help (as in the passport, filled in by ICAO) describes the group.
    expect(await latin.getAttribute('aria-describedby')).toMatch(/help-/);
    await screenshot(page, 'forms-latin-name-ru');

    // The passport says "Julia": the applicant writes it, and later typing leaves it alone.
    await page.locator('#f-firstNameLatin').fill('Julia');
    await page.locator('#f-firstName').fill('Юлия-Мария');
    await page.locator('#f-lastName').fill('Щукина-Ёлкина');
    expect(await value(page, 'f-firstNameLatin')).toBe('Julia');
    expect(await value(page, 'f-lastNameLatin')).toBe('Shchukina-Elkina');
    // Switching the page's language keeps both.
    await page.getByRole('button', { name: 'Suomi' }).click();
    expect(await page.locator('fieldset.latin-name legend').innerText()).toBe('Nimesi latinalaisin kirjaimin');
    expect(await value(page, 'f-firstNameLatin')).toBe('Julia');

    // What is sent and stored is what the applicant left there.
    const email = uniqueEmail('latin.form');
    await fillTheRest(page, { email, schoolId: 'ru-spb-construction', destination: 'FI' });
    const posted = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/applications');
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/applications');
    await page.getByRole('button', { name: 'Lähetä hakemus' }).click();
    expect((await posted).postDataJSON()).toMatchObject({ firstName: 'Юлия-Мария', firstNameLatin: 'Julia', lastName: 'Щукина-Ёлкина', lastNameLatin: 'Shchukina-Elkina' });
    const response = await answered;
    expect(response.status()).toBe(201);
    const { applicationId } = (await response.json()) as { applicationId: string };
    expect(await getItem(keys.application(applicationId))).toMatchObject({ firstNameLatin: 'Julia', lastNameLatin: 'Shchukina-Elkina' });
    await page.context().close();
  });

  it('follows the name again once emptied; a name in Latin letters sends none', async () => {
    const page = await newPage(browser, { locale: 'en-GB' });
    await open(page, '/apply/');
    await page.locator('#f-firstName').fill('Анна');
    await page.locator('#f-firstNameLatin').fill('Ann');
    await page.locator('#f-firstName').fill('Анна-Лиза');
    expect(await value(page, 'f-firstNameLatin')).toBe('Ann');
    await page.locator('#f-firstNameLatin').fill('');
    await page.locator('#f-firstName').fill('Анна');
    expect(await value(page, 'f-firstNameLatin')).toBe('Anna');
    // Corrected as on a phone, deleted letter by letter and typed anew: nothing refills in between.
    const latinFirst = page.locator('#f-firstNameLatin');
    await latinFirst.click();
    await latinFirst.press('End');
    for (let i = 0; i < 4; i++) await latinFirst.press('Backspace');
    expect(await value(page, 'f-firstNameLatin')).toBe('');
    await latinFirst.pressSequentially('Ana');
    expect(await value(page, 'f-firstNameLatin')).toBe('Ana');

    // Back to Latin letters: the fields go away and the body has no Latin name.
    await page.locator('#f-firstName').fill('Anna');
    await page.locator('#f-lastName').fill('Virtanen');
    await expect.poll(() => page.locator('fieldset.latin-name').isHidden()).toBe(true);
    const posted = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/applications');
    await page.route('**/applications', (route) => route.fulfill({ status: 503, body: '' }));
    // The page's own check stops an incomplete form: fill in the rest (the server is not asked).
    await fillTheRest(page, { email: uniqueEmail('latin.none'), schoolId: 'fi-sasky', destination: 'EE' });
    await page.getByRole('button', { name: 'Send application' }).click();
    const body = (await posted).postDataJSON() as Record<string, unknown>;
    expect(body.firstName).toBe('Anna');
    expect(body).not.toHaveProperty('firstNameLatin');
    expect(body).not.toHaveProperty('lastNameLatin');
    await page.context().close();
  });
});

describe('the words around it', () => {
  it('lists the fields of study in the page’s language, in code order', async () => {
    const page = await newPage(browser, { locale: 'fi-FI' });
    await open(page, '/apply/');
    const groups = await page.locator('#f-fieldOfStudy optgroup').evaluateAll((list) => list.map((g) => g.getAttribute('label')));
    expect(groups[0]).toBe('00 Yleissivistävä koulutus');
    expect(groups.at(-1)).toBe('10 Palvelualat');
    expect(groups).toHaveLength(11);
    const codes = await page.locator('#f-fieldOfStudy option').evaluateAll((list) => list.map((o) => (o as unknown as { value: string }).value).filter(Boolean));
    expect(codes).toEqual([...codes].sort());
    expect(codes).toHaveLength(80);
    expect(await page.locator('#f-fieldOfStudy option[value="0732"]').innerText()).toBe('0732 Rakennus- ja yhdyskuntatekniikka');
    await page.getByRole('button', { name: 'Русский' }).click();
    expect(await page.locator('#f-fieldOfStudy option[value="0732"]').innerText()).toBe('0732 Строительство зданий и сооружений');
    // The motivation asks for a language the company can read.
    expect(await page.locator('#help-motivation').innerText()).toContain('на английском или на языке страны');
    await page.context().close();
  });

  it('and in the role form, the broad and narrow fields with them', async () => {
    const page = await newPage(browser, { locale: 'lt-LT' });
    await open(page, '/role/');
    const select = page.locator('#f-fieldsOfStudy-0');
    const values = await select.locator('option').evaluateAll((list) => list.map((o) => (o as unknown as { value: string }).value).filter(Boolean));
    expect(values.slice(0, 3)).toEqual(['00', '001', '0011']);
    expect(values.at(-1)).toBe('1041');
    expect(await select.locator('option[value="07"]').innerText()).toMatch(/^07 Inžinerija, gamyba ir statyba /);
    await page.context().close();
  });
});
