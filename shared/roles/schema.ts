import * as z from '#shared/platform/zod';
import { isAnyField } from '#shared/vocabulary/isced';
import { applicantType, contactLanguage, country, languageRequirement, sector } from '#shared/vocabulary/codes';
import { email, freeText, isoDate, line, personName, unique, utcToday, type Today } from '#shared/platform/validation';
import { businessIdProblem } from './business-id.ts';
import { checkPeriod } from './period.ts';

/** The second language's refinements, by message (the forms say them in the reader's language). */
export const SAME_LANGUAGE_MESSAGE = 'must differ from the language of the title and description';
export const DESCRIPTION_NEEDED_MESSAGE = 'is required when the second language has a description';

/** A role's limits, for the forms that ask for them (the role form, a role's change form) and their words. */
export const MAX_PLACES = 50;
export const MAX_MIN_WEEKS = 52;
export const MAX_DESCRIPTION = 4000;

/**
 * The body of POST /roles, defined once: the handler validates with it, the OpenAPI document is
 * generated from it, and the role form validates with it before sending.
 */
export function roleSchema(today: Today = utcToday) {
  return z
    .strictObject({
      company: z
        .strictObject({
          name: line(200),
          businessId: line(50),
          country,
          region: line(100),
          city: line(100),
        })
        // The registration number of the company's own country, with its check digit (business-id.ts).
        .check(
          z.superRefine((c, ctx) => {
            const problem = businessIdProblem(c.country, c.businessId);
            if (problem) ctx.addIssue({ code: 'custom', path: ['businessId'], message: problem });
          }),
        ),
      contact: z.strictObject({ name: personName(100), email, language: contactLanguage }),
      title: line(200),
      sector,
      fieldsOfStudy: z
        .array(
          z
            .string()
            .check(z.regex(/^\d{2,4}$/, 'must be an ISCED-F 2013 code of 2, 3 or 4 digits'), z.refine(isAnyField, 'is not an ISCED-F 2013 field')),
        )
        .check(z.minLength(1), z.maxLength(10), z.superRefine(unique())),
      places: z.number().check(z.int(), z.gte(1), z.lte(MAX_PLACES)),
      periodFrom: isoDate,
      periodTo: isoDate,
      minWeeks: z.number().check(z.int(), z.gte(1), z.lte(MAX_MIN_WEEKS)),
      languages: z.array(languageRequirement).check(z.maxLength(4), z.superRefine(unique((l) => l.code))),
      applicantTypes: z.array(applicantType).check(z.minLength(1), z.maxLength(2), z.superRefine(unique())),
      description: z.optional(freeText(MAX_DESCRIPTION)),
      /**
       * The language the title and description are written in (one of the five); without it, the
       * contact's language. Readers abroad see it named next to the text (shared/roles/role-text.ts).
       */
      language: z.optional(contactLanguage),
      /**
       * The title and description again in a second language (English, or the applicants'), for
       * readers in other countries; the board shows the one that fits the reader.
       */
      translation: z.optional(
        z.strictObject({
          language: contactLanguage,
          title: line(200),
          description: z.optional(freeText(MAX_DESCRIPTION)),
        }),
      ),
    })
    .check(
      z.superRefine((r, ctx) => {
        if (r.translation && r.translation.language === (r.language ?? r.contact.language)) {
          ctx.addIssue({ code: 'custom', path: ['translation', 'language'], message: SAME_LANGUAGE_MESSAGE });
        }
        if (r.translation && !r.description && r.translation.description) {
          ctx.addIssue({ code: 'custom', path: ['description'], message: DESCRIPTION_NEEDED_MESSAGE });
        }
        checkPeriod(r, ctx, today);
      }),
    );
}

export type RoleInput = z.infer<ReturnType<typeof roleSchema>>;

export const roleCreated = z.strictObject({ roleId: z.uuid(), status: z.literal('PENDING_VERIFICATION') });
