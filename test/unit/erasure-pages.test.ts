import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#shared/platform/i18n';
import { applicationStatusPage } from '#shared/applicant/status-page';
import { dataErasedPage, eraseConfirmPage } from '#shared/applicant/data-pages';

describe('the applicant’s data pages', () => {
  const texts = new Map<string, string>();
  for (const language of LANGUAGES) {
    it(`${language}: status page links, confirm form, erased page`, () => {
      const status = applicationStatusPage(language, {
        status: 'SUBMITTED',
        submittedAt: '2027-01-05T10:00:00.000Z',
        applicantType: 'student',
        sectors: ['wellbeing'],
        destinations: ['LT'],
        availableFrom: '2027-03-01',
        availableTo: '2027-06-30',
        withdrawAction: '/t/abc',
        dataPath: '/t/abc',
      });
      expect(status).toContain('href="/t/abc?view=data" download');
      expect(status).toContain('href="/t/abc?view=erase"');
      const confirm = eraseConfirmPage(language, { action: '/t/abc' });
      expect(confirm).toContain(`lang="${language}"`);
      expect(confirm).toMatch(/<form method="post" action="\/t\/abc"><input type="hidden" name="decision" value="erase">/);
      const erased = dataErasedPage(language, { erasedAt: '2027-02-01T12:00:00.000Z' });
      expect(erased).not.toMatch(/<form/);
      expect(erased).toMatch(/2027/);
      texts.set(language, confirm + erased);
    });
  }
  it('every language has its own words', () => {
    expect(new Set(texts.values()).size).toBe(LANGUAGES.length);
  });
});

describe('the withdraw confirmation', () => {
  it('says what withdrawing does, in every language, and only its form posts decision=withdraw', async () => {
    const { withdrawConfirmPage } = await import('#shared/applicant/withdraw-page');
    const pages = LANGUAGES.map((language) => withdrawConfirmPage(language, { action: '/t/abc', proposed: true }));
    pages.forEach((page, i) => {
      expect(page).toContain(`lang="${LANGUAGES[i]}"`);
      expect(page).toMatch(/<form method="post" action="\/t\/abc"><input type="hidden" name="decision" value="withdraw"><button type="submit" class="destructive">/);
      expect(page).toContain('<a href="/t/abc">'); // the way back, without withdrawing
    });
    expect(new Set(pages).size).toBe(LANGUAGES.length);
    expect(pages[1]).toContain('the proposal is cancelled');
    expect(withdrawConfirmPage('en', { action: '/t/abc', proposed: false })).not.toContain('the proposal is cancelled');
  });
});
