import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { getMatch, type MatchItem } from './matches.ts';
import { getRole, type RoleItem } from '#shared/roles/store';
import { getSchool, schoolName, type School } from '#shared/schools/registry';
import { roleTextShown } from '#shared/roles/role-text';
import type { Language } from '#shared/platform/i18n';
import { earliestPlacement, placementWindow } from './placement-dates.ts';

/** Everything a decision email or page about one match shows. */
export interface MatchContext {
  match: MatchItem;
  application: ApplicationItem;
  role: RoleItem;
  school: School;
}

export async function loadMatchContext(matchId: string): Promise<MatchContext | undefined> {
  const match = await getMatch(matchId);
  if (!match) return undefined;
  const [application, role] = await Promise.all([getApplication(match.applicationId), getRole(match.roleId)]);
  if (!application || !role) return undefined;
  const school = await getSchool(application.schoolId);
  return school ? { match, application, role, school } : undefined;
}

/**
 * The placement's dates: the period the match carries (proposed by the round, perhaps shifted by
 * the company on accepting), inside the window where the applicant's availability and the role's
 * period overlap. A match proposed before matches carried dates gets the earliest such period.
 * The window always holds the proposed period: a company that changed its role's period since
 * (shared/roles/change.ts) leaves its pending proposals as they were made, so what was proposed
 * can still be accepted as it is.
 */
export function placementPeriod({ match, application, role }: Pick<MatchContext, 'match' | 'application' | 'role'>) {
  const overlap = placementWindow(application, role);
  const period = match.placement ?? earliestPlacement(overlap, requiredWeeks({ application, role }), match.proposedAt);
  const window = { from: period.from < overlap.from ? period.from : overlap.from, to: period.to > overlap.to ? period.to : overlap.to };
  return { periodFrom: period.from, periodTo: period.to, windowFrom: window.from, windowTo: window.to };
}

export function applicantFacts({ application, school }: Pick<MatchContext, 'application' | 'school'>) {
  return {
    firstName: application.firstName,
    lastName: application.lastName,
    firstNameLatin: application.firstNameLatin,
    lastNameLatin: application.lastNameLatin,
    applicantType: application.applicantType,
    schoolName: schoolName(school),
    homeCountry: application.homeCountry,
    fieldOfStudy: application.fieldOfStudy,
    languages: application.languages,
  };
}

/**
 * The placement as a reader sees it. `reader`: the language of someone who is not the company (the
 * applicant, a coordinator), who is shown the role's title in the text that fits them, with its
 * language named when it is not theirs; without it, the company's own title as it wrote it (for
 * the company itself).
 */
export function placementFacts(ctx: MatchContext, reader?: Language) {
  const { role } = ctx;
  const { periodFrom, periodTo, windowFrom, windowTo } = placementPeriod(ctx);
  const shown = reader ? roleTextShown(role, reader) : undefined;
  return {
    companyName: role.company.name,
    roleTitle: shown ? shown.title : role.title,
    ...(shown?.titleLanguage ? { roleLanguage: shown.titleLanguage } : {}),
    sector: role.sector,
    city: role.company.city,
    region: role.company.region,
    country: role.company.country,
    periodFrom,
    periodTo,
    // The window the dates may move in, only while they may: not in a confirmation.
    ...(ctx.match.status === 'CONFIRMED' ? {} : { windowFrom, windowTo }),
  };
}

/**
 * The role's description for a reader who is not the company: the text that fits them, with its
 * language when it is not theirs (`roleDescription`, `roleDescriptionLanguage`, as the decision
 * emails and pages take them); nothing when the company wrote none.
 */
export function roleDescriptionFor(role: RoleItem, reader: Language): { roleDescription?: string; roleDescriptionLanguage?: Language } {
  const { description, descriptionLanguage } = roleTextShown(role, reader);
  return description ? { roleDescription: description, ...(descriptionLanguage ? { roleDescriptionLanguage: descriptionLanguage } : {}) } : {};
}

/** The overlap the hard rule required: the larger of the two minimum lengths. */
export const requiredWeeks = ({ application, role }: Pick<MatchContext, 'application' | 'role'>) => Math.max(application.minWeeks, role.minWeeks);
