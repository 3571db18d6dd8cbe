import { describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { decisionDonePage } from '#shared/decisions/outcome-pages';
import { linkUsedPage } from '#shared/links/link-pages';
import { findToken } from '#shared/links/tokens';
import { busEvents, emailsTo, linkIn, waitForEmail } from '../support/stack.ts';
import { COORDINATOR, eventsOf, form, getItem, mailAbout, mailsAbout, proposedPair, sleep } from './support.ts';

/*
 * Fault injection: 50 simultaneous POSTs of one coordinator-decision link, half approving and
 * half rejecting with a reason. The token is spent in the same transaction as the decision, so
 * exactly one decision is applied, one event is published and one follow-up email is sent.
 */
describe('50 concurrent decisions on one token', () => {
  it('exactly one wins; every other gets the "already decided" page', async () => {
    const pair = await proposedPair('0221');
    const link = linkIn(pair.coordinatorMail.body.text!);
    const token = link.split('/t/')[1]!;

    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        form(link, i % 2 === 0 ? { decision: 'approve' } : { decision: 'reject', reason: `Clash number ${i}` }).then(async (r) => ({
          i,
          status: r.status,
          body: await r.text(),
        })),
      ),
    );

    // The token says who won: its decision and time are what every loser is shown.
    const spent = (await findToken(token))!;
    expect(spent.usedAt).toBeDefined();
    expect(['approved', 'rejected']).toContain(spent.decision);
    const outcome = spent.decision as 'approved' | 'rejected';
    const donePage = decisionDonePage(spent.language, { outcome });
    const usedPage = linkUsedPage(spent.language, { decision: outcome, decidedAt: spent.usedAt! });

    const winners = responses.filter((r) => r.body === donePage);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.status).toBe(200);
    // The winner's form asked for what the token remembers.
    expect(winners[0]!.i % 2 === 0 ? 'approved' : 'rejected').toBe(outcome);

    const losers = responses.filter((r) => r.body !== donePage);
    expect(losers).toHaveLength(49);
    const unexpected = losers.filter((r) => r.status !== 200 || r.body !== usedPage);
    expect(unexpected.map((r) => `${r.status} ${r.body.slice(0, 300)}`)).toEqual([]);

    // The match moved exactly one step, and the pair's state follows the one decision.
    const match = (await getItem(keys.match(pair.matchId)))!;
    expect(match.version).toBe(2);
    expect(match.status).toBe(outcome === 'approved' ? 'APPROVED' : 'REJECTED');
    const role = (await getItem(keys.role(pair.roleId)))!;
    const application = (await getItem(keys.application(pair.applicationId)))!;
    if (outcome === 'approved') {
      expect(role.placesLeft).toBe(0);
      expect(application.status).toBe('PROPOSED');
    } else {
      expect(role.placesLeft).toBe(1);
      expect(application.status).toBe('SUBMITTED');
      expect([...application.forbiddenRoleIds]).toEqual([pair.roleId]);
    }

    // Exactly one event, and exactly one follow-up email (company on approval, applicant on rejection).
    if (outcome === 'approved') await mailAbout(pair.contactEmail, pair.marker);
    else await waitForEmail(pair.applicantEmail, 3);
    await sleep(1500); // time for any duplicate event or email to show up
    expect(await eventsOf('match.approved', 'matchId', pair.matchId)).toHaveLength(outcome === 'approved' ? 1 : 0);
    expect(await eventsOf('match.rejected', 'matchId', pair.matchId)).toHaveLength(outcome === 'rejected' ? 1 : 0);
    expect((await busEvents()).filter((e) => JSON.stringify(e.detail).includes(pair.matchId) && e['detail-type'] !== 'match.proposed')).toHaveLength(1);
    if (outcome === 'approved') expect(await mailsAbout(pair.contactEmail, pair.marker)).toHaveLength(1); // the company's decision email
    else expect(await emailsTo(pair.applicantEmail)).toHaveLength(3); // the receipt, the proposal, then "the search goes on"
    // The coordinator got the proposal once and nothing more.
    expect(await mailsAbout(COORDINATOR, pair.marker)).toHaveLength(1);
  });
});
