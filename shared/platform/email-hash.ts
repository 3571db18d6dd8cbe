import { createHash } from 'node:crypto';

/**
 * How an address is kept where it need not be readable: the SHA-256 of the trimmed, lower-cased
 * address. Email addresses (the applicant's email lookup, the per-address limits, the
 * undeliverable addresses) and clients' network addresses (the per-client limit; an IPv6
 * address's hex digits are case-insensitive too) are all keyed by it, so one address is one key
 * everywhere and the table holds no list of addresses.
 */
export const addressHash = (address: string) => createHash('sha256').update(address.trim().toLowerCase()).digest('hex');

/** An email address's hash (addressHash). */
export const emailHash = addressHash;
