import { DEPUTY_FIELDS, EDITABLE_FIELDS, flatFromSchool, PERSONAL_FIELDS, type EditableField, type FlatSchool } from './registry-schema.ts';
import type { RegistrySchool } from './registry-schema.ts';
import type { School } from './registry.ts';

/** One field that a staff change set: its value before and after (absent: it had none, or has none now). */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
  /** A school contact's name or address (registry-schema.ts PERSONAL_FIELDS): kept in the audit only for a while (audit.ts). */
  personal?: true;
}

/** The fields that differ between two versions of a school (either may be absent), in form order. */
export function schoolChanges(before: School | RegistrySchool | undefined, after: School | RegistrySchool | undefined): FieldChange[] {
  const was: FlatSchool = before ? flatFromSchool(before) : {};
  const now: FlatSchool = after ? flatFromSchool(after) : {};
  const fields = before ? EDITABLE_FIELDS : (['schoolId', ...EDITABLE_FIELDS] as const);
  return fields.flatMap((field): FieldChange[] => {
    if (was[field] === now[field]) return [];
    return [
      {
        field,
        ...(was[field] !== undefined ? { before: was[field] } : {}),
        ...(now[field] !== undefined ? { after: now[field] } : {}),
        ...(PERSONAL_FIELDS.has(field) ? { personal: true as const } : {}),
      },
    ];
  });
}

/**
 * An update's fields laid over the school as it is: what staff did not give stays as it was. With
 * `removeDeputy` the deputy goes (every deputy field empty); otherwise an empty field given is
 * what staff typed, and the schema then says whether it may be empty.
 */
export function withPatch(school: School, patch: Partial<Record<EditableField, string>>, options: { removeDeputy?: boolean } = {}): FlatSchool {
  const merged: FlatSchool = { ...flatFromSchool(school), ...patch };
  if (options.removeDeputy) for (const field of DEPUTY_FIELDS) merged[field] = '';
  return merged;
}
