import { html, raw, type SafeHtml } from '#shared/platform/html';
import type { Language, Translations } from '#shared/platform/i18n';
import { layout, paragraphs } from '#shared/platform/page-layout';
import { SIGN_IN_LINK_MINUTES } from './limits.ts';

/*
 * The pages of signing in: the form, its one answer (the same for every address), the page
 * behind the emailed link (a button: mail scanners open links, only the POST signs in), and
 * the answers after signing out or when a session has ended.
 */

interface Texts {
  title: string;
  lead: string[];
  emailLabel: string;
  emailHint: string;
  invalidEmail: string;
  send: string;
  sentTitle: string;
  sent: string[];
  linkTitle: string;
  linkLead: string;
  signInButton: string;
  signedOutTitle: string;
  signedOut: string;
  endedTitle: string;
  ended: string;
  again: string;
  tooManyTitle: string;
  tooMany: string;
}

const minutes = SIGN_IN_LINK_MINUTES;

const TEXT: Translations<Texts> = {
  fi: {
    title: 'Kirjaudu sisään',
    lead: [
      'Koordinaattorit, yritysten yhteyshenkilöt, hakijat ja ohjelman henkilöstö: lähetämme sähköpostiisi linkin, jolla kirjaudut. Salasanaa ei tarvita.',
      'Hakija tai yritys, jonka linkki on kadonnut: kirjautumalla pääset hakemuksesi tai harjoittelupaikkojesi sivulle.',
    ],
    emailLabel: 'Sähköpostiosoite',
    emailHint: 'Se osoite, jota Liike käyttää kanssasi.',
    invalidEmail: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
    send: 'Lähetä kirjautumislinkki',
    sentTitle: 'Tarkista sähköpostisi',
    sent: [
      'Jos tunnemme tämän osoitteen, kirjautumislinkki on matkalla siihen.',
      `Linkki toimii kerran ja ${minutes} minuutin ajan. Jos viestiä ei näy, katso roskapostikansio tai pyydä uusi linkki muutaman minuutin kuluttua.`,
    ],
    linkTitle: 'Kirjaudu Liikkeeseen',
    linkLead: 'Paina painiketta kirjautuaksesi. Kirjautuminen on voimassa 12 tuntia tai kunnes kirjaudut ulos.',
    signInButton: 'Kirjaudu sisään',
    signedOutTitle: 'Olet kirjautunut ulos',
    signedOut: 'Istuntosi on päättynyt kaikkialla, missä sitä käytettiin.',
    endedTitle: 'Kirjaudu uudelleen',
    ended: 'Istuntosi on päättynyt tai sitä ei ole. Kirjaudu uudelleen jatkaaksesi.',
    again: 'Kirjaudu sisään',
    tooManyTitle: 'Liian monta pyyntöä',
    tooMany: 'Tästä verkosta on pyydetty liian monta kirjautumislinkkiä. Yritä uudelleen tunnin kuluttua.',
  },
  en: {
    title: 'Sign in',
    lead: [
      'Coordinators, company contacts, applicants and programme staff: we email you a link that signs you in. No password.',
      'An applicant or a company who lost a link: signing in takes you to your application or your roles.',
    ],
    emailLabel: 'Email address',
    emailHint: 'The address Liike writes to you at.',
    invalidEmail: 'Enter an email address like name@example.com.',
    send: 'Email me a sign-in link',
    sentTitle: 'Check your email',
    sent: [
      'If we know this address, a sign-in link is on its way to it.',
      `The link works once, for ${minutes} minutes. If nothing arrives, look in the spam folder, or ask for a new link in a few minutes.`,
    ],
    linkTitle: 'Sign in to Liike',
    linkLead: 'Press the button to sign in. You stay signed in for 12 hours, or until you sign out.',
    signInButton: 'Sign in',
    signedOutTitle: 'You are signed out',
    signedOut: 'Your session has ended everywhere it was used.',
    endedTitle: 'Please sign in again',
    ended: 'Your session has ended, or there is none. Sign in again to go on.',
    again: 'Sign in',
    tooManyTitle: 'Too many requests',
    tooMany: 'Too many sign-in links have been asked for from this network. Please try again in an hour.',
  },
  et: {
    title: 'Logige sisse',
    lead: [
      'Koordinaatorid, ettevõtete kontaktisikud, kandidaadid ja programmi töötajad: saadame Teie e-postile lingi, millega sisse logite. Parooli pole vaja.',
      'Kandidaat või ettevõte, kelle link on kadunud: sisse logides jõuate oma avalduse või praktikakohtade juurde.',
    ],
    emailLabel: 'E-posti aadress',
    emailHint: 'Aadress, millele Liike Teile kirjutab.',
    invalidEmail: 'Sisestage e-posti aadress kujul nimi@naide.ee.',
    send: 'Saatke mulle sisselogimislink',
    sentTitle: 'Vaadake oma e-posti',
    sent: [
      'Kui me seda aadressi teame, on sisselogimislink sinna teel.',
      `Link töötab üks kord ja ${minutes} minutit. Kui kirja ei tule, vaadake rämpsposti kausta või küsige mõne minuti pärast uus link.`,
    ],
    linkTitle: 'Logige Liikesse sisse',
    linkLead: 'Sisselogimiseks vajutage nuppu. Jääte sisselogituks 12 tunniks või kuni välja logite.',
    signInButton: 'Logige sisse',
    signedOutTitle: 'Olete välja logitud',
    signedOut: 'Teie seanss on lõppenud kõikjal, kus seda kasutati.',
    endedTitle: 'Logige uuesti sisse',
    ended: 'Teie seanss on lõppenud või seda pole. Jätkamiseks logige uuesti sisse.',
    again: 'Logige sisse',
    tooManyTitle: 'Liiga palju päringuid',
    tooMany: 'Sellest võrgust on küsitud liiga palju sisselogimislinke. Palun proovige tunni aja pärast uuesti.',
  },
  lt: {
    title: 'Prisijunkite',
    lead: [
      'Koordinatoriai, įmonių kontaktiniai asmenys, kandidatai ir programos darbuotojai: atsiųsime el. paštu nuorodą, su kuria prisijungsite. Slaptažodžio nereikia.',
      'Kandidatas ar įmonė, pametę nuorodą: prisijungę pateksite į savo paraiškos ar praktikos vietų puslapį.',
    ],
    emailLabel: 'El. pašto adresas',
    emailHint: 'Adresas, kuriuo Liike Jums rašo.',
    invalidEmail: 'Įveskite el. pašto adresą, pvz., vardas@pavyzdys.lt.',
    send: 'Atsiųsti prisijungimo nuorodą',
    sentTitle: 'Patikrinkite el. paštą',
    sent: [
      'Jei šį adresą žinome, prisijungimo nuoroda jau siunčiama.',
      `Nuoroda veikia vieną kartą ir ${minutes} minučių. Jei laiško nėra, patikrinkite šlamšto aplanką arba po kelių minučių paprašykite naujos nuorodos.`,
    ],
    linkTitle: 'Prisijunkite prie Liike',
    linkLead: 'Paspauskite mygtuką, kad prisijungtumėte. Liksite prisijungę 12 valandų arba kol atsijungsite.',
    signInButton: 'Prisijungti',
    signedOutTitle: 'Atsijungėte',
    signedOut: 'Jūsų sesija baigta visur, kur ji buvo naudojama.',
    endedTitle: 'Prisijunkite iš naujo',
    ended: 'Jūsų sesija baigėsi arba jos nėra. Norėdami tęsti, prisijunkite iš naujo.',
    again: 'Prisijungti',
    tooManyTitle: 'Per daug užklausų',
    tooMany: 'Iš šio tinklo paprašyta per daug prisijungimo nuorodų. Pabandykite dar kartą po valandos.',
  },
  ru: {
    title: 'Вход',
    lead: [
      'Координаторы, контактные лица компаний, кандидаты и сотрудники программы: мы пришлём на Вашу почту ссылку для входа. Пароль не нужен.',
      'Кандидат или компания, потерявшие ссылку: после входа Вы попадёте на страницу своей заявки или своих мест практики.',
    ],
    emailLabel: 'Адрес электронной почты',
    emailHint: 'Адрес, на который Вам пишет Liike.',
    invalidEmail: 'Введите адрес электронной почты, например name@example.ru.',
    send: 'Прислать ссылку для входа',
    sentTitle: 'Проверьте почту',
    sent: [
      'Если этот адрес нам известен, ссылка для входа уже отправлена на него.',
      `Ссылка действует один раз и ${minutes} минут. Если письма нет, проверьте папку «Спам» или запросите новую ссылку через несколько минут.`,
    ],
    linkTitle: 'Вход в Liike',
    linkLead: 'Нажмите кнопку, чтобы войти. Вход действует 12 часов или до выхода.',
    signInButton: 'Войти',
    signedOutTitle: 'Вы вышли',
    signedOut: 'Ваш сеанс завершён везде, где он использовался.',
    endedTitle: 'Войдите снова',
    ended: 'Ваш сеанс завершён или не существует. Чтобы продолжить, войдите снова.',
    again: 'Войти',
    tooManyTitle: 'Слишком много запросов',
    tooMany: 'Из этой сети запрошено слишком много ссылок для входа. Попробуйте снова через час.',
  },
};

