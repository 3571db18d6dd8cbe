import { defineEmail } from '#shared/platform/email';
import { html } from '#shared/platform/html';
import { formatDate, type Language, type Translations } from '#shared/platform/i18n';
import { layout } from '#shared/platform/page-layout';

/*
 * The words of a coordinator's hold ("not this student now"): the applicant's kind email (never
 * the reason), the coordinator's email with the release link, and that link's pages. Subjects
 * carry fixed words only (shared/decisions/emails.ts says why).
 */

/** To the applicant, when their coordinator held them: kind, without the reason. */
export const applicantHeldEmail = /* @__PURE__ */ defineEmail<{ firstName: string; statusUrl: string }>({
  fi: (v) => ({
    subject: 'Hakemuksesi on tauolla – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      'Oppilaitoksesi koordinaattori on laittanut hakemuksesi hetkeksi tauolle, joten sinulle ei ehdoteta paikkoja juuri nyt. Hakemuksesi on tallessa.',
      'Koordinaattori palauttaa hakemuksesi hakuun, kun aika on sopiva. Jos haluat tietää lisää, kysy koordinaattoriltasi.',
    ],
    action: { label: 'Katso hakemuksesi', url: v.statusUrl },
    outro: [],
  }),
  en: (v) => ({
    subject: 'Your application is paused – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      "Your school's coordinator has paused your application for a while, so no placement will be proposed to you just now. Your application is kept.",
      'The coordinator will put it back into the search when the time is right. If you would like to know more, please ask your coordinator.',
    ],
    action: { label: 'See your application', url: v.statusUrl },
    outro: [],
  }),
  et: (v) => ({
    subject: 'Teie avaldus on ootel – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      'Teie kooli koordinaator on Teie avalduse mõneks ajaks ootele pannud, seega Teile praegu praktikakohti ei pakuta. Teie avaldus on alles.',
      'Koordinaator toob avalduse otsingusse tagasi, kui aeg on sobiv. Kui soovite rohkem teada, pöörduge oma koordinaatori poole.',
    ],
    action: { label: 'Vaadake oma avaldust', url: v.statusUrl },
    outro: [],
  }),
  lt: (v) => ({
    subject: 'Jūsų paraiška sustabdyta – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      'Jūsų mokyklos koordinatorius laikinai sustabdė Jūsų paraišką, todėl šiuo metu praktikos vietos Jums nebus siūlomos. Jūsų paraiška išsaugota.',
      'Koordinatorius grąžins paraišką į paiešką, kai bus tinkamas metas. Jei norite sužinoti daugiau, kreipkitės į savo koordinatorių.',
    ],
    action: { label: 'Peržiūrėti paraišką', url: v.statusUrl },
    outro: [],
  }),
  ru: (v) => ({
    subject: 'Ваша заявка приостановлена – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      'Координатор Вашего учебного заведения на время приостановил Вашу заявку, поэтому сейчас места практики Вам не предлагаются. Ваша заявка сохранена.',
      'Координатор вернёт заявку в подбор, когда придёт время. Если хотите узнать подробнее, обратитесь к своему координатору.',
    ],
    action: { label: 'Посмотреть заявку', url: v.statusUrl },
    outro: [],
  }),
});

export interface CoordinatorHoldVars {
  recipientName: string;
  /** The applicant's name: the coordinator's own student (the body only, never the subject). */
  applicantName: string;
  availableTo: string;
  releaseUrl: string;
}

/** To the coordinator who held a student: how to release them. */
export const coordinatorHoldEmail = /* @__PURE__ */ defineEmail<CoordinatorHoldVars>({
  fi: (v) => ({
    subject: 'Pidit opiskelijan tauolla – Liike',
    greeting: `Hei ${v.recipientName},`,
    intro: [
      `${v.applicantName} on tauolla: hänelle ei ehdoteta paikkoja ennen kuin palautat hänet hakuun tai hänen ajankohtansa päättyy (${formatDate(v.availableTo, 'fi')}).`,
      'Hakijalle kerrottiin ystävällisesti, että hakemus on tauolla. Perusteluasi hänelle ei lähetetty.',
    ],
    action: { label: 'Palauta opiskelija hakuun', url: v.releaseUrl, note: 'Linkin sivulla on painike, joka palauttaa opiskelijan hakuun.' },
    outro: [],
  }),
  en: (v) => ({
    subject: 'You paused a student – Liike',
    greeting: `Hello ${v.recipientName},`,
    intro: [
      `${v.applicantName} is paused: no placement is proposed to them until you release them, or their availability ends (${formatDate(v.availableTo, 'en')}).`,
      'The applicant was told kindly that the application is paused. Your reason was not sent to them.',
    ],
    action: { label: 'Release the student', url: v.releaseUrl, note: 'The page of the link has a button that puts the student back into the search.' },
    outro: [],
  }),
  et: (v) => ({
    subject: 'Panite õppija ootele – Liike',
    greeting: `Tere, ${v.recipientName}!`,
    intro: [
      `${v.applicantName} on ootel: talle ei pakuta praktikakohti enne, kui Te ta otsingusse tagasi toote või tema ajavahemik lõpeb (${formatDate(v.availableTo, 'et')}).`,
      'Kandidaadile teatati sõbralikult, et avaldus on ootel. Teie põhjendust talle ei saadetud.',
    ],
    action: { label: 'Tooge õppija otsingusse tagasi', url: v.releaseUrl, note: 'Lingi lehel on nupp, mis toob õppija otsingusse tagasi.' },
    outro: [],
  }),
  lt: (v) => ({
    subject: 'Sustabdėte mokinio paraišką – Liike',
    greeting: `Sveiki, ${v.recipientName}!`,
    intro: [
      `${v.applicantName}: paraiška sustabdyta. Praktikos vietos nebus siūlomos, kol negrąžinsite paraiškos į paiešką arba nesibaigs joje nurodytas laikotarpis (${formatDate(v.availableTo, 'lt')}).`,
      'Kandidatui maloniai pranešta, kad paraiška sustabdyta. Jūsų priežastis nesiųsta.',
    ],
    action: { label: 'Grąžinti mokinį į paiešką', url: v.releaseUrl, note: 'Nuorodos puslapyje yra mygtukas, kuris grąžina mokinį į paiešką.' },
    outro: [],
  }),
  ru: (v) => ({
    subject: 'Вы приостановили заявку учащегося – Liike',
    greeting: `Здравствуйте, ${v.recipientName}!`,
    intro: [
      `${v.applicantName}: заявка приостановлена. Места практики не предлагаются, пока Вы не вернёте заявку в подбор или не закончится указанный в ней период (${formatDate(v.availableTo, 'ru')}).`,
      'Кандидату вежливо сообщили, что заявка приостановлена. Ваша причина не отправлялась.',
    ],
    action: { label: 'Вернуть учащегося в подбор', url: v.releaseUrl, note: 'На странице по ссылке есть кнопка, которая возвращает учащегося в подбор.' },
    outro: [],
  }),
});

