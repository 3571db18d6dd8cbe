import { html, type SafeHtml } from '#shared/platform/html';
import type { Language, Translations } from '#shared/platform/i18n';
import { layout } from '#shared/platform/page-layout';
import { DESK_PATH } from './paths.ts';

const BAR: Translations<{ signedInAs: string; desk: string; signOut: string }> = {
  fi: { signedInAs: 'Kirjautuneena', desk: 'Työpöytä', signOut: 'Kirjaudu ulos' },
  en: { signedInAs: 'Signed in as', desk: 'Your desk', signOut: 'Sign out' },
  et: { signedInAs: 'Sisse logitud kui', desk: 'Töölaud', signOut: 'Logige välja' },
  lt: { signedInAs: 'Prisijungta kaip', desk: 'Darbo vieta', signOut: 'Atsijungti' },
  ru: { signedInAs: 'Вы вошли как', desk: 'Личный кабинет', signOut: 'Выйти' },
};

/** Every desk page: the layout with the bar of who is signed in, the way back to the desk, and signing out. */
export function deskLayout(options: { language: Language; title: string; body: SafeHtml; email: string }): string {
  const t = BAR[options.language];
  const bar = html`<nav class="desk-bar" aria-label="${t.desk}"><span>${t.signedInAs} <strong>${options.email}</strong></span><a href="${DESK_PATH}">${t.desk}</a><form method="post" action="/sign-out"><button type="submit">${t.signOut}</button></form></nav>`;
  return layout({ language: options.language, title: options.title, body: options.body, bar });
}