const STYLE = {
  label: 'display:block;font-weight:700;margin:0 0 4px',
  input:
    'display:block;width:100%;min-height:48px;margin:0 0 16px;padding:10px 12px;border:1px solid #6b7784;border-radius:6px;background:#fff;color:inherit;font:inherit',
  invalid: ';border:2px solid #b3261e',
  error: 'margin:0 0 8px;color:#b3261e;font-weight:700',
};

/** The form: one address. After a refused post, the address as typed and the error under the label. */
export function signInPage(language: Language, options: { email?: string; invalid?: boolean } = {}): string {
  const t = TEXT[language];
  const described = options.invalid ? 'email-hint email-error' : 'email-hint';
  const body = html`${paragraphs(t.lead)}
<form method="post" action="/sign-in" novalidate>
<input type="hidden" name="lang" value="${language}">
<label for="email" style="${STYLE.label}">${t.emailLabel}</label>
<p id="email-hint" class="muted">${t.emailHint}</p>
${options.invalid ? html`<p id="email-error" style="${STYLE.error}">${t.invalidEmail}</p>` : ''}
<input type="email" id="email" name="email" autocomplete="email" inputmode="email" maxlength="254" required value="${options.email ?? ''}" aria-describedby="${described}"${options.invalid ? raw(' aria-invalid="true" autofocus') : ''} style="${STYLE.input}${options.invalid ? STYLE.invalid : ''}">
<button type="submit">${t.send}</button>
</form>`;
  return layout({ language, title: t.title, body });
}

