import * as z from '#shared/platform/zod';
import { country } from '#shared/vocabulary/codes';

/** A partner school as GET /schools shows it (no coordinator data); the OpenAPI document uses it. */
export const schoolSchema = z.strictObject({
  schoolId: z.string(),
  name: z.string(),
  /** The school's name in Latin letters (its English name) when `name` is in another script; shown beside it abroad. */
  nameLatin: z.optional(z.string().check(z.describe('The name in Latin letters (its English name), when `name` is in another script'))),
  country,
  city: z.string(),
});
