import { defineEmail } from '#shared/platform/email';
import { formatDate } from '#shared/platform/i18n';
import { estonianDate } from '#shared/platform/estonian';
import { SIGN_IN_LINK_MINUTES } from './limits.ts';

/** The sign-in link, to an address Liike knows, in the language it writes to that address in. */
/** `validUntil` on the reader's clock (time-zones.ts `forReaderIn`). */
export const signInEmail = /* @__PURE__ */ defineEmail<{ url: string; validUntil: string }>({
  fi: (v) => ({
    subject: 'Kirjautumislinkkisi – Liike',
    greeting: 'Hei,',
    intro: [`Kirjaudu Liikkeeseen alla olevasta linkistä. Se toimii kerran ja ${SIGN_IN_LINK_MINUTES} minuutin ajan: ${formatDate(v.validUntil, 'fi')} asti.`],
    action: { label: 'Kirjaudu sisään', url: v.url },
    outro: ['Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta: kukaan ei pääse kirjautumaan ilman sitä.'],
  }),
  en: (v) => ({
    subject: 'Your sign-in link – Liike',
    greeting: 'Hello,',
    intro: [`Sign in to Liike from the link below. It works once, for ${SIGN_IN_LINK_MINUTES} minutes: until ${formatDate(v.validUntil, 'en')}.`],
    action: { label: 'Sign in', url: v.url },
    outro: ['If you did not ask for it, you can ignore this email: no one can sign in without the link.'],
  }),
  et: (v) => ({
    subject: 'Teie sisselogimislink – Liike',
    greeting: 'Tere!',
    intro: [`Logige Liikesse sisse alloleva lingi kaudu. See töötab üks kord ja ${SIGN_IN_LINK_MINUTES} minutit: kuni ${estonianDate(formatDate(v.validUntil, 'et'), 'terminative')}.`],
    action: { label: 'Logige sisse', url: v.url },
    outro: ['Kui Te linki ei küsinud, võite selle kirja tähelepanuta jätta: ilma lingita ei saa keegi sisse logida.'],
  }),
  lt: (v) => ({
    subject: 'Jūsų prisijungimo nuoroda – Liike',
    greeting: 'Sveiki,',
    intro: [`Prisijunkite prie Liike naudodami žemiau esančią nuorodą. Ji veikia vieną kartą ir ${SIGN_IN_LINK_MINUTES} minučių: iki ${formatDate(v.validUntil, 'lt')}.`],
    action: { label: 'Prisijungti', url: v.url },
    outro: ['Jei nuorodos neprašėte, šį laišką galite ignoruoti: be nuorodos niekas negali prisijungti.'],
  }),
  ru: (v) => ({
    subject: 'Ваша ссылка для входа – Liike',
    greeting: 'Здравствуйте!',
    intro: [`Войдите в Liike по ссылке ниже. Она действует один раз и ${SIGN_IN_LINK_MINUTES} минут: до ${formatDate(v.validUntil, 'ru')}.`],
    action: { label: 'Войти', url: v.url },
    outro: ['Если Вы не запрашивали ссылку, просто проигнорируйте это письмо: без неё никто не сможет войти.'],
  }),
});
