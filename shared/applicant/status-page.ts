import { html } from '#shared/platform/html';
import { applicantTypeName, countryName, sectorName } from '#shared/vocabulary/labels';
import { formatDate, formatPeriod, labelFrom, type Language, type Translations } from '#shared/platform/i18n';
import type { ApplicantType, Country, Sector } from '#shared/vocabulary/codes';
import type { ApplicationStatus } from '#shared/applications/store';
import { yourDataSection } from './data-pages.ts';
import { withdrawLink } from './withdraw-page.ts';
import { facts, layout } from '#shared/platform/page-layout';
import { UNCONFIRMED_LIFETIME_DAYS } from '#shared/erasure/retention';
import { withLanguage } from '#shared/roles/role-text';
import { chosenRolesSection, type ChosenRole } from './chosen-roles.ts';

export interface ApplicationStatusVars {
  status: ApplicationStatus;
  submittedAt: string;
  applicantType: ApplicantType;
  sectors: readonly Sector[];
  /** Ranked, most wanted first. */
  destinations: readonly Country[];
  availableFrom: string;
  availableTo: string;
  /** The link's own path: with it (while withdrawable), the page links to the withdraw confirmation (`?view=withdraw`). */
  withdrawAction?: string;
  /** Where the confirm form posts while the application is UNCONFIRMED. */
  confirmAction?: string;
  /** Shown once, on the page answering the confirmation. */
  justConfirmed?: boolean;
  /** The application is held (out of matching): mail to the applicant bounced or was reported as spam, or their coordinator paused it. */
  held?: 'undeliverable' | 'coordinator';
  /** The link's own path: with it, the page offers "download my data" and "delete my data". */
  dataPath?: string;
  /** The pending proposal or the confirmed placement, while PROPOSED or PLACED. */
  placement?: StatusPlacement;
  /** The roles the applicant ranked, in order, each with whether it can be proposed and why not (chosen-roles.ts). */
  chosenRoles?: readonly ChosenRole[];
}

/** What the applicant is told of the placement proposed to them, or confirmed. */
export interface StatusPlacement {
  /** Who decides next while pending; `confirmed` once the company has accepted. */
  stage: 'coordinator' | 'company' | 'confirmed';
  companyName: string;
  /** The role's title in the text that fits the applicant (shared/roles/role-text.ts). */
  roleTitle: string;
  /** The title's language when it is not the applicant's: named beside it. */
  roleLanguage?: Language;
  city: string;
  country: Country;
  periodFrom: string;
  periodTo: string;
  /** Where the two periods overlap: until it accepts, the company may move the dates within it. */
  windowFrom?: string;
  windowTo?: string;
  /** The company's description of the role. */
  description?: string;
  /** The description's language when it is not the applicant's. */
  descriptionLanguage?: Language;
  /** Once confirmed: whom to contact. */
  contacts?: { company: { name: string; email: string }; coordinator: { name: string; email: string } };
}

interface PlacementText {
  proposedHeading: string;
  confirmedHeading: string;
  company: string;
  role: string;
  place: string;
  dates: string;
  /** Beside the dates until the company has accepted, when the window is wider than they are. */
  mayMove: (window: string) => string;
  next: string;
  stage: Record<'coordinator' | 'company', string>;
  about: string;
  contactsHeading: string;
  companyContact: string;
  coordinator: string;
}

