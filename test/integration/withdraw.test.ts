import { describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { LOCAL_CONTACT_ADDRESS } from '#local/env';
import { eventsOf, form, getItem, mailAbout, submitConfirmed } from '../support/flow.ts';
import { uniqueEmail } from '../support/fixtures.ts';
import { linkIn, waitFor } from '../support/stack.ts';

/*
 * Withdrawing is confirmed, like deleting one's data: the status page only links to a confirm
 * page (GET, changes nothing, as mail scanners and previews open links), and only that page's
 * form (POST decision=withdraw) withdraws.
 */
describe('withdrawing from the status page', () => {
  it('the status page links to a confirm page; only its form withdraws', async () => {
    const email = uniqueEmail('withdraw');
    const applicationId = await submitConfirmed({ email, firstName: 'Mari', lastName: 'Tamm', language: 'et', schoolId: 'ee-polytech', destinations: ['FI'], fieldOfStudy: '0212' });
    const [receipt] = await mailAbout(email, applicationId);
    const statusLink = linkIn(receipt!.body.text!);
    const path = new URL(statusLink).pathname;
    // Replies reach the programme, which the footer names, with the privacy notice in Estonian.
    expect(receipt!.replyTo).toEqual([LOCAL_CONTACT_ADDRESS]);
    expect(receipt!.body.text).toContain(`kirjutage aadressile ${LOCAL_CONTACT_ADDRESS}.`);
    expect(receipt!.body.text).toContain(`Privaatsusteade: ${new URL(statusLink).origin}/privacy/et/`);

    // The status page: no form acts on it any more, a link leads on.
    const status = await (await fetch(statusLink)).text();
    expect(status).not.toMatch(/<form/i);
    expect(status).toContain(`<a class="button-link destructive" href="${path}?view=withdraw">Võtke avaldus tagasi</a>`);

    // The confirm page, opened as often as a scanner likes, in the applicant's language: nothing changes.
    for (let i = 0; i < 5; i++) {
      const page = await fetch(`${statusLink}?view=withdraw`);
      expect(page.status).toBe(200);
      const text = await page.text();
      expect(text).toContain('<html lang="et"');
      expect(text).toContain('Kas võtta avaldus tagasi?');
      expect(text).toContain(`<form method="post" action="${path}"><input type="hidden" name="decision" value="withdraw">`);
      expect(text).toContain(`<a href="${path}">`); // back, without withdrawing
    }
    expect((await fetch(`${statusLink}?view=withdraw`, { method: 'HEAD' })).status).toBe(200);
    // (A round may have proposed it meanwhile: a field of study no test keeps to itself is left.)
    expect(['SUBMITTED', 'PROPOSED']).toContain((await getItem(keys.application(applicationId)))!.status);
    expect(await eventsOf('application.withdrawn', 'applicationId', applicationId)).toEqual([]);

    // Its form's POST withdraws, once.
    expect((await form(statusLink, { decision: 'withdraw' })).status).toBe(200);
    expect(await getItem(keys.application(applicationId))).toMatchObject({ status: 'WITHDRAWN' });
    await waitFor(async () => (await eventsOf('application.withdrawn', 'applicationId', applicationId))[0], 'application.withdrawn');

    // Withdrawn: the confirm page is no longer offered; the status page says so.
    const after = await (await fetch(`${statusLink}?view=withdraw`)).text();
    expect(after).not.toMatch(/<form/i);
    expect(after).toContain('Tagasi võetud');
  });
});
