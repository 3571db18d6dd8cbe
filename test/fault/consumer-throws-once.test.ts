import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchConfirmed } from '#events/contracts';
import { ENV } from '#shared/platform/config';
import { keys } from '#shared/platform/db';
import type { LocalBus } from '#local/bus';
import { emailsTo, urls, waitForEmail } from '../support/stack.ts';
import { startFlakySes } from './faulty-endpoints.ts';
import { COORDINATOR, companyLinks, form, getItem, linkInMail, mailAbout, mailsAbout, proposedPair, sleep } from './support.ts';

/*
 * Fault injection: a consumer throws once, half-way through its work, because SES is down for a
 * moment (HTTP 503 to every attempt of the SDK). The rule target retries it (here the local bus,
 * with the same rules and the same consumer handlers as the stack, run in this process so that
 * their SES endpoint can be a faulty one). The final state must be right: every email once.
 */

let failFor = new Map<string, number>();
let ses: Awaited<ReturnType<typeof startFlakySes>>;
let bus: LocalBus;

beforeAll(async () => {
  ses = await startFlakySes(urls().mail, (recipient) => {
    const left = failFor.get(recipient) ?? 0;
    if (left > 0) failFor.set(recipient, left - 1);
    return left > 0;
  });
  // The consumers' SES client reads its endpoint from the environment when first used.
  process.env.AWS_ENDPOINT_URL_SES = ses.url;
  const { LocalBus, loadRules } = await import('#local/bus');
  bus = new LocalBus(await loadRules(), { busName: process.env[ENV.busName]!, retries: 3, retryBaseMs: 50, log: () => undefined });
});
afterAll(async () => {
  await bus?.drain();
  await ses?.close();
});

describe('a consumer that throws once', () => {
  it('notifyPlacement: SES fails on the second of three emails; after the retry each person has exactly one', async () => {
    // A confirmed placement, walked through the links of the stack.
    const pair = await proposedPair('0223');
    expect((await form(linkInMail(pair.coordinatorMail), { decision: 'approve' })).status).toBe(200);
    const [companyMail] = await mailAbout(pair.contactEmail, pair.marker);
    const [decideLink] = companyLinks(companyMail!);
    expect((await form(decideLink!, { decision: 'accept' })).status).toBe(200);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'CONFIRMED' });
    // The stack told all three once; these are the counts before the faulty delivery.
    await waitForEmail(pair.applicantEmail, 3); // the receipt, the proposal, the confirmation
    await mailAbout(pair.contactEmail, pair.marker, 2);
    await mailAbout(COORDINATOR, pair.marker, 2);
    await sleep(500);
    const count = async () => ({
      applicant: (await emailsTo(pair.applicantEmail)).length,
      company: (await mailsAbout(pair.contactEmail, pair.marker)).length,
      coordinator: (await mailsAbout(COORDINATOR, pair.marker)).length,
    });
    const before = await count();
    expect(before).toEqual({ applicant: 3, company: 2, coordinator: 2 });

    // One more match.confirmed delivery (a new event id, so the consumer does its work): SES
    // refuses the company contact's email three times, all the SDK's attempts of the first run.
    failFor = new Map([[pair.contactEmail, 3]]);
    const outbox = matchConfirmed.outbox({ matchId: pair.matchId, applicationId: pair.applicationId, roleId: pair.roleId } as never);
    const put = bus.put({ EventBusName: process.env[ENV.busName], Source: outbox.source, DetailType: outbox.detailType, Detail: outbox.detail });
    expect(put).toHaveProperty('EventId');
    await bus.drain();

    expect(ses.failures).toEqual([pair.contactEmail, pair.contactEmail, pair.contactEmail]);
    const delivery = bus.history.at(-1)!.deliveries.find((d) => d.rule === 'notifyPlacement')!;
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2 });
    await sleep(300);
    expect(await count()).toEqual({ applicant: before.applicant + 1, company: before.company + 1, coordinator: before.coordinator + 1 });
  });
});
