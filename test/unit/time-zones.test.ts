import { describe, expect, it } from 'vitest';
import { formatDate, LANGUAGES } from '#shared/platform/i18n';
import { forReaderIn, timeZoneOf } from '#shared/vocabulary/time-zones';
import { companyProposalEmail, coordinatorProposalEmail } from '#shared/decisions/emails';
import { coordinatorDecisionPage } from '#shared/decisions/proposal-page';

// A decision due at 21:59 UTC on 18 December: 23:59 in Helsinki, already the 19th in Moscow.
const DUE = '2026-12-18T21:59:00.000Z';

const applicant = {
  firstName: 'Анна',
  lastName: 'Смирнова',
  applicantType: 'student',
  schoolName: 'Санкт-Петербургский колледж строительства',
  homeCountry: 'RU',
  fieldOfStudy: '0732',
  languages: [{ code: 'ru', level: 'C2' }],
} as const;
const placement = {
  companyName: 'Rakennus Oy',
  roleTitle: 'Kirvesmies',
  sector: 'construction',
  city: 'Tampere',
  region: 'Pirkanmaa',
  country: 'FI',
  periodFrom: '2027-03-01',
  periodTo: '2027-05-31',
} as const;
const score = { overlap: 30, language: 20, waiting: 5, total: 55, overlapWeeks: 13, languageMargin: 1, waitingDays: 3, destinationRank: 0, rolePreferenceRank: null };

describe('date-times on the reader’s clock, the zone named', () => {
  it('a Russian coordinator reads the deadline in Moscow time, a Finnish one in Helsinki time', () => {
    expect(formatDate(forReaderIn(DUE, 'RU'), 'ru')).toBe('19 декабря 2026 г. в 00:59 (московское время, UTC+3)');
    expect(formatDate(forReaderIn(DUE, 'FI'), 'fi')).toBe('18. joulukuuta 2026 klo 23.59 (Helsingin aika, UTC+2)');
    // The reader's language and the reader's zone are two things: a Finnish-speaking reader in Russia.
    expect(formatDate(forReaderIn(DUE, 'RU'), 'fi')).toBe('19. joulukuuta 2026 klo 0.59 (Moskovan aika, UTC+3)');
    expect(formatDate(forReaderIn(DUE, 'RU'), 'en')).toBe('19 December 2026 at 00:59 (Moscow time, UTC+3)');
  });

  it('names each country’s zone in each language, with summer time', () => {
    expect(formatDate(forReaderIn(DUE, 'EE'), 'et')).toBe('18. detsember 2026, kell 23:59 (Tallinna aeg, UTC+2)');
    expect(formatDate(forReaderIn(DUE, 'LT'), 'lt')).toBe('2026 m. gruodžio 18 d. 23:59 (Vilniaus laikas, UTC+2)');
    const summer = '2027-07-01T09:00:00.000Z';
    expect(formatDate(forReaderIn(summer, 'FI'), 'en')).toBe('1 July 2027 at 12:00 (Helsinki time, UTC+3)');
    expect(formatDate(forReaderIn(summer, 'RU'), 'en')).toBe('1 July 2027 at 12:00 (Moscow time, UTC+3)');
    for (const language of LANGUAGES) {
      for (const country of ['FI', 'EE', 'LT', 'RU']) expect(formatDate(forReaderIn(DUE, country), language)).toMatch(/\(\S.*, UTC\+[23]\)$/);
    }
  });

  it('falls back to Helsinki; plain dates and bad values are not shifted', () => {
    expect(timeZoneOf('SE')).toBe('Europe/Helsinki');
    expect(timeZoneOf(undefined)).toBe('Europe/Helsinki');
    expect(formatDate(DUE, 'en')).toBe('18 December 2026 at 23:59 (Helsinki time, UTC+2)');
    expect(formatDate(`${DUE}[Not/AZone]`, 'en')).toBe('18 December 2026 at 23:59 (Helsinki time, UTC+2)');
    // An explicit zone wins; another zone is named by Intl.
    expect(formatDate(DUE, 'en', 'Europe/Moscow')).toBe('19 December 2026 at 00:59 (Moscow time, UTC+3)');
    expect(formatDate(DUE, 'en', 'Europe/Berlin')).toMatch(/^18 December 2026 at 22:59 \(Central European.*, UTC\+1\)$/);
    expect(formatDate(forReaderIn('2027-03-01', 'RU'), 'en')).toBe('1 March 2027');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(forReaderIn('', 'RU')).toBe('');
  });

  it('the decision emails and pages carry the zone they are given', () => {
    const coordinator = coordinatorProposalEmail.render('ru', {
      recipientName: 'Ольга Иванова',
      applicant,
      placement,
      requiredLanguages: [],
      score,
      decideUrl: 'https://liike.example/t/x',
      decideBy: forReaderIn(DUE, 'RU'),
      reminder: false,
      deputy: false,
    });
    expect(coordinator.text).toContain('до 19 декабря 2026 г. в 00:59 (московское время, UTC+3)');
    const company = companyProposalEmail.render('fi', {
      recipientName: 'Pekka',
      applicant,
      placement,
      decideUrl: 'https://liike.example/t/x',
      decideBy: forReaderIn(DUE, 'FI'),
      manageRoleUrl: 'https://liike.example/t/y',
      reminder: false,
    });
    expect(company.text).toContain('18. joulukuuta 2026 klo 23.59 (Helsingin aika, UTC+2)');
    const page = coordinatorDecisionPage('ru', { applicant, placement, requiredLanguages: [], score, decideBy: forReaderIn(DUE, 'RU'), formAction: '/t/x' });
    expect(page).toContain('19 декабря 2026 г. в 00:59 (московское время, UTC+3)');
  });
});