interface PageText {
  title: string;
  lead: (name: string, since: string, until: string) => string;
  button: string;
  releasedTitle: string;
  released: string;
  nothingTitle: string;
  nothing: string;
}

const PAGE: Translations<PageText> = {
  fi: {
    title: 'Palauta opiskelija hakuun',
    lead: (name, since, until) => `${name} on ollut tauolla ${since} alkaen. Tauko päättyy viimeistään, kun hänen ajankohtansa päättyy (${until}).`,
    button: 'Palauta hakuun',
    releasedTitle: 'Opiskelija on palautettu hakuun',
    released: 'Hakemus on taas mukana paikkojen haussa. Seuraava kierros voi ehdottaa hänelle paikkaa heti.',
    nothingTitle: 'Palautettavaa ei ole',
    nothing: 'Hakemus ei ole enää tauolla (se on jo palautettu, peruttu tai paikka on vahvistettu), joten tällä linkillä ei ole enää tehtävää.',
  },
  en: {
    title: 'Release the student',
    lead: (name, since, until) => `${name} has been paused since ${since}. The pause ends at the latest when their availability ends (${until}).`,
    button: 'Put back into the search',
    releasedTitle: 'The student is back in the search',
    released: 'The application is in the search for placements again. The next round may propose a placement at once.',
    nothingTitle: 'Nothing to release',
    nothing: 'The application is no longer paused (it was released already, withdrawn, or placed), so there is nothing left to do with this link.',
  },
  et: {
    title: 'Tooge õppija otsingusse tagasi',
    lead: (name, since, until) => `${name} on ootel. Ootele pandud: ${since}. Ootel olek lõpeb hiljemalt siis, kui tema ajavahemik lõpeb (${until}).`,
    button: 'Tooge otsingusse tagasi',
    releasedTitle: 'Õppija on otsingus tagasi',
    released: 'Avaldus osaleb taas praktikakohtade otsingus. Järgmine voor võib talle kohe kohta pakkuda.',
    nothingTitle: 'Midagi pole tagasi tuua',
    nothing: 'Avaldus ei ole enam ootel (see on juba tagasi toodud, tagasi võetud või koht on kinnitatud), seega pole selle lingiga enam midagi teha.',
  },
  lt: {
    title: 'Grąžinti mokinį į paiešką',
    lead: (name, since, until) => `${name}: paraiška sustabdyta nuo ${since}. Sustabdymas baigsis vėliausiai pasibaigus paraiškoje nurodytam laikotarpiui (${until}).`,
    button: 'Grąžinti į paiešką',
    releasedTitle: 'Mokinys grąžintas į paiešką',
    released: 'Paraiška vėl dalyvauja praktikos vietų paieškoje. Kitas etapas gali iškart pasiūlyti vietą.',
    nothingTitle: 'Nėra ko grąžinti',
    nothing: 'Paraiška nebėra sustabdyta (ji jau grąžinta, atšaukta arba vieta patvirtinta), todėl šia nuoroda nebėra ką daryti.',
  },
  ru: {
    title: 'Вернуть учащегося в подбор',
    lead: (name, since, until) => `${name}: заявка приостановлена с ${since}. Приостановка закончится не позже окончания указанного в заявке периода (${until}).`,
    button: 'Вернуть в подбор',
    releasedTitle: 'Учащийся возвращён в подбор',
    released: 'Заявка снова участвует в подборе мест практики. Следующий раунд может сразу предложить место.',
    nothingTitle: 'Нечего возвращать',
    nothing: 'Заявка больше не приостановлена (её уже вернули, отозвали или место подтверждено), поэтому по этой ссылке делать больше нечего.',
  },
};

/** The release link's page: who is held since when, and one button. */
export function holdReleasePage(language: Language, vars: { applicantName: string; since: string; availableTo: string; formAction: string }): string {
  const t = PAGE[language];
  const body = html`<p class="lead">${t.lead(vars.applicantName, formatDate(vars.since, language), formatDate(vars.availableTo, language))}</p>
<form method="post" action="${vars.formAction}"><button type="submit" name="decision" value="release">${t.button}</button></form>`;
  return layout({ language, title: t.title, body });
}

export const holdReleasedPage = (language: Language) =>
  layout({ language, title: PAGE[language].releasedTitle, body: html`<p class="lead">${PAGE[language].released}</p>` });

export const nothingToReleasePage = (language: Language) =>
  layout({ language, title: PAGE[language].nothingTitle, body: html`<p class="lead">${PAGE[language].nothing}</p>` });
