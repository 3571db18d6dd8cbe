import { DEFAULT_TIME_ZONE } from '#shared/platform/i18n';
import type { Country } from './codes.ts';

/**
 * Whose clock a date-time is shown on: the reader's. A reader's zone follows from their country:
 * a coordinator's and an applicant's from their school's, a company contact's from the company's.
 * Finland, Estonia and Lithuania share one offset (UTC+2, +3 in summer) but are named by their own
 * capital; Russia's network schools keep Moscow time (UTC+3 all year). Anything else: Helsinki's.
 */
export const TIME_ZONES: Readonly<Record<Country, string>> = {
  FI: 'Europe/Helsinki',
  EE: 'Europe/Tallinn',
  LT: 'Europe/Vilnius',
  RU: 'Europe/Moscow',
};

export const timeZoneOf = (country: Country | string | undefined): string =>
  country !== undefined && Object.hasOwn(TIME_ZONES, country) ? TIME_ZONES[country as Country] : DEFAULT_TIME_ZONE;

/**
 * An ISO date-time for a reader in `country`, their zone annotated as RFC 9557 writes it
 * ("2026-12-18T20:59:00.000Z[Europe/Moscow]"): what email and page variables carry, so that
 * formatDate shows it on the reader's clock. Empty stays empty.
 */
export const forReaderIn = (isoDateTime: string, country: Country | string | undefined): string =>
  isoDateTime ? `${isoDateTime}[${timeZoneOf(country)}]` : isoDateTime;