/** The one answer to a sign-in request, whatever the address: no one learns who is known. */
export const linkOnItsWayPage = (language: Language) => layout({ language, title: TEXT[language].sentTitle, body: paragraphs(TEXT[language].sent) });

/** Behind the emailed link: a GET shows this, only its button signs in. */
export function signInLinkPage(language: Language, formAction: string): string {
  const t = TEXT[language];
  const body = html`<p class="lead">${t.linkLead}</p>
<form method="post" action="${formAction}"><button type="submit" name="decision" value="signIn">${t.signInButton}</button></form>`;
  return layout({ language, title: t.linkTitle, body });
}

const againLink = (language: Language): SafeHtml => html`<p><a class="button-link" href="/sign-in?lang=${language}">${TEXT[language].again}</a></p>`;

export const signedOutPage = (language: Language) =>
  layout({ language, title: TEXT[language].signedOutTitle, body: html`<p>${TEXT[language].signedOut}</p>${againLink(language)}` });

/** A desk asked for without a working session (none, signed out, or past its 12 hours). */
export const sessionEndedPage = (language: Language) =>
  layout({ language, title: TEXT[language].endedTitle, body: html`<p>${TEXT[language].ended}</p>${againLink(language)}` });

export const tooManySignInsPage = (language: Language) => layout({ language, title: TEXT[language].tooManyTitle, body: html`<p>${TEXT[language].tooMany}</p>` });
