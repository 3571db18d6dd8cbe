import type * as z from '#shared/platform/zod';
import { weeksBetween, type Today } from '#shared/platform/validation';

/**
 * The rules of a role's period, defined once: the role form (schema.ts, POST /roles) and the change
 * form (change.ts) both add them to their schema. The period ends after it starts, has not ended
 * (a role for a period that is over can be neither posted nor changed to it), and is at least as
 * long as the minimum weeks; each problem is reported under the one field to fix.
 */
export function checkPeriod(r: { periodFrom: string; periodTo: string; minWeeks: number }, ctx: z.core.$RefinementCtx, today: Today) {
  if (r.periodTo <= r.periodFrom) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'must be after periodFrom' });
  } else if (r.periodTo < today()) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'must not be in the past' });
  } else if (weeksBetween(r.periodFrom, r.periodTo) < r.minWeeks) {
    ctx.addIssue({ code: 'custom', path: ['minWeeks'], message: 'is longer than the period' });
  }
}
