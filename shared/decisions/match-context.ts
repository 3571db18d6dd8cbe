import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { getMatch, type MatchItem } from './matches.ts';
import { getRole, type RoleItem } from '#shared/roles/store';
import { getSchool, schoolName, type School } from '#shared/schools/registry';

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

/** The placement period: where the applicant's availability and the role's period overlap. */
export function placementPeriod(application: ApplicationItem, role: RoleItem) {
  return {
    periodFrom: application.availableFrom > role.periodFrom ? application.availableFrom : role.periodFrom,
    periodTo: application.availableTo < role.periodTo ? application.availableTo : role.periodTo,
  };
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

export function placementFacts({ application, role }: MatchContext) {
  return {
    companyName: role.company.name,
    roleTitle: role.title,
    sector: role.sector,
    city: role.company.city,
    region: role.company.region,
    country: role.company.country,
    ...placementPeriod(application, role),
  };
}

/** The overlap the hard rule required: the larger of the two minimum lengths. */
export const requiredWeeks = ({ application, role }: MatchContext) => Math.max(application.minWeeks, role.minWeeks);
