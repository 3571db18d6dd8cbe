import { applicationReceiptEmail } from '#shared/applications/emails';
import { applicantWithdrewEmail, withdrawalConfirmedEmail } from '#shared/applicant/emails';
import { companyProposalEmail, coordinatorProposalEmail, placementConfirmedEmail, searchContinuesEmail } from '#shared/decisions/emails';
import { companyDeclinedEmail, placementProposedEmail } from '#shared/decisions/news-emails';
import type { Email } from '#shared/platform/email';
import type { Language } from '#shared/platform/i18n';
import { roleClosedEmail, roleOpenedEmail, roleVerificationEmail } from '#shared/roles/emails';

/** Every email of the flow by a name, so a test can walk them all in every language. */
const EMAILS = {
  applicationReceipt: applicationReceiptEmail,
  roleVerification: roleVerificationEmail,
  roleOpened: roleOpenedEmail,
  coordinatorProposal: coordinatorProposalEmail,
  companyProposal: companyProposalEmail,
  placementConfirmed: placementConfirmedEmail,
  searchContinues: searchContinuesEmail,
  withdrawalConfirmed: withdrawalConfirmedEmail,
  roleClosed: roleClosedEmail,
  placementProposed: placementProposedEmail,
  companyDeclined: companyDeclinedEmail,
  applicantWithdrew: applicantWithdrewEmail,
};

type VarsOf<E> = E extends Email<infer V> ? V : never;
export type EmailVars = { [K in keyof typeof EMAILS]: VarsOf<(typeof EMAILS)[K]> };

export const renderEmail = <K extends keyof EmailVars>(kind: K, language: Language, vars: EmailVars[K]) =>
  (EMAILS[kind] as Email<EmailVars[K]>).render(language, vars);

export const emailContent = <K extends keyof EmailVars>(kind: K, language: Language, vars: EmailVars[K]) =>
  (EMAILS[kind] as Email<EmailVars[K]>).content(language, vars);
