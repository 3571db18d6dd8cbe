import type { Page } from 'playwright-core';
import type { Language } from '#shared/platform/i18n';
import { SIGN_IN } from '#shared/platform/site-paths';
import { signInLink, signInMails } from '../../support/desk.ts';
import { urls } from '../../support/stack.ts';

/**
 * Signs in as a person does, in the browser: from a page's footer link (`from`, a site path) or
 * the sign-in page itself, the form, the emailed link, its button. The caller waits for where it lands.
 */
export async function signInInBrowser(page: Page, email: string, { language = 'en', from }: { language?: Language; from?: string } = {}) {
  const before = await signInMails(email);
  if (from) {
    await page.goto(`${urls().api}${from}`);
    await page.getByRole('link', { name: SIGN_IN[language] }).click();
    await page.waitForURL(new RegExp(`/sign-in\\?lang=${language}$`));
  } else {
    await page.goto(`${urls().api}/sign-in?lang=${language}`);
  }
  await page.locator('#email').fill(email);
  await Promise.all([page.waitForURL(/\/sign-in\?sent=1/), page.locator('form[action="/sign-in"] button[type="submit"]').click()]);
  await page.goto(await signInLink(email, before));
  await page.locator('button[name="decision"][value="signIn"]').click();
}
