import type * as z from '#shared/platform/zod';
import { fieldErrors, type FieldError } from '#shared/platform/http/problem';
import type { Language } from '#shared/platform/i18n';
import { errors as E, fill, latinName } from './texts.ts';
import { LATIN_NAME_MESSAGE, LATIN_NAME_REQUIRED } from '#shared/applications/latin-name';
import { NAME_MESSAGE } from '#shared/platform/validation';
import { BUSINESS_ID_RULES } from '#shared/roles/business-id';
import { DESCRIPTION_NEEDED_MESSAGE, SAME_LANGUAGE_MESSAGE } from '#shared/roles/schema';

/**
 * Field errors, whether found by the shared schema in the browser or sent by the API as a
 * problem+json body: the same `{ path, message }` pairs (shared/platform/http/problem.ts), shown next to
 * the same fields. The API's messages are English; `errorText` says them in the reader's language.
 */
export type { FieldError };

/** The id of the element that shows a path's error: `languages.0.level` → `error-languages-0-level`. */
export const errorSlotId = (path: string) => `error-${path.split('.').join('-')}`;

/**
 * A shared schema as a form validator: the API's own parse (with the input reported, so a
 * missing value reads "is required") and its own issue → field error mapping.
 */
export const validateWith =
  (schema: z.ZodMiniType) =>
  (body: unknown): FieldError[] => {
    const result = schema.safeParse(body, { reportInput: true });
    return result.success ? [] : fieldErrors(result.error);
  };

/** The kinds of outcome of a write, as the form tells them apart. */
export type SubmitOutcome =
  | { kind: 'created'; body: unknown }
  | { kind: 'invalid'; errors: FieldError[] }
  /** The Idempotency-Key was used before with other answers: the first version was stored. */
  | { kind: 'already-sent' }
  /** The same key is still being processed (409): safe to send again with the same key. */
  | { kind: 'in-progress' }
  | { kind: 'rejected' }
  /** 429 naming no field: too many submissions from this network address (a limit per client). */
  | { kind: 'too-many' }
  | { kind: 'server-error' };

/** An HTTP response of POST /applications or /roles → what the form does next. */
export function classifyResponse(status: number, body: unknown): SubmitOutcome {
  if (status >= 200 && status < 300) return { kind: 'created', body };
  if (status >= 500) return { kind: 'server-error' };
  if (status === 409) return { kind: 'in-progress' };
  const list = (body as { errors?: unknown } | null)?.errors;
  const errors = Array.isArray(list)
    ? list.filter((e): e is FieldError => typeof e?.path === 'string' && typeof e?.message === 'string')
    : [];
  if (errors.some((e) => e.path === 'Idempotency-Key' && /already used/.test(e.message))) return { kind: 'already-sent' };
  // Only errors that name a field of the body can be shown at a field.
  const fieldErrors = errors.filter((e) => e.path !== '' && e.path !== 'content-type' && e.path !== 'Idempotency-Key');
  if (fieldErrors.length > 0) return { kind: 'invalid', errors: fieldErrors };
  return status === 429 ? { kind: 'too-many' } : { kind: 'rejected' };
}

type Table = Record<Language, string>;

// The messages of shared/platform/validation.ts, the feature schemas, shared/platform/http/problem.ts and shared/applications/store.ts.
const KNOWN: Record<string, Table> = {
  'is required': E.required,
  'must not be empty': E.empty,
  'must not contain control characters': E.control,
  'must not contain invisible or direction-changing characters': E.control,
  'must be valid Unicode text': E.control,
  'must be a valid email address': E.email,
  'must be an ISO 639-1 code, e.g. "en"': E.languageCode,
  'is not an ISO 639-1 language': E.languageCode,
  [LATIN_NAME_MESSAGE]: latinName.notLatin,
  [LATIN_NAME_REQUIRED]: latinName.required,
  'is listed twice': E.twice,
  'is not a school id': E.school,
  'is not a partner school (see GET /schools)': E.school,
  'must be a 4-digit ISCED-F 2013 code': E.field,
  'is not an ISCED-F 2013 detailed field': E.field,
  'must be an ISCED-F 2013 code of 2, 3 or 4 digits': E.field,
  'is not an ISCED-F 2013 field': E.field,
  'must be true': E.consent,
  'must not be in the past': E.past,
  'must be after availableFrom': E.afterStart,
  'must be after periodFrom': E.afterStart,
  'is longer than the available period': E.longerThanPeriod,
  'is longer than the period': E.longerThanPeriod,
  'must be a date as YYYY-MM-DD': E.date,
  'is the home country of your school': E.homeCountry,
  'has been used for too many requests; try again later': E.tooMany,
  [SAME_LANGUAGE_MESSAGE]: E.sameLanguage,
  [DESCRIPTION_NEEDED_MESSAGE]: E.descriptionFirst,
  [NAME_MESSAGE]: E.personName,
  [BUSINESS_ID_RULES.FI.message]: E.businessIdFI,
  [BUSINESS_ID_RULES.EE.message]: E.businessIdEE,
  [BUSINESS_ID_RULES.LT.message]: E.businessIdLT,
  [BUSINESS_ID_RULES.RU.message]: E.businessIdRU,
};

/**
 * A field error in the reader's language. The schemas' own messages are looked up; zod's
 * default messages (enums, array and number bounds) are recognised by their fixed English
 * wording (zod's `en` locale); anything else gets a generic "please check".
 */
export function errorText({ message }: FieldError, language: Language): string {
  const known = KNOWN[message];
  if (known) return known[language];
  let m: RegExpExecArray | null;
  if ((m = /^at most (\d+) characters$/.exec(message))) return fill(E.tooLong[language], { n: m[1]! });
  if (/^Invalid option/.test(message)) return E.option[language];
  if (/^Invalid input: expected (int|number)/.test(message)) return E.wholeNumber[language];
  if ((m = /^Too small: expected array to have >=?(\d+)/.exec(message))) {
    return m[1] === '1' ? E.atLeastOne[language] : fill(E.atLeast[language], { n: m[1]! });
  }
  if ((m = /^Too big: expected array to have <=?(\d+)/.exec(message))) return fill(E.atMostItems[language], { n: m[1]! });
  if ((m = /^Too small: expected number to be >=?(\d+)/.exec(message))) return fill(E.atLeast[language], { n: m[1]! });
  if ((m = /^Too big: expected number to be <=?(\d+)/.exec(message))) return fill(E.atMost[language], { n: m[1]! });
  if (/^Too small: expected string/.test(message)) return E.empty[language];
  if ((m = /^Too big: expected string to have <=?(\d+)/.exec(message))) return fill(E.tooLong[language], { n: m[1]! });
  if (/^Invalid input: expected string/.test(message)) return E.required[language];
  return E.generic[language];
}
