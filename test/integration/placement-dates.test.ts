import { describe, expect, it } from 'vitest';
import { keys } from '#shared/platform/db';
import { followUpKey } from '#shared/follow-up/records';
import { placementKey } from '#shared/report/placements';
import { formatPeriod } from '#shared/platform/i18n';
import { approve, companyLinks, COORDINATOR, form, getItem, IN_ESTONIA, mailAbout, proposedPair } from '../support/flow.ts';
import { emailsTo, linkIn, waitFor } from '../support/stack.ts';

/*
 * Placements have real dates (shared/decisions/placement-dates.ts): a proposal carries the
 * earliest period of the required length inside the overlap of the two periods; the company may
 * move it within the overlap when it accepts; every later email, the status page, the follow-ups
 * and the funder's record use the placement's dates. Field 0912 in Estonia, and dates in 2049 that
 * no other test's role or application has: they only ever match each other.
 */

const BASE = Date.parse('2049-01-01T00:00:00Z');
const day = (days: number) => new Date(BASE + days * 86_400_000).toISOString().slice(0, 10);
const plus = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('placement dates', () => {
  it('proposed as the earliest period, moved by the company on accepting, and shown so everywhere after', async () => {
    // Applicant free from day 30 to 150 for at least 6 weeks; the role runs day 20–200, at least 4: 6 weeks from day 30.
    const pair = await proposedPair('0912', 'Dates', {
      role: { ...IN_ESTONIA.role, periodFrom: day(20), periodTo: day(200), minWeeks: 4, contact: { name: 'Mari Mets', email: `dates-${Date.now()}@test.example`, language: 'en' } },
      application: { ...IN_ESTONIA.application, availableFrom: day(30), availableTo: day(150), minWeeks: 6 },
    });
    const proposed = { from: day(30), to: plus(day(30), 41) };
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ placement: proposed });
    // The coordinator (Finnish) reads the dates and the window they may move in, not the availability as "the period".
    expect(pair.coordinatorMail.body.text).toContain(`Harjoittelun päivät: ${formatPeriod(proposed.from, proposed.to, 'fi')} (6 viikkoa)`);
    expect(pair.coordinatorMail.body.text).toContain(`Molemmille sopiva aika: ${formatPeriod(day(30), day(150), 'fi')}`);

    const companyMail = await approve(pair);
    expect(companyMail.body.text).toContain(`Placement dates: ${formatPeriod(proposed.from, proposed.to, 'en')} (6 weeks)`);
    const [decide] = companyLinks(companyMail);
    const page = await (await fetch(decide!)).text();
    expect(page).toContain(`name="placementFrom" value="${proposed.from}" min="${day(30)}" max="${day(150)}"`);

    // Dates that do not fit: a 422 naming the field, nothing written, the link still works.
    const tooShort = await form(decide!, { decision: 'accept', placementFrom: day(60), placementTo: plus(day(60), 20) });
    expect(tooShort.status).toBe(422);
    const refused = await tooShort.text();
    expect(refused).toContain('id="placementTo-error"');
    expect(refused).toContain(`value="${plus(day(60), 20)}"`);
    const outside = await form(decide!, { decision: 'accept', placementFrom: day(25), placementTo: day(100) });
    expect(outside.status).toBe(422);
    expect(await outside.text()).toContain('id="placementFrom-error"');
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'APPROVED', placement: proposed });

    // Moved to start a month later, for eight weeks.
    const chosen = { from: day(60), to: plus(day(60), 55) };
    expect((await form(decide!, { decision: 'accept', placementFrom: chosen.from, placementTo: chosen.to })).status).toBe(200);
    expect(await getItem(keys.match(pair.matchId))).toMatchObject({ status: 'CONFIRMED', placement: chosen });

    // The confirmations, in each reader's language, carry the new dates.
    const [applicantConfirmation] = (await mailAbout(pair.applicantEmail, 'Aino', 3)).slice(-1);
    expect(applicantConfirmation!.body.text).toContain(`${formatPeriod(chosen.from, chosen.to, 'fi')} (8 viikkoa)`);
    const [, companyConfirmation] = await mailAbout(pair.contactEmail, pair.marker, 2);
    expect(companyConfirmation!.body.text).toContain(`Placement dates: ${formatPeriod(chosen.from, chosen.to, 'en')} (8 weeks)`);
    const [, coordinatorConfirmation] = await mailAbout(COORDINATOR, pair.marker, 2);
    expect(coordinatorConfirmation!.body.text).toContain(formatPeriod(chosen.from, chosen.to, 'fi'));
    expect(coordinatorConfirmation!.body.text).not.toContain(formatPeriod(proposed.from, proposed.to, 'fi'));

    // The status page, the follow-ups and the funder's record.
    const proposal = (await emailsTo(pair.applicantEmail)).find((m) => m.body.text?.includes(formatPeriod(proposed.from, proposed.to, 'fi')))!;
    const status = await (await fetch(linkIn(proposal.body.text!))).text();
    expect(status).toContain(formatPeriod(chosen.from, chosen.to, 'fi'));
    const followUp = await waitFor(() => getItem(followUpKey(pair.matchId, 'end')), 'the end-of-placement follow-up');
    expect(followUp).toMatchObject({ periodFrom: chosen.from, periodTo: chosen.to });
    expect(await waitFor(() => getItem(placementKey(pair.matchId)), 'the placement record')).toMatchObject({ startsOn: chosen.from, endsOn: chosen.to });
  });
});
