import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { getMatch, type MatchItem } from './matches.ts';
import { getRole, type RoleItem } from '#shared/roles/store';
import { getSchool, schoolName, type School } from '#shared/schools/registry';
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

export function placementFacts(ctx: MatchContext) {
  const { role } = ctx;
  const { periodFrom, periodTo, windowFrom, windowTo } = placementPeriod(ctx);
  return {
    companyName: role.company.name,
    roleTitle: role.title,
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

/** The overlap the hard rule required: the larger of the two minimum lengths. */
export const requiredWeeks = ({ application, role }: Pick<MatchContext, 'application' | 'role'>) => Math.max(application.minWeeks, role.minWeeks);
