import { describe, expect, it } from 'vitest';
import { estonianDate } from '#shared/platform/estonian';
import { formatDate } from '#shared/platform/i18n';

/* Estonian dates take the case the word before them governs: "hiljemalt 13. detsembriks", "kuni 13. detsembrini". */
describe('Estonian dates in a case', () => {
  it('puts every month in the translative, the terminative and the adessive', () => {
    const months = ['jaanuari', 'veebruari', 'märtsi', 'aprilli', 'mai', 'juuni', 'juuli', 'augusti', 'septembri', 'oktoobri', 'novembri', 'detsembri'];
    months.forEach((stem, i) => {
      const date = formatDate(`2026-${String(i + 1).padStart(2, '0')}-13`, 'et');
      expect(estonianDate(date, 'translative')).toBe(`13. ${stem}ks 2026`);
      expect(estonianDate(date, 'terminative')).toBe(`13. ${stem}ni 2026`);
      expect(estonianDate(date, 'adessive')).toBe(`13. ${stem}l 2026`);
    });
  });

  it('keeps the time and the zone of a date-time', () => {
    const date = formatDate('2026-12-13T10:00:00Z', 'et');
    expect(estonianDate(date, 'translative')).toMatch(/^13\. detsembriks 2026, kell 12:00 \(.+\)$/);
  });

  it('leaves what is no Estonian date alone', () => {
    expect(estonianDate('13 December 2026', 'translative')).toBe('13 December 2026');
    expect(estonianDate('2026-12-13', 'terminative')).toBe('2026-12-13');
  });
});

describe('where Estonian texts name a date', () => {
  it('a deadline is "hiljemalt … -ks", a validity "kuni … -ni", a past act "… -l"', async () => {
    const { renderEmail } = await import('../support/emails.ts');
    const verification = renderEmail('roleVerification', 'et', {
      contactName: 'Mari Tamm',
      companyName: 'Ehitus OÜ',
      roleTitle: 'Müürsepp',
      verifyUrl: 'https://liike.test/t/x',
      expiresAt: '2026-12-13T10:00:00.000Z',
    });
    expect(verification.text).toContain('Link kehtib kuni 13. detsembrini 2026');
    const { linkUsedPage } = await import('#shared/links/link-pages');
    expect(linkUsedPage('et', { decision: 'roleClosed', decidedAt: '2026-12-13T10:00:00.000Z' })).toContain('Praktikakoht suleti 13. detsembril 2026');
    const { dataErasedPage } = await import('#shared/applicant/data-pages');
    expect(dataErasedPage('et', { erasedAt: '2026-03-01T10:00:00.000Z' })).toContain('kustutati 1. märtsil 2026');
  });
});

describe('the forms address the reader in Estonian as the emails do: "Teie"', () => {
  it('no "sina" and no singular imperative in any Estonian text of the forms', async () => {
    const texts = await import('../../web/src/texts.ts');
    // The board's and the role chooser's texts are kept apart (each page carries only its own).
    const boardTexts = await import('../../web/src/board-texts.ts');
    const estonian: string[] = [];
    const collect = (value: unknown) => {
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.et === 'string') estonian.push(record.et);
      else if (record.et && typeof record.et === 'object') estonian.push(...Object.values(record.et as Record<string, string>));
      else for (const inner of Object.values(record)) collect(inner);
    };
    collect(texts);
    collect(boardTexts);
    expect(estonian.length).toBeGreaterThan(150);
    const informal = /\b(sina|sinu|sul|sulle|sind|sinult|oled|saad|näed|soovid|tahad|õpid|kuulud)\b/iu;
    const singularImperative = /(^|[.:;–]\s)(Vali|Kontrolli|Sisesta|Oota|Proovi|Jäta|Ava|Vaata|Kirjelda|Lisa|Eemalda|Saada|Laadi|Kinnita|Täida|Kandideeri|Liigu|Vajuta|Hoia)\b/u;
    for (const text of estonian) {
      expect(text).not.toMatch(informal);
      expect(text).not.toMatch(singularImperative);
    }
  });
});
