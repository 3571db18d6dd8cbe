import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/fixtures.ts';
import { emailsTo, linkIn, urls, waitForEmail } from '../support/stack.ts';
import { launchBrowser, newPage, PHONE, screenshot, scrollWidth } from './support/browser.ts';

/*
 * The web forms in a real browser against the local stack: apply in two languages (one with a
 * Cyrillic name), see the confirmation and the receipt; invalid input shows field errors; a
 * double click and a retry after a lost response store one application; post a role.
 * Time-to-usable (navigation start → the `liike:ready` mark, controls built and schools loaded)
 * is written to test-results/web-timings.json.
 */

const LT_SCHOOL = 'lt-vilnius-src';
let browser: Browser;
const timings: Record<string, number> = {};

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/web-timings.json', `${JSON.stringify(timings, null, 2)}\n`);
  console.log('web time-to-usable (ms):', timings);
});

const isoDate = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

/** Opens a page and waits until it says it is usable; records the time it took. */
async function open(page: Page, path: string, label: string) {
  await page.goto(`${urls().api}${path}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  timings[label] = await page.evaluate<number>(`Math.round(performance.getEntriesByName('liike:ready')[0].startTime)`);
}

interface Applicant {
  firstName: string;
  lastName: string;
  email: string;
  schoolId: string;
  /** Ranked; none may be the school's country. */
  destinations: [string, string];
}

async function fillApplication(page: Page, a: Applicant) {
  await page.locator('#f-applicantType').check();
  await page.locator('#f-firstName').fill(a.firstName);
  await page.locator('#f-lastName').fill(a.lastName);
  await page.locator('#f-email').fill(a.email);
  await page.locator('#f-schoolId').selectOption(a.schoolId);
  await page.locator('#f-fieldOfStudy').selectOption('0732');
  await page.locator('#f-sectors').check();
  await page.locator('#f-destinations-0').selectOption(a.destinations[0]);
  await page.locator('#f-destinations-1').selectOption(a.destinations[1]);
  await page.locator('#f-availableFrom').fill(isoDate(30));
  await page.locator('#f-availableTo').fill(isoDate(150));
  await page.locator('#f-minWeeks').fill('8');
  await page.locator('#f-languages-0-code').selectOption('en');
  await page.locator('#f-languages-0-level').selectOption('B2');
  await page.locator('#f-motivation').fill('Haluan oppia hirsirakentamista.');
  await page.locator('#f-consent-dataProcessing').check();
}

/** Every POST /applications the page sends. */
const postsTo = (page: Page, path: string) => {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === path) posts.push(request);
  });
  return posts;
};

describe('the start page', () => {
  it('leads to both forms, in the browser’s language, on a phone', async () => {
    const page = await newPage(browser, { locale: 'et-EE', ...PHONE });
    await open(page, '/', 'start page');
    expect(await page.locator('html').getAttribute('lang')).toBe('et');
    await page.getByRole('link', { name: /Kandideerige praktikale/ }).click();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    expect(new URL(page.url()).pathname).toBe('/apply/');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });
});

describe('the application form', () => {
  it('submits in Russian with a Cyrillic name: confirmation, then the receipt in Russian', async () => {
    const page = await newPage(browser, { locale: 'ru-RU', ...PHONE });
    await open(page, '/apply/', 'application form');
    expect(await page.locator('h1').innerText()).toBe('Заявка на практику за рубежом');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const email = uniqueEmail('ru.form');
    await fillApplication(page, { firstName: 'Анна', lastName: 'Смирнова', email, schoolId: 'ru-spb-construction', destinations: ['FI', 'EE'] });
    // The emails follow the page's language unless chosen otherwise.
    expect(await page.locator('#f-language').inputValue()).toBe('ru');
    await page.getByRole('button', { name: 'Отправить заявку' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Заявка отправлена');
    expect(await page.locator('.confirmation').innerText()).toContain(`Спасибо, Анна! Мы отправили подтверждение на адрес ${email}.`);
    expect(await page.evaluate('document.activeElement?.id')).toBe('title');
    await screenshot(page, 'forms-application-confirmation-ru');
    const [receipt] = await waitForEmail(email);
    expect(receipt!.body.text ?? receipt!.body.html).toMatch(/Анна/);
    expect(receipt!.body.text ?? receipt!.body.html).toMatch(/\/t\/[A-Za-z0-9_-]{43}/);
    expect(receipt!.subject).toBe('Подтвердите заявку – Liike');

    // The receipt's link, on the phone: the application waits for the confirm button.
    await page.goto(linkIn(receipt!.body.text!));
    expect(await page.locator('strong.status').innerText()).toBe('Ожидает Вашего подтверждения');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: 'Подтвердить заявку' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toBe('Спасибо! Ваша заявка подтверждена и теперь участвует в подборе мест практики.');
    expect(await page.locator('strong.status').innerText()).toBe('Получена');
    expect(await page.getByRole('button', { name: 'Подтвердить заявку' }).count()).toBe(0);
    await screenshot(page, 'forms-application-confirmed-ru');
    await page.context().close();
  });

  it('switches to Finnish keeping what was typed, and submits in Finnish', async () => {
    const page = await newPage(browser, { locale: 'en-GB' });
    await open(page, '/apply/?lang=en', 'application form (desktop)');
    const email = uniqueEmail('fi.form');
    await fillApplication(page, { firstName: 'Aino', lastName: 'Mäkelä', email, schoolId: 'ee-polytech', destinations: ['FI', 'LT'] });
    await page.getByRole('button', { name: 'Suomi' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    expect(page.url()).toContain('lang=fi');
    expect(await page.locator('#f-firstName').inputValue()).toBe('Aino');
    expect(await page.locator('#f-destinations-1').inputValue()).toBe('LT');
    expect(await page.locator('#f-language').inputValue()).toBe('fi');
    await page.getByRole('button', { name: 'Lähetä hakemus' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Hakemus on lähetetty');
    await waitForEmail(email);
    // Remembered: the next visit opens in Finnish.
    await page.goto(`${urls().api}/role/`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    await page.context().close();
  });

  it('shows field errors next to their fields and in a focused summary; the server’s too', async () => {
    const page = await newPage(browser, { locale: 'en-GB', ...PHONE });
    const posts = postsTo(page, '/applications');
    await open(page, '/apply/', 'application form (errors)');
    await page.getByRole('button', { name: 'Send application' }).click();
    const summary = page.locator('#error-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await page.evaluate('document.activeElement?.id')).toBe('error-summary');
    expect(await page.locator('#error-firstName').innerText()).toBe('Please fill this in.');
    expect(await page.locator('#f-firstName').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-firstName').getAttribute('aria-describedby')).toContain('error-firstName');
    expect(await page.locator('#error-consent-dataProcessing').innerText()).toBe('Please give your consent to send the application.');
    expect(posts).toHaveLength(0); // nothing is sent while the schema says no
    await screenshot(page, 'forms-application-errors');

    // The summary's link takes the keyboard to the field.
    await summary.getByRole('link', { name: /First name/ }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('f-firstName');

    // Fixed on blur: the field's error goes away.
    await page.locator('#f-firstName').fill('Jonas');
    await page.locator('#f-lastName').focus();
    await expect.poll(() => page.locator('#error-firstName').isHidden()).toBe(true);
    expect(await page.locator('#f-firstName').getAttribute('aria-invalid')).toBeNull();

    // An error only the server finds (a destination in the school's own country) comes back to its field.
    const email = uniqueEmail('errors.form');
    await fillApplication(page, { firstName: 'Jonas', lastName: 'Petraitis', email, schoolId: LT_SCHOOL, destinations: ['FI', 'EE'] });
    await page.route('**/applications', async (route) => {
      // The page checks the home country itself too; send the server a school it cannot know about.
      const body = JSON.parse(route.request().postData()!);
      await route.continue({ postData: JSON.stringify({ ...body, schoolId: 'no-such-school' }) });
    });
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => page.locator('#error-schoolId').innerText()).toBe('Choose your school from the list.');
    expect(await page.evaluate('document.activeElement?.id')).toBe('error-summary');
    await page.context().close();
  });

  it('stores one application for a double click, and for a retry after a lost response', async () => {
    const page = await newPage(browser, { locale: 'lt-LT' });
    const posts = postsTo(page, '/applications');
    await open(page, '/apply/', 'application form (lt)');
    const email = uniqueEmail('double.form');
    await fillApplication(page, { firstName: 'Rūta', lastName: 'Kazlauskaitė', email, schoolId: LT_SCHOOL, destinations: ['FI', 'EE'] });

    // The first answer is lost on the way back: the server stored it, the page sees a network error.
    let lost = false;
    await page.route('**/applications', async (route) => {
      if (lost) return route.continue();
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Pateikti paraišką' }).dblclick();
    await expect.poll(() => page.locator('.form-status').innerText()).toContain('Nepavyko susisiekti');
    expect(posts).toHaveLength(1); // the second click of the double click sent nothing
    expect(await page.locator('#f-firstName').inputValue()).toBe('Rūta'); // data kept

    await page.getByRole('button', { name: 'Pateikti paraišką' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Paraiška pateikta');
    expect(posts).toHaveLength(2);
    const keys = posts.map((p) => p.headers()['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[1]).toBe(keys[0]);
    // Exactly one application: one receipt, even after the retry.
    await waitForEmail(email);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await emailsTo(email)).toHaveLength(1);
    await page.context().close();
  });
});

describe('the role form', () => {
  it('posts a role and explains the verification email', async () => {
    const page = await newPage(browser, { locale: 'fi-FI', ...PHONE });
    await open(page, '/role/', 'role form');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const email = uniqueEmail('role.form');
    await page.locator('#f-company-name').fill('Puurakenne Oy');
    await page.locator('#f-company-businessId').fill('1234567-1');
    await page.locator('#f-company-country').selectOption('FI');
    await page.locator('#f-company-region').fill('Pirkanmaa');
    await page.locator('#f-company-city').fill('Tampere');
    await page.locator('#f-contact-name').fill('Pekka Järvinen');
    await page.locator('#f-contact-email').fill(email);
    await page.locator('#f-title').fill('Kirvesmiesharjoittelija');
    await page.locator('#f-sector').check();
    await page.locator('#f-fieldsOfStudy-0').selectOption('073');
    await page.getByRole('button', { name: 'Lisää ala' }).click();
    await page.locator('#f-fieldsOfStudy-1').selectOption('0722');
    await page.locator('#f-places').fill('2');
    await page.locator('#f-periodFrom').fill(isoDate(20));
    await page.locator('#f-periodTo').fill(isoDate(200));
    await page.locator('#f-minWeeks').fill('6');
    await page.getByRole('button', { name: 'Lisää kieli' }).click();
    await page.locator('#f-languages-0-code').selectOption('en');
    await page.locator('#f-languages-0-level').selectOption('A2');
    await page.getByRole('button', { name: 'Ilmoita paikka' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Paikka on vastaanotettu');
    expect(await page.locator('.confirmation').innerText()).toContain(`Lähetimme viestin osoitteeseen ${email}`);
    await screenshot(page, 'forms-role-confirmation-fi');
    const [verification] = await waitForEmail(email);
    expect(verification!.body.text ?? verification!.body.html).toMatch(/\/t\/[A-Za-z0-9_-]{43}/);
    await page.context().close();
  });
});

describe('after a failed submit, on a phone', () => {
  /** The ids the summary's links lead to, in the summary's order. */
  const summaryTargets = (page: Page) =>
    page.evaluate<string[]>(`[...document.querySelectorAll('#error-summary a')].map((a) => a.getAttribute('href').slice(1))`);
  /** Whether every target comes after the one before it in the document. */
  const inDocumentOrder = (page: Page, ids: string[]) =>
    page.evaluate<boolean>(
      `(${JSON.stringify(ids)}).map((id) => document.getElementById(id)).every((el, i, all) => i === 0 || (all[i - 1].compareDocumentPosition(el) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) !== 0)`,
    );
  const top = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.y;

  it('a radio tapped right after fixing a field is checked (the application form’s “I apply as”)', async () => {
    const page = await newPage(browser, { locale: 'en-GB', ...PHONE, hasTouch: true });
    await open(page, '/apply/', 'application form (tap)');
    await page.getByRole('button', { name: 'Send application' }).tap();
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    // Fix a field below the radio buttons, then tap one without leaving the field first: the tap
    // blurs the field. The summary above must not shrink under the finger.
    await page.locator('#f-firstName').fill('Jonas');
    const radio = page.locator('#f-applicantType');
    await radio.scrollIntoViewIfNeeded();
    const before = await top(page, '#f-applicantType');
    await radio.tap();
    expect(await radio.isChecked()).toBe(true);
    expect(await page.locator('#f-applicantType-staff').isChecked()).toBe(false);
    // The fixed field's error is gone (after the tap), its summary entry marked as fixed, not removed.
    await expect.poll(() => page.locator('#error-firstName').isHidden()).toBe(true);
    expect(await top(page, '#f-applicantType')).toBe(before);
    const entry = page.locator('#error-summary li', { hasText: 'First name' });
    expect(await entry.getAttribute('class')).toBe('resolved');
    expect(await entry.innerText()).toContain('(fixed)');
    await screenshot(page, 'forms-application-tap-after-fix');
    await page.context().close();
  });

  it('a radio tapped right after fixing a field above it is checked (the role form’s sector)', async () => {
    const page = await newPage(browser, { locale: 'en-GB', ...PHONE, hasTouch: true });
    await open(page, '/role/', 'role form (tap)');
    await page.getByRole('button', { name: 'Post the role' }).tap();
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    // The job title's own error is between it and the sector: it may go only after the tap.
    await page.locator('#f-title').fill('Kirvesmiesharjoittelija');
    await page.locator('#f-sector').scrollIntoViewIfNeeded();
    await page.locator('#f-sector').tap();
    expect(await page.locator('#f-sector').isChecked()).toBe(true);
    await expect.poll(() => page.locator('#error-title').isHidden()).toBe(true);
    await page.context().close();
  });

  it('the summary lists the errors in the order of the form, whatever was left invalid first', async () => {
    const page = await newPage(browser, { locale: 'en-GB', ...PHONE });
    await open(page, '/role/', 'role form (summary order)');
    // A field far down is left invalid first: its error appears at once, before the submit.
    await page.locator('#f-places').fill('0');
    await page.locator('#f-minWeeks').focus();
    await expect.poll(() => page.locator('#error-places').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Post the role' }).click();
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    const targets = await summaryTargets(page);
    expect(targets[0]).toBe('f-company-name');
    expect(targets).toContain('f-places');
    expect(await inDocumentOrder(page, targets)).toBe(true);

    // The application form: the destinations group comes before its choices, the consent last.
    await open(page, '/apply/', 'application form (summary order)');
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    const applyTargets = await summaryTargets(page);
    expect(applyTargets.at(-1)).toBe('f-consent-dataProcessing');
    expect(await inDocumentOrder(page, applyTargets)).toBe(true);
    await page.context().close();
  });
});

describe('the character counter', () => {
  it('counts the motivation as the schema does, never cuts it, and speaks only when typing pauses near the end', async () => {
    const page = await newPage(browser, { locale: 'en-GB', ...PHONE });
    await open(page, '/apply/', 'application form (counter)');
    const motivation = page.locator('#f-motivation');
    const count = page.locator('#count-motivation');
    const live = page.locator('#count-motivation-live');
    expect(await count.innerText()).toBe('0 / 2000');
    expect((await motivation.getAttribute('aria-describedby'))!.split(' ')).toContain('count-motivation');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await motivation.getAttribute('maxlength')).toBeNull();

    // Far from the limit: counted, nothing said.
    await motivation.pressSequentially('Haluan oppia.', { delay: 20 });
    expect(await count.innerText()).toBe('13 / 2000');
    await page.waitForTimeout(1300);
    expect(await live.innerText()).toBe('');

    // Near the limit: said once typing has paused, not at each keystroke.
    await motivation.fill('x'.repeat(1990));
    await motivation.pressSequentially('abcde', { delay: 30 });
    expect(await count.innerText()).toBe('1995 / 2000');
    expect(await live.innerText()).toBe('');
    await expect.poll(() => live.innerText(), { timeout: 3000 }).toBe('5 characters left.');

    // Over it: all of it stays, the count turns red, the field's error says the limit.
    await motivation.fill(`${'ж'.repeat(2010)}\n`);
    expect((await motivation.inputValue()).length).toBe(2011);
    expect(await count.innerText()).toBe('2010 / 2000');
    expect(await count.getAttribute('class')).toContain('over');
    await expect.poll(() => live.innerText(), { timeout: 3000 }).toBe('The text is 10 characters too long.');
    await page.locator('#f-firstName').focus();
    await expect.poll(() => page.locator('#error-motivation').innerText()).toBe('At most 2000 characters.');
    await screenshot(page, 'forms-counter-over');
    await page.context().close();
  });
});

describe('the privacy notice and the 404 page', () => {
  it('every form links to the privacy notice in its language; a path that is no page gets the styled 404 page', async () => {
    const page = await newPage(browser, { locale: 'et-EE', ...PHONE });
    await open(page, '/apply/', 'application form (privacy link)');
    const link = page.locator('#privacy-link');
    expect(await link.innerText()).toBe('Privaatsusteade');
    expect(await link.getAttribute('href')).toBe('/privacy/et/');
    await page.getByRole('button', { name: 'Suomi' }).click();
    expect(await link.getAttribute('href')).toBe('/privacy/fi/');
    await link.click();
    await page.waitForURL('**/privacy/fi/');
    expect(await page.locator('h1').innerText()).toBe('Tietosuojaseloste');
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'privacy-fi');

    const response = await page.goto(`${urls().api}/no-such-page`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('section[lang="ru"] h2').innerText()).toBe('Страница не найдена');
    // Styled as the site: the stylesheet loaded (the card has its white background).
    expect(await page.evaluate<string>(`getComputedStyle(document.querySelector('.card')).backgroundColor`)).toBe('rgb(255, 255, 255)');
    await screenshot(page, 'not-found');
    await page.context().close();
  });
});
