import { describe, expect, it } from 'vitest';
import { renderEmail, type EmailVars } from '../support/emails.ts';
import { escapeHtml, html, raw } from '#shared/platform/html';
import { formatDate, LANGUAGES, preferredLanguage } from '#shared/platform/i18n';
import { estonianDate } from '#shared/platform/estonian';

const url = (n: number) => `https://liike.example/t/${String(n).repeat(43).slice(0, 43)}`;
const HOSTILE = '<img src=x onerror=alert(1)>';

// The decision emails have their own tests (decision-email.test.ts).
type Kind = 'applicationReceipt' | 'roleVerification' | 'roleOpened';
const samples: Pick<EmailVars, Kind> = {
  applicationReceipt: { firstName: 'Анна', statusUrl: url(1), applicationId: '8f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f' },
  roleVerification: {
    contactName: 'Jūratė Žukauskienė',
    companyName: 'UAB Šiaurės statyba',
    roleTitle: 'Mūrininkas',
    verifyUrl: url(2),
    expiresAt: '2025-06-15T09:05:00.000Z',
  },
  roleOpened: { contactName: 'Matti Meikäläinen', companyName: 'Rakennus Oy', roleTitle: 'Kirvesmies', places: 3, manageRoleUrl: url(3) },
};
const kinds = Object.keys(samples) as Kind[];
const linkOf = (kind: Kind) => {
  const vars = samples[kind] as Partial<Record<'statusUrl' | 'verifyUrl', string>>;
  return vars.statusUrl ?? vars.verifyUrl;
};
const render = <K extends Kind>(kind: K, language: (typeof LANGUAGES)[number], vars: EmailVars[K] = samples[kind] as EmailVars[K]) =>
  renderEmail(kind, language, vars);

