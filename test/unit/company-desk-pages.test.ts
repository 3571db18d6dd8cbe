import { describe, expect, it } from 'vitest';
import { closeConfirmPage, nothingToClosePage, rolesPage } from '#shared/company-desk/pages';
import type { RoleView } from '#shared/company-desk/roles';
import { TEXTS } from '#shared/company-desk/texts';
import { escapeHtml } from '#shared/platform/html';
import { LANGUAGES } from '#shared/platform/i18n';

/*
 * The company desk's pages in every language: whatever a company or applicant typed is escaped,
 * each role shows what its status allows (a close link only while open), and dates carry the
 * reader's zone and, in Estonian, the case the sentence needs.
 */

const HOSTILE = '<script>alert(1)</script>';

const base: Omit<RoleView, 'roleId' | 'title' | 'status'> = {
  companyName: `Testi OÜ ${HOSTILE}`,
  places: 3,
  placesLeft: 1,
  periodFrom: '2027-01-04',
  periodTo: '2027-06-30',
  contactEmail: 'kati@testi.example',
  proposals: [],
  trainees: [],
};

const roles: RoleView[] = [
  { ...base, roleId: '11111111-1111-4111-8111-111111111111', title: `Pending ${HOSTILE}`, status: 'PENDING_VERIFICATION', verificationUntil: '2026-12-13T09:00:00.000Z[Europe/Tallinn]', verificationExpired: false },
  {
    ...base,
    roleId: '22222222-2222-4222-8222-222222222222',
    title: `Open ${HOSTILE}`,
    status: 'OPEN',
    proposals: [
      { matchId: 'm1', name: `Юлия Щукина (Iuliia Shchukina) ${HOSTILE}`, schoolName: 'Колледж', stage: 'company', dueAt: '2026-12-13T21:59:00.000Z[Europe/Tallinn]', periodFrom: '2027-01-04', periodTo: '2027-03-01' },
      { matchId: 'm2', name: 'Aino Virtanen', schoolName: 'Sasky', stage: 'coordinator', dueAt: '2026-12-13T21:59:00.000Z[Europe/Tallinn]', periodFrom: '2027-01-04', periodTo: '2027-03-01' },
    ],
    trainees: [
      { matchId: 'm3', name: 'Mikko Laine', schoolName: 'Sasky', periodFrom: '2027-01-04', periodTo: '2027-03-01', coordinator: { name: 'Anna Virtanen', email: `anna@sasky.example"${HOSTILE}` } },
      { matchId: 'm4', schoolName: 'Sasky', periodFrom: '2027-01-04', periodTo: '2027-03-01' },
    ],
  },
  { ...base, roleId: '33333333-3333-4333-8333-333333333333', title: 'Closed', status: 'CLOSED' },
];

describe("the company contact's desk pages", () => {
  it.each(LANGUAGES)('escape every value and show each role as its status allows (%s)', (language) => {
    const t = TEXTS[language];
    const page = rolesPage(language, { email: 'kati@testi.example', roles, notice: { kind: 'closed', title: `Closed ${HOSTILE}` } });
    expect(page).toContain(`<html lang="${language}"`);
    expect(page).not.toContain('<script>');
    expect(page).toContain(escapeHtml(HOSTILE));
    for (const status of ['PENDING_VERIFICATION', 'OPEN', 'CLOSED'] as const) expect(page).toContain(escapeHtml(t.status[status]));
    // The close link only for the open role.
    expect(page.match(/\/desk\/roles\/[0-9a-f-]+\/close/g)).toEqual(['/desk/roles/22222222-2222-4222-8222-222222222222/close']);
    // Tables only for roles that have been matched: the open one and the closed one.
    expect(page.split(escapeHtml(t.trainees)).length - 1).toBe(2);
    expect(page).toContain(escapeHtml(t.erased));
    expect(page).toContain('role="status"');
    // Every table cell says its column on a phone.
    expect(page).not.toMatch(/<td>/);
  });

  it('names the zone of each deadline, and puts Estonian dates in their case', () => {
    expect(rolesPage('en', { email: 'x@y.example', roles })).toContain('(Tallinn time, UTC+2)');
    const et = rolesPage('et', { email: 'x@y.example', roles });
    expect(et).toContain('hiljemalt 13. detsembriks 2026');
    expect(et).toContain('kuni 13. detsembrini 2026');
  });

  it('offer the one button that closes, or say why there is nothing to close', () => {
    for (const language of LANGUAGES) {
      const confirm = closeConfirmPage(language, { email: 'x@y.example', role: { roleId: 'r1', title: HOSTILE, companyName: 'Testi OÜ', placesLeft: 2 } });
      expect(confirm).toContain('<form method="post" action="/desk/roles/r1/close"><button type="submit" name="decision" value="close">');
      expect(confirm).not.toContain('<script>');
      const nothing = nothingToClosePage(language, { email: 'x@y.example', notice: { kind: 'alreadyClosed', title: HOSTILE } });
      expect(nothing).not.toContain('<form method="post" action="/desk');
      expect(nothing).not.toContain('<script>');
    }
  });
});
