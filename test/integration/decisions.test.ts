import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { ddb, keys } from '#shared/platform/db';
import { pendingKeys } from '#shared/decisions/matches';
import { sweepDecisions } from '#shared/decisions/sweep';
import { approve, IN_ESTONIA, companyLinks, COORDINATOR, DEPUTY, eventsOf, form, getItem, mailAbout, proposedPair, TABLE } from '../support/flow.ts';
import { busEvents, emailsTo, linkIn, postJson, waitFor, waitForEmail } from '../support/stack.ts';
import { uniqueEmail, validRole } from '../support/fixtures.ts';

/*
 * Every branch of the decision flow (docs/users-and-flow.md), end to end on the local stack: emails read from the
 * mail store, links followed over HTTP. Each test has a field of study of its own, so its
 * applicant and role only ever match each other.
 */
describe('decisions by email', () => {
  it('approve, then accept: a confirmed placement, and all three are told', async () => {
    const pair = await proposedPair('0531');
    const link = linkIn(pair.coordinatorMail.body.text!);
    // The coordinator's email explains the match: the score is in it.
    expect(pair.coordinatorMail.body.text).toMatch(/\d/);

    for (let i = 0; i < 10; i++) expect((await fetch(link)).status).toBe(200);
    expect((await fetch(link, { method: 'HEAD' })).status).toBe(200);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'PROPOSED', version: 1 });

    const companyMail = await approve(pair);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED', coordinatorDecision: { decision: 'approved' } });
    const [decideLink] = companyLinks(companyMail);
    for (let i = 0; i < 10; i++) expect((await fetch(decideLink!)).status).toBe(200);
    expect((await form(decideLink!, { decision: 'accept' })).status).toBe(200);

    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'CONFIRMED', companyDecision: { decision: 'accepted' } });
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'PLACED' });
    await mailAbout(pair.applicantEmail, 'Aino', 3); // the receipt, the proposal, the confirmation
    await mailAbout(pair.contactEmail, pair.marker, 2);
    await mailAbout(COORDINATOR, pair.marker, 2);
    expect(await eventsOf('match.confirmed', 'matchId', pair.matchId)).toHaveLength(1);

    // Spent links say what was decided and offer nothing.
    for (const used of [link, decideLink!]) {
      const page = await fetch(used);
      expect(page.status).toBe(200);
      expect(await page.text()).not.toMatch(/<form/i);
    }
  });

  it('reject needs a reason; then the applicant is back in the pool and never proposed the pair again', async () => {
    const pair = await proposedPair('0532');
    const link = linkIn(pair.coordinatorMail.body.text!);
    const missing = await form(link, { decision: 'reject', reason: '   ' });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toMatch(/role="alert"/);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'PROPOSED' });

    expect((await form(link, { decision: 'reject', reason: 'Dates clash with exams' })).status).toBe(200);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'REJECTED', coordinatorDecision: { reason: 'Dates clash with exams' } });
    const application = (await getItem(keys.application(pair.applicationId)))!;
    expect(application).toMatchObject({ status: 'SUBMITTED', gsi1pk: 'POOL#APPLICATION' });
    expect([...application.forbiddenRoleIds]).toEqual([pair.roleId]);
    expect((await getItem(keys.role(pair.roleId)))!.placesLeft).toBe(1);
    const mails = await mailAbout(pair.applicantEmail, 'Aino', 3); // the receipt, the proposal, "the search goes on"
    for (const mail of mails) expect(mail.body.text).not.toContain('Dates clash');
    // The reason never travels in an event.
    expect(JSON.stringify(await eventsOf('match.rejected', 'matchId', pair.matchId))).not.toContain('Dates clash');

    // The rejection asked for a round; the pair is forbidden, so nothing new is proposed.
    await waitFor(async () => ((await eventsOf('match.rejected', 'matchId', pair.matchId)).some((e) => e.deliveries.some((d) => d.rule === 'runMatchingRound' && d.status === 'delivered')) ? true : undefined), 'a round after the rejection');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const proposals = (await busEvents()).filter((e) => e['detail-type'] === 'match.proposed' && (e.detail as { data: { applicationId: string } }).data.applicationId === pair.applicationId);
    expect(proposals).toHaveLength(1);
  });

  it('reject holding the student: never proposed while held, though the role still fits; released from the email, proposed again', async () => {
    // The reason is about the student, not the placement: "not this student now".
    const pair = await proposedPair('0915', 'Tester', IN_ESTONIA);
    const link = linkIn(pair.coordinatorMail.body.text!);
    expect(await (await fetch(link)).text()).toContain('name="rejectKind" value="hold"');
    // Without a reason the page comes back with the hold still chosen.
    const missing = await form(link, { decision: 'reject', rejectKind: 'hold', reason: '' });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toMatch(/value="hold"[^>]*checked/);
    const done = await form(link, { decision: 'reject', rejectKind: 'hold', reason: 'Has not passed the safety exam' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('opiskelija on tauolla'); // the coordinator reads Finnish

    const application = (await getItem(keys.application(pair.applicationId)))!;
    expect(application).toMatchObject({ status: 'SUBMITTED', held: { reason: 'coordinator' } });
    expect(application).not.toHaveProperty('gsi1pk');
    expect(application.forbiddenRoleIds).toBeUndefined(); // the pair is not forbidden: it may fit later
    expect((await getItem(keys.role(pair.roleId)))!.placesLeft).toBe(1);

    // The applicant is told kindly, without the reason; the coordinator gets the release link.
    const [paused] = await waitFor(async () => {
      const found = (await emailsTo(pair.applicantEmail)).filter((m) => m.subject === 'Hakemuksesi on tauolla – Liike');
      return found.length ? found : undefined;
    }, 'the applicant told of the pause');
    expect(paused!.body.text).not.toContain('safety exam');
    const [release] = await mailAbout(COORDINATOR, pair.marker, 2).then((mails) => mails.filter((m) => m.subject === 'Pidit opiskelijan tauolla – Liike'));
    expect(release).toBeDefined();

    // The rejection asked for a round: the place is free and the role still fits, but the student is held.
    await waitFor(async () => ((await eventsOf('match.rejected', 'matchId', pair.matchId)).some((e) => e.deliveries.some((d) => d.rule === 'runMatchingRound' && d.status === 'delivered')) ? true : undefined), 'a round after the rejection');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await eventsOf('match.proposed', 'applicationId', pair.applicationId)).toHaveLength(1);

    // Released from the coordinator's email: back in the pool, and proposed the same role again.
    const releaseLink = linkIn(release!.body.text!);
    expect(await (await fetch(releaseLink)).text()).toContain('value="release"');
    expect((await form(releaseLink, { decision: 'release' })).status).toBe(200);
    expect(await getItem(keys.application(pair.applicationId))).not.toHaveProperty('held');
    await waitFor(async () => ((await eventsOf('match.proposed', 'applicationId', pair.applicationId)).length === 2 ? true : undefined), 'a proposal after the release');
    // Nothing left to release.
    expect((await form(releaseLink, { decision: 'release' })).status).toBe(409);
  });

  it('a role can be closed before any candidate: the "role is open" email carries the close link', async () => {
    const role = validRole({ contact: { name: 'Contact Person', email: uniqueEmail('open-close'), language: 'en' }, fieldsOfStudy: ['0917'] });
    const created = await postJson('/roles', role);
    const { roleId } = (await created.json()) as { roleId: string };
    const [verification] = await waitForEmail(role.contact.email);
    expect((await form(linkIn(verification!.body.text!), { decision: 'verify' })).status).toBe(200);
    const opened = await waitFor(async () => (await emailsTo(role.contact.email)).find((m) => m.subject.endsWith('is now open – Liike')), 'the role-is-open email');
    const [closeLink] = companyLinks(opened);
    expect(closeLink).toBeDefined();
    expect((await form(closeLink!, { decision: 'close' })).status).toBe(200);
    expect(await getItem(keys.role(roleId))).toMatchObject({ status: 'CLOSED' });
  });

  it('decline after approval needs a reason and releases the place', async () => {
    const pair = await proposedPair('0533');
    const [decideLink] = companyLinks(await approve(pair));
    expect((await form(decideLink!, { decision: 'decline' })).status).toBe(422);
    expect((await form(decideLink!, { decision: 'decline', reason: 'Position filled locally' })).status).toBe(200);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'DECLINED' });
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'SUBMITTED' });
    expect((await getItem(keys.role(pair.roleId)))!.placesLeft).toBe(1);
    await mailAbout(pair.applicantEmail, 'Aino', 3);
  });

  it('reminds after 3 days (coordinator and deputy) and expires after 7', async () => {
    const pair = await proposedPair('0541');
    const now = Date.now();
    // As if the email went out 3 days and an hour ago: due in under 4 days.
    const due = new Date(now + 4 * 86_400_000 - 3_600_000).toISOString();
    await ddb.send(
      new UpdateCommand({
        TableName: TABLE(),
        Key: keys.match(pair.matchId),
        UpdateExpression: 'SET decisionDueAt = :due, gsi1sk = :key',
        ExpressionAttributeValues: { ':due': due, ':key': pendingKeys(pair.matchId, pair.roleId, due).gsi1sk },
      }),
    );
    await sweepDecisions(new Date(now));
    await mailAbout(COORDINATOR, pair.marker, 2);
    await mailAbout(DEPUTY, pair.marker);
    expect(await getItem(keys.match(pair.matchId))).toHaveProperty('remindedAt');
    // A second sweep does not remind again.
    await sweepDecisions(new Date(now + 60_000));
    expect((await emailsTo(DEPUTY)).filter((e) => e.body.text?.includes(pair.marker))).toHaveLength(1);

    // Seven days after the email: the clock moves past the due date.
    await sweepDecisions(new Date(Date.parse(due) + 1000));
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'EXPIRED' });
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'SUBMITTED' });
    expect((await getItem(keys.role(pair.roleId)))!.placesLeft).toBe(1);
    await mailAbout(pair.applicantEmail, 'Aino', 3);
    // The expired link's page says the situation changed, and offers nothing.
    const page = await fetch(linkIn(pair.coordinatorMail.body.text!));
    expect(await page.text()).not.toMatch(/<form/i);
  });

  it('withdrawal releases the pending proposal; the coordinator link then offers nothing', async () => {
    const pair = await proposedPair('0542');
    const [receipt] = await waitForEmail(pair.applicantEmail);
    const statusLink = linkIn(receipt!.body.text!);
    for (let i = 0; i < 10; i++) expect(await (await fetch(`${statusLink}?view=withdraw`)).text()).toMatch(/<form[^>]*method="post"/i);
    expect((await fetch(statusLink, { method: 'HEAD' })).status).toBe(200);
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'PROPOSED' });
    // A POST that is not the page's own form (no or a mistyped decision) changes nothing.
    for (const fields of [{}, { decision: 'withdrew' }, { decision: 'eras' }] as Record<string, string>[]) expect((await form(statusLink, fields)).status).toBe(400);
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'PROPOSED' });
    expect((await form(statusLink, { decision: 'withdraw' })).status).toBe(200);

    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'WITHDRAWN' });
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'RELEASED', ended: { cause: 'withdrawn' } });
    expect((await getItem(keys.role(pair.roleId)))!.placesLeft).toBe(1);
    const link = linkIn(pair.coordinatorMail.body.text!);
    expect(await (await fetch(link)).text()).not.toMatch(/<form/i);
    expect((await form(link, { decision: 'approve' })).status).toBe(409);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'RELEASED' });
    await mailAbout(pair.applicantEmail, 'Aino', 3);
  });

  it('closing the role releases its pending match and puts the applicant back', async () => {
    const pair = await proposedPair('0511');
    const [decideLink, closeLink] = companyLinks(await approve(pair));
    for (let i = 0; i < 10; i++) expect(await (await fetch(closeLink!)).text()).toMatch(/<form[^>]*method="post"/i);
    expect((await fetch(closeLink!, { method: 'HEAD' })).status).toBe(200);
    expect(await getItem(keys.role(pair.roleId))).toMatchObject({ status: 'OPEN' });
    expect((await form(closeLink!, { decision: 'close' })).status).toBe(200);
    expect(await getItem(keys.role(pair.roleId))).toMatchObject({ status: 'CLOSED' });
    await waitFor(async () => ((await getItem(keys.match(pair.matchId)))!.status === 'RELEASED' ? true : undefined), 'the release');
    expect(await getItem(keys.application(pair.applicationId))).toMatchObject({ status: 'SUBMITTED' });
    expect(await (await fetch(decideLink!)).text()).not.toMatch(/<form/i);
    expect((await form(decideLink!, { decision: 'accept' })).status).toBe(409);
  });

  it('two simultaneous decisions on one link: exactly one wins', async () => {
    const pair = await proposedPair('0512');
    const link = linkIn(pair.coordinatorMail.body.text!);
    const results = await Promise.all([
      form(link, { decision: 'approve' }),
      form(link, { decision: 'reject', reason: 'No' }),
      form(link, { decision: 'approve' }),
      form(link, { decision: 'reject', reason: 'No' }),
    ]);
    expect(results.every((r) => r.status < 500)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const decided = [...(await eventsOf('match.approved', 'matchId', pair.matchId)), ...(await eventsOf('match.rejected', 'matchId', pair.matchId))];
    expect(decided).toHaveLength(1);
    expect((await getItem(keys.match(pair.matchId)))!.version).toBe(2);
  });
});
