import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { ddb, keys } from '#shared/platform/db';
import { BUSINESS_IDS, uniqueEmail, uniqueName, validApplication, validRole } from './fixtures.ts';
import { busEvents, emailsTo, linkIn, postJson, waitFor, waitForEmail, type StoredEmail } from './stack.ts';

/*
 * Walking the decision flow over HTTP, shared by the end-to-end, fault and later tests: a role
 * and a fitting application in a field of study of the caller's own (so they only ever match
 * each other), the emails read from the mail store, the links followed.
 */

export const DEPUTY = 'mikko.laine@sasky.example';

export const TABLE = () => process.env.TABLE_NAME!;
export const COORDINATOR = 'anna.virtanen@sasky.example';

export const getItem = async (key: { pk: string; sk: string }) =>
  (await ddb.send(new GetCommand({ TableName: TABLE(), Key: key, ConsistentRead: true }))).Item;

export const form = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

/** The mails to `address` that mention `marker` (no waiting). */
export const mailsAbout = async (address: string, marker: string) => (await emailsTo(address)).filter((e) => e.body.text?.includes(marker));

/** The mail to `address` that mentions `marker`, once `count` of them have arrived. */
export const mailAbout = (address: string, marker: string, count = 1, timeoutMs = 15_000) =>
  waitFor(
    async () => {
      const found = await mailsAbout(address, marker);
      return found.length >= count ? found : undefined;
    },
    `${count} email(s) to ${address} about ${marker}`,
    timeoutMs,
  );

export const eventsOf = async (detailType: string, field: string, id: string) =>
  (await busEvents()).filter((e) => e['detail-type'] === detailType && (e.detail as { data: Record<string, unknown> }).data[field] === id);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Confirms an application as its applicant does: the receipt's link, then "Confirm my
 * application" (only a confirmed application is matched). The receipt names the application.
 */
export async function confirmFromReceipt(email: string, applicationId: string) {
  const [receipt] = await mailAbout(email, applicationId);
  const confirmed = await form(linkIn(receipt!.body.text!), { decision: 'confirm' });
  expect(confirmed.status).toBe(200);
  expect(await getItem(keys.application(applicationId))).toMatchObject({ confirmedAt: expect.any(String) });
}

/** Posts an application (the fixture with `overrides`) and confirms it from its receipt; returns its id. */
export async function submitConfirmed(overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const application = validApplication(overrides);
  const posted = await postJson('/applications', application, headers);
  expect(posted.status).toBe(201);
  const { applicationId } = (await posted.json()) as { applicationId: string };
  await confirmFromReceipt(application.email, applicationId);
  return applicationId;
}

/** Posts a role and opens it from its verification email, as its contact does; returns its id. */
export async function openRole(role: ReturnType<typeof validRole>) {
  const created = await postJson('/roles', role);
  expect(created.status).toBe(201);
  const { roleId } = (await created.json()) as { roleId: string };
  const [verification] = await waitForEmail(role.contact.email);
  expect((await form(linkIn(verification!.body.text!), { decision: 'verify' })).status).toBe(200);
  return roleId;
}

export interface Pair {
  matchId: string;
  applicationId: string;
  roleId: string;
  /** The applicant's last name: every email about this pair mentions it. */
  marker: string;
  applicantEmail: string;
  contactEmail: string;
  coordinatorMail: StoredEmail;
}

/**
 * Posts and verifies a one-place role and a fitting application, and waits for the coordinator's
 * email and the applicant's news of the proposal. `tag` starts the applicant's last name (the marker every email about the pair carries)
 * and the two addresses, so a test can recognise its own data. `overrides` replace top-level
 * fields of the role and the application (company, contact, sector, periods, language…);
 * `coordinator` is the address the proposal goes to when the school is not SASKY.
 */
/**
 * A pair in Estonia: for fields under a broad field a demo role takes in Lithuania or Finland
 * (091 health, in local/demo-roles.ts), so the applicant only meets the test's own role.
 */
export const IN_ESTONIA = {
  role: { company: { name: 'Testi OÜ', businessId: BUSINESS_IDS.EE, country: 'EE', region: 'Harju maakond', city: 'Tallinn' } },
  application: { destinations: ['EE'] },
};

export async function proposedPair(
  field: string,
  tag = 'Tester',
  overrides: { role?: Record<string, unknown>; application?: Record<string, unknown>; coordinator?: string } = {},
): Promise<Pair> {
  // A last name given in the overrides is the marker (the caller makes it unique).
  const marker = typeof overrides.application?.lastName === 'string' ? overrides.application.lastName : uniqueName(tag);
  const role = validRole({
    company: { name: 'UAB Testas', businessId: BUSINESS_IDS.LT, country: 'LT', region: 'Vilniaus apskritis', city: 'Vilnius' },
    contact: { name: 'Contact Person', email: uniqueEmail(`${tag.toLowerCase()}-contact`), language: 'en' },
    sector: 'wellbeing',
    fieldsOfStudy: [field],
    places: 1,
    applicantTypes: ['student'],
    ...overrides.role,
  });
  const roleId = await openRole(role);

  const application = validApplication({
    email: uniqueEmail(`${tag.toLowerCase()}-applicant`),
    firstName: 'Aino',
    lastName: marker,
    language: 'fi',
    schoolId: 'fi-sasky',
    sectors: ['wellbeing'],
    destinations: ['LT'],
    fieldOfStudy: field,
    languages: [{ code: 'en', level: 'B2' }],
    ...overrides.application,
  });
  const posted = await postJson('/applications', application);
  expect(posted.status).toBe(201);
  const { applicationId } = (await posted.json()) as { applicationId: string };
  await confirmFromReceipt(application.email, applicationId);
  const proposed = await waitFor(async () => (await eventsOf('match.proposed', 'applicationId', applicationId))[0], 'match.proposed', 20_000);
  const { matchId } = (proposed.detail as { data: { matchId: string } }).data;
  const [coordinatorMail] = await mailAbout(overrides.coordinator ?? COORDINATOR, marker);
  // The applicant hears of the proposal too: the receipt, then this; a test counting the
  // applicant's mails after a decision counts from here.
  await waitForEmail(application.email, 2);
  return { matchId, applicationId, roleId, marker, applicantEmail: application.email, contactEmail: role.contact.email, coordinatorMail: coordinatorMail! };
}

/** The links in a company decision email: decide first, close the role second. */
export const companyLinks = (mail: StoredEmail) => [...mail.body.text!.matchAll(/https?:\/\/\S+\/t\/[A-Za-z0-9_-]{43}/g)].map((m) => m[0]);


/** Approves the pair's proposal from the coordinator's email; returns the company's email. */
export async function approve(pair: Pair) {
  const done = await form(linkIn(pair.coordinatorMail.body.text!), { decision: 'approve' });
  expect(done.status).toBe(200);
  const [companyMail] = await mailAbout(pair.contactEmail, pair.marker);
  return companyMail!;
}

/**
 * Approves, then accepts from the company's email: a confirmed placement, with the proposed dates
 * or, given `dates`, the ones the company sets on its page.
 */
export async function confirm(pair: Pair, dates?: { from: string; to: string }) {
  const companyMail = await approve(pair);
  const [decide] = companyLinks(companyMail);
  const moved: Record<string, string> = dates ? { placementFrom: dates.from, placementTo: dates.to } : {};
  expect((await form(decide!, { decision: 'accept', ...moved })).status).toBe(200);
  expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'CONFIRMED' });
}
