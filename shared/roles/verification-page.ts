import { html } from '#shared/platform/html';
import { applicantTypeName, countryName, fieldOfStudyName, sectorName } from '#shared/vocabulary/labels';
import { formatCount, formatNumber, formatPeriod, languageLevels, languageName, quote, type Language, type Translations } from '#shared/platform/i18n';
import type { ApplicantType, Country, Sector } from '#shared/vocabulary/codes';
import { facts, layout, paragraphs } from '#shared/platform/page-layout';
import { inLanguage, withLanguage } from './role-text.ts';

/** Every field the company entered, so the contact can check them all before the role opens. */
export interface RoleVerificationVars {
  companyName: string;
  businessId: string;
  roleTitle: string;
  sector: Sector;
  city: string;
  region: string;
  country: Country;
  contact: { name: string; email: string; language: Language };
  /** ISCED-F 2013 codes. */
  fieldsOfStudy: readonly string[];
  places: number;
  periodFrom: string;
  periodTo: string;
  minWeeks: number;
  /** Required languages with their CEFR level. */
  languages: readonly { code: string; level: string }[];
  applicantTypes: readonly ApplicantType[];
  /** Duties, hours, equipment, housing help: shown to the coordinator and the applicant with each proposal. */
  description?: string;
  /** The language of the title and description (without it, the contact's). */
  language?: Language;
  /** The title and description in a second language, for readers abroad. */
  translation?: { language: Language; title: string; description?: string };
  /** Where the confirm form posts: the same link, so only the POST changes anything. */
  formAction: string;
}

interface VerificationText {
  title: string;
  lead: string;
  company: string;
  role: string;
  sector: string;
  location: string;
  places: string;
  period: string;
  button: string;
  notYours: string;
  businessId: string;
  contact: string;
  contactLanguage: string;
  fieldsOfStudy: string;
  minWeeks: string;
  languages: string;
  noLanguages: string;
  applicantTypes: string;
  description: string;
  descriptionNote: string;
  textLanguage: string;
  /** The second language's title, by the language named ("in English"). */
  titleIn: (inLanguage: string) => string;
  secondNote: string;
}

/** The labels of the fields added after the first version of the page, per language. */
const MORE: Translations<Omit<VerificationText, 'title' | 'lead' | 'company' | 'role' | 'sector' | 'location' | 'places' | 'period' | 'button' | 'notYours'>> = /* @__PURE__ */ (() => ({
  fi: {
    businessId: 'Yritystunnus',
    contact: 'Yhteyshenkilö',
    contactLanguage: 'Viestien kieli',
    fieldsOfStudy: 'Koulutusalat (ISCED-F)',
    minWeeks: 'Vähimmäiskesto',
    languages: 'Vaadittu kielitaito (CEFR-taso)',
    noLanguages: 'Ei kielitaitovaatimuksia',
    applicantTypes: 'Hakijatyypit',
    description: 'Kuvaus tehtävästä',
    descriptionNote: 'Hakijan oppilaitoksen koordinaattori ja hakija näkevät tämän kuvauksen jokaisen ehdotuksen yhteydessä.',
    textLanguage: 'Nimikkeen ja kuvauksen kieli',
    titleIn: (x) => `Nimike ${x}`,
    secondNote: 'Ulkomaiset lukijat näkevät tekstin omalla kielellään, jos sellainen on, muuten englanniksi tai ensimmäisellä kielellä; kieli mainitaan aina. Liike ei käännä tekstejänne.',
  },
  en: {
    businessId: 'Business ID',
    contact: 'Contact person',
    contactLanguage: 'Language of emails',
    fieldsOfStudy: 'Fields of study (ISCED-F)',
    minWeeks: 'Minimum length',
    languages: 'Required languages (CEFR level)',
    noLanguages: 'None required',
    applicantTypes: 'Applicant types',
    description: 'Description of the role',
    descriptionNote: 'The applicant’s school coordinator and the applicant see this description with every proposal.',
    textLanguage: 'Language of the title and description',
    titleIn: (x) => `Title ${x}`,
    secondNote: 'Readers abroad see the text in their own language when there is one, else in English, else in the first; its language is always named. Liike does not translate your words.',
  },
  et: {
    businessId: 'Registrikood',
    contact: 'Kontaktisik',
    contactLanguage: 'E-kirjade keel',
    fieldsOfStudy: 'Õppevaldkonnad (ISCED-F)',
    minWeeks: 'Minimaalne kestus',
    languages: 'Nõutav keeleoskus (CEFR tase)',
    noLanguages: 'Keelenõudeid ei ole',
    applicantTypes: 'Kandidaadi liigid',
    description: 'Praktikakoha kirjeldus',
    descriptionNote: 'Kandidaadi kooli koordinaator ja kandidaat näevad seda kirjeldust iga pakkumise juures.',
    textLanguage: 'Nimetuse ja kirjelduse keel',
    titleIn: (x) => `Nimetus ${x}`,
    secondNote: 'Välismaa lugejad näevad teksti oma keeles, kui see on olemas, muidu inglise keeles või esimeses keeles; keel on alati nimetatud. Liike ei tõlgi Teie teksti.',
  },
  lt: {
    businessId: 'Įmonės kodas',
    contact: 'Kontaktinis asmuo',
    contactLanguage: 'Laiškų kalba',
    fieldsOfStudy: 'Mokymo sritys (ISCED-F)',
    minWeeks: 'Mažiausia trukmė',
    languages: 'Reikalaujamos kalbos (CEFR lygis)',
    noLanguages: 'Kalbų reikalavimų nėra',
    applicantTypes: 'Dalyvių tipai',
    description: 'Praktikos vietos aprašymas',
    descriptionNote: 'Kandidato mokyklos koordinatorius ir kandidatas šį aprašymą matys su kiekvienu pasiūlymu.',
    textLanguage: 'Pavadinimo ir aprašymo kalba',
    titleIn: (x) => `Pavadinimas ${x}`,
    secondNote: 'Užsienio skaitytojai mato tekstą savo kalba, jei toks yra, kitaip – anglų arba pirmąja kalba; kalba visada nurodoma. Liike jūsų teksto neverčia.',
  },
  ru: {
    businessId: 'Регистрационный номер',
    contact: 'Контактное лицо',
    contactLanguage: 'Язык писем',
    fieldsOfStudy: 'Направления обучения (ISCED-F)',
    minWeeks: 'Минимальная продолжительность',
    languages: 'Требуемые языки (уровень CEFR)',
    noLanguages: 'Не требуются',
    applicantTypes: 'Типы участников',
    description: 'Описание места практики',
    descriptionNote: 'Координатор учебного заведения кандидата и сам кандидат увидят это описание в каждом предложении.',
    textLanguage: 'Язык названия и описания',
    titleIn: (x) => `Название ${x}`,
    secondNote: 'Читатели за рубежом видят текст на своём языке, если он есть, иначе на английском или на первом языке; язык всегда указан. Liike не переводит Ваш текст.',
  },
}))();

