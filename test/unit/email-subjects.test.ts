import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Email } from '#shared/platform/email';
import { LANGUAGES } from '#shared/platform/i18n';
import { repoRoot } from '#local/lambda';

/*
 * No email subject carries text someone typed into a public form: an inbox shows the subject
 * before anyone opens the mail, and a name such as "Your account is locked - call +358 …" would
 * read as Liike's own words. Every email of every `shared/**\/emails.ts` is rendered in every
 * language with such values in every free-text field; only where the recipient typed the text
 * themselves (their own role's title, in the emails to its verified contact) may it appear.
 * An email added later without a sample here fails the first test.
 * (The monthly report's subject, shared/report/monthly-email.ts, is built from the period's dates only.)
 */

const HOSTILE = 'Your account is locked - call +358 40 000 000';
const HOSTILE_EMAIL = 'account-locked-358@example.com';
/** What must never be in a subject, whichever field it came from. */
const leaked = (subject: string) => /locked|358/i.test(subject);
/** The recipient's own text (allowed in the subject): benign, so a leak of anything else shows. */
const OWN = 'Kirvesmies';

const url = 'https://liike.example/t/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const due = '2027-03-08T09:00:00.000Z';
const applicant = {
  firstName: HOSTILE,
  lastName: HOSTILE,
  applicantType: 'student',
  schoolName: HOSTILE,
  homeCountry: 'EE',
  fieldOfStudy: '0732',
  languages: [{ code: 'en', level: 'B2' }],
} as const;
const placement = (roleTitle: string) =>
  ({ companyName: HOSTILE, roleTitle, sector: 'construction', city: HOSTILE, region: HOSTILE, country: 'FI', periodFrom: '2027-04-01', periodTo: '2027-06-30' }) as const;
const score = { overlap: 20, language: 15, waiting: 3, total: 38, overlapWeeks: 4, languageMargin: 0, waitingDays: 9, destinationRank: 0, rolePreferenceRank: null };
const contacts = { company: { name: HOSTILE, email: HOSTILE_EMAIL }, coordinator: { name: HOSTILE, email: HOSTILE_EMAIL }, applicant: { email: HOSTILE_EMAIL } };
const both = <T>(make: (flag: boolean) => T) => [make(false), make(true)];
const participant = (reminder: boolean) => ({
  firstName: HOSTILE,
  companyName: HOSTILE,
  roleTitle: HOSTILE,
  city: HOSTILE,
  country: 'FI',
  periodFrom: '2027-04-01',
  periodTo: '2027-06-30',
  url,
  validUntil: due,
  reminder,
});

