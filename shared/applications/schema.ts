import * as z from 'zod';
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
    .superRefine(requireLatinNames)
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

export type ApplicationInput = z.infer<ReturnType<typeof applicationSchema>>;

/** 201: stored, waiting for the applicant to confirm the address from the receipt email. */
export const applicationCreated = z.strictObject({ applicationId: z.uuid(), status: z.literal('UNCONFIRMED') });
