import { describe, expect, it } from 'vitest';
import { config } from '#shared/platform/config';
import { keys, queryAll } from '#shared/platform/db';
import { emailHash } from '#shared/platform/email-hash';
import { validApplication } from '../support/fixtures.ts';
import { confirm, getItem, IN_ESTONIA, proposedPair } from '../support/flow.ts';
import { emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';

/*
 * One person, one placement at a time (shared/decisions/one-at-a-time.ts): a person is their
 * normalised email address. A second application for dates their open application or placement
 * already takes is not kept (discarded instead of its receipt); the answer looks like any other
 * (anyone can type anyone's address); the person is told by email, with the link to what they have.
 */

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const applicationsOf = async (email: string) =>
  queryAll<{ applicationId: string }>({ TableName: config.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `EMAIL#${emailHash(email)}` } });
const withSubject = (address: string, subject: string) =>
  waitFor(async () => {
    const found = (await emailsTo(address)).filter((m) => m.subject === subject);
    return found.length ? found : undefined;
  }, `"${subject}" to ${address}`);
const ALREADY = 'У Вас уже есть заявка на эти даты – Liike'; // the fixture applicant reads Russian

describe('one person, one placement at a time', () => {
  it('a second application for overlapping dates is not stored; the answer reveals nothing; the person is told with their link', async () => {
    const first = validApplication({ availableFrom: day(30), availableTo: day(120) });
    const stored = await postJson('/applications', first);
    expect(stored.status).toBe(201);
    const { applicationId } = (await stored.json()) as { applicationId: string };
    const [receipt] = await waitForEmail(first.email);

    // The same address in capitals, dates overlapping by a month.
    const again = await postJson('/applications', validApplication({ email: first.email.toUpperCase(), availableFrom: day(90), availableTo: day(200) }));
    expect(again.status).toBe(201);
    const answer = (await again.json()) as { applicationId: string; status: string };
    expect(Object.keys(answer).sort()).toEqual(['applicationId', 'status']);
    expect(answer.status).toBe('UNCONFIRMED');
    expect(answer.applicationId).not.toBe(applicationId);

    // Told at the address of the application that exists, in its language; the second is gone,
    // lookup and all, and got no receipt.
    const [told] = await withSubject(first.email, ALREADY);
    expect(await getItem(keys.application(answer.applicationId))).toBeUndefined();
    expect((await applicationsOf(first.email)).map((l) => l.applicationId)).toEqual([applicationId]);
    expect(await emailsTo(first.email.toUpperCase())).toEqual([]);
    // Its link is the existing application's status page.
    const page = await (await fetch(linkIn(told!.body.text!))).text();
    expect(page).toContain('value="confirm"');
    expect(linkIn(told!.body.text!)).not.toBe(linkIn(receipt!.body.text!)); // a fresh link, not the receipt's

    // Other dates are another application.
    const later = await postJson('/applications', validApplication({ email: first.email, availableFrom: day(130), availableTo: day(220) }));
    expect(later.status).toBe(201);
    expect(await applicationsOf(first.email)).toHaveLength(2);
  });

  it('a placement takes its dates: an application for them is not stored, the placed person is told', async () => {
    const pair = await proposedPair('0916', 'Placed', IN_ESTONIA);
    await confirm(pair);
    const placement = (await getItem(keys.application(pair.applicationId)))!;

    const posted = await postJson(
      '/applications',
      validApplication({ email: pair.applicantEmail, schoolId: 'fi-sasky', destinations: ['EE'], availableFrom: placement.availableFrom, availableTo: placement.availableTo }),
    );
    expect(posted.status).toBe(201);
    await withSubject(pair.applicantEmail, 'Sinulla on jo hakemus näille päiville – Liike'); // the placed applicant reads Finnish
    expect(await applicationsOf(pair.applicantEmail)).toHaveLength(1);
    // No receipt for it: the one receipt is the placed application's.
    expect((await emailsTo(pair.applicantEmail)).filter((m) => m.subject === 'Vahvista hakemuksesi – Liike')).toHaveLength(1);
  });
});
