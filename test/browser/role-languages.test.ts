import { describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { uniqueEmail, uniqueName } from '../support/fixtures.ts';
import { getItem } from '../support/flow.ts';
import { linkIn, urls, waitForEmail } from '../support/stack.ts';
import { newPage, PHONE, screenshot, scrollWidth, sharedBrowser } from './support/browser.ts';

/*
 * The role form asks which language the title and description are in, and for them again in a
 * second language for readers abroad. A Finnish company writes in Finnish and adds English: the
 * stored role has both, and the page the contact checks before the role opens shows both with
 * their languages named. The period is in 2054, this file's year, so the open role fits no other
 * test's applicant.
 */

const browserOf = sharedBrowser();

const FI = { title: 'Hirsirakentajaharjoittelija', description: 'Hirsitalojen salvostyöt verstaalla.\nTyöaika klo 7–15.' };
const EN = { title: 'Log builder trainee', description: 'Notching log houses in the workshop.\nHours 7–15.' };

describe('the role form in two languages', () => {
  it('a Finnish company posts its texts in Finnish and English; the stored role and the verification page have both', async () => {
    const page = await newPage(browserOf(), { locale: 'fi-FI', ...PHONE });
    await page.goto(`${urls().api}/role/`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    // The texts' language is the emails' language (here the page's) until chosen.
    expect(await page.locator('#f-language').inputValue()).toBe('fi');
    await page.locator('button[data-lang="en"]').click();
    expect(await page.locator('#f-language').inputValue()).toBe('en');
    await page.locator('button[data-lang="fi"]').click();
    expect(await page.locator('#f-language').inputValue()).toBe('fi');
    await page.locator('#f-contact-language').selectOption('en');
    expect(await page.locator('#f-language').inputValue()).toBe('en');
    await page.locator('#f-language').selectOption('fi');
    await page.locator('#f-contact-language').selectOption('fi');

    const email = uniqueEmail('role.languages');
    const company = uniqueName('Hirsi Oy');
    await page.locator('#f-company-name').fill(company);
    await page.locator('#f-company-country').selectOption('FI');
    await page.locator('#f-company-businessId').fill('1234567-1');
    await page.locator('#f-company-region').fill('Pohjois-Pohjanmaa');
    await page.locator('#f-company-city').fill('Pudasjärvi');
    await page.locator('#f-contact-name').fill('Aino Kallio');
    await page.locator('#f-contact-email').fill(email);
    await page.locator('#f-title').fill(FI.title);
    await page.locator('#f-sector').check();
    await page.locator('#f-fieldsOfStudy-0').selectOption('0732');
    await page.locator('#f-places').fill('1');
    await page.locator('#f-periodFrom').fill('2054-03-01');
    await page.locator('#f-periodTo').fill('2054-08-31');
    await page.locator('#f-minWeeks').fill('6');
    await page.locator('#f-description').fill(FI.description);
    // The second language the same as the first: said at its field, in Finnish.
    await page.locator('#f-translation-language').selectOption('fi');
    await page.locator('#f-translation-title').fill(EN.title);
    await page.locator('#f-translation-description').fill(EN.description);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/roles') posts.push(request.url());
    });
    await page.getByRole('button', { name: 'Ilmoita paikka' }).click();
    await expect.poll(() => page.locator('#error-translation-language').innerText()).toBe('Valitse eri kieli kuin tehtävänimikkeen ja kuvauksen kieli.');
    expect(await page.locator('#f-translation-language').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#error-summary').innerText()).toContain('Toinen kieli');
    // Nothing was sent: the form checks with the API's own schema first.
    expect(posts).toEqual([]);
    await screenshot(page, 'role-languages-1-same-language');

    await page.locator('#f-translation-language').selectOption('en');
    const response = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/roles');
    await page.getByRole('button', { name: 'Ilmoita paikka' }).click();
    const created = await response;
    expect(created.status()).toBe(201);
    const { roleId } = (await created.json()) as { roleId: string };
    await expect.poll(() => page.locator('h1').innerText()).toBe('Paikka on vastaanotettu');

    // Stored as written: the Finnish texts and their language, and the English ones.
    expect(await getItem(keys.role(roleId))).toMatchObject({
      status: 'PENDING_VERIFICATION',
      language: 'fi',
      title: FI.title,
      description: FI.description,
      translation: { language: 'en', title: EN.title, description: EN.description },
    });

    // The contact checks both texts before the role opens, each with its language named.
    const [mail] = await waitForEmail(email);
    await page.goto(linkIn(mail!.body.text!));
    const facts = page.locator('dl');
    await expect.poll(() => facts.innerText()).toContain(FI.title);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Nimikkeen ja kuvauksen kieli\s+suomi/);
    expect(text).toMatch(new RegExp(`Nimike englanniksi\\s+${EN.title}`));
    expect(await page.locator('h2').allInnerTexts()).toEqual(['Kuvaus tehtävästä (suomeksi)', 'Kuvaus tehtävästä (englanniksi)']);
    expect(text).toContain('Hirsitalojen salvostyöt verstaalla.');
    expect(text).toContain('Notching log houses in the workshop.');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'role-languages-2-verification');
    await page.getByRole('button', { name: 'Vahvista ja avaa paikka' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Harjoittelupaikka on avattu');
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'OPEN', language: 'fi', translation: { language: 'en', title: EN.title } });
  });
});
