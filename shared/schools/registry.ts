import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from '#shared/platform/zod';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll } from '#shared/platform/db';
import type { Language } from '#shared/platform/i18n';
import type { schoolSchema } from './schema.ts';
import { withLatinForm } from '#shared/vocabulary/transliteration';

export type PublicSchool = z.infer<typeof schoolSchema>;

export interface Person {
  name: string;
  email: string;
  language: Language;
}

/** A partner school of the registry, with the people who decide on its applicants' matches. */
export interface School extends PublicSchool {
  coordinator: Person;
  deputy?: Person;
  /**
   * `false` once programme staff deactivated it (operations.ts): no longer listed or accepted, its
   * open applications released. Absent: active (the registry's schools from before this field).
   */
  active?: boolean;
  deactivatedAt?: string;
}

/** Whether the school takes part: offered by GET /schools and accepted by POST /applications. */
export const isActive = (school: Pick<School, 'active'>) => school.active !== false;

export const toPublicSchool = ({ schoolId, name, nameLatin, country, city }: School): PublicSchool => ({
  schoolId,
  name,
  ...(nameLatin ? { nameLatin } : {}),
  country,
  city,
});

/** The name as a reader abroad can use it: "Санкт-Петербургский колледж строительства (St Petersburg College of Construction)". */
export const schoolName = (school: Pick<School, 'name' | 'nameLatin'>) => withLatinForm(school.name, school.nameLatin);

/** `consistent`: as written a moment ago (a deactivation just made is seen). */
export async function getSchool(schoolId: string, consistent = false): Promise<School | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.school(schoolId), ...(consistent ? { ConsistentRead: true } : {}) }));
  return Item as School | undefined;
}

/** How long the write path trusts a school it read: a registry change reaches it within a minute. */
const SCHOOL_CACHE_MS = 60_000;
const schoolCache = new Map<string, { school: School; readAt: number }>();

/**
 * A school for the application write, from a short-lived in-memory cache, so a submission is one
 * round trip (its transaction). Only found schools are kept: an unknown id is read each time,
 * so a school just added is never refused for a minute.
 */
export async function cachedSchool(schoolId: string, now = Date.now()): Promise<School | undefined> {
  const hit = schoolCache.get(schoolId);
  if (hit && now - hit.readAt < SCHOOL_CACHE_MS) return hit.school;
  const school = await getSchool(schoolId);
  if (school) schoolCache.set(schoolId, { school, readAt: now });
  else schoolCache.delete(schoolId);
  return school;
}

/**
 * All schools live in one partition, so the registry is one Query (never a Scan). `consistent`:
 * what was just written is in it (the staff desk after a change).
 */
export async function listSchools(options: { consistent?: boolean } = {}): Promise<School[]> {
  return queryAll<School>({
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.school('').pk },
    ...(options.consistent ? { ConsistentRead: true } : {}),
  });
}

export async function putSchool(school: School) {
  await ddb.send(
    new PutCommand({ TableName: config.tableName, Item: { ...keys.school(school.schoolId), type: 'SCHOOL', ...school } }),
  );
}