const PLACEMENT_TEXT: Translations<PlacementText> = {
  fi: {
    proposedHeading: 'Sinulle ehdotettu paikka',
    confirmedHeading: 'Harjoittelupaikkasi',
    company: 'Yritys',
    role: 'Harjoittelupaikka',
    place: 'Paikka',
    dates: 'Ajankohta',
    mayMove: (w) => `yritys voi vielä siirtää niitä ajan ${w} sisällä`,
    next: 'Seuraavaksi',
    stage: {
      coordinator: 'Oppilaitoksesi koordinaattori käy ehdotuksen läpi, ja sen jälkeen yritys päättää.',
      company: 'Oppilaitoksesi koordinaattori on hyväksynyt ehdotuksen; seuraavaksi yritys päättää.',
    },
    about: 'Yrityksen kuvaus tehtävästä',
    contactsHeading: 'Yhteystiedot',
    companyContact: 'Yrityksen yhteyshenkilö',
    coordinator: 'Oppilaitoksesi koordinaattori',
  },
  en: {
    proposedHeading: 'The placement proposed to you',
    confirmedHeading: 'Your placement',
    company: 'Company',
    role: 'Role',
    place: 'Place',
    dates: 'Dates',
    mayMove: (w) => `the company may still move them within ${w}`,
    next: 'Next',
    stage: {
      coordinator: 'Your school’s coordinator reviews the proposal, then the company decides.',
      company: 'Your school’s coordinator has approved the proposal; the company decides next.',
    },
    about: 'The role, in the company’s words',
    contactsHeading: 'Contacts',
    companyContact: 'Company contact',
    coordinator: 'Your school’s coordinator',
  },
  et: {
    proposedHeading: 'Teile pakutud praktikakoht',
    confirmedHeading: 'Teie praktikakoht',
    company: 'Ettevõte',
    role: 'Praktikakoht',
    place: 'Koht',
    dates: 'Aeg',
    mayMove: (w) => `ettevõte võib neid veel nihutada vahemikus ${w}`,
    next: 'Edasi',
    stage: {
      coordinator: 'Teie kooli koordinaator vaatab pakkumise üle, seejärel otsustab ettevõte.',
      company: 'Teie kooli koordinaator on pakkumise heaks kiitnud; järgmisena otsustab ettevõte.',
    },
    about: 'Praktikakoht ettevõtte sõnadega',
    contactsHeading: 'Kontaktid',
    companyContact: 'Ettevõtte kontaktisik',
    coordinator: 'Teie kooli koordinaator',
  },
  lt: {
    proposedHeading: 'Jums pasiūlyta praktikos vieta',
    confirmedHeading: 'Jūsų praktikos vieta',
    company: 'Įmonė',
    role: 'Praktikos vieta',
    place: 'Vietovė',
    dates: 'Datos',
    mayMove: (w) => `įmonė dar gali jas perkelti laikotarpiu ${w}`,
    next: 'Kas toliau',
    stage: {
      coordinator: 'Jūsų mokyklos koordinatorius peržiūri pasiūlymą, o tada sprendžia įmonė.',
      company: 'Jūsų mokyklos koordinatorius pasiūlymui pritarė; toliau sprendžia įmonė.',
    },
    about: 'Praktikos vieta įmonės žodžiais',
    contactsHeading: 'Kontaktai',
    companyContact: 'Įmonės kontaktinis asmuo',
    coordinator: 'Jūsų mokyklos koordinatorius',
  },
  ru: {
    proposedHeading: 'Предложенное Вам место практики',
    confirmedHeading: 'Ваше место практики',
    company: 'Компания',
    role: 'Место практики',
    place: 'Где',
    dates: 'Сроки',
    mayMove: (w) => `компания ещё может сдвинуть их в пределах ${w}`,
    next: 'Что дальше',
    stage: {
      coordinator: 'Координатор Вашего учебного заведения рассматривает предложение, затем решение принимает компания.',
      company: 'Координатор Вашего учебного заведения одобрил предложение; дальше решает компания.',
    },
    about: 'Место практики со слов компании',
    contactsHeading: 'Контакты',
    companyContact: 'Контактное лицо компании',
    coordinator: 'Координатор Вашего учебного заведения',
  },
};

/** The dates; until the company has accepted, with the window it may still move them in. */
function datesShown(language: Language, p: StatusPlacement) {
  const dates = formatPeriod(p.periodFrom, p.periodTo, language);
  const movable = p.stage !== 'confirmed' && p.windowFrom && p.windowTo && (p.windowFrom !== p.periodFrom || p.windowTo !== p.periodTo);
  return movable ? `${dates} (${PLACEMENT_TEXT[language].mayMove(formatPeriod(p.windowFrom!, p.windowTo!, language))})` : dates;
}

