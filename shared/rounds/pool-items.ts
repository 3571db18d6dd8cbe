import type { ApplicationItem } from '#shared/applications/store';
import type { MatchApplicant, MatchRole } from '#shared/matching/types';
import type { RoleItem } from '#shared/roles/store';

/*
 * The pool's table items as the matcher sees them. Pure (type imports only), so what explains a
 * chosen role to an applicant (shared/applicant/) reads them as a round does without bundling the
 * round itself (its writes, the school registry, …) into the link handler.
 */

/** What of an application the matcher reads. */
export const APPLICANT_ATTRIBUTES = [
  'applicationId',
  'applicantType',
  'homeCountry',
  'fieldOfStudy',
  'sectors',
  'destinations',
  'availableFrom',
  'availableTo',
  'minWeeks',
  'languages',
  'rolePreferences',
  'confirmedAt',
  'submittedAt',
] as const satisfies readonly (keyof ApplicationItem)[];

/** What of a role the matcher reads (`status`: only open roles are matched). */
export const ROLE_ATTRIBUTES = [
  'roleId',
  'status',
  'company',
  'sector',
  'fieldsOfStudy',
  'placesLeft',
  'periodFrom',
  'periodTo',
  'minWeeks',
  'languages',
  'applicantTypes',
] as const satisfies readonly (keyof RoleItem)[];

/** An application as the matcher sees it (also for explaining why a chosen role does not fit). */
export const toApplicant = (a: Pick<ApplicationItem, (typeof APPLICANT_ATTRIBUTES)[number]>): MatchApplicant => ({
  id: a.applicationId,
  applicantType: a.applicantType,
  homeCountry: a.homeCountry,
  fieldOfStudy: a.fieldOfStudy,
  sectors: a.sectors,
  destinations: a.destinations,
  availableFrom: a.availableFrom,
  availableTo: a.availableTo,
  minWeeks: a.minWeeks,
  languages: a.languages,
  rolePreferences: a.rolePreferences ?? [],
  // Waiting counts from when the application entered the pool (confirmation; older ones: submission).
  submittedAt: a.confirmedAt ?? a.submittedAt,
});

/** A role as the matcher sees it: its places are those left. */
export const toRole = (r: Pick<RoleItem, Exclude<(typeof ROLE_ATTRIBUTES)[number], 'company'>> & { company: Pick<RoleItem['company'], 'country'> }): MatchRole => ({
  id: r.roleId,
  country: r.company.country,
  sector: r.sector,
  fieldsOfStudy: r.fieldsOfStudy,
  // Places already held by pending or confirmed matches were taken off `placesLeft` when they
  // were proposed, so the matcher sees only what is free; nothing frozen is matched again.
  places: r.placesLeft,
  periodFrom: r.periodFrom,
  periodTo: r.periodTo,
  minWeeks: r.minWeeks,
  languages: r.languages,
  applicantTypes: r.applicantTypes,
});
