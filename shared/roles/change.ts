import * as z from '#shared/platform/zod';
import type { RoleChangeField } from '#events/contracts';
import { requiredRank } from '#shared/matching/rules';
import type { CefrLevel } from '#shared/vocabulary/codes';
import { utcToday, type Today } from '#shared/platform/validation';
import { checkPeriod } from './period.ts';
import { DESCRIPTION_NEEDED_MESSAGE, roleSchema } from './schema.ts';

/*
 * A company changes its role: what the change form may change, the one schema the company desk
 * and the role management link both validate it with, what changed, and whether the change can
 * let more applicants in (then it asks for a round). Pure: the write is store.ts's changeRole.
 */

/**
 * The fields of the change form, in form order. `translation.description` is the description in
 * the role's second language, on the form only when the role has one: a company rewriting its
 * description rewrites that one too (readers of that language see it first).
 */
export const CHANGE_FIELDS = ['description', 'translation.description', 'places', 'periodFrom', 'periodTo', 'minWeeks', 'languages', 'fieldsOfStudy'] as const satisfies readonly RoleChangeField[];
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/** The parts of a role a change reads and writes. */
export interface ChangeableRole {
  description?: string;
  places: number;
  placesLeft: number;
  periodFrom: string;
  periodTo: string;
  minWeeks: number;
  languages: { code: string; level: CefrLevel }[];
  fieldsOfStudy: string[];
  /** The role's second language, when it has one: its description is changed on the form too. */
  translation?: { description?: string };
}

/** Places held by pending proposals and confirmed placements: what the role has given away. */
export const takenPlaces = (role: Pick<ChangeableRole, 'places' | 'placesLeft'>) => Math.max(0, role.places - role.placesLeft);

/** The error under `places` when the new number is below the places taken; the pages say it in the reader's language. */
export const takenMessage = (taken: number) => (taken === 1 ? '1 place is taken' : `${taken} places are taken`);
/** The number of places a `takenMessage` names, or undefined for any other message. */
export const takenIn = (message: string): number | undefined => {
  const found = /^(\d+) places? (?:is|are) taken$/.exec(message);
  return found ? Number(found[1]) : undefined;
};

/** A change naming a second language's description for a role that has none. */
export const NO_SECOND_LANGUAGE = 'the role has no second language';

/**
 * The change form's schema, for one role as it is now: the pieces of the role form's schema
 * (schema.ts) for each field, its period rules (period.ts), and the places not below those taken.
 * `translation` (its description) only for a role that has a second language: a role without one
 * gets none from a change.
 */
export function roleChangeSchema(role: Pick<ChangeableRole, 'places' | 'placesLeft' | 'translation'>, today: Today = utcToday) {
  const shape = roleSchema(today).shape;
  const taken = takenPlaces(role);
  const translation = z.strictObject({ description: shape.translation.def.innerType.shape.description });
  return z
    .strictObject({
      description: shape.description,
      translation: z.optional(translation),
      places: shape.places,
      periodFrom: shape.periodFrom,
      periodTo: shape.periodTo,
      minWeeks: shape.minWeeks,
      languages: shape.languages,
      fieldsOfStudy: shape.fieldsOfStudy,
    })
    .check(
      z.superRefine((c, ctx) => {
        if (c.places < taken) ctx.addIssue({ code: 'custom', path: ['places'], message: takenMessage(taken) });
        if (c.translation && !role.translation) ctx.addIssue({ code: 'custom', path: ['translation'], message: NO_SECOND_LANGUAGE });
        // As on the role form: a description in the second language needs one in the first.
        if (c.translation?.description && !c.description) ctx.addIssue({ code: 'custom', path: ['description'], message: DESCRIPTION_NEEDED_MESSAGE });
        checkPeriod(c, ctx, today);
      }),
    );
}

export type RoleChange = z.infer<ReturnType<typeof roleChangeSchema>>;

/** What the form shows: each field as typed (or as stored, before the first post). */
export interface ChangeFormValues {
  description: string;
  /** The description in the role's second language: only for a role that has one. */
  translationDescription?: string;
  places: string;
  periodFrom: string;
  periodTo: string;
  minWeeks: string;
  languages: { code: string; level: string }[];
  fieldsOfStudy: string[];
}

export const MAX_LANGUAGE_ROWS = 4;
export const MAX_FIELD_ROWS = 10;

/** The role's current values, for the form's first showing. */
export const formValuesOf = (role: ChangeableRole): ChangeFormValues => ({
  description: role.description ?? '',
  ...(role.translation ? { translationDescription: role.translation.description ?? '' } : {}),
  places: String(role.places),
  periodFrom: role.periodFrom,
  periodTo: role.periodTo,
  minWeeks: String(role.minWeeks),
  languages: role.languages.map(({ code, level }) => ({ code, level })),
  fieldsOfStudy: [...role.fieldsOfStudy],
});

/** A whole number as typed: a number for the schema; anything else as it is, which the schema refuses. */
const count = (typed: string): number | string | undefined => {
  const value = typed.trim();
  if (value === '') return undefined;
  return /^-?\d{1,6}$/.test(value) ? Number(value) : value;
};

