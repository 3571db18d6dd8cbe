import { createHash } from 'node:crypto';

/**
 * How an email address is kept where it need not be readable: the SHA-256 of the trimmed,
 * lower-cased address. The applicant's email lookup, the per-address limits and the
 * undeliverable addresses are all keyed by it, so one address is one key everywhere and the
 * table holds no list of addresses.
 */
export const emailHash = (address: string) => createHash('sha256').update(address.trim().toLowerCase()).digest('hex');