/** The proposed or confirmed placement: company, role, place, dates, what happens next; contacts once confirmed. */
function placementSection(language: Language, p: StatusPlacement) {
  const t = PLACEMENT_TEXT[language];
  const description = p.description?.trim();
  const mail = (person: { name: string; email: string }) => html`${person.name}, <a href="mailto:${person.email}">${person.email}</a>`;
  return html`<h2>${p.stage === 'confirmed' ? t.confirmedHeading : t.proposedHeading}</h2>
${facts([
  [t.company, p.companyName],
  [t.role, withLanguage(p.roleTitle, p.roleLanguage, language)],
  [t.place, `${p.city}, ${countryName(p.country, language)}`],
  [t.dates, datesShown(language, p)],
  ...(p.stage === 'confirmed' ? [] : ([[t.next, t.stage[p.stage]]] as [string, string][])),
])}
${description ? html`<h3>${withLanguage(t.about, p.descriptionLanguage, language)}</h3><blockquote style="margin:0 0 20px;padding:0 0 0 16px;border-left:4px solid #d9dee3"><p style="white-space:pre-line">${description}</p></blockquote>` : ''}
${p.contacts
  ? html`<h2>${t.contactsHeading}</h2>
${facts([
  [t.companyContact, mail(p.contacts.company)],
  [t.coordinator, mail(p.contacts.coordinator)],
])}`
  : ''}`;
}

interface Text {
  title: string;
  statusLabel: string;
  explain: Record<ApplicationStatus, string>;
  submitted: string;
  applicantType: string;
  sectors: string;
  destinations: string;
  available: string;
  personal: string;
  withdraw: { heading: string; text: string; button: string };
  confirm: { button: string };
  confirmed: string;
  held: string;
  heldByCoordinator: string;
}

const DAYS = UNCONFIRMED_LIFETIME_DAYS;

