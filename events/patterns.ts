import { isDeepStrictEqual } from 'node:util';
import type { EventPattern } from './define-event.ts';

/**
 * Merges the rule patterns of several contracts into as few patterns as keep the same meaning.
 * Two patterns merge when they differ in one field only and that field is a list of values
 * (the usual case: same source, different detail-types); anything else stays a pattern of its own.
 */
export function mergePatterns(patterns: readonly EventPattern[]): EventPattern[] {
  const merged: EventPattern[] = [];
  for (const pattern of patterns) {
    if (merged.some((existing) => isDeepStrictEqual(existing, pattern))) continue;
    const index = merged.findIndex((existing) => differingListField(existing, pattern) !== undefined);
    if (index === -1) {
      merged.push(structuredClone(pattern));
      continue;
    }
    const target = merged[index]!;
    const field = differingListField(target, pattern)!;
    const values = [...(target[field] as unknown[]), ...(pattern[field] as unknown[])];
    target[field] = values.filter((value, i) => values.findIndex((other) => isDeepStrictEqual(other, value)) === i);
  }
  return merged;
}

/** The one field in which `a` and `b` differ, if they differ in exactly one field and both values are lists. */
function differingListField(a: EventPattern, b: EventPattern): string | undefined {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const differing = [...keys].filter((key) => !isDeepStrictEqual(a[key], b[key]));
  if (differing.length !== 1) return undefined;
  const [key] = differing as [string];
  return Array.isArray(a[key]) && Array.isArray(b[key]) ? key : undefined;
}

/**
 * The rule patterns of a consumer of these contracts: one EventBridge rule each. The CDK app
 * creates exactly these rules and the local bus matches exactly these patterns.
 */
export const rulePatterns = (contracts: readonly { pattern(): EventPattern }[]) =>
  mergePatterns(contracts.map((contract) => contract.pattern()));

/**
 * A contract whose rule matches only events whose `detail.data` passes `dataFilter` (EventBridge
 * content filtering): the consumer is not invoked for the others at all, on AWS and locally alike.
 */
/* @__NO_SIDE_EFFECTS__ */ export function narrowed<C extends { pattern(dataFilter?: Record<string, unknown>): EventPattern }>(contract: C, dataFilter: Record<string, unknown>): C {
  // Delegates to the contract (a spread would run its lazy schema getters at import, in every
  // function that imports the list).
  return Object.create(contract, { pattern: { value: () => contract.pattern(dataFilter) } }) as C;
}
