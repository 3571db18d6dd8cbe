import { roleChanged } from '#events/contracts';

/**
 * Whether an event the round consumer (runMatchingRound) receives asks for a round. Every one does that puts
 * an applicant or a place into the pool, or takes one out so that another may fit; a role change
 * only when its detail says the change can let more applicants in (shared/roles/change.ts,
 * changeAsksForRound: places freed or added, who fits widened, or the role reopened). A description
 * or a narrower fit asks for nothing: a round would find what the last one found. The rule of the
 * round consumer already passes only the role changes that ask (functions/catalog.ts); this
 * checks again what a redrive hands it.
 */
export function asksForRound(detailType: string, data: unknown): boolean {
  if (detailType === roleChanged.detailType) return (data as { asksForRound?: unknown } | undefined)?.asksForRound === true;
  return true;
}