const TEXT: Translations<Text> = /* @__PURE__ */ (() => ({
  fi: {
    title: 'Hakemuksesi',
    statusLabel: 'Tila',
    explain: {
      UNCONFIRMED: `Hakemuksesi on tallennettu, mutta se ei ole vielä mukana paikkojen haussa: vahvista se alla olevalla painikkeella. Näin tiedämme, että tämä sähköpostiosoite on sinun. Hakemus, jota ei vahvisteta ${DAYS} päivän kuluessa, poistetaan.`,
      SUBMITTED:
        'Hakemuksesi on mukana paikkojen haussa. Kun sinulle löytyy sopiva paikka, oppilaitoksesi koordinaattori käy ehdotuksen läpi, ja sen jälkeen vastaanottava yritys vahvistaa jakson. Saat sähköpostia, kun paikkasi on vahvistettu.',
      PROPOSED:
        'Sinulle on ehdotettu sopivaa paikkaa. Oppilaitoksesi koordinaattori käy ehdotuksen läpi, ja sen jälkeen vastaanottava yritys vahvistaa jakson. Saat sähköpostia, kun paikkasi on vahvistettu.',
      PLACED:
        'Harjoittelupaikkasi on vahvistettu – onnittelut! Sait sähköpostin, jossa ovat jakson päivämäärät, paikka ja yhteystiedot. Muita paikkoja sinulle ei enää ehdoteta.',
      WITHDRAWN: 'Olet perunut tämän hakemuksen, eikä sitä enää käsitellä. Jos haluat hakea uudelleen, voit lähettää uuden hakemuksen.',
    },
    submitted: 'Lähetetty',
    applicantType: 'Hakijatyyppi',
    sectors: 'Alat',
    destinations: 'Kohdemaat toivejärjestyksessä',
    available: 'Ajankohta',
    personal: 'Tämä sivu on henkilökohtainen. Älä jaa sen osoitetta muille.',
    withdraw: {
      heading: 'Muuttuivatko suunnitelmasi?',
      text: 'Voit perua hakemuksesi siihen asti, kunnes paikkasi on vahvistettu. Perumista ei voi jälkikäteen peruuttaa.',
      button: 'Peru hakemus',
    },
    confirm: { button: 'Vahvista hakemukseni' },
    confirmed: 'Kiitos! Hakemuksesi on vahvistettu, ja se on nyt mukana paikkojen haussa.',
    held: 'Sähköpostiosoitteeseesi lähetetyt viestit eivät menneet perille (tai ne merkittiin roskapostiksi), joten hakemuksesi on pysäytetty: sinulle ei ehdoteta uusia paikkoja. Oppilaitoksesi koordinaattorille on kerrottu asiasta. Jatkaaksesi lähetä uusi hakemus toimivalla sähköpostiosoitteella.',
    heldByCoordinator: 'Oppilaitoksesi koordinaattori on laittanut hakemuksesi hetkeksi tauolle, joten sinulle ei ehdoteta paikkoja juuri nyt. Koordinaattori palauttaa sen hakuun, kun aika on sopiva.',
  },
  en: {
    title: 'Your application',
    statusLabel: 'Status',
    explain: {
      UNCONFIRMED: `Your application has been saved, but it is not yet part of the search for placements: please confirm it with the button below. That tells us this email address is yours. An application not confirmed within ${DAYS} days is deleted.`,
      SUBMITTED:
        "We are looking for a placement that matches your application. When one is found, your school's coordinator reviews the proposal, and then the host company confirms it. We will email you when your placement is confirmed.",
      PROPOSED:
        'A placement that fits you has been proposed. Your school’s coordinator is reviewing it, and then the host company confirms it. You will get an email when your placement is confirmed.',
      PLACED:
        'Your placement is confirmed – congratulations! You received an email with the dates, the place and your contacts. No other placements will be proposed to you.',
      WITHDRAWN: 'You have withdrawn this application, so it is no longer considered. If you want to apply again, you can send a new application.',
    },
    submitted: 'Submitted',
    applicantType: 'Applicant type',
    sectors: 'Sectors',
    destinations: 'Destinations, in order of preference',
    available: 'Available',
    personal: 'This page is personal. Please do not share its address.',
    withdraw: {
      heading: 'Plans changed?',
      text: 'You can withdraw your application until a placement has been confirmed. Withdrawing cannot be undone.',
      button: 'Withdraw my application',
    },
    confirm: { button: 'Confirm my application' },
    confirmed: 'Thank you: your application is confirmed and is now part of the search for placements.',
    held: "Emails to your address could not be delivered (or were reported as unwanted), so your application is paused: no new placement will be proposed to you. Your school's coordinator has been told. To go on, send a new application with an email address that works.",
    heldByCoordinator: "Your school's coordinator has paused your application for a while, so no placement is proposed to you just now. The coordinator will put it back into the search when the time is right.",
  },
  et: {
    title: 'Teie avaldus',
    statusLabel: 'Seis',
    explain: {
      UNCONFIRMED: `Teie avaldus on salvestatud, kuid see ei osale veel praktikakohtade otsingus: palun kinnitage see allpool oleva nupuga. Nii teame, et see e-posti aadress kuulub Teile. Avaldus, mida ${DAYS} päeva jooksul ei kinnitata, kustutatakse.`,
      SUBMITTED:
        'Otsime Teie avaldusele sobivat praktikakohta. Kui see leitakse, vaatab ettepaneku üle Teie kooli koordinaator ja seejärel kinnitab selle vastuvõttev ettevõte. Saadame Teile e-kirja, kui praktikakoht on kinnitatud.',
      PROPOSED:
        'Teile on välja pakutud sobiv praktikakoht. Teie kooli koordinaator vaatab pakkumise läbi, seejärel kinnitab vastuvõttev ettevõte praktika. Saate e-kirja, kui praktikakoht on kinnitatud.',
      PLACED:
        'Teie praktikakoht on kinnitatud – palju õnne! Saite e-kirja, milles on praktika kuupäevad, koht ja kontaktid. Teisi kohti Teile enam ei pakuta.',
      WITHDRAWN: 'Olete selle avalduse tagasi võtnud ja seda enam ei menetleta. Kui soovite uuesti kandideerida, võite esitada uue avalduse.',
    },
    submitted: 'Esitatud',
    applicantType: 'Kandidaadi liik',
    sectors: 'Valdkonnad',
    destinations: 'Sihtriigid eelistuse järjekorras',
    available: 'Ajavahemik',
    personal: 'See leht on isiklik. Palun ärge jagage selle aadressi teistega.',
    withdraw: {
      heading: 'Plaanid muutusid?',
      text: 'Avalduse saate tagasi võtta seni, kuni praktikakoht ei ole kinnitatud. Tagasivõtmist ei saa hiljem tühistada.',
      button: 'Võtke avaldus tagasi',
    },
    confirm: { button: 'Kinnitan oma avalduse' },
    confirmed: 'Aitäh! Teie avaldus on kinnitatud ja osaleb nüüd praktikakohtade otsingus.',
    held: 'Teie aadressile saadetud e-kirjad ei jõudnud kohale (või märgiti need rämpspostiks), seetõttu on Teie avaldus peatatud: Teile ei pakuta uusi praktikakohti. Teie kooli koordinaatorit on sellest teavitatud. Jätkamiseks esitage uus avaldus toimiva e-posti aadressiga.',
    heldByCoordinator: 'Teie kooli koordinaator on Teie avalduse mõneks ajaks ootele pannud, seega Teile praegu praktikakohti ei pakuta. Koordinaator toob selle otsingusse tagasi, kui aeg on sobiv.',
  },
  lt: {
    title: 'Jūsų paraiška',
    statusLabel: 'Būsena',
    explain: {
      UNCONFIRMED: `Jūsų paraiška išsaugota, tačiau ji dar nedalyvauja praktikos vietų paieškoje: patvirtinkite ją žemiau esančiu mygtuku. Taip sužinosime, kad šis el. pašto adresas priklauso Jums. Per ${DAYS} dienas nepatvirtinta paraiška ištrinama.`,
      SUBMITTED:
        'Ieškome Jūsų paraišką atitinkančios praktikos vietos. Radus tinkamą vietą, pasiūlymą peržiūrės Jūsų mokyklos koordinatorius, o tada jį patvirtins priimanti įmonė. Kai praktikos vieta bus patvirtinta, gausite el. laišką.',
      PROPOSED:
        'Jums pasiūlyta tinkama praktikos vieta. Jūsų mokyklos koordinatorius peržiūri pasiūlymą, o tada priimanti įmonė patvirtina praktiką. Gausite el. laišką, kai praktikos vieta bus patvirtinta.',
      PLACED:
        'Jūsų praktikos vieta patvirtinta – sveikiname! Gavote el. laišką su praktikos datomis, vieta ir kontaktais. Kitų vietų Jums nebesiūlysime.',
      WITHDRAWN: 'Šią paraišką atšaukėte, todėl ji nebesvarstoma. Jei norite vėl dalyvauti, galite pateikti naują paraišką.',
    },
    submitted: 'Pateikta',
    applicantType: 'Dalyvio tipas',
    sectors: 'Sektoriai',
    destinations: 'Šalys pagal pageidavimo eilę',
    available: 'Laikotarpis',
    personal: 'Šis puslapis yra asmeninis. Nesidalykite jo adresu su kitais.',
    withdraw: {
      heading: 'Pasikeitė planai?',
      text: 'Paraišką galite atšaukti, kol praktikos vieta dar nepatvirtinta. Atšaukus paraiškos atkurti nebus galima.',
      button: 'Atšaukti paraišką',
    },
    confirm: { button: 'Patvirtinti paraišką' },
    confirmed: 'Ačiū! Jūsų paraiška patvirtinta ir dabar dalyvauja praktikos vietų paieškoje.',
    held: 'Jūsų adresu siųsti el. laiškai nepasiekė gavėjo (arba buvo pažymėti kaip nepageidaujami), todėl Jūsų paraiška sustabdyta: naujos praktikos vietos Jums nebus siūlomos. Jūsų mokyklos koordinatorius apie tai informuotas. Norėdami tęsti, pateikite naują paraišką su veikiančiu el. pašto adresu.',
    heldByCoordinator: 'Jūsų mokyklos koordinatorius laikinai sustabdė Jūsų paraišką, todėl šiuo metu praktikos vietos Jums nesiūlomos. Koordinatorius grąžins ją į paiešką, kai bus tinkamas metas.',
  },
  ru: {
    title: 'Ваша заявка',
    statusLabel: 'Статус',
    explain: {
      UNCONFIRMED: `Ваша заявка сохранена, но пока не участвует в подборе мест практики: подтвердите её кнопкой ниже. Так мы узнаем, что этот адрес электронной почты принадлежит Вам. Заявка, не подтверждённая в течение ${DAYS} дней, удаляется.`,
      SUBMITTED:
        'Мы подбираем место практики, подходящее для Вашей заявки. Когда оно найдётся, предложение рассмотрит координатор Вашего учебного заведения, а затем его подтвердит принимающая компания. Когда место практики будет подтверждено, мы сообщим Вам по электронной почте.',
      PROPOSED:
        'Вам предложено подходящее место практики. Координатор Вашего учебного заведения рассматривает предложение, после чего принимающая компания подтвердит практику. Вы получите письмо, когда место практики будет подтверждено.',
      PLACED:
        'Ваше место практики подтверждено — поздравляем! Вы получили письмо с датами, местом и контактами. Другие места Вам больше предлагаться не будут.',
      WITHDRAWN: 'Вы отозвали эту заявку, поэтому она больше не рассматривается. Если Вы захотите участвовать снова, подайте новую заявку.',
    },
    submitted: 'Подана',
    applicantType: 'Тип участника',
    sectors: 'Отрасли',
    destinations: 'Страны в порядке предпочтения',
    available: 'Сроки',
    personal: 'Эта страница личная. Не делитесь её адресом с другими.',
    withdraw: {
      heading: 'Планы изменились?',
      text: 'Вы можете отозвать заявку, пока место практики не подтверждено. Восстановить отозванную заявку будет нельзя.',
      button: 'Отозвать заявку',
    },
    confirm: { button: 'Подтвердить заявку' },
    confirmed: 'Спасибо! Ваша заявка подтверждена и теперь участвует в подборе мест практики.',
    held: 'Письма на Ваш адрес не удалось доставить (или они были отмечены как нежелательные), поэтому Ваша заявка приостановлена: новые места практики Вам предлагаться не будут. Координатор Вашего учебного заведения уведомлён. Чтобы продолжить, подайте новую заявку с работающим адресом электронной почты.',
    heldByCoordinator: 'Координатор Вашего учебного заведения на время приостановил Вашу заявку, поэтому сейчас места практики Вам не предлагаются. Координатор вернёт её в подбор, когда придёт время.',
  },
}))();

