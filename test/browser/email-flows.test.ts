import { writeFileSync, mkdirSync } from 'node:fs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, Locator, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ddb, keys } from '#shared/platform/db';
import { emailContent } from '../support/emails.ts';
import { formatPeriod, type Language } from '#shared/platform/i18n';
import { MATCH_LABELS, type ApplicantFacts, type Audience, type PlacementFacts } from '#shared/decisions/match-facts';
import { companyDecisionPage, coordinatorDecisionPage } from '#shared/decisions/proposal-page';
import { decisionDonePage } from '#shared/decisions/outcome-pages';
import { linkUsedPage } from '#shared/links/link-pages';
import { roleVerificationPage, roleVerifiedPage } from '#shared/roles/verification-page';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validApplication, validRole } from '../support/fixtures.ts';
import { busEvents, emailsTo, linkIn, postJson, waitFor, type StoredEmail } from '../support/stack.ts';
import { confirmFromReceipt } from '../support/flow.ts';
import {
  clickToNewTab,
  closeContexts,
  findMessage,
  launchBrowser,
  loadTimings,
  newPage,
  openHtmlBody,
  openMailViewer,
  PHONE,
  screenshot,
  scrollWidth,
} from './support/browser.ts';

/*
 * The email-link flows in a real browser (Debian's Chromium): a role confirmed from the link in
 * the local mail viewer, and the approval flow walked page by page from the links in the emails.
 * Expected texts come from the page and email modules, rendered for the recipient's language.
 * Each test has its own field of study (101x), so its applicant and role only match each other.
 */

const TABLE = () => process.env.TABLE_NAME!;
const getItem = async (key: { pk: string; sk: string }) =>
  (await ddb.send(new GetCommand({ TableName: TABLE(), Key: key, ConsistentRead: true }))).Item!;

const FI_SCHOOL = { schoolId: 'fi-sasky', name: 'Sastamalan koulutuskuntayhtymä', coordinator: 'anna.virtanen@sasky.example', country: 'FI' } as const;
const RU_SCHOOL = { schoolId: 'ru-spb-construction', name: 'Санкт-Петербургский колледж строительства', coordinator: 'olga.ivanova@spbcc.example', country: 'RU' } as const;

let browser: Browser;
/** A page to render expected texts in (the modules' HTML, parsed by the same browser). */
let reference: Page;
const timings: Record<string, number | Record<string, number>> = {};

beforeAll(async () => {
  const started = performance.now();
  browser = await launchBrowser();
  timings.chromiumLaunchMs = Math.round(performance.now() - started);
  reference = await newPage(browser);
});

// Pages stay open when a test fails: screenshot them, then close them.
afterEach(async ({ task }) => closeContexts(browser, { name: task.name, failed: task.result?.state === 'fail' }, reference));

afterAll(async () => {
  await browser?.close();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/browser-timings.json', `${JSON.stringify(timings, null, 2)}\n`);
  console.log('browser timings (ms):', JSON.stringify(timings));
});

/** The visible texts of `selector` in a page module's HTML. */
async function textsIn(pageHtml: string, selector: string): Promise<string[]> {
  await reference.setContent(pageHtml);
  return (await reference.locator(selector).allInnerTexts()).map((t) => t.trim());
}
const headingOf = async (pageHtml: string) => (await textsIn(pageHtml, 'h1'))[0]!;

/** Opens a link page and records how long it took to become usable. */
async function open(page: Page, url: string, name: string) {
  const response = await page.goto(url);
  timings[name] = await loadTimings(page);
  return response!;
}

/** Checks a link page fits a phone: no horizontal scrolling. */
async function fitsPhone(page: Page) {
  expect(page.viewportSize()!.width).toBe(PHONE.width);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
}

/** Whether the element has the keyboard focus. */
const hasFocus = async (target: Locator) => (await target.and(target.page().locator(':focus')).count()) === 1;

/** Presses Tab from the current focus until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 30): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await hasFocus(target)) return presses;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Presses a form's button; resolves with the POST's response once the page it returned has loaded. */
async function submit(page: Page, button: Locator): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    page.waitForEvent('load'),
    button.click(),
  ]);
  return response;
}

