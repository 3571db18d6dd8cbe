import * as z from '#shared/platform/zod';
import type { FieldError } from '#shared/platform/http/problem';
import { LANGUAGES } from '#shared/platform/i18n';
import { email, line, personName } from '#shared/platform/validation';
import { COUNTRIES } from '#shared/vocabulary/codes';
import { hasNonLatinLetters } from '#shared/vocabulary/transliteration';
import type { School } from './registry.ts';

/*
 * A registry entry as programme staff write it: the school and its coordinator and optional
 * deputy. The desk's form, `npm run schools` and its CSV import all speak in the same flat fields
 * (SCHOOL_FIELDS, in form order), so one schema checks all three and its errors name the same
 * fields everywhere. A contact's time zone is not stored: it follows the school's country
 * (shared/vocabulary/time-zones.ts), as every reader's does.
 */

export const SCHOOL_FIELDS = [
  'schoolId',
  'name',
  'nameLatin',
  'country',
  'city',
  'coordinator.name',
  'coordinator.email',
  'coordinator.language',
  'deputy.name',
  'deputy.email',
  'deputy.language',
] as const;
export type SchoolField = (typeof SCHOOL_FIELDS)[number];
/** What staff may change of an existing school: everything but its id, which keys it (and its applications). */
export type EditableField = Exclude<SchoolField, 'schoolId'>;
export const EDITABLE_FIELDS = SCHOOL_FIELDS.filter((f): f is EditableField => f !== 'schoolId');
export const DEPUTY_FIELDS = ['deputy.name', 'deputy.email', 'deputy.language'] as const satisfies readonly SchoolField[];

/** A school contact's name and address: personal data, wherever a copy of them is kept (audit.ts). */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['coordinator.name', 'coordinator.email', 'deputy.name', 'deputy.email']);

/** The fields as typed: a form's, a command line's or a CSV row's strings. */
export type FlatSchool = Partial<Record<SchoolField, string>>;

export const SCHOOL_ID_MESSAGE = 'must be lower-case letters, digits and single hyphens, e.g. "fi-sasky"';
export const RESERVED_MESSAGE = 'is a word the desk uses in its addresses; choose another';
export const NAME_LATIN_REQUIRED = 'is required when the name has letters other than Latin';
export const NOT_LATIN_MESSAGE = 'must be in Latin letters';
export const SAME_AS_COORDINATOR = 'must not be the coordinator’s address';
export const COUNTRY_MESSAGE = `must be one of ${COUNTRIES.join(', ')}`;
export const LANGUAGE_MESSAGE = `must be one of ${LANGUAGES.join(', ')}`;
export const EXISTS_MESSAGE = 'is already in the registry';

/** Ids a desk address uses after /desk/staff/schools/ (functions/catalog.ts). */
const RESERVED_IDS = new Set(['new']);

export const schoolIdRule = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(64, 'at most 64 characters'),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SCHOOL_ID_MESSAGE),
    z.refine((id) => !RESERVED_IDS.has(id), RESERVED_MESSAGE),
  );

export const schoolContactSchema = z.strictObject({
  name: personName(100),
  email,
  language: z.enum(LANGUAGES, LANGUAGE_MESSAGE),
});

const normalised = (address: string) => address.trim().toLowerCase();

/** A registry school with its coordinator and optional deputy. */
export const registrySchoolSchema = z
  .strictObject({
    schoolId: schoolIdRule,
    name: line(200),
    /** Its English name, for readers abroad, when `name` is in another script. */
    nameLatin: z.optional(line(200).check(z.refine((s) => !hasNonLatinLetters(s), NOT_LATIN_MESSAGE))),
    country: z.enum(COUNTRIES, COUNTRY_MESSAGE),
    city: line(100),
    coordinator: schoolContactSchema,
    deputy: z.optional(schoolContactSchema),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.nameLatin === undefined && hasNonLatinLetters(s.name)) ctx.addIssue({ code: 'custom', path: ['nameLatin'], message: NAME_LATIN_REQUIRED });
      if (s.deputy && normalised(s.deputy.email) === normalised(s.coordinator.email)) {
        ctx.addIssue({ code: 'custom', path: ['deputy', 'email'], message: SAME_AS_COORDINATOR });
      }
    }),
  );

export type RegistrySchool = z.infer<typeof registrySchoolSchema>;

const given = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

/**
 * The nested shape of flat fields, for the schema: empty optional fields are left out, a
 * required one stays empty (so the schema says "must not be empty"), and the deputy is there as
 * soon as any of its fields is filled in (so a half-filled deputy names what is missing).
 */
export function nestedFromFlat(flat: FlatSchool): Record<string, unknown> {
  const value = (field: SchoolField) => flat[field]?.trim() ?? '';
  const contact = (who: 'coordinator' | 'deputy') => ({ name: value(`${who}.name`), email: value(`${who}.email`), language: value(`${who}.language`) });
  const nameLatin = given(flat.nameLatin);
  return {
    schoolId: value('schoolId'),
    name: value('name'),
    ...(nameLatin ? { nameLatin } : {}),
    country: value('country').toUpperCase(),
    city: value('city'),
    coordinator: contact('coordinator'),
    ...(DEPUTY_FIELDS.some((f) => given(flat[f]) !== undefined) ? { deputy: contact('deputy') } : {}),
  };
}

/** The flat fields of a registry school (what a form is filled with); a missing optional one is absent. */
export function flatFromSchool(school: Pick<School, 'schoolId' | 'name' | 'nameLatin' | 'country' | 'city' | 'coordinator' | 'deputy'>): FlatSchool {
  const flat: FlatSchool = {
    schoolId: school.schoolId,
    name: school.name,
    country: school.country,
    city: school.city,
    'coordinator.name': school.coordinator.name,
    'coordinator.email': school.coordinator.email,
    'coordinator.language': school.coordinator.language,
  };
  if (school.nameLatin !== undefined) flat.nameLatin = school.nameLatin;
  if (school.deputy) {
    flat['deputy.name'] = school.deputy.name;
    flat['deputy.email'] = school.deputy.email;
    flat['deputy.language'] = school.deputy.language;
  }
  return flat;
}

/** Field errors in form order (SCHOOL_FIELDS), one per field: the first thing to fix in each. */
export function inFormOrder(errors: readonly FieldError[]): FieldError[] {
  const rank = (path: string) => {
    const i = SCHOOL_FIELDS.indexOf(path as SchoolField);
    return i === -1 ? SCHOOL_FIELDS.length : i;
  };
  const seen = new Set<string>();
  return [...errors]
    .sort((a, b) => rank(a.path) - rank(b.path))
    .filter((e) => {
      if (seen.has(e.path)) return false;
      seen.add(e.path);
      return true;
    });
}

/** Checks flat fields: the school to store, or the errors by field (dotted paths, as SCHOOL_FIELDS). */
export function parseSchool(flat: FlatSchool): { ok: true; school: RegistrySchool } | { ok: false; errors: FieldError[] } {
  const result = registrySchoolSchema.safeParse(nestedFromFlat(flat));
  if (result.success) return { ok: true, school: result.data };
  return { ok: false, errors: inFormOrder(result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))) };
}