/**
 * The posted form: its values as typed (to show again) and the body the schema checks. Language
 * rows (`languages.<i>.code`, `languages.<i>.level`) left empty and empty field selects are
 * dropped, the rest closed up in form order, so an error's index is the row it is shown under.
 * `translation.description` is read only for a role that has a second language. Any other posted
 * name is ignored.
 */
export function readChangeForm(form: URLSearchParams, role: Pick<ChangeableRole, 'translation'>): { values: ChangeFormValues; body: Record<string, unknown> } {
  const text = (name: string) => (form.get(name) ?? '').slice(0, 10_000);
  // A browser sends a textarea's line breaks as CRLF: stored as typed through the API (LF), a
  // description saved again unchanged must not read as changed.
  const prose = (name: string) => text(name).replace(/\r\n?/g, '\n');
  const languages: ChangeFormValues['languages'] = [];
  for (let i = 0; i < MAX_LANGUAGE_ROWS; i++) {
    const row = { code: text(`languages.${i}.code`).trim(), level: text(`languages.${i}.level`).trim() };
    if (row.code || row.level) languages.push(row);
  }
  const fieldsOfStudy = form
    .getAll('fieldsOfStudy')
    .slice(0, MAX_FIELD_ROWS + 1)
    .map((f) => f.trim().slice(0, 10))
    .filter(Boolean);
  const values: ChangeFormValues = {
    description: prose('description'),
    ...(role.translation ? { translationDescription: prose('translation.description') } : {}),
    places: text('places').slice(0, 20),
    periodFrom: text('periodFrom').trim().slice(0, 20),
    periodTo: text('periodTo').trim().slice(0, 20),
    minWeeks: text('minWeeks').slice(0, 20),
    languages,
    fieldsOfStudy,
  };
  const given = (typed: string | undefined) => (typed?.trim() ? typed : undefined);
  const translated = given(values.translationDescription);
  const body: Record<string, unknown> = {
    ...(given(values.description) ? { description: values.description } : {}),
    // Emptied: the second language keeps its title and loses its description.
    ...(role.translation ? { translation: translated ? { description: translated } : {} } : {}),
    places: count(values.places),
    periodFrom: values.periodFrom || undefined,
    periodTo: values.periodTo || undefined,
    minWeeks: count(values.minWeeks),
    // A half-filled row is kept: its empty half is reported under it ("is required").
    languages: languages.map((row) => ({ code: row.code || undefined, level: row.level || undefined })),
    fieldsOfStudy,
  };
  return { values, body };
}

const sameList = <T>(a: readonly T[], b: readonly T[], key: (v: T) => string) => {
  const keys = (list: readonly T[]) => list.map(key).sort().join('\u001f');
  return a.length === b.length && keys(a) === keys(b);
};

/** The fields a change changes, in form order; none: the role is as the form says already. */
export function changedFields(role: ChangeableRole, change: RoleChange): ChangeField[] {
  const differs: Record<ChangeField, boolean> = {
    description: (role.description ?? '') !== (change.description ?? ''),
    'translation.description': role.translation !== undefined && (role.translation.description ?? '') !== (change.translation?.description ?? ''),
    places: role.places !== change.places,
    periodFrom: role.periodFrom !== change.periodFrom,
    periodTo: role.periodTo !== change.periodTo,
    minWeeks: role.minWeeks !== change.minWeeks,
    languages: !sameList(role.languages, change.languages, (l) => `${l.code}:${l.level}`),
    fieldsOfStudy: !sameList(role.fieldsOfStudy, change.fieldsOfStudy, (f) => f),
  };
  return CHANGE_FIELDS.filter((field) => differs[field]);
}

/**
 * Whether someone who did not fit before can fit after: the period reaches earlier or later, the
 * shortest placement is shorter, a required language is dropped or asked at a lower level, or a
 * field is accepted that no field before covered (a broad code covers the narrower ones, as in
 * matching). One narrowing part does not cancel another widening one: a period moved later both
 * loses and gains applicants.
 */
export function widensWhoFits(before: Omit<ChangeableRole, 'placesLeft' | 'places'>, after: Omit<ChangeableRole, 'placesLeft' | 'places'>): boolean {
  if (after.periodFrom < before.periodFrom || after.periodTo > before.periodTo) return true;
  if (after.minWeeks < before.minWeeks) return true;
  const relaxed = before.languages.some((asked) => {
    const now = after.languages.find((l) => l.code === asked.code);
    return !now || requiredRank(now.level) < requiredRank(asked.level);
  });
  if (relaxed) return true;
  return after.fieldsOfStudy.some((field) => !before.fieldsOfStudy.some((covering) => field.startsWith(covering)));
}

/**
 * Whether a change asks for a round: only when a round could propose someone it could not before,
 * that is when the role has a free place after the change and the change added places or widened
 * who fits. A description, fewer places or a narrower fit never does; pending proposals stay as
 * they are either way (the coordinator and the company decide on what was proposed).
 */
export function changeAsksForRound(role: ChangeableRole, change: RoleChange): boolean {
  const placesLeftAfter = role.placesLeft + (change.places - role.places);
  if (placesLeftAfter <= 0) return false;
  return change.places > role.places || widensWhoFits(role, change);
}

/** Reopening asks for a round when a place is free: the role is back in the pool. */
export const reopenAsksForRound = (role: Pick<ChangeableRole, 'placesLeft'>) => role.placesLeft > 0;