/** The status label of a held application (a bounce, or the coordinator's hold). */
export const PAUSED: Translations<string> = { fi: 'Tauolla', en: 'Paused', et: 'Ootel', lt: 'Sustabdyta', ru: 'Приостановлена' };

/** Each status in words, as the status page and the desks show it. */
export const APPLICATION_STATUSES: Translations<Record<ApplicationStatus, string>> = {
  fi: { UNCONFIRMED: 'Odottaa vahvistustasi', SUBMITTED: 'Vastaanotettu', PROPOSED: 'Paikkaa ehdotettu', PLACED: 'Paikka vahvistettu', WITHDRAWN: 'Peruttu' },
  en: { UNCONFIRMED: 'Waiting for your confirmation', SUBMITTED: 'Received', PROPOSED: 'Placement proposed', PLACED: 'Placement confirmed', WITHDRAWN: 'Withdrawn' },
  et: { UNCONFIRMED: 'Ootab Teie kinnitust', SUBMITTED: 'Vastu võetud', PROPOSED: 'Koht pakutud', PLACED: 'Koht kinnitatud', WITHDRAWN: 'Tagasi võetud' },
  lt: { UNCONFIRMED: 'Laukia Jūsų patvirtinimo', SUBMITTED: 'Gauta', PROPOSED: 'Pasiūlyta vieta', PLACED: 'Vieta patvirtinta', WITHDRAWN: 'Atšaukta' },
  ru: { UNCONFIRMED: 'Ожидает Вашего подтверждения', SUBMITTED: 'Получена', PROPOSED: 'Предложено место', PLACED: 'Место подтверждено', WITHDRAWN: 'Отозвана' },
};

