/**
 * The server-rendered pages behind email links. Each is `(language, vars) => string`, a
 * complete HTML document; the language always comes from the caller.
 */
export { layout, type LayoutOptions } from './layout.ts';
export { applicationStatusPage, type ApplicationStatusVars } from './application.ts';
export { roleVerificationPage, roleVerifiedPage, type RoleVerificationVars } from './role.ts';
export { linkUsedPage, linkExpiredPage, linkUnknownPage, LINK_DECISIONS, type LinkDecision, type LinkPurposeHint } from './link-pages.ts';
export { notFoundPage, errorPage } from './errors.ts';
export {
  coordinatorDecisionPage,
  companyDecisionPage,
  type CoordinatorDecisionVars,
  type CompanyDecisionVars,
} from './proposal.ts';
export { closeRolePage, type CloseRoleVars } from './close-role.ts';
export { decisionDonePage, proposalChangedPage, type DecisionOutcome, type ProposalChange } from './decision-outcome.ts';
export type { ApplicantFacts, Audience, Contacts, LanguageSkill, PlacementFacts, Score } from './match-facts.ts';