describe('every email in every language', () => {
  for (const kind of kinds) {
    for (const language of LANGUAGES) {
      it(`${kind} / ${language}`, () => {
        const email = render(kind, language);
        expect(email.subject.trim()).not.toBe('');
        expect(email.subject).not.toMatch(/[\r\n]/);
        expect(email.text.trim()).not.toBe('');
        expect(email.html).toMatch(/^<!doctype html>/i);
        expect(email.html).toContain(`<html lang="${language}"`);
        expect(email.html).toContain('name="viewport"');
        expect(email.html).toContain('max-width:600px');
        // No external images, fonts or stylesheets.
        expect(email.html).not.toMatch(/<img|<link|@import|url\(/i);
        // Signed by Liike, in both parts.
        expect(email.text).toContain('Liike');
        expect(email.html).toContain('Liike');

        const link = linkOf(kind);
        if (link) {
          expect(email.text).toContain(link);
          expect(email.html).toContain(`href="${link}"`);
          // The button and the copyable fallback both carry the link.
          expect(email.html.split(link).length - 1).toBeGreaterThanOrEqual(3);
        }
      });
    }
  }

  it('says when the verification link expires, in the reader’s language', () => {
    for (const language of LANGUAGES) {
      const email = render('roleVerification', language);
      // "kuni" takes the terminative in Estonian: "kuni 15. juunini".
      const nominative = formatDate(samples.roleVerification.expiresAt, language);
      const date = language === 'et' ? estonianDate(nominative, 'terminative') : nominative;
      expect(email.text).toContain(date);
      expect(email.html).toContain(escapeHtml(date));
    }
  });

  it('keeps the application reference and the number of places', () => {
    for (const language of LANGUAGES) {
      expect(render('applicationReceipt', language).text).toContain(samples.applicationReceipt.applicationId);
      expect(render('roleOpened', language).text).toMatch(/\b3\b/);
    }
  });
});

describe('translations', () => {
  for (const kind of kinds) {
    it(`${kind}: no two languages share a subject or a body`, () => {
      const emails = LANGUAGES.map((language) => render(kind, language));
      expect(new Set(emails.map((e) => e.subject)).size).toBe(LANGUAGES.length);
      expect(new Set(emails.map((e) => e.text)).size).toBe(LANGUAGES.length);
    });
  }

  it('writes Russian in Cyrillic and the Baltic languages with their own letters', () => {
    expect(render('applicationReceipt', 'ru').subject).toMatch(/[А-Яа-яЁё]/);
    expect(render('applicationReceipt', 'lt').text).toMatch(/[ąčęėįšųūž]/i);
    expect(render('applicationReceipt', 'et').text).toMatch(/[äöõü]/i);
    expect(render('applicationReceipt', 'fi').text).toMatch(/[äö]/i);
  });
});

describe('names', () => {
  it('keeps a name in any script intact in both parts', () => {
    for (const language of LANGUAGES) {
      const email = render('applicationReceipt', language, { ...samples.applicationReceipt, firstName: 'Анна Смирнова' });
      expect(email.text).toContain('Анна Смирнова');
      expect(email.html).toContain('Анна Смирнова');
      const lt = render('roleOpened', language);
      expect(lt.html).toContain('Matti Meikäläinen');
    }
    const baltic = render('roleVerification', 'lt');
    expect(baltic.html).toContain('Jūratė Žukauskienė');
    expect(baltic.html).toContain('UAB Šiaurės statyba');
  });

  it('escapes hostile names and titles in HTML and leaves plain text as typed', () => {
    for (const language of LANGUAGES) {
      const vars = { ...samples.roleVerification, contactName: HOSTILE, companyName: 'A & "B"', roleTitle: '</title><script>x()</script>' };
      const email = render('roleVerification', language, vars);
      expect(email.html).not.toContain('<img src=x');
      expect(email.html).not.toContain('<script>');
      expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(email.html).toContain('A &amp; &quot;B&quot;');
      expect(email.text).toContain(HOSTILE);
      expect(email.text).toContain('</title><script>x()</script>');
      // Nothing a stranger typed reaches the verification's subject (anyone can name any address).
      expect(email.subject).not.toContain('</title>');
      expect(email.subject).not.toContain('A & "B"');
      // Once verified, the role's own emails carry its title in the subject, as typed.
      const opened = render('roleOpened', language, { ...samples.roleOpened, roleTitle: '</title><script>x()</script>' });
      expect(opened.subject).toContain('</title><script>x()</script>');
      expect(opened.html).not.toContain('<script>');
    }
  });

  it('escapes a link that carries markup characters', () => {
    const email = render('applicationReceipt', 'en', { ...samples.applicationReceipt, statusUrl: 'https://x.example/t/a?b=1&c="2"' });
    expect(email.html).toContain('href="https://x.example/t/a?b=1&amp;c=&quot;2&quot;"');
    expect(email.html).not.toContain('c="2"');
  });
});

describe('html', () => {
  it('escapes interpolations, keeps nested fragments and raw() as they are', () => {
    const name = `<b>"O'Brien" & co</b>`;
    expect(escapeHtml(name)).toBe('&lt;b&gt;&quot;O&#39;Brien&quot; &amp; co&lt;/b&gt;');
    const list = html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`;
    expect(list.toString()).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
    expect(html`${raw('<br>')}${null}${undefined}${false}${0}`.toString()).toBe('<br>0');
  });
});

describe('i18n helpers', () => {
  it('formats plain dates without shifting the day, and date-times with their zone', () => {
    expect(formatDate('2025-06-01', 'en')).toBe('1 June 2025');
    expect(formatDate('2025-06-01', 'fi')).toBe('1. kesäkuuta 2025');
    expect(formatDate('2025-06-01', 'ru')).toContain('1 июня 2025');
    expect(formatDate('2025-06-15T09:05:00.000Z', 'en')).toBe('15 June 2025 at 12:05 (Helsinki time, UTC+3)');
    expect(formatDate('not a date', 'et')).toBe('not a date');
  });

  it('picks a language from Accept-Language', () => {
    expect(preferredLanguage('et-EE,et;q=0.9,en;q=0.8')).toBe('et');
    expect(preferredLanguage('de-DE, ru;q=0.5, fi;q=0')).toBe('ru');
    expect(preferredLanguage('lt;q=0.2, en-US;q=0.8')).toBe('en');
    expect(preferredLanguage(undefined)).toBe('en');
    expect(preferredLanguage('*')).toBe('en');
  });
});

describe('the footer', () => {
  const withContact = async <T>(address: string | undefined, run: () => T): Promise<T> => {
    const before = process.env.CONTACT_ADDRESS;
    if (address === undefined) delete process.env.CONTACT_ADDRESS;
    else process.env.CONTACT_ADDRESS = address;
    try {
      return run();
    } finally {
      if (before === undefined) delete process.env.CONTACT_ADDRESS;
      else process.env.CONTACT_ADDRESS = before;
    }
  };

  it('links to the privacy notice in the reader’s language and names the contact address to write to', async () => {
    await withContact('liike@programme.example', () => {
      for (const language of LANGUAGES) {
        const email = render('applicationReceipt', language);
        const privacy = `https://liike.test/privacy/${language}/`;
        expect(email.text, language).toContain(privacy);
        expect(email.html, language).toContain(`href="${privacy}"`);
        expect(email.text, language).toContain('liike@programme.example');
        expect(email.html, language).toContain('href="mailto:liike@programme.example"');
        // With an address to write to, the footer no longer says not to reply.
        expect(email.text, language).not.toMatch(/do not reply|Älä vastaa|ärge sellele vastake|neatsakyti|не отвечайте/i);
      }
      expect(render('roleOpened', 'en').text).toContain('Questions? Reply to this email or write to liike@programme.example.\nPrivacy notice: https://liike.test/privacy/en/');
    });
  });

  it('without a contact address, says not to reply, and still links to the privacy notice', async () => {
    await withContact(undefined, () => {
      const email = render('roleOpened', 'fi');
      expect(email.text).toContain('Älä vastaa tähän viestiin.');
      expect(email.text).toContain('Tietosuojaseloste: https://liike.test/privacy/fi/');
      expect(email.html).not.toContain('mailto:');
    });
  });
});
