import * as z from '#shared/platform/zod';
import { contactLanguage, country, languageRequirement, sector, applicantType } from '#shared/vocabulary/codes';
import { isAnyField } from '#shared/vocabulary/isced';
import { isoDate } from '#shared/platform/validation';
import type { RoleItem } from './store.ts';
import { originalLanguage } from './role-text.ts';

/*
 * What the public board shows of a role, defined once: the API answers it, the OpenAPI document
 * is generated from it, the board and the application form read it. It is a list of what may be
 * shown, never the stored item minus what may not: no contact person, address or business id
 * can reach it by a field added later.
 */

const text = z.object({ language: contactLanguage, title: z.string(), description: z.optional(z.string()) });

export const publicRoleSchema = z.strictObject({
  roleId: z.uuid(),
  /** The role's own title and description, in the language the company wrote them in. */
  title: z.string(),
  description: z.optional(z.string()),
  language: contactLanguage,
  /** The same in a second language, when the company gave one. */
  translation: z.optional(text),
  company: z.strictObject({ name: z.string(), country, region: z.string(), city: z.string() }),
  sector,
  fieldsOfStudy: z.array(z.string()),
  applicantTypes: z.array(applicantType),
  periodFrom: isoDate,
  periodTo: isoDate,
  minWeeks: z.number().check(z.int()),
  places: z.number().check(z.int()),
  placesLeft: z.number().check(z.int()),
  languages: z.array(languageRequirement),
  openedAt: z.string(),
});
export type PublicRole = z.infer<typeof publicRoleSchema>;

/** A role in the board's list: the same without the descriptions (the role's own page has them). */
export const boardEntrySchema = z.extend(z.omit(publicRoleSchema, { description: true }), {
  translation: z.optional(z.omit(text, { description: true })),
});
export type BoardEntry = z.infer<typeof boardEntrySchema>;

/** GET /roles: a page of the board, in a stable order; `next` is the cursor of the page after it. */
export const boardPageSchema = z.strictObject({
  roles: z.array(boardEntrySchema),
  next: z.optional(z.string()),
});
export type BoardPage = z.infer<typeof boardPageSchema>;

/** The board's public view of a stored role. */
export function publicRole(role: RoleItem): PublicRole {
  return {
    roleId: role.roleId,
    title: role.title,
    ...(role.description ? { description: role.description } : {}),
    language: originalLanguage(role),
    ...(role.translation ? { translation: { language: role.translation.language, title: role.translation.title, ...(role.translation.description ? { description: role.translation.description } : {}) } } : {}),
    company: { name: role.company.name, country: role.company.country, region: role.company.region, city: role.company.city },
    sector: role.sector,
    fieldsOfStudy: [...role.fieldsOfStudy],
    applicantTypes: [...role.applicantTypes],
    periodFrom: role.periodFrom,
    periodTo: role.periodTo,
    minWeeks: role.minWeeks,
    places: role.places,
    placesLeft: role.placesLeft,
    languages: role.languages.map((l) => ({ code: l.code, level: l.level })),
    openedAt: role.openedAt ?? role.submittedAt,
  };
}

export function boardEntry(role: RoleItem): BoardEntry {
  const { description: _d, translation, ...rest } = publicRole(role);
  return { ...rest, ...(translation ? { translation: { language: translation.language, title: translation.title } } : {}) };
}

/**
 * The query of GET /roles. Every parameter is optional; an unknown one, or a value that is not
 * one of the vocabulary's, is a 400 naming it (a typo would otherwise show the whole board as if
 * filtered). `field` is an ISCED-F code of 2 to 4 digits: a broad one finds the roles in it, a
 * detailed one also the broader roles that accept it. `from`/`to`: roles whose period overlaps
 * these days. `q`: words of the title, company or city. `cursor`: the `next` of the page before.
 */
const LIMIT_MESSAGE = 'must be a whole number from 1 to 100';

export const boardQuerySchema = z
  .strictObject({
    country: z.optional(country),
    sector: z.optional(sector),
    field: z.optional(
      z
        .string()
        // One message for one parameter: a refine runs even after a failed regex.
        .check(z.refine((f) => /^\d{2,4}$/.test(f) && isAnyField(f), 'must be an ISCED-F 2013 field code of 2, 3 or 4 digits')),
    ),
    applicantType: z.optional(applicantType),
    from: z.optional(isoDate),
    to: z.optional(isoDate),
    q: z.optional(z.string().check(z.trim(), z.minLength(2, 'must be at least 2 characters'), z.maxLength(100))),
    cursor: z.optional(z.string().check(z.maxLength(400))),
    // In words a reader of the 400 understands, not zod's ("expected int to be <=9007199254740991").
    // `abort`: the first failed check is the one said (a huge number fails int and max alike).
    limit: z.optional(
      z.coerce
        .number(LIMIT_MESSAGE)
        .check(
          z.int({ message: LIMIT_MESSAGE, abort: true }),
          z.gte(1, { message: LIMIT_MESSAGE, abort: true }),
          z.lte(100, { message: LIMIT_MESSAGE, abort: true }),
        ),
    ),
  })
  .check(
    z.superRefine((q, ctx) => {
      if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    }),
  );
export type BoardQuery = z.infer<typeof boardQuerySchema>;

/** The board's default page size, and what one page may hold. */
export const BOARD_PAGE = 50;
