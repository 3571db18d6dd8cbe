import { describe, expect, it } from 'vitest';
import { emailHash } from '#shared/platform/email-hash';
import { config } from '#shared/platform/config';
import { queryAll } from '#shared/platform/db';
import { uniqueEmail, validApplication, validRole } from '../support/fixtures.ts';
import { emailsTo, postJson, waitForEmail } from '../support/stack.ts';

// Anyone can type anyone's address into a form: one address gets at most 5 submissions an hour.
const applicationsOf = async (email: string) =>
  queryAll({ TableName: config.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `EMAIL#${emailHash(email)}` } });

describe('submissions naming one address are limited', () => {
  it('the sixth application for an address in an hour is a 429 with Retry-After, and writes and sends nothing', async () => {
    const victim = uniqueEmail('victim');
    const keys = Array.from({ length: 6 }, () => crypto.randomUUID());
    const statuses: number[] = [];
    for (const [i, key] of keys.entries()) {
      // The address in capitals is the same address.
      const email = i % 2 ? victim.toUpperCase() : victim;
      statuses.push((await postJson('/applications', validApplication({ email }), { 'idempotency-key': key })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses[5]).toBe(429);
    const refused = await postJson('/applications', validApplication({ email: victim }));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const problem = (await refused.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(['email']);
    expect(await applicationsOf(victim)).toHaveLength(5);

    // A repeat of an accepted request still replays; another address is not affected.
    const replay = await postJson('/applications', validApplication({ email: victim }), { 'idempotency-key': keys[0]! });
    expect([201, 422]).toContain(replay.status); // same key, another generated body: 422; never 429 before the key
    expect((await postJson('/applications', validApplication())).status).toBe(201);

    // Five receipts at most reached the address (three written in small letters, two in capitals).
    await waitForEmail(victim, 3);
    await waitForEmail(victim.toUpperCase(), 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await emailsTo(victim)).length + (await emailsTo(victim.toUpperCase())).length).toBe(5);
  });

  it('the sixth role naming one contact address is refused at contact.email', async () => {
    const contact = uniqueEmail('contact-victim');
    const role = (): Record<string, unknown> => {
      const body = validRole() as Record<string, unknown> & { contact: Record<string, unknown> };
      return { ...body, contact: { ...body.contact, email: contact } };
    };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await postJson('/roles', role())).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});
