import * as z from '#shared/platform/zod';
import { isDetailedField } from '#shared/vocabulary/isced';
import { applicantType, contactLanguage, country, languageRequirement, sector } from '#shared/vocabulary/codes';
import { email, freeText, isoDate, personName, unique, utcToday, weeksBetween, type Today } from '#shared/platform/validation';
import { participantSchema } from './participant.ts';
import { latinNameField, requireLatinNames } from './latin-name.ts';

/**
 * The body of POST /applications, defined once: the handler validates with it, the OpenAPI
 * document is generated from it, and the application form validates with it before sending.
 */
export function applicationSchema(today: Today = utcToday) {
  return z
    .strictObject({
      applicantType,
      firstName: personName(100),
      lastName: personName(100),
      email,
      /** The name in Latin letters as in the passport; Liike fills in ICAO 9303's for a Cyrillic name (latin-name.ts). */
      firstNameLatin: latinNameField,
      lastNameLatin: latinNameField,
      language: contactLanguage,
      schoolId: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9-]+$/, 'is not a school id')),
      fieldOfStudy: z
        .string()
        .check(z.regex(/^\d{4}$/, 'must be a 4-digit ISCED-F 2013 code'), z.refine(isDetailedField, 'is not an ISCED-F 2013 detailed field')),
      sectors: z.array(sector).check(z.minLength(1), z.maxLength(3), z.superRefine(unique())),
      destinations: z.array(country).check(z.minLength(1), z.maxLength(3), z.superRefine(unique())),
      availableFrom: isoDate,
      availableTo: isoDate,
      minWeeks: z.number().check(z.int(), z.gte(1), z.lte(52)),
      languages: z.array(languageRequirement).check(z.minLength(1), z.maxLength(6), z.superRefine(unique((l) => l.code))),
      rolePreferences: z.optional(z.array(z.uuid('must be a role id')).check(z.maxLength(5), z.superRefine(unique()))),
      motivation: z.optional(freeText(2000)),
      /** Optional participant data at entry, for the funder's statistics. */
      participant: z.optional(participantSchema),
      consent: z.strictObject({
        dataProcessing: z.literal(true, 'must be true'),
        /** An explicit consent of its own, required for participant.sensitive. */
        sensitiveData: z.optional(z.boolean().check(z.describe('Explicit consent to the sensitive items (participant.sensitive)'))),
      }),
    })
    .check(
      z.superRefine(requireLatinNames),
      z.superRefine((a, ctx) => {
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
      }),
    );
}

export type ApplicationInput = z.infer<ReturnType<typeof applicationSchema>>;

/** 201: stored, waiting for the applicant to confirm the address from the receipt email. */
export const applicationCreated = z.strictObject({ applicationId: z.uuid(), status: z.literal('UNCONFIRMED') });
