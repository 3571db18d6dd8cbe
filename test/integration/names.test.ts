import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/fixtures.ts';
import * as flow from '../support/flow.ts';
import { linkIn } from '../support/stack.ts';
import { icaoLatin } from '#shared/vocabulary/transliteration';
import { keys } from '#shared/platform/db';

/*
 * Names and words a foreign reader can use, end to end: a Russian applicant proposed to a Finnish
 * company. The Finnish company reads the applicant's name and school in Latin letters beside the
 * Cyrillic, the field of study in Finnish and its deadline on Helsinki's clock; the Russian
 * coordinator reads the same proposal in Russian on Moscow's clock. This test's field (0232) is
 * its own, so its applicant only meets its role.
 */

const RU_COORDINATOR = 'olga.ivanova@spbcc.example';
const WAIT_MS = 30_000;

/** A random Cyrillic word, so this test's applicant is recognised in every email. */
const cyrillic = (length: number) => Array.from({ length }, () => 'бвгджзклмнпрстфхцчшщ'[Math.floor(Math.random() * 20)]).join('');

describe('a Finnish company and a Russian applicant', () => {
  it('read each other’s names, school, field and deadline', async () => {
    const suffix = cyrillic(6);
    const lastName = `Щукина-${suffix}`;
    const latinLastName = `Shchukina-${icaoLatin(suffix)}`;
    const both = `Юлия ${lastName} (Iuliia ${latinLastName})`;
    const school = 'Санкт-Петербургский колледж строительства (St Petersburg College of Construction)';
    const pair = await flow.proposedPair('0232', 'Names', {
      role: {
        company: { name: 'Rakennus Oy Nimet', businessId: '2345678-0', country: 'FI', region: 'Pirkanmaa', city: 'Tampere' },
        contact: { name: 'Pekka Järvinen', email: uniqueEmail('names-contact'), language: 'fi' },
      },
      // No Latin name given: Liike stores ICAO 9303's.
      application: { firstName: 'Юлия', lastName, schoolId: 'ru-spb-construction', language: 'ru', destinations: ['FI'] },
      coordinator: RU_COORDINATOR,
    });
    expect(await flow.getItem(keys.application(pair.applicationId))).toMatchObject({ firstNameLatin: 'Iuliia', lastNameLatin: latinLastName });

    // The coordinator in St Petersburg: Russian, Moscow time.
    const coordinator = pair.coordinatorMail.body.text!;
    expect(coordinator).toContain(both);
    expect(coordinator).toContain(school);
    expect(coordinator).toContain('0232 Литература и лингвистика');
    expect(coordinator).toMatch(/\(московское время, UTC\+3\)/);
    const coordinatorPage = await (await fetch(linkIn(coordinator))).text();
    expect(coordinatorPage).toContain('(московское время, UTC+3)');

    // The company in Tampere: Finnish, Helsinki time, and a name it can read.
    const company = await flow.approve(pair);
    const companyText = company.body.text!;
    expect(companyText).toContain(both);
    expect(companyText).toContain(school);
    expect(companyText).toContain('0232 Kirjallisuus ja kielitiede');
    expect(companyText).toMatch(/\(Helsingin aika, UTC\+[23]\)/);
    expect(companyText).not.toContain('московское время');
    // Subjects still name nobody.
    expect(company.subject).not.toMatch(/Юлия|Iuliia|Shchukina/);
    const [decide] = flow.companyLinks(company);
    const page = await (await fetch(decide!)).text();
    expect(page).toContain('Iuliia');
    expect(page).toContain(latinLastName);
    expect(page).toMatch(/\(Helsingin aika, UTC\+[23]\)/);

    // Accepted: the company's confirmation names the applicant in both forms too.
    expect((await flow.form(decide!, { decision: 'accept' })).status).toBe(200);
    const [confirmed] = await flow.mailAbout(pair.contactEmail, pair.marker, 2, WAIT_MS).then((mails) => mails.filter((m) => m.messageId !== company.messageId));
    expect(confirmed!.body.text).toContain(both);
  });
});
