import * as z from 'zod';
import { LANGUAGES } from '#shared/platform/i18n';
import { isAnyField, isDetailedField } from './isced.ts';
import { participantSchema } from '#shared/applications/participant';

/**
 * Request schemas of the HTTP API, defined once: the handlers validate with them, the OpenAPI
 * document is generated from them, and the web forms validate with them before sending.
 */

export const COUNTRIES = ['FI', 'EE', 'LT', 'RU'] as const;
export const SECTORS = ['construction', 'wellbeing', 'technology'] as const;
export const APPLICANT_TYPES = ['student', 'staff'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export const country = z.enum(COUNTRIES);
export const sector = z.enum(SECTORS);
export const applicantType = z.enum(APPLICANT_TYPES);
export const contactLanguage = z.enum(LANGUAGES);

// Control characters have no place in names or titles and break emails and logs; newlines and
// tabs are allowed only in the long free-text fields.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
export const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// A lone UTF-16 surrogate (JSON allows "\ud800") is no text: it cannot be stored or mailed as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A single-line text of any script, trimmed. */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode text');

/** A multi-line free text, trimmed. */
export const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine((s) => !CONTROL_EXCEPT_WHITESPACE.test(s), 'must not contain control characters')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode text');

export const email = z.email('must be a valid email address').max(254);

const knownLanguages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
export const languageRequirement = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code, e.g. "en"')
    // zod runs this even when the regex failed, and Intl throws on what is no language tag.
    .refine((c) => !/^[a-z]{2}$/.test(c) || knownLanguages.of(c) !== undefined, 'is not an ISO 639-1 language'),
  level: z.enum(CEFR_LEVELS),
});

/** Today as an ISO date in UTC; injectable so tests can fix the clock. */
export type Today = () => string;
export const utcToday: Today = () => new Date().toISOString().slice(0, 10);

const isoDate = z.iso.date('must be a date as YYYY-MM-DD');

const unique = <T>(key: (v: T) => unknown = (v) => v) =>
  (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    list.forEach((v, i) => {
      const k = key(v);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: 'is listed twice', path: [i] });
      seen.add(k);
    });
  };

const weeksBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (7 * 86_400_000);

export function applicationSchema(today: Today = utcToday) {
  return z
    .strictObject({
      applicantType,
      firstName: line(100),
      lastName: line(100),
      email,
      language: contactLanguage,
      schoolId: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'is not a school id'),
      fieldOfStudy: z
        .string()
        .regex(/^\d{4}$/, 'must be a 4-digit ISCED-F 2013 code')
        .refine(isDetailedField, 'is not an ISCED-F 2013 detailed field'),
      sectors: z.array(sector).min(1).max(3).superRefine(unique()),
      destinations: z.array(country).min(1).max(3).superRefine(unique()),
      availableFrom: isoDate,
      availableTo: isoDate,
      minWeeks: z.number().int().min(1).max(52),
      languages: z.array(languageRequirement).min(1).max(6).superRefine(unique((l) => l.code)),
      rolePreferences: z.array(z.uuid('must be a role id')).max(5).superRefine(unique()).optional(),
      motivation: freeText(2000).optional(),
      /** Optional participant data at entry, for the funder's statistics. */
      participant: participantSchema.optional(),
      consent: z.strictObject({
        dataProcessing: z.literal(true, 'must be true'),
        /** An explicit consent of its own, required for participant.sensitive. */
        sensitiveData: z.boolean().describe('Explicit consent to the sensitive items (participant.sensitive)').optional(),
      }),
    })
    .superRefine((a, ctx) => {
      if (a.participant?.sensitive && a.consent.sensitiveData !== true) {
        ctx.addIssue({ code: 'custom', path: ['participant', 'sensitive'], message: 'is accepted only with consent.sensitiveData: true' });
      }
      const birthYear = a.participant?.birthYear;
      if (typeof birthYear === 'number' && birthYear > Number(today().slice(0, 4)) - 10) {
        ctx.addIssue({ code: 'custom', path: ['participant', 'birthYear'], message: 'is not a plausible year of birth' });
      }
      if (a.availableFrom < today()) {
        ctx.addIssue({ code: 'custom', path: ['availableFrom'], message: 'must not be in the past' });
      }
      if (a.availableTo <= a.availableFrom) {
        ctx.addIssue({ code: 'custom', path: ['availableTo'], message: 'must be after availableFrom' });
      } else if (weeksBetween(a.availableFrom, a.availableTo) < a.minWeeks) {
        ctx.addIssue({ code: 'custom', path: ['minWeeks'], message: 'is longer than the available period' });
      }
    });
}

export function roleSchema(today: Today = utcToday) {
  return z
    .strictObject({
      company: z.strictObject({
        name: line(200),
        businessId: line(50),
        country,
        region: line(100),
        city: line(100),
      }),
      contact: z.strictObject({ name: line(100), email, language: contactLanguage }),
      title: line(200),
      sector,
      fieldsOfStudy: z
        .array(
          z
            .string()
            .regex(/^\d{2,4}$/, 'must be an ISCED-F 2013 code of 2, 3 or 4 digits')
            .refine(isAnyField, 'is not an ISCED-F 2013 field'),
        )
        .min(1)
        .max(10)
        .superRefine(unique()),
      places: z.number().int().min(1).max(50),
      periodFrom: isoDate,
      periodTo: isoDate,
      minWeeks: z.number().int().min(1).max(52),
      languages: z.array(languageRequirement).max(4).superRefine(unique((l) => l.code)),
      applicantTypes: z.array(applicantType).min(1).max(2).superRefine(unique()),
      description: freeText(4000).optional(),
    })
    .superRefine((r, ctx) => {
      if (r.periodTo <= r.periodFrom) {
        ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'must be after periodFrom' });
      } else if (r.periodTo < today()) {
        ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'must not be in the past' });
      } else if (weeksBetween(r.periodFrom, r.periodTo) < r.minWeeks) {
        ctx.addIssue({ code: 'custom', path: ['minWeeks'], message: 'is longer than the period' });
      }
    });
}

export type ApplicationInput = z.infer<ReturnType<typeof applicationSchema>>;
export type RoleInput = z.infer<ReturnType<typeof roleSchema>>;

/** Response bodies, for the OpenAPI document. */
export const schoolSchema = z.strictObject({
  schoolId: z.string(),
  name: z.string(),
  country,
  city: z.string(),
});
export const applicationCreated = z.strictObject({ applicationId: z.uuid(), status: z.literal('SUBMITTED') });
export const roleCreated = z.strictObject({ roleId: z.uuid(), status: z.literal('PENDING_VERIFICATION') });
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
});
