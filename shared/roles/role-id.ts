/*
 * A role's id as a link or a query names it. Ids are UUIDs issued in lower case
 * (crypto.randomUUID, store.ts); a link may carry one in upper case (typed from a printout, or
 * changed by a mail client), and it names the same role. The board's API and its pages read
 * ids through this one check, so the two never disagree about what is an id. No imports: the
 * web pages carry it as it is.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The role id `value` names, as issued (lower case); undefined for what is no UUID. */
export const roleIdOf = (value: string | null | undefined): string | undefined =>
  typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : undefined;
