import * as z from '#shared/platform/zod';

/**
 * Participant data at entry, for the funder's (ESF+) indicators. Optional as a whole and item by
 * item; every item also has an explicit "prefer not to say". The sensitive items (disability,
 * foreign background, minority) are accepted only with a consent of their own, are stored in an
 * item of their own, and leave the system only as totals (see shared/report/).
 */

export const PREFER_NOT = 'prefer_not_to_say';
export const GENDERS = ['female', 'male', 'non_binary', PREFER_NOT] as const;
/** Employed includes self-employed; unemployed includes long-term unemployed. */
export const LABOUR_STATUSES = ['employed', 'unemployed', 'inactive', 'in_education', PREFER_NOT] as const;
/** Highest completed education as ISCED 2011 levels. */
export const EDUCATION_LEVELS = ['isced_0_2', 'isced_3_4', 'isced_5_8', PREFER_NOT] as const;
export const SENSITIVE_ANSWERS = ['yes', 'no', PREFER_NOT] as const;
export const SENSITIVE_ITEMS = ['disability', 'foreignBackground', 'minority'] as const;
/** Age at entry: the year of entry minus the year of birth (the age reached in the year of entry). */
export const AGE_BANDS = ['under_18', '18_29', '30_54', '55_plus', PREFER_NOT] as const;

export type Gender = (typeof GENDERS)[number];
export type LabourStatus = (typeof LABOUR_STATUSES)[number];
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export type SensitiveAnswer = (typeof SENSITIVE_ANSWERS)[number];
export type SensitiveItem = (typeof SENSITIVE_ITEMS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];

export const EARLIEST_BIRTH_YEAR = 1920;

const sensitiveAnswer = z.optional(z.enum(SENSITIVE_ANSWERS));

export const participantSchema = z
  .strictObject({
    gender: z.optional(z.enum(GENDERS)),
    birthYear: z.optional(
      z
        .union([z.number().check(z.int('must be a year'), z.gte(EARLIEST_BIRTH_YEAR, `must be ${EARLIEST_BIRTH_YEAR} or later`)), z.literal(PREFER_NOT)], {
          error: `must be a year or "${PREFER_NOT}"`,
        })
        .check(z.describe('Year of birth; only the age band at entry is stored')),
    ),
    labourMarketStatus: z.optional(z.enum(LABOUR_STATUSES)),
    education: z.optional(z.enum(EDUCATION_LEVELS).check(z.describe('Highest completed education, ISCED 2011 level'))),
    /** Accepted only with consent.sensitiveData: true. */
    sensitive: z.optional(
      z
        .strictObject({ disability: sensitiveAnswer, foreignBackground: sensitiveAnswer, minority: sensitiveAnswer })
        .check(z.describe('Sensitive items, accepted only with consent.sensitiveData: true; stored apart and reported only as totals')),
    ),
  })
  .check(z.describe("Participant data at entry for the funder's statistics; every item optional, each with \"prefer_not_to_say\""));

export type ParticipantInput = z.infer<typeof participantSchema>;
export type SensitiveAnswers = Partial<Record<SensitiveItem, SensitiveAnswer>>;

/** What the application item keeps: the age band instead of the year of birth, nothing sensitive. */
export interface ParticipantAtEntry {
  gender?: Gender;
  ageBand?: AgeBand;
  labourMarketStatus?: LabourStatus;
  education?: EducationLevel;
}

export function ageBand(birthYear: number | typeof PREFER_NOT, entryYear: number): AgeBand {
  if (birthYear === PREFER_NOT) return PREFER_NOT;
  const age = entryYear - birthYear;
  if (age < 18) return 'under_18';
  if (age < 30) return '18_29';
  if (age < 55) return '30_54';
  return '55_plus';
}

/** Splits the answers into what the application keeps and the sensitive answers, kept apart. */
export function participantAtEntry(input: ParticipantInput | undefined, enteredAt: Date) {
  if (!input) return { participant: undefined, sensitive: undefined };
  const { birthYear, sensitive, ...rest } = input;
  const participant: ParticipantAtEntry = {
    ...rest,
    ...(birthYear !== undefined ? { ageBand: ageBand(birthYear, enteredAt.getUTCFullYear()) } : {}),
  };
  const answered = sensitive && Object.values(sensitive).some((v) => v !== undefined) ? sensitive : undefined;
  return { participant: Object.keys(participant).length > 0 ? participant : undefined, sensitive: answered as SensitiveAnswers | undefined };
}
