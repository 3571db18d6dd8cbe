import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#shared/platform/i18n';
import { schoolsOf } from '#shared/sign-in/identity';
import { linkOnItsWayPage, signInPage } from '#shared/sign-in/pages';
import { newSession, SESSION_COOKIE, sessionCookie, sessionIdOf } from '#shared/sign-in/session';
import type { School } from '#shared/schools/registry';

const school = (id: string, coordinator: string, deputy?: string, active?: boolean): School => ({
  schoolId: id,
  name: id,
  country: 'FI',
  city: 'Tampere',
  coordinator: { name: 'C', email: coordinator, language: 'fi' },
  ...(deputy ? { deputy: { name: 'D', email: deputy, language: 'en' } } : {}),
  ...(active === undefined ? {} : { active }),
});

describe('who an address is', () => {
  const registry = [school('a', 'Anna@Example.fi', 'mikko@example.fi'), school('b', 'mikko@example.fi'), school('c', 'anna@example.fi', undefined, false)];

  it('is the coordinator or deputy of the schools that name it, whatever its case and spaces', () => {
    expect(schoolsOf(' anna@EXAMPLE.fi ', registry)).toEqual([{ schoolId: 'a', as: 'coordinator' }]);
    expect(schoolsOf('mikko@example.fi', registry)).toEqual([
      { schoolId: 'a', as: 'deputy' },
      { schoolId: 'b', as: 'coordinator' },
    ]);
    expect(schoolsOf('someone@example.fi', registry)).toEqual([]);
  });

  it('is no one’s coordinator at a deactivated school', () => {
    expect(schoolsOf('anna@example.fi', registry).map((s) => s.schoolId)).not.toContain('c');
  });
});

describe('session cookies', () => {
  it('are __Host- cookies: Secure, HttpOnly, SameSite=Lax, the whole site, 12 hours', () => {
    const { id } = newSession('a@example.fi', 'fi', new Date());
    expect(sessionCookie(id)).toBe(`${SESSION_COOKIE}=${id}; Path=/; Max-Age=43200; HttpOnly; Secure; SameSite=Lax`);
    expect(SESSION_COOKIE.startsWith('__Host-')).toBe(true);
  });

  it('store only a hash of the id, and run out after 12 hours', () => {
    const now = new Date('2027-03-01T08:00:00.000Z');
    const { id, item } = newSession('a@example.fi', 'fi', now);
    expect(JSON.stringify(item)).not.toContain(id);
    expect(item.validUntil).toBe('2027-03-01T20:00:00.000Z');
  });

  it('are read from API Gateway’s cookie list or a Cookie header, and nothing shaped otherwise', () => {
    const id = 'A'.repeat(43);
    expect(sessionIdOf({ cookies: ['other=1', `${SESSION_COOKIE}=${id}`], headers: {} })).toBe(id);
    expect(sessionIdOf({ headers: { cookie: `x=y; ${SESSION_COOKIE}=${id}` } })).toBe(id);
    expect(sessionIdOf({ cookies: [`${SESSION_COOKIE}=${id}x`], headers: {} })).toBeUndefined();
    expect(sessionIdOf({ cookies: [`${SESSION_COOKIE}=<script>`], headers: {} })).toBeUndefined();
    expect(sessionIdOf({ cookies: [`liike-session=${id}`], headers: {} })).toBeUndefined();
  });
});

describe('the sign-in pages', () => {
  it('in every language: the form with its label and button, the one answer, an escaped address after an error', () => {
    for (const language of LANGUAGES) {
      const page = signInPage(language);
      expect(page).toContain(`<html lang="${language}"`);
      expect(page).toContain('<form method="post" action="/sign-in" novalidate>');
      expect(page).toContain(`<input type="hidden" name="lang" value="${language}">`);
      expect(page).toContain('autocomplete="email"');
      expect(linkOnItsWayPage(language)).not.toContain('<form');
    }
    const refused = signInPage('en', { email: '"><script>', invalid: true });
    expect(refused).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(refused).toContain('aria-invalid="true" autofocus');
    expect(refused).toContain('aria-describedby="email-hint email-error"');
  });
});
