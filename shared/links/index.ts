import { applicationStatus } from './application-status.ts';
import type { Registry } from './common.ts';
import { companyDecision, coordinatorDecision } from './decisions.ts';
import { companyFeedback, followUpEnd, followUpSixMonths } from './follow-up.ts';
import { roleManagement } from './role-management.ts';
import { roleVerification } from './role-verification.ts';

export { expiredPage, pageResponse, usedPage, type LinkRequest } from './common.ts';

/** What each kind of email link shows on GET and does on the POST of its form. */
export const linkPurposes: Registry = {
  applicationStatus,
  roleVerification,
  coordinatorDecision,
  companyDecision,
  roleManagement,
  followUpEnd,
  followUpSixMonths,
  companyFeedback,
};
