import { describe, expect, it } from 'vitest';
import { newPage, PHONE, screenshot, scrollWidth, sharedBrowser } from './support/browser.ts';
import { signInLink } from '../support/desk.ts';
import { uniqueEmail, validApplication } from '../support/fixtures.ts';
import { postJson, urls } from '../support/stack.ts';

/*
 * Signing in in a real browser, on a phone: an applicant who lost the receipt starts from the
 * "Sign in" link in a page's footer, asks for a link, opens it from the mail store, presses the
 * button, and lands on the application's status page (the session cookie is __Host-, Secure:
 * Chromium keeps it on http://localhost as on HTTPS).
 */

const browserOf = sharedBrowser();

describe('signing in, in a browser', () => {
  it('an applicant who lost the receipt finds the application from a page’s footer, on a phone, in Lithuanian', async () => {
    const application = validApplication({ email: uniqueEmail('browser-lost'), language: 'lt' });
    expect((await postJson('/applications', application)).status).toBe(201);

    const page = await newPage(browserOf(), { ...PHONE, locale: 'lt-LT' });
    await page.goto(`${urls().api}/apply/?lang=lt`);
    const footerLink = page.locator('#sign-in-link');
    await expect.poll(() => footerLink.innerText()).toBe('Prisijunkite arba raskite savo paraišką');
    await footerLink.click();
    await page.waitForURL(/\/sign-in\?lang=lt$/);
    expect(await page.locator('h1').innerText()).toBe('Prisijunkite');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'sign-in-1-form-phone');

    // A typo first: the error under the field, the field focused, what was typed kept.
    await page.locator('#email').fill('browser-lost.example');
    await page.getByRole('button', { name: 'Atsiųsti prisijungimo nuorodą' }).click();
    await expect.poll(() => page.locator('#email-error').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('email');
    await page.locator('#email').fill(application.email);
    await page.getByRole('button', { name: 'Atsiųsti prisijungimo nuorodą' }).click();
    await page.waitForURL(/\/sign-in\?sent=1&lang=lt$/);
    expect(await page.locator('h1').innerText()).toBe('Patikrinkite el. paštą');
    await screenshot(page, 'sign-in-2-sent-phone');

    const link = await signInLink(application.email, 0);
    await page.goto(link);
    expect(await page.locator('h1').innerText()).toBe('Prisijunkite prie Liike');
    await screenshot(page, 'sign-in-3-link-phone');
    await page.getByRole('button', { name: 'Prisijungti' }).click();
    // The only thing this address has is one application: straight to its status page.
    await page.waitForURL(/\/t\/[A-Za-z0-9_-]{43}$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('lt');
    expect(await page.locator('button[value="confirm"]').count()).toBe(1);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'sign-in-4-status-page-phone');

    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === '__Host-liike-session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });

  });
});