/** The mails to `address` that mention `marker`, once there are `count`. */
const mailAbout = (address: string, marker: string, count = 1) =>
  waitFor(
    async () => {
      const found = (await emailsTo(address)).filter((e) => e.body.text?.includes(marker));
      return found.length >= count ? found : undefined;
    },
    `${count} email(s) to ${address} about ${marker}`,
    15_000,
  );

const form = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Pair {
  marker: string;
  matchId: string;
  applicationId: string;
  roleId: string;
  applicantEmail: string;
  contactEmail: string;
  coordinatorMail: StoredEmail;
  applicant: ApplicantFacts;
  placement: PlacementFacts;
}

/** A verified one-place role in Lithuania and a fitting application from `school`; waits for the coordinator's email. */
async function proposedPair(field: string, school: typeof FI_SCHOOL | typeof RU_SCHOOL, people: { applicant: Language; contact: Language; firstName: string }): Promise<Pair> {
  const marker = uniqueName('Браузер');
  const company = { name: 'UAB Naršyklė', businessId: BUSINESS_IDS.LT, country: 'LT', region: 'Kauno apskritis', city: 'Kaunas' } as const;
  const role = validRole({
    company,
    contact: { name: 'Contact Person', email: uniqueEmail('contact'), language: people.contact },
    title: 'Viešbučio praktika',
    sector: 'wellbeing',
    fieldsOfStudy: [field],
    places: 1,
    languages: [{ code: 'en', level: 'A2' }],
    applicantTypes: ['student'],
  });
  const created = await postJson('/roles', role);
  expect(created.status).toBe(201);
  const { roleId } = (await created.json()) as { roleId: string };
  const [verification] = await mailAbout(role.contact.email, role.title);
  expect((await form(linkIn(verification!.body.text!), { decision: 'verify' })).status).toBe(200);

  const application = validApplication({
    firstName: people.firstName,
    lastName: marker,
    language: people.applicant,
    schoolId: school.schoolId,
    sectors: ['wellbeing'],
    destinations: ['LT'],
    fieldOfStudy: field,
    languages: [{ code: 'en', level: 'B2' }],
  });
  const posted = await postJson('/applications', application);
  expect(posted.status).toBe(201);
  const { applicationId } = (await posted.json()) as { applicationId: string };
  await confirmFromReceipt(application.email, applicationId);
  const proposed = await waitFor(
    async () =>
      (await busEvents()).find(
        (e) => e['detail-type'] === 'match.proposed' && (e.detail as { data: { applicationId: string } }).data.applicationId === applicationId,
      ),
    'match.proposed',
    15_000,
  );
  const { matchId } = (proposed.detail as { data: { matchId: string } }).data;
  const [coordinatorMail] = await mailAbout(school.coordinator, marker);
  // The applicant's news of the proposal (after the receipt), so later counts start from here.
  await waitFor(async () => ((await emailsTo(application.email)).length >= 2 ? true : undefined), 'the applicant’s proposal email', 15_000);
  return {
    marker,
    matchId,
    applicationId,
    roleId,
    applicantEmail: application.email,
    contactEmail: role.contact.email,
    coordinatorMail: coordinatorMail!,
    applicant: {
      firstName: people.firstName,
      lastName: marker,
      applicantType: 'student',
      schoolName: school.name,
      homeCountry: school.country,
      fieldOfStudy: field,
      languages: application.languages as ApplicantFacts['languages'],
    },
    placement: {
      companyName: company.name,
      roleTitle: role.title,
      sector: 'wellbeing',
      city: company.city,
      region: company.region,
      country: company.country,
      // The earliest 8 weeks (the applicant's minimum; the role's is 6) of the applicant's availability, which lies inside the role's period.
      periodFrom: application.availableFrom as string,
      periodTo: shiftDays(application.availableFrom as string, 8 * 7 - 1),
      windowFrom: application.availableFrom as string,
      windowTo: application.availableTo as string,
    },
  };
}

/** The company mail carries two links: decide first, close the role second. */
const linksIn = (mail: StoredEmail) => [...mail.body.text!.matchAll(/https?:\/\/\S+\/t\/[A-Za-z0-9_-]{43}/g)].map((m) => m[0]);

