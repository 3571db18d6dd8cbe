import { randomUUID } from 'node:crypto';

const isoDate = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

/** A unique address per test, so tests can share the mail store and run in parallel. */
export const uniqueEmail = (who: string) => `${who}.${randomUUID().slice(0, 8)}@test.example`;

/**
 * A name unique per test: `tag` and eight random letters ("Tester-kfbqmpad"). Names take letters
 * only (shared/platform/validation.ts), so no digits of a UUID.
 */
export const uniqueName = (tag: string) => `${tag}-${[...randomUUID().replace(/-/g, '').slice(0, 8)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')}`;

/** Registration numbers with valid check digits (shared/roles/business-id.ts), one per country; made up, no real company's. */
export const BUSINESS_IDS = { FI: '1234567-1', EE: '12345678', LT: '302000009', RU: '1027800000007' } as const;

export function validApplication(overrides: Record<string, unknown> = {}) {
  return {
    applicantType: 'student',
    firstName: 'Анна',
    lastName: 'Смирнова',
    email: uniqueEmail('applicant'),
    language: 'ru',
    schoolId: 'ru-spb-construction',
    fieldOfStudy: '0732',
    sectors: ['construction'],
    destinations: ['FI', 'EE'],
    availableFrom: isoDate(30),
    availableTo: isoDate(120),
    minWeeks: 8,
    languages: [
      { code: 'ru', level: 'C2' },
      { code: 'en', level: 'B1' },
    ],
    motivation: 'Хочу научиться строить деревянные дома.',
    consent: { dataProcessing: true },
    ...overrides,
  };
}

export function validRole(overrides: Record<string, unknown> = {}) {
  return {
    company: { name: 'Rakennus Oy Sastamala', businessId: BUSINESS_IDS.FI, country: 'FI', region: 'Pirkanmaa', city: 'Sastamala' },
    contact: { name: 'Pekka Järvinen', email: uniqueEmail('contact'), language: 'fi' },
    title: 'Kirvesmiesharjoittelija',
    sector: 'construction',
    fieldsOfStudy: ['073'],
    places: 2,
    periodFrom: isoDate(20),
    periodTo: isoDate(200),
    minWeeks: 6,
    languages: [{ code: 'en', level: 'A2' }],
    applicantTypes: ['student'],
    description: 'Puurakentamista ja remontointia.',
    ...overrides,
  };
}
