import type { Country } from '#shared/vocabulary/codes';

/*
 * A company's registration number in its own country, checked with its check digit: a typo
 * in one digit (or two swapped digits, for the weighted sums) is refused at the form instead of
 * reaching a coordinator as a number that names no company. Pure functions, no lookups: a
 * number with a right check digit may still be unused.
 */

const digitsOf = (id: string) => [...id].map(Number);
const weighted = (digits: readonly number[], weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);

/**
 * Finland, Y-tunnus (Business ID): seven digits, a hyphen and a check digit. The weights 7, 9,
 * 10, 5, 8, 4, 2 give a sum; remainder 0 gives check digit 0, remainder 1 is never issued,
 * otherwise the digit is 11 − remainder. An old six-digit number is written with a leading 0.
 */
export function isFinnishBusinessId(id: string): boolean {
  if (!/^\d{7}-\d$/.test(id)) return false;
  const digits = digitsOf(id.slice(0, 7));
  const remainder = weighted(digits, [7, 9, 10, 5, 8, 4, 2]) % 11;
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === Number(id[8]);
}

/**
 * The two-pass modulo-11 check digit of the Estonian and Lithuanian personal codes, also used by
 * their registration numbers: weights 1, 2, 3, … (after 9, 1 again); if the remainder is 10,
 * weights 3, 4, 5, … instead; if that remainder is 10 too, the digit is 0.
 */
export function twoPassMod11(digits: readonly number[]): number {
  const weights = (start: number) => digits.map((_, i) => ((start - 1 + i) % 9) + 1);
  const first = weighted(digits, weights(1)) % 11;
  if (first !== 10) return first;
  const second = weighted(digits, weights(3)) % 11;
  return second === 10 ? 0 : second;
}

/**
 * Estonia, registrikood: eight digits, the last a two-pass modulo-11 check digit of the first
 * seven. The first digit says the register: 1 companies, 7 state and municipal bodies, 8
 * non-profit associations, 9 foundations.
 */
export function isEstonianRegistryCode(id: string): boolean {
  if (!/^[1789]\d{7}$/.test(id)) return false;
  const digits = digitsOf(id);
  return twoPassMod11(digits.slice(0, 7)) === digits[7];
}

/** Lithuania, įmonės kodas (legal entity code): nine digits, the last a two-pass modulo-11 check digit of the first eight. */
export function isLithuanianCompanyCode(id: string): boolean {
  if (!/^\d{9}$/.test(id)) return false;
  const digits = digitsOf(id);
  return twoPassMod11(digits.slice(0, 8)) === digits[8];
}

/**
 * Russia, ОГРН (primary state registration number) of a legal entity: thirteen digits, the
 * first 1 or 5; the last is the first twelve, as a number, modulo 11, then modulo 10.
 */
export function isRussianOgrn(id: string): boolean {
  if (!/^[15]\d{12}$/.test(id)) return false;
  return (Number(id.slice(0, 12)) % 11) % 10 === Number(id[12]);
}

/** Russia, ИНН of an organisation: ten digits, the last the weighted sum (2, 4, 10, 3, 5, 9, 4, 6, 8) of the first nine modulo 11, then modulo 10. */
export function isRussianOrganisationInn(id: string): boolean {
  if (!/^\d{10}$/.test(id)) return false;
  const digits = digitsOf(id);
  return (weighted(digits, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === digits[9];
}

/**
 * What `company.businessId` must be for a company of `country`: the API's message when it is
 * not (the field's name is the error's path; the message names the number and its form).
 * The web forms translate these messages (web/src/errors.ts).
 */
export const BUSINESS_ID_RULES: Record<Country, { valid(id: string): boolean; message: string }> = {
  FI: { valid: isFinnishBusinessId, message: 'must be a Finnish Business ID (Y-tunnus) like 1234567-1, with a valid check digit' },
  EE: { valid: isEstonianRegistryCode, message: 'must be an Estonian registry code (registrikood) of 8 digits, with a valid check digit' },
  LT: { valid: isLithuanianCompanyCode, message: 'must be a Lithuanian company code (įmonės kodas) of 9 digits, with a valid check digit' },
  RU: {
    valid: (id) => isRussianOgrn(id) || isRussianOrganisationInn(id),
    message: 'must be a Russian OGRN (13 digits) or an organisation’s INN (10 digits), with a valid check digit',
  },
};

/** The message for a business id that does not fit its country, or undefined when it does. */
export function businessIdProblem(country: Country, id: string): string | undefined {
  const rule = BUSINESS_ID_RULES[country];
  return rule.valid(id) ? undefined : rule.message;
}
