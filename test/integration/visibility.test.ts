import { describe, expect, it } from 'vitest';
import { escapeHtml } from '#shared/platform/html';
import { formatPeriod } from '#shared/platform/i18n';
import { keys } from '#shared/platform/db';
import { approve, companyLinks, COORDINATOR, eventsOf, form, getItem, mailsAbout, proposedPair, sleep } from '../support/flow.ts';
import { uniqueEmail, uniqueName, validApplication } from '../support/fixtures.ts';
import { emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';

/*
 * Everyone sees what they decide on (issue 14, point 4), end to end on the local stack: the
 * applicant hears of a proposal when it is made and follows it on the status page; the
 * coordinator reads the applicant's motivation and the role's description, and is told once
 * when the company declines their student and when a student withdraws. Each test has a field
 * of study of its own, so its pair only ever matches itself. The applicant writes in Finnish and
 * the school (fi-sasky) has a Finnish coordinator, so the subjects below are Finnish.
 */

const WAIT_MS = 20_000;
const DESCRIPTION = 'Tehtävät: hoiva-avustajan työt.\nTyöaika 7–15.\nTyövaatteet saat meiltä; autamme asunnon etsimisessä.';
const MOTIVATION = 'Haluan oppia vanhustyötä ulkomailla.\nPuhun englantia hyvin.';
const SUBJECT = {
  proposedToApplicant: 'Sinulle on ehdotettu harjoittelupaikkaa – Liike',
  declinedToCoordinator: 'Yritys ei ottanut hyväksymääsi hakijaa – Liike',
  withdrewToCoordinator: 'Oppilaitoksenne hakija on perunut hakemuksensa – Liike',
};

/** The mails to `address` with this subject (and, if given, about `marker`), once `count` have arrived. */
const mailsWithSubject = (address: string, subject: string, marker: string, count = 1) =>
  waitFor(
    async () => {
      const found = (await mailsAbout(address, marker)).filter((m) => m.subject === subject);
      return found.length >= count ? found : undefined;
    },
    `${count} mail(s) "${subject}" to ${address}`,
    WAIT_MS,
  );
const statusPageOf = async (applicantEmail: string) => {
  const [receipt] = await waitForEmail(applicantEmail);
  const link = linkIn(receipt!.body.text!);
  return { link, text: async () => (await fetch(link)).text() };
};

describe('everyone sees what they decide on', { timeout: 90_000 }, () => {
  it('the applicant is told of the proposal with the role’s description, and the status page shows the placement, then the contacts once confirmed', async () => {
    const pair = await proposedPair('0611', 'Visible', { role: { description: DESCRIPTION }, application: { motivation: MOTIVATION } });
    // The availability (within the role's period, as the fixtures have it) is the period shown.
    const stored = (await getItem(keys.application(pair.applicationId)))!;
    const period = formatPeriod(stored.availableFrom, stored.availableTo, 'fi');

    // The applicant's email: what, where, when, the company's words and what happens next; no typed text in the subject.
    const [proposal, ...more] = (await emailsTo(pair.applicantEmail)).filter((m) => m.subject === SUBJECT.proposedToApplicant);
    expect(more).toEqual([]);
    for (const fact of ['UAB Testas', 'Kirvesmiesharjoittelija', 'Vilnius', period, DESCRIPTION, 'koordinaattori käy ehdotuksen läpi']) expect(proposal!.body.text).toContain(fact);
    expect(proposal!.body.text).not.toContain(MOTIVATION);

    // The coordinator's email and page: the applicant's motivation and the role's description.
    for (const words of [MOTIVATION, DESCRIPTION]) expect(pair.coordinatorMail.body.text).toContain(words);
    const coordinatorPage = await (await fetch(linkIn(pair.coordinatorMail.body.text!))).text();
    for (const words of [MOTIVATION, DESCRIPTION]) expect(coordinatorPage).toContain(escapeHtml(words));
    expect(coordinatorPage).not.toMatch(/pistettä|\/100/);

    // The status page (the receipt's link, and the one in the proposal email): the proposed placement, no contacts yet.
    const status = await statusPageOf(pair.applicantEmail);
    const proposed = await status.text();
    for (const fact of ['UAB Testas', 'Kirvesmiesharjoittelija', 'Vilnius, Liettua', escapeHtml(period), escapeHtml(DESCRIPTION)]) expect(proposed).toContain(fact);
    expect(proposed).toContain('Oppilaitoksesi koordinaattori käy ehdotuksen läpi');
    expect(proposed).not.toContain(pair.contactEmail);
    expect(await (await fetch(linkIn(proposal!.body.text!))).text()).toContain('Kirvesmiesharjoittelija');

    // Approved: the company decides next.
    const companyMail = await approve(pair);
    expect(await status.text()).toContain('seuraavaksi yritys päättää');
    // Confirmed: the company contact and the coordinator, with their addresses.
    const [decide] = companyLinks(companyMail);
    expect((await form(decide!, { decision: 'accept' })).status).toBe(200);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'CONFIRMED' });
    const placed = await status.text();
    for (const fact of ['Harjoittelupaikkasi', 'UAB Testas', 'Vilnius, Liettua', escapeHtml(period), 'Contact Person', pair.contactEmail, 'Anna Virtanen', COORDINATOR]) expect(placed).toContain(fact);
    expect(placed).not.toContain('seuraavaksi yritys päättää');
  });

  it('the coordinator is told once when the company declines a student they approved, never the reason', async () => {
    const pair = await proposedPair('0612', 'Declined');
    const [decide] = companyLinks(await approve(pair));
    expect((await form(decide!, { decision: 'decline', reason: 'Paikka täytettiin paikallisesti' })).status).toBe(200);
    const [mail] = await mailsWithSubject(COORDINATOR, SUBJECT.declinedToCoordinator, pair.marker);
    expect(mail!.body.text).toContain(`Aino ${pair.marker}`);
    expect(mail!.body.text).toContain('UAB Testas');
    expect(mail!.body.text).toContain('palannut hakuun');
    expect(mail!.body.text).not.toContain('täytettiin');
    await sleep(1500); // time for a duplicate to show up
    expect((await mailsAbout(COORDINATOR, pair.marker)).filter((m) => m.subject === SUBJECT.declinedToCoordinator)).toHaveLength(1);
    // The proposal, then the decline: nothing else.
    expect(await mailsAbout(COORDINATOR, pair.marker)).toHaveLength(2);
  });

  it('the coordinator is told once when a student withdraws a confirmed application, with the proposal it cancelled', async () => {
    const pair = await proposedPair('0711', 'Withdrew');
    const status = await statusPageOf(pair.applicantEmail);
    expect((await form(status.link, { decision: 'withdraw' })).status).toBe(200);
    const [mail] = await mailsWithSubject(COORDINATOR, SUBJECT.withdrewToCoordinator, pair.marker);
    expect(mail!.body.text).toContain(`Aino ${pair.marker}`);
    expect(mail!.body.text).toContain('Kirvesmiesharjoittelija');
    expect(mail!.body.text).toContain('UAB Testas');
    await sleep(1500);
    expect((await mailsAbout(COORDINATOR, pair.marker)).filter((m) => m.subject === SUBJECT.withdrewToCoordinator)).toHaveLength(1);
    expect(await mailsAbout(COORDINATOR, pair.marker)).toHaveLength(2);
  });

  it('an application withdrawn before it was confirmed was never shown to anyone: the coordinator is not told', async () => {
    const marker = uniqueName('Unconfirmed');
    const application = validApplication({ email: uniqueEmail('unconfirmed'), firstName: 'Aino', lastName: marker, language: 'fi', schoolId: 'fi-sasky', fieldOfStudy: '0716', sectors: ['wellbeing'], destinations: ['LT'] });
    const posted = await postJson('/applications', application);
    expect(posted.status).toBe(201);
    const { applicationId } = (await posted.json()) as { applicationId: string };
    const status = await statusPageOf(application.email);
    expect((await form(status.link, { decision: 'withdraw' })).status).toBe(200);
    await waitFor(
      async () => (await eventsOf('application.withdrawn', 'applicationId', applicationId)).find((e) => e.deliveries.some((d) => d.rule.includes('notifyCoordinatorOfChange') && d.status === 'delivered')),
      'application.withdrawn handled by notifyCoordinatorOfChange',
      WAIT_MS,
    );
    await waitForEmail(application.email, 2); // the receipt, then the applicant's own confirmation
    await sleep(500);
    expect(await mailsAbout(COORDINATOR, marker)).toEqual([]);
    // A confirmed one is told (the test above); this one never was.
    expect(await getItem(keys.application(applicationId))).not.toHaveProperty('confirmedAt');
  });
});
