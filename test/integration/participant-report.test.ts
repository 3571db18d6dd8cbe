import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ENV } from '#shared/platform/config';
import { keys } from '#shared/platform/db';
import { placementKey } from '#shared/report/placements';
import { sendMonthlyReport } from '#shared/report/monthly-email';
import { BUSINESS_IDS, uniqueEmail, validApplication } from '../support/fixtures.ts';
import { confirm, getItem, proposedPair } from '../support/flow.ts';
import { busEvents, linkIn, postJson, waitFor, waitForEmail, type StoredEmail } from '../support/stack.ts';

/*
 * Participant data at entry and the funder report end to end: the
 * sensitive answers are stored apart and appear nowhere else; three placements confirmed through
 * the emails' links, starting in March 2031 (a month no other test uses), are counted by the
 * report CLI and by the monthly report email.
 */
const THIS_YEAR = new Date().getUTCFullYear();
const SENSITIVE_WORDS = /disab|minority|foreign|sensitive|vammai|vähemmistö/i;

/** A one-place role and a fitting application with its own field, confirmed through the emails' links. */
async function confirmedPlacement(field: string, startsOn: string, participant: Record<string, unknown> | undefined, consent: Record<string, unknown> = {}) {
  const pair = await proposedPair(field, 'Report', {
    role: {
      company: { name: 'UAB Raportas', businessId: BUSINESS_IDS.LT, country: 'LT', region: 'Kauno apskritis', city: 'Kaunas' },
      periodFrom: '2031-03-01',
      periodTo: '2031-06-30',
      minWeeks: 4,
    },
    application: {
      availableFrom: startsOn,
      availableTo: '2031-05-31',
      minWeeks: 6,
      ...(participant ? { participant } : {}),
      consent: { dataProcessing: true, ...consent },
    },
  });
  // The company takes the applicant until the end of their availability (the proposal is the first 6 weeks).
  await confirm(pair, { from: startsOn, to: '2031-05-31' });
  const { applicationId, matchId } = pair;
  const placement = await waitFor(async () => getItem(placementKey(matchId)), 'placement record', 20_000);
  return { applicationId, matchId, placement, email: pair.applicantEmail };
}

const report = async (...args: string[]) => {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/report.ts', ...args], { env: process.env });
  return stdout;
};

