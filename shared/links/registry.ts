import { applicationStatus } from '#shared/applicant/status-link';
import type { Registry } from './link-handler.ts';
import { companyDecision, coordinatorDecision } from '#shared/decisions/links';
import { holdRelease } from '#shared/decisions/hold';
import { companyFeedback, followUpEnd, followUpSixMonths } from '#shared/follow-up/links';
import { roleManagement } from '#shared/roles/management-link';
import { roleVerification } from '#shared/roles/verification-link';
import { signInLink } from '#shared/sign-in/link';

/** What each kind of email link shows on GET and does on the POST of its form. */
export const linkPurposes: Registry = {
  applicationStatus,
  roleVerification,
  coordinatorDecision,
  companyDecision,
  roleManagement,
  holdRelease,
  followUpEnd,
  followUpSixMonths,
  companyFeedback,
  signIn: signInLink,
};