const VERIFICATION: Translations<Omit<VerificationText, keyof (typeof MORE)['en']>> = /* @__PURE__ */ (() => ({
  fi: {
    title: 'Vahvista harjoittelupaikka',
    lead: 'Tarkista alla olevat tiedot. Paikka avautuu hakijoille vasta, kun painat painiketta – siihen asti mikään ei muutu.',
    company: 'Yritys',
    role: 'Harjoittelupaikka',
    sector: 'Ala',
    location: 'Sijainti',
    places: 'Paikkojen määrä',
    period: 'Ajanjakso',
    button: 'Vahvista ja avaa paikka',
    notYours: 'Jos et ole ilmoittanut tätä paikkaa, sulje tämä sivu. Mitään ei tapahdu.',
  },
  en: {
    title: 'Confirm your role',
    lead: 'Please check the details below. The role opens for matching only when you press the button; until then nothing changes.',
    company: 'Company',
    role: 'Role',
    sector: 'Sector',
    location: 'Location',
    places: 'Places',
    period: 'Period',
    button: 'Confirm and open the role',
    notYours: 'If you did not post this role, just close this page. Nothing will happen.',
  },
  et: {
    title: 'Kinnitage praktikakoht',
    lead: 'Palun kontrollige allolevaid andmeid. Praktikakoht avaneb kandidaatidele alles siis, kui vajutate nuppu – seni ei muutu midagi.',
    company: 'Ettevõte',
    role: 'Praktikakoht',
    sector: 'Valdkond',
    location: 'Asukoht',
    places: 'Kohtade arv',
    period: 'Periood',
    button: 'Kinnitage ja avage praktikakoht',
    notYours: 'Kui Teie seda praktikakohta ei lisanud, sulgege lihtsalt see leht. Midagi ei juhtu.',
  },
  lt: {
    title: 'Patvirtinkite praktikos vietą',
    lead: 'Patikrinkite toliau pateiktus duomenis. Praktikos vieta kandidatams atsivers tik paspaudus mygtuką – iki tol niekas nesikeičia.',
    company: 'Įmonė',
    role: 'Praktikos vieta',
    sector: 'Sektorius',
    location: 'Vietovė',
    places: 'Vietų skaičius',
    period: 'Laikotarpis',
    button: 'Patvirtinti ir atverti vietą',
    notYours: 'Jei šios praktikos vietos neskelbėte, tiesiog uždarykite šį puslapį. Niekas nepasikeis.',
  },
  ru: {
    title: 'Подтвердите место практики',
    lead: 'Проверьте данные ниже. Место станет доступно кандидатам только после нажатия кнопки — до этого ничего не изменится.',
    company: 'Компания',
    role: 'Место практики',
    sector: 'Отрасль',
    location: 'Местоположение',
    places: 'Количество мест',
    period: 'Период',
    button: 'Подтвердить и открыть место',
    notYours: 'Если Вы не размещали это место практики, просто закройте страницу. Ничего не произойдёт.',
  },
}))();