describe('participant data at entry', () => {
  it('refuses sensitive items without their own consent, and bad values, naming the field (422)', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ participant: { sensitive: { disability: 'yes' } } }, 'participant.sensitive'],
      [{ participant: { sensitive: { disability: 'yes' } }, consent: { dataProcessing: true, sensitiveData: false } }, 'participant.sensitive'],
      [{ participant: { gender: 'other' } }, 'participant.gender'],
      [{ participant: { birthYear: '1990' } }, 'participant.birthYear'],
      [{ participant: { birthYear: 1850 } }, 'participant.birthYear'],
      [{ participant: { birthYear: THIS_YEAR } }, 'participant.birthYear'],
      [{ participant: { labourMarketStatus: 'retired' } }, 'participant.labourMarketStatus'],
      [{ participant: { education: 'isced_6' } }, 'participant.education'],
      [{ participant: { sensitive: { minority: 'maybe' } }, consent: { dataProcessing: true, sensitiveData: true } }, 'participant.sensitive.minority'],
      [{ participant: { religion: 'none' } }, 'participant.religion'],
      [{ consent: { dataProcessing: true, sensitiveData: 'yes' } }, 'consent.sensitiveData'],
    ];
    for (const [overrides, path] of cases) {
      const response = await postJson('/applications', validApplication(overrides));
      expect(response.status, path).toBe(422);
      const body = (await response.json()) as { errors: { path: string }[] };
      expect(body.errors.map((e) => e.path), JSON.stringify(overrides)).toContain(path);
    }
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${process.env[ENV.publicBaseUrl]}/openapi.json`)).json()) as any;
    const properties = doc.components.schemas.Application.properties;
    expect(Object.keys(properties.participant.properties)).toEqual(['gender', 'birthYear', 'labourMarketStatus', 'education', 'sensitive']);
    expect(properties.participant.properties.gender.enum).toContain('prefer_not_to_say');
    expect(properties.consent.properties.sensitiveData.type).toBe('boolean');
  });

  it('keeps the sensitive answers apart: not on the application, in events, emails or the status page', async () => {
    const application = validApplication({
      participant: {
        gender: 'non_binary',
        birthYear: THIS_YEAR - 17,
        labourMarketStatus: 'in_education',
        education: 'isced_0_2',
        sensitive: { disability: 'yes', foreignBackground: 'prefer_not_to_say', minority: 'yes' },
      },
      consent: { dataProcessing: true, sensitiveData: true },
    });
    const posted = await postJson('/applications', application);
    expect(posted.status).toBe(201);
    const { applicationId } = (await posted.json()) as { applicationId: string };

    const stored = (await getItem(keys.application(applicationId)))!;
    expect(stored.participant).toEqual({ gender: 'non_binary', ageBand: 'under_18', labourMarketStatus: 'in_education', education: 'isced_0_2' });
    expect(JSON.stringify(stored)).not.toMatch(/birthYear|disability|foreignBackground|minority/);
    expect(await getItem(keys.sensitive(applicationId))).toMatchObject({
      type: 'SENSITIVE',
      applicationId,
      disability: 'yes',
      foreignBackground: 'prefer_not_to_say',
      minority: 'yes',
    });

    const [receipt] = await waitForEmail(application.email);
    expect(`${receipt!.subject}${receipt!.body.text}${receipt!.body.html}`).not.toMatch(SENSITIVE_WORDS);
    const status = await (await fetch(linkIn(receipt!.body.text!))).text();
    expect(status).not.toMatch(SENSITIVE_WORDS);
    const events = (await busEvents()).filter((e) => JSON.stringify(e).includes(applicationId));
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toMatch(/disability|foreignBackground|minority|participant|birthYear|sensitive/);
  });

  it('stores no sensitive item when none is given, and no participant data when none is given', async () => {
    const posted = await postJson('/applications', validApplication({ participant: { gender: 'prefer_not_to_say' }, consent: { dataProcessing: true, sensitiveData: true } }));
    const { applicationId } = (await posted.json()) as { applicationId: string };
    expect(await getItem(keys.sensitive(applicationId))).toBeUndefined();
    expect((await getItem(keys.application(applicationId)))!.participant).toEqual({ gender: 'prefer_not_to_say' });
    const plain = await postJson('/applications', validApplication());
    const { applicationId: plainId } = (await plain.json()) as { applicationId: string };
    expect((await getItem(keys.application(plainId)))!.participant).toBeUndefined();
  });
});

describe('funder report', () => {
  it('counts placements started in the period, by category and gender, "<5" in sensitive items; the CLI and the monthly email', { timeout: 120_000 }, async () => {
    const [a, b, c] = await Promise.all([
      confirmedPlacement(
        '0212',
        '2031-03-03',
        { gender: 'female', birthYear: THIS_YEAR - 21, labourMarketStatus: 'unemployed', education: 'isced_3_4', sensitive: { disability: 'yes', minority: 'no' } },
        { sensitiveData: true },
      ),
      confirmedPlacement('0213', '2031-03-10', { gender: 'male', birthYear: 'prefer_not_to_say', labourMarketStatus: 'employed', education: 'prefer_not_to_say' }),
      confirmedPlacement('0214', '2031-03-17', undefined),
    ]);
    expect(a.placement).toMatchObject({ startsOn: '2031-03-03', endsOn: '2031-05-31', homeCountry: 'FI', hostCountry: 'LT', sector: 'wellbeing', fieldOfStudy: '0212' });
    expect(JSON.stringify([a.placement, b.placement, c.placement])).not.toMatch(/Aino|Report-|@|disability|minority/);

    const csv = (await report('--from', '2031-03-01', '--to', '2031-03-31', '--format', 'csv')).trim().split('\r\n');
    const expected = [
      'period,from,,2031-03-01',
      'summary,placements,count,3',
      'summary,participant_data,count,2',
      'gender,female,total,1',
      'gender,male,total,1',
      'gender,not_given,total,1',
      'age_band,18_29,female,1',
      'age_band,prefer_not_to_say,male,1',
      'age_band,not_given,total,1',
      'labour_market_status,unemployed,female,1',
      'labour_market_status,employed,male,1',
      'education,isced_3_4,total,1',
      'education,prefer_not_to_say,male,1',
      'disability,yes,total,<5',
      'disability,yes,female,<5',
      'disability,not_given,total,<5',
      'minority,no,total,<5',
      'foreignBackground,not_given,total,<5',
      'country_pair,FI-LT,count,3',
      'sector,wellbeing,count,3',
      'field,0212,count,1',
      'field,0213,count,1',
      'field,0214,count,1',
      'duration,9_12,count,2',
      'duration,13_26,count,1',
      'completion,not_yet_due,total,3',
      'response_rates,end_of_placement,due,0',
    ];
    for (const line of expected) expect(csv, line).toContain(line);
    // No count under 5 of a sensitive item is shown as a number.
    expect(csv.filter((l) => /^(disability|foreignBackground|minority),/.test(l) && /,[0-4]$/.test(l))).toEqual([]);
    expect(csv.join('\n')).not.toContain(a.applicationId);

    // Outside the period: nothing of these.
    expect(await report('--from', '2031-04-01', '--to', '2031-04-30', '--format', 'json')).toContain('"placements": 0');
    expect(await report('--from', '2031-03-01', '--to', '2031-03-31')).toContain('| Female | 1 |');
    // Bad arguments: the usage and exit code 2, never a stack trace.
    for (const args of [['--from', '2031-13-01', '--to', '2031-12-31'], ['--from', '2031-02-30', '--to', '2031-03-31'], ['--from', '2031-03-01']]) {
      await expect(report(...args)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('usage: npm run report') });
    }

    // The monthly run in April 2031 sends March's report to the staff from configuration.
    const staff = uniqueEmail('programme.staff');
    const before = process.env[ENV.reportRecipients];
    process.env[ENV.reportRecipients] = '';
    expect(await sendMonthlyReport(new Date('2031-04-01T06:00:00Z'))).toEqual({ sent: false, placements: 0 });
    process.env[ENV.reportRecipients] = staff;
    try {
      expect(await sendMonthlyReport(new Date('2031-04-01T06:00:00Z'))).toEqual({ sent: true, placements: 3 });
    } finally {
      process.env[ENV.reportRecipients] = before ?? '';
    }
    const [mail] = (await waitForEmail(staff)) as (StoredEmail & { attachments: { filename: string; contentType: string; content: string }[] })[];
    expect(mail!.subject).toContain('2031-03-01');
    expect(mail!.body.text).toContain('Placements started in the period | 3');
    expect(mail!.attachments.map((x) => x.filename)).toEqual(['liike-report-2031-03.csv']);
    const attached = Buffer.from(mail!.attachments[0]!.content, 'base64').toString('utf8');
    expect(attached).toContain('summary,placements,count,3');
    expect(attached).toContain('disability,yes,total,<5');
  });
});
