import type { MatchApplicant, MatchInput, MatchRole } from '#shared/matching/types';

/** A hand-made applicant and role that fit each other; tests change one thing at a time. */

export const NOW = '2026-04-01T12:00:00.000Z';

export const applicant = (over: Partial<MatchApplicant> = {}): MatchApplicant => ({
  id: 'a1',
  applicantType: 'student',
  homeCountry: 'FI',
  fieldOfStudy: '0713',
  sectors: ['construction'],
  destinations: ['EE', 'LT'],
  availableFrom: '2026-05-04',
  availableTo: '2026-07-26', // 12 weeks
  minWeeks: 4,
  languages: [
    { code: 'en', level: 'B2' },
    { code: 'fi', level: 'C2' },
  ],
  rolePreferences: [],
  submittedAt: '2026-03-02T12:00:00.000Z', // 30 days before NOW
  ...over,
});

export const role = (over: Partial<MatchRole> = {}): MatchRole => ({
  id: 'r1',
  country: 'EE',
  sector: 'construction',
  fieldsOfStudy: ['0713'],
  places: 2,
  periodFrom: '2026-05-04',
  periodTo: '2026-06-28', // 8 weeks
  minWeeks: 4,
  languages: [{ code: 'en', level: 'B1' }],
  applicantTypes: ['student'],
  ...over,
});

export const input = (over: Partial<MatchInput> = {}): MatchInput => ({
  applicants: [applicant()],
  roles: [role()],
  frozen: [],
  forbidden: [],
  seed: 'seed-1',
  now: NOW,
  ...over,
});