const SAMPLE_SCORE = { overlap: 1, language: 1, waiting: 1, total: 3, overlapWeeks: 12, languageMargin: 1, waitingDays: 0, destinationRank: 0, rolePreferenceRank: null };

describe('email links in the browser', () => {
  it('a company contact confirms a role from the link in the mail viewer', async () => {
    const language: Language = 'fi';
    const role = validRole({
      contact: { name: 'Pekka Järvinen', email: uniqueEmail('contact'), language },
      title: `Hotellin vastaanotto ${crypto.randomUUID().slice(0, 6)}`,
      company: { name: 'Hotelli Oy', businessId: BUSINESS_IDS.FI, country: 'FI', region: 'Pirkanmaa', city: 'Sastamala' },
      sector: 'wellbeing',
      // A field no application in the suite has: this role stays out of other tests' matching.
      fieldsOfStudy: ['1015'],
      places: 3,
    });
    const created = await postJson('/roles', role);
    expect(created.status).toBe(201);
    const { roleId } = (await created.json()) as { roleId: string };
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'PENDING_VERIFICATION' });

    // The email as the contact reads it, in the viewer: found by its Finnish subject, the link clicked by its label.
    const mail = emailContent('roleVerification', language, {
      contactName: role.contact.name,
      companyName: role.company.name,
      roleTitle: role.title,
      verifyUrl: 'https://example.invalid/',
      expiresAt: new Date().toISOString(),
    });
    const viewer = await newPage(browser);
    await openMailViewer(viewer);
    const card = await findMessage(viewer, role.contact.email, mail.subject);
    const body = await openHtmlBody(card);
    await expect.poll(() => body.getByRole('link', { name: mail.action!.label }).count()).toBe(1);
    await screenshot(card, 'role-verification-1-mail-viewer');
    const page = await clickToNewTab(viewer, body.getByRole('link', { name: mail.action!.label }));
    await page.waitForLoadState('load');
    timings.roleVerificationPage = await loadTimings(page);

    const expected = roleVerificationPage(language, {
      companyName: role.company.name,
      businessId: role.company.businessId,
      roleTitle: role.title,
      sector: 'wellbeing',
      city: role.company.city,
      region: role.company.region,
      country: 'FI',
      contact: { ...role.contact, language },
      fieldsOfStudy: role.fieldsOfStudy,
      places: role.places,
      periodFrom: role.periodFrom,
      periodTo: role.periodTo,
      minWeeks: role.minWeeks,
      languages: role.languages,
      applicantTypes: ['student'],
      description: role.description,
      formAction: '/',
    });
    const [button] = await textsIn(expected, 'button');
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect((await page.locator('h1').innerText()).trim()).toBe(await headingOf(expected));
    await expect.poll(() => page.getByText(role.title, { exact: true }).count()).toBe(1);
    await screenshot(page, 'role-verification-2-page');
    // Looking changes nothing.
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'PENDING_VERIFICATION' });

    // The same page on a phone: no sideways scrolling, and the button is reachable by keyboard.
    const phone = await newPage(browser, { ...PHONE, locale: 'fi-FI' });
    await open(phone, page.url(), 'roleVerificationPagePhone');
    await fitsPhone(phone);
    await tabTo(phone, phone.getByRole('button', { name: button }));
    await screenshot(phone, 'role-verification-3-phone');
    await phone.context().close();

    expect((await submit(page, page.getByRole('button', { name: button }))).status()).toBe(200);
    expect((await page.locator('h1').innerText()).trim()).toBe(await headingOf(roleVerifiedPage(language, { roleTitle: role.title })));
    await screenshot(page, 'role-verification-4-confirmed');
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'OPEN' });

    // The viewer shows the "role is open" email next.
    const opened = emailContent('roleOpened', language, { contactName: role.contact.name, companyName: role.company.name, roleTitle: role.title, places: role.places, manageRoleUrl: 'https://liike.example/t/close' });
    await screenshot(await findMessage(viewer, role.contact.email, opened.subject), 'role-verification-5-mail-viewer');
  });

  it('approve, then accept, on a phone: a Finnish coordinator and a Russian-speaking company', async () => {
    const pair = await proposedPair('1013', FI_SCHOOL, { applicant: 'fi', contact: 'ru', firstName: 'Aino' });
    const page = await newPage(browser, { ...PHONE, locale: 'fi-FI' });

    // The coordinator's page, in Finnish: the proposal with the score broken down.
    const coordinatorLink = linkIn(pair.coordinatorMail.body.text!);
    expect((await open(page, coordinatorLink, 'coordinatorPage')).status()).toBe(200);
    const fi = MATCH_LABELS.fi;
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    await expect.poll(() => page.getByRole('heading', { name: fi.whyHeading }).count()).toBe(1);
    // Explained in words, never as points.
    for (const label of [fi.overlap, fi.languageFit, fi.waiting, fi.destination]) {
      const row = page.locator('dl.facts div').filter({ has: page.locator('dt', { hasText: label }) }).first();
      expect((await row.locator('dd').innerText()).trim()).not.toBe('');
    }
    expect(await page.getByText('pistettä').count()).toBe(0);
    await expect.poll(() => page.getByText(`${pair.applicant.firstName} ${pair.marker}`).count()).toBeGreaterThan(0);
    await fitsPhone(page);
    const approve = page.locator('button[name="decision"][value="approve"]');
    const reject = page.locator('button[name="decision"][value="reject"]');
    const [approveLabel, rejectLabel] = await textsIn(
      coordinatorDecisionPage('fi', { applicant: pair.applicant, placement: pair.placement, requiredLanguages: [], score: SAMPLE_SCORE, decideBy: new Date().toISOString(), formAction: '/' }),
      'button',
    );
    expect((await approve.innerText()).trim()).toBe(approveLabel);
    expect((await reject.innerText()).trim()).toBe(rejectLabel);
    await tabTo(page, approve);
    await tabTo(page, reject, 1);
    await screenshot(page, 'approve-1-coordinator-phone');
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'PROPOSED' });

    expect((await submit(page, approve)).status()).toBe(200);
    expect((await page.locator('h1').innerText()).trim()).toBe(await headingOf(decisionDonePage('fi', { outcome: 'approved' })));
    await fitsPhone(page);
    await screenshot(page, 'approve-2-approved-phone');
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED', coordinatorDecision: { decision: 'approved' } });

    // The company's page, in Russian.
    const [companyMail] = await mailAbout(pair.contactEmail, pair.marker);
    const [decideLink] = linksIn(companyMail!);
    expect((await open(page, decideLink!, 'companyPage')).status()).toBe(200);
    const companyExpected = companyDecisionPage('ru', { applicant: pair.applicant, placement: pair.placement, requiredWeeks: 1, decideBy: new Date().toISOString(), formAction: '/' });
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect((await page.locator('h1').innerText()).trim()).toBe(await headingOf(companyExpected));
    const [acceptLabel] = await textsIn(companyExpected, 'button');
    const accept = page.getByRole('button', { name: acceptLabel, exact: true });
    await fitsPhone(page);
    await tabTo(page, accept);
    await screenshot(page, 'approve-3-company-phone');

    // The dates: proposed, and movable within the window. Too short first: the page comes back
    // with the error under the last day, which has the focus; then a week later, for 8 weeks.
    const first = page.locator('#placementFrom');
    const last = page.locator('#placementTo');
    const proposed = { from: await first.inputValue(), to: await last.inputValue() };
    expect(proposed).toEqual({ from: pair.placement.periodFrom, to: pair.placement.periodTo });
    await last.fill(shiftDays(proposed.from, 10));
    expect((await submit(page, accept)).status()).toBe(422);
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('placementTo');
    expect(await page.locator('#placementTo-error').isVisible()).toBe(true);
    expect(await page.locator('#placementFrom-error').count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, 'approve-3b-company-dates-error-phone');
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED' });
    const moved = { from: shiftDays(proposed.from, 7), to: shiftDays(proposed.to, 7) };
    await page.locator('#placementFrom').fill(moved.from);
    await page.locator('#placementTo').fill(moved.to);

    const applicantMailsBefore = (await emailsTo(pair.applicantEmail)).length;
    expect((await submit(page, page.getByRole('button', { name: acceptLabel, exact: true }))).status()).toBe(200);
    expect((await page.locator('h1').innerText()).trim()).toBe(await headingOf(decisionDonePage('ru', { outcome: 'accepted' })));
    await fitsPhone(page);
    await screenshot(page, 'approve-4-accepted-phone');
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'CONFIRMED', companyDecision: { decision: 'accepted' }, placement: moved });

    // The three confirmations, each in its recipient's language.
    const contacts = {
      company: { name: 'Contact Person', email: pair.contactEmail },
      coordinator: { name: 'Anna Virtanen', email: FI_SCHOOL.coordinator },
      applicant: { email: pair.applicantEmail },
    };
    const confirmation = (audience: Audience, language: Language) =>
      emailContent('placementConfirmed', language, { audience, recipientName: 'x', applicant: pair.applicant, placement: pair.placement, contacts }).subject;
    const recipients: [string, Audience, Language][] = [
      [pair.applicantEmail, 'applicant', 'fi'],
      [pair.contactEmail, 'company', 'ru'],
      [FI_SCHOOL.coordinator, 'coordinator', 'fi'],
    ];
    for (const [address, audience, language] of recipients) {
      const subject = confirmation(audience, language);
      await waitFor(async () => ((await emailsTo(address)).some((e) => e.subject === subject) ? true : undefined), `${audience} confirmation`, 15_000);
    }
    expect((await emailsTo(pair.applicantEmail)).length).toBe(applicantMailsBefore + 1);
    // Every confirmation carries the dates the company set, not the proposed ones.
    for (const [address, , language] of recipients) {
      const mail = (await emailsTo(address)).find((e) => e.subject === confirmation(recipients.find((r) => r[0] === address)![1], language) && e.body.text?.includes(pair.marker));
      expect(mail?.body.text, address).toContain(formatPeriod(moved.from, moved.to, language));
    }

    // Spent links say what was decided, with nothing to press.
    await open(page, coordinatorLink, 'usedLinkPage');
    expect((await page.locator('h1').innerText()).trim()).toBe(await headingOf(linkUsedPage('fi', { decision: 'approved', decidedAt: new Date().toISOString() })));
    expect(await page.locator('form, button').count()).toBe(0);
    await fitsPhone(page);
    await screenshot(page, 'approve-5-used-link-phone');
  });

  it('reject needs a reason: a Russian coordinator leaves it empty first, then writes one', async () => {
    const pair = await proposedPair('1014', RU_SCHOOL, { applicant: 'ru', contact: 'en', firstName: 'Анна' });
    const page = await newPage(browser, { locale: 'ru-RU' });
    const link = linkIn(pair.coordinatorMail.body.text!);
    await open(page, link, 'coordinatorPageDesktop');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await expect.poll(() => page.getByRole('heading', { name: MATCH_LABELS.ru.whyHeading }).count()).toBe(1);
    expect(await page.locator('[role="alert"]').count()).toBe(0);

    const refused = coordinatorDecisionPage('ru', {
      applicant: pair.applicant,
      placement: pair.placement,
      requiredLanguages: [],
      score: SAMPLE_SCORE,
      decideBy: new Date().toISOString(),
      formAction: '/',
      error: 'reasonRequired',
    });
    const [alert] = await textsIn(refused, '[role="alert"]');
    const [, rejectLabel] = await textsIn(refused, 'button');
    const reject = page.getByRole('button', { name: rejectLabel, exact: true });

    // Empty reason: the page comes back with the error at the field, and nothing is decided.
    expect((await submit(page, reject)).status()).toBe(422);
    await expect.poll(() => page.locator('[role="alert"]').innerText()).toBe(alert);
    const field = page.locator('textarea[name="reason"]');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain('reason-error');
    // The field has the focus (autofocus), so the person can type straight away.
    expect(await hasFocus(field)).toBe(true);
    await screenshot(page, 'reject-1-reason-required');
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'PROPOSED' });

    await field.fill('Сроки совпадают с экзаменами');
    expect((await submit(page, reject)).status()).toBe(200);
    expect((await page.locator('h1').innerText()).trim()).toBe(await headingOf(decisionDonePage('ru', { outcome: 'rejected' })));
    await screenshot(page, 'reject-2-rejected');
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'REJECTED', coordinatorDecision: { reason: 'Сроки совпадают с экзаменами' } });
  });
});