/** Shows the role and one POST form; a GET of this page never changes anything. */
export function roleVerificationPage(language: Language, vars: RoleVerificationVars): string {
  const t: VerificationText = { ...VERIFICATION[language], ...MORE[language] };
  const description = vars.description?.trim();
  const textLanguage = vars.language ?? vars.contact.language;
  const second = vars.translation;
  const secondDescription = second?.description?.trim();
  // With two texts, each description says which language it is in.
  const describedIn = (text: string, textIn: Language) => html`<h2>${withLanguage(t.description, second ? textIn : undefined, language)}</h2>
<blockquote style="margin:0 0 12px;padding:0 0 0 16px;border-left:4px solid #d9dee3"><p style="white-space:pre-line">${text}</p></blockquote>`;
  const body = html`
<p class="lead">${t.lead}</p>
${facts([
  [t.company, vars.companyName],
  [t.businessId, vars.businessId],
  [t.location, [vars.city, vars.region, countryName(vars.country, language)].filter((part) => part.trim() !== '').join(', ')],
  [t.contact, `${vars.contact.name}, ${vars.contact.email}`],
  [t.contactLanguage, languageName(vars.contact.language, language)],
  [t.role, vars.roleTitle],
  [t.textLanguage, languageName(textLanguage, language)],
  ...(second ? ([[t.titleIn(inLanguage(second.language, language)), second.title]] as [string, string][]) : []),
  [t.sector, sectorName(vars.sector, language)],
  [t.fieldsOfStudy, html`<ul>${vars.fieldsOfStudy.map((code) => html`<li>${fieldOfStudyName(code, language)}</li>`)}</ul>`],
  [t.places, formatNumber(vars.places, language)],
  [t.period, formatPeriod(vars.periodFrom, vars.periodTo, language)],
  [t.minWeeks, formatCount(vars.minWeeks, 'week', language)],
  [t.languages, vars.languages.length ? languageLevels(vars.languages, language) : t.noLanguages],
  [t.applicantTypes, vars.applicantTypes.map((type) => applicantTypeName(type, language)).join(', ')],
])}
${description ? describedIn(description, textLanguage) : ''}
${second && secondDescription ? describedIn(secondDescription, second.language) : ''}
${description ? html`<p class="muted">${t.descriptionNote}</p>` : ''}
${second ? html`<p class="muted">${t.secondNote}</p>` : ''}
<form method="post" action="${vars.formAction}"><button type="submit" name="decision" value="verify">${t.button}</button></form>
<p class="muted">${t.notYours}</p>`;
  return layout({ language, title: t.title, body });
}

const VERIFIED: Translations<{ title: string; body: (roleTitle: string) => string[] }> = {
  fi: {
    title: 'Harjoittelupaikka on avattu',
    body: (title) => [
      `Kiitos! Harjoittelupaikka ${quote(title, 'fi')} on nyt avoinna, ja etsimme siihen sopivia hakijoita.`,
      'Saat vahvistuksen myös sähköpostiisi. Kun hakijan oppilaitoksen koordinaattori on hyväksynyt hakijan, saat sähköpostin, jonka kautta voit hyväksyä hakijan tai kieltäytyä.',
      'Voit nyt sulkea tämän sivun.',
    ],
  },
  en: {
    title: 'Your role is open',
    body: (title) => [
      `Thank you! The role ${quote(title, 'en')} is now open, and we are looking for suitable applicants.`,
      "You will also receive a confirmation by email. When an applicant's school coordinator has approved them, we will email you so that you can accept or decline the applicant.",
      'You can close this page now.',
    ],
  },
  et: {
    title: 'Praktikakoht on avatud',
    body: (title) => [
      `Aitäh! Praktikakoht ${quote(title, 'et')} on nüüd avatud ja otsime sellele sobivaid kandidaate.`,
      'Saate kinnituse ka e-postiga. Kui kandidaadi kooli koordinaator on kandidaadi heaks kiitnud, saadame Teile e-kirja, et saaksite kandidaadi vastu võtta või tagasi lükata.',
      'Võite selle lehe nüüd sulgeda.',
    ],
  },
  lt: {
    title: 'Praktikos vieta atverta',
    body: (title) => [
      `Ačiū! Praktikos vieta ${quote(title, 'lt')} dabar atvira – ieškome jai tinkamų kandidatų.`,
      'Patvirtinimą gausite ir el. paštu. Kai kandidato mokyklos koordinatorius jam pritars, gausite el. laišką ir galėsite kandidatą priimti arba atmesti.',
      'Dabar galite uždaryti šį puslapį.',
    ],
  },
  ru: {
    title: 'Место практики открыто',
    body: (title) => [
      `Спасибо! Место практики ${quote(title, 'ru')} теперь открыто, и мы подбираем на него кандидатов.`,
      'Подтверждение также придёт Вам по электронной почте. Когда координатор учебного заведения одобрит кандидата, мы пришлём Вам письмо, и Вы сможете принять или отклонить кандидата.',
      'Эту страницу можно закрыть.',
    ],
  },
};

/** After the confirm form: the role is open. */
export function roleVerifiedPage(language: Language, vars: { roleTitle: string }): string {
  const t = VERIFIED[language];
  const [first = '', ...rest] = t.body(vars.roleTitle);
  return layout({ language, title: t.title, body: html`<p class="lead">${first}</p>${paragraphs(rest)}` });
}
