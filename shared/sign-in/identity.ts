import { config } from '#shared/platform/config';
import { DESK, keys, queryAll } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import type { Language } from '#shared/platform/i18n';
import { getApplication } from '#shared/applications/store';
import { isActive, listSchools, type School } from '#shared/schools/registry';
import { domainTable } from '#shared/platform/table';

/**
 * Who an email address is, from the registry and the data alone (no accounts): programme staff
 * (configuration), the coordinator or deputy of schools (the registry), the contact of roles
 * (index gsi3 under the hash of the address), an applicant (the email lookups). Worked out
 * again on every desk request, so a registry change applies at once and a session grants
 * nothing the data does not.
 */
export interface Identity {
  /** Trimmed and lower-cased, as every address is compared. */
  email: string;
  staff: boolean;
  schools: { schoolId: string; as: 'coordinator' | 'deputy' }[];
  /** Roles whose contact the address is. */
  roleIds: string[];
  /** Applications made with the address (erased ones have no lookup). */
  applicationIds: string[];
  /** The language to write to them in: the registry's, the role's, the application's; undefined if unknown. */
  language: Language | undefined;
  /** Whose clock their times are shown on: the school's, the company's or the applicant's country. */
  country: string | undefined;
}

export const normalisedEmail = (email: string) => email.trim().toLowerCase();
export const isKnown = (identity: Identity) =>
  identity.staff || identity.schools.length > 0 || identity.roleIds.length > 0 || identity.applicationIds.length > 0;

const desk = domainTable.indexes[2];

/** The schools where `email` is the coordinator or the deputy; a deactivated school makes no one its coordinator. */
export function schoolsOf(email: string, schools: readonly School[]): Identity['schools'] {
  const address = normalisedEmail(email);
  return schools.filter(isActive).flatMap((school): Identity['schools'] => {
    if (normalisedEmail(school.coordinator.email) === address) return [{ schoolId: school.schoolId, as: 'coordinator' as const }];
    if (school.deputy && normalisedEmail(school.deputy.email) === address) return [{ schoolId: school.schoolId, as: 'deputy' as const }];
    return [];
  });
}

export async function identify(rawEmail: string): Promise<Identity> {
  const email = normalisedEmail(rawEmail);
  const hash = emailHash(email);
  const [schools, roles, lookups] = await Promise.all([
    listSchools(),
    queryAll<{ roleId: string; contact: { language: Language }; company: { country: string } }>({
      TableName: config.tableName,
      IndexName: desk.name,
      KeyConditionExpression: `${desk.partitionKey} = :contact`,
      ExpressionAttributeValues: { ':contact': DESK.contact(hash) },
      ProjectionExpression: 'roleId, contact, company',
    }),
    queryAll<{ applicationId: string }>({
      TableName: config.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :application)',
      ExpressionAttributeValues: { ':pk': keys.emailLookup(hash, '').pk, ':application': 'APPLICATION#' },
      ProjectionExpression: 'applicationId',
    }),
  ]);
  const mine = schoolsOf(email, schools);
  const school = schools.find((s) => s.schoolId === mine[0]?.schoolId);
  const schoolLanguage = school && (mine[0]!.as === 'coordinator' ? school.coordinator.language : school.deputy?.language);
  const applicationIds = lookups.map((l) => l.applicationId);
  const application =
    !schoolLanguage && roles.length === 0 && applicationIds.length > 0 ? await getApplication(applicationIds[applicationIds.length - 1]!) : undefined;
  return {
    email,
    staff: config.programmeStaff.includes(email),
    schools: mine,
    roleIds: roles.map((r) => r.roleId),
    applicationIds,
    language: schoolLanguage ?? roles[0]?.contact.language ?? application?.language,
    country: school?.country ?? roles[0]?.company.country ?? application?.homeCountry,
  };
}
