import * as z from 'zod';
import { country } from '#shared/vocabulary/codes';

/** A partner school as GET /schools shows it (no coordinator data); the OpenAPI document uses it. */
export const schoolSchema = z.strictObject({
  schoolId: z.string(),
  name: z.string(),
  country,
  city: z.string(),
});