/** Variables for each email (`<file>#<export>`), in each variant its subject can take. */
const SAMPLES: Record<string, unknown[]> = {
  'shared/applications/emails.ts#applicationReceiptEmail': [{ firstName: HOSTILE, statusUrl: url, applicationId: '8f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f' }],
  'shared/applicant/emails.ts#withdrawalConfirmedEmail': [{ firstName: HOSTILE }],
  'shared/applicant/emails.ts#schoolLeftEmail': [
    { firstName: HOSTILE, schoolName: HOSTILE, coordinator: { name: HOSTILE, email: HOSTILE_EMAIL }, contactAddress: HOSTILE_EMAIL },
    { firstName: HOSTILE, schoolName: HOSTILE },
  ],
  'shared/staff-desk/emails.ts#statusLinkAgainEmail': [{ firstName: HOSTILE, statusUrl: url }],
  // Before verification, even the title is the text of a stranger.
  'shared/roles/emails.ts#roleVerificationEmail': [{ contactName: HOSTILE, companyName: HOSTILE, roleTitle: HOSTILE, verifyUrl: url, expiresAt: due }],
  'shared/roles/emails.ts#roleOpenedEmail': [{ contactName: HOSTILE, companyName: HOSTILE, roleTitle: OWN, places: 2, manageRoleUrl: url }],
  'shared/roles/emails.ts#roleClosedEmail': [{ recipientName: HOSTILE, companyName: HOSTILE, roleTitle: OWN, manageRoleUrl: url }],
  'shared/decisions/emails.ts#coordinatorProposalEmail': [false, true].flatMap((reminder) =>
    both((deputy) => ({ recipientName: HOSTILE, applicant, placement: placement(HOSTILE), requiredLanguages: [], score, requiredWeeks: 8, decideUrl: url, decideBy: due, reminder, deputy })),
  ),
  'shared/decisions/emails.ts#companyProposalEmail': both((reminder) => ({
    recipientName: HOSTILE,
    applicant,
    placement: placement(OWN),
    motivation: HOSTILE,
    decideUrl: url,
    decideBy: due,
    manageRoleUrl: url,
    reminder,
  })),
  'shared/decisions/emails.ts#placementConfirmedEmail': (['applicant', 'company', 'coordinator'] as const).map((audience) => ({
    audience,
    recipientName: HOSTILE,
    applicant,
    placement: placement(audience === 'company' ? OWN : HOSTILE),
    contacts,
    ...(audience === 'company' ? { manageRoleUrl: url } : {}),
  })),
  'shared/decisions/emails.ts#searchContinuesEmail': (['rejected', 'declined', 'expired', 'released'] as const).map((outcome) => ({ firstName: HOSTILE, outcome, statusUrl: url })),
  'shared/decisions/overlapping-email.ts#overlappingApplicationEmail': [{ firstName: HOSTILE, statusUrl: url }],
  'shared/applicant/emails.ts#withdrawnBySchoolEmail': [{ firstName: HOSTILE, by: { name: HOSTILE, email: HOSTILE_EMAIL } }],
  'shared/sign-in/email.ts#signInEmail': [{ url, validUntil: '2027-03-01T09:15:00.000Z[Europe/Moscow]' }],
  'shared/decisions/released-email.ts#releasedForPlacementEmail': both((proposalCancelled) => ({
    firstName: HOSTILE,
    placement: { from: '2027-04-01', to: '2027-06-30' },
    closed: [{ from: '2027-03-01', to: '2027-07-31' }],
    proposalCancelled,
  })),
  'shared/decisions/hold-texts.ts#applicantHeldEmail': [{ firstName: HOSTILE, statusUrl: url }],
  'shared/decisions/hold-texts.ts#coordinatorHoldEmail': [{ recipientName: HOSTILE, applicantName: HOSTILE, availableTo: '2027-06-30', releaseUrl: url }],
  'shared/decisions/news-emails.ts#placementProposedEmail': [{ firstName: HOSTILE, placement: placement(HOSTILE), roleDescription: HOSTILE, statusUrl: url }],
  'shared/decisions/news-emails.ts#companyDeclinedEmail': both((backInSearch) => ({ recipientName: HOSTILE, applicant, placement: placement(HOSTILE), backInSearch })),
  'shared/applicant/emails.ts#applicantWithdrewEmail': [
    { recipientName: HOSTILE, applicant },
    { recipientName: HOSTILE, applicant, cancelledProposal: { companyName: HOSTILE, roleTitle: HOSTILE, city: HOSTILE } },
  ],
  'shared/applicant/emails.ts#proposalEndedByPlacementEmail': [
    { recipientName: HOSTILE, applicant, cancelledProposal: { companyName: HOSTILE, roleTitle: HOSTILE, city: HOSTILE } },
  ],
  'shared/follow-up/emails.ts#followUpEndEmail': both(participant),
  'shared/follow-up/emails.ts#followUpSixMonthsEmail': both(participant),
  'shared/follow-up/emails.ts#companyFeedbackEmail': both((reminder) => ({
    recipientName: HOSTILE,
    participantName: HOSTILE,
    roleTitle: HOSTILE,
    periodFrom: '2027-04-01',
    periodTo: '2027-06-30',
    url,
    validUntil: due,
    reminder,
    manageRoleUrl: url,
  })),
  'shared/deliverability/emails.ts#applicantUndeliverableEmail': both((proposalPending) => ({
    recipientName: HOSTILE,
    applicantName: HOSTILE,
    applicantEmail: HOSTILE_EMAIL,
    schoolName: HOSTILE,
    applicationId: '8f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f',
    submittedAt: due,
    proposalPending,
    applyUrl: 'https://liike.example/apply/',
  })),
  'shared/deliverability/emails.ts#schoolContactUndeliverableEmail': (['coordinator', 'deputy'] as const).map((contact) => ({
    contact,
    schoolName: HOSTILE,
    schoolId: 'fi-sasky',
    contactName: HOSTILE,
    contactEmail: HOSTILE_EMAIL,
  })),
};

const isEmail = (value: unknown): value is Email<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as Email<unknown>).render === 'function' && typeof (value as Email<unknown>).content === 'function';

/** Every exported email of every file under shared/ that defines one, by `<file>#<export>`. */
async function allEmails(): Promise<Map<string, Email<unknown>>> {
  const files = (readdirSync(join(repoRoot, 'shared'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.ts') && file !== join('platform', 'email.ts'))
    .map((file) => join(repoRoot, 'shared', file))
    .filter((file) => /defineEmail[<(]/.test(readFileSync(file, 'utf8')));
  const found = new Map<string, Email<unknown>>();
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (isEmail(value)) found.set(`${relative(repoRoot, file)}#${name}`, value);
  }
  return found;
}

const emails = await allEmails();

describe('email subjects carry nothing anyone typed', () => {
  it('every email has samples here, and every sample an email', () => {
    expect(emails.size).toBeGreaterThan(10);
    expect([...emails.keys()].filter((key) => !SAMPLES[key])).toEqual([]);
    expect(Object.keys(SAMPLES).filter((key) => !emails.has(key))).toEqual([]);
  });

  for (const [key, email] of emails) {
    it(key, () => {
      for (const vars of SAMPLES[key] ?? []) {
        for (const language of LANGUAGES) {
          const { subject, text } = email.render(language, vars);
          expect(leaked(subject), `${language}: ${subject}`).toBe(false);
          expect(subject).toMatch(/– Liike$/);
          // The body still names what the recipient needs (the hostile values are there, as typed),
          // when the email carries anything typed at all (a sign-in link carries nothing).
          if (JSON.stringify(vars).includes(HOSTILE)) expect(text).toContain(HOSTILE);
        }
      }
    });
  }
});