const STATUS_CLASS: Record<ApplicationStatus, string> = { UNCONFIRMED: 'status', SUBMITTED: 'status', PROPOSED: 'status', PLACED: 'status', WITHDRAWN: 'status ended' };

/** An applicant may withdraw until a placement is confirmed; pending proposals are then released. */
const WITHDRAWABLE: ReadonlySet<ApplicationStatus> = new Set(['UNCONFIRMED', 'SUBMITTED', 'PROPOSED']);

/** While the application may still be matched (or waits on a proposal), its chosen roles say whether they fit. */
const CHOOSING: ReadonlySet<ApplicationStatus> = new Set(['UNCONFIRMED', 'SUBMITTED', 'PROPOSED']);

/** Where an application stands; shows no names or addresses. */
export function applicationStatusPage(language: Language, vars: ApplicationStatusVars): string {
  const t = TEXT[language];
  const canWithdraw = vars.withdrawAction && WITHDRAWABLE.has(vars.status);
  const canConfirm = vars.confirmAction && vars.status === 'UNCONFIRMED';
  // A held application is paused whatever else it is: the notice says why, the label says so too.
  const paused = Boolean(vars.held) && (vars.status === 'SUBMITTED' || vars.status === 'PROPOSED');
  const body = html`
${vars.justConfirmed ? html`<p class="notice" role="status">${t.confirmed}</p>` : ''}
${paused ? html`<p class="notice">${vars.held === 'coordinator' ? t.heldByCoordinator : t.held}</p>` : ''}
<p>${t.statusLabel}: <strong class="${STATUS_CLASS[vars.status] ?? 'status'}">${paused ? PAUSED[language] : labelFrom(APPLICATION_STATUSES[language], vars.status)}</strong></p>
${paused ? '' : html`<p class="lead">${t.explain[vars.status] ?? ''}</p>`}
${vars.placement && (vars.status === 'PROPOSED' || vars.status === 'PLACED') ? placementSection(language, vars.placement) : ''}
${canConfirm
  ? html`<form method="post" action="${vars.confirmAction}"><button type="submit" name="decision" value="confirm">${t.confirm.button}</button></form>`
  : ''}
${facts([
  [t.submitted, formatDate(vars.submittedAt, language)],
  [t.applicantType, applicantTypeName(vars.applicantType, language)],
  [t.sectors, vars.sectors.map((s) => sectorName(s, language)).join(', ')],
  [t.destinations, html`<ol>${vars.destinations.map((c) => html`<li>${countryName(c, language)}</li>`)}</ol>`],
  [t.available, formatPeriod(vars.availableFrom, vars.availableTo, language)],
])}
${vars.chosenRoles && CHOOSING.has(vars.status) ? chosenRolesSection(language, vars.chosenRoles) : ''}
${canWithdraw
  ? html`<h2>${t.withdraw.heading}</h2>
<p>${t.withdraw.text}</p>
${withdrawLink(language, vars.withdrawAction!)}`
  : ''}
${vars.dataPath ? yourDataSection(language, vars.dataPath) : ''}
<p class="muted">${t.personal}</p>`;
  return layout({ language, title: t.title, body });
}
