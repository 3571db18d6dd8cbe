import { applicantTypeName, countryName, fieldOfStudyName, sectorName } from '#shared/vocabulary/labels';
import { formatCount, formatPeriod, languageLevels, type Language, type Translations } from '#shared/platform/i18n';
import type { ApplicantType, Country, Sector } from '#shared/vocabulary/codes';
import { personName } from '#shared/applications/latin-name';
import type { ScoreBreakdown } from '#shared/matching/types';
import { withLanguage } from '#shared/roles/role-text';
import { weeksIn } from './placement-dates.ts';

/**
 * The facts of a proposed or confirmed placement as label–value rows, in one language. The
 * decision emails and the decision pages show the same rows, so what a coordinator reads in
 * the email is what they decide on the page.
 */

export interface LanguageSkill {
  /** ISO 639-1, e.g. "en". */
  code: string;
  /** CEFR, "A1".."C2". */
  level: string;
}

/** Why a pair was proposed: the stored score breakdown of the proposal, as the matcher gave it. */
export type Score = ScoreBreakdown;

/** What the coordinator decides on, in the email and on the decision page alike. */
export interface CoordinatorFacts {
  applicant: ApplicantFacts;
  placement: PlacementFacts;
  requiredLanguages: readonly LanguageSkill[];
  score: Score;
  /** The larger of the two minimum lengths; with it the spare weeks are named. */
  requiredWeeks?: number;
  /** The applicant's own words, as the form promises the coordinator reads them. */
  motivation?: string;
  /** The company's description of the role (duties, hours, equipment, housing help). */
  roleDescription?: string;
  /** The description's language when it is not the reader's (shared/roles/role-text.ts). */
  roleDescriptionLanguage?: Language;
}

/**
 * Where and when. The period is the placement's dates (placement-dates.ts); the window, when
 * given, is where the applicant's availability and the role's period overlap, which the dates
 * lie in and the company may move them within.
 */
export interface PlacementFacts {
  companyName: string;
  /** In the company's words: the text that fits the reader (shared/roles/role-text.ts), or the original for the company. */
  roleTitle: string;
  /** The title's language when it is not the reader's: named beside it ("in Finnish"). */
  roleLanguage?: Language;
  sector: Sector;
  city: string;
  region: string;
  country: Country;
  periodFrom: string;
  periodTo: string;
  windowFrom?: string;
  windowTo?: string;
}

export interface ApplicantFacts {
  firstName: string;
  lastName: string;
  /** As in the passport: shown beside a name in another script ("Анна Смирнова (Anna Smirnova)"). */
  firstNameLatin?: string | undefined;
  lastNameLatin?: string | undefined;
  applicantType: ApplicantType;
  schoolName: string;
  homeCountry: Country;
  /** ISCED-F 2013, 4 digits. */
  fieldOfStudy: string;
  languages: readonly LanguageSkill[];
}

export interface Contacts {
  company: { name: string; email: string };
  coordinator: { name: string; email: string };
  applicant: { email: string };
}

/** Who a confirmation goes to; each is told how to reach the other two. */
export type Audience = 'applicant' | 'company' | 'coordinator';

type Row = [label: string, value: string];

interface Labels {
  applicantHeading: string;
  placementHeading: string;
  whyHeading: string;
  motivationHeading: string;
  /** The company's own description of the role (duties, hours, equipment, housing help). */
  roleDescriptionHeading: string;
  contactsHeading: string;
  name: string;
  applicantType: string;
  school: string;
  fieldOfStudy: string;
  languages: string;
  company: string;
  role: string;
  sector: string;
  location: string;
  period: string;
  /** The overlap of the two periods, which the placement's dates lie in. */
  window: string;
  requiredLanguages: string;
  noLanguages: string;
  overlap: string;
  languageFit: string;
  waiting: string;
  destination: string;
  rolePreference: string;
  companyContact: string;
  coordinator: string;
  applicant: string;
}

export const MATCH_LABELS: Translations<Labels> = {
  fi: {
    applicantHeading: 'Hakija',
    placementHeading: 'Paikka ja ajankohta',
    whyHeading: 'Miksi juuri tämä ehdotus',
    motivationHeading: 'Hakijan omin sanoin',
    roleDescriptionHeading: 'Yrityksen kuvaus tehtävästä',
    contactsHeading: 'Yhteystiedot',
    name: 'Nimi',
    applicantType: 'Hakijatyyppi',
    school: 'Oppilaitos',
    fieldOfStudy: 'Koulutusala (ISCED-F)',
    languages: 'Kielitaito (CEFR-taso)',
    company: 'Yritys',
    role: 'Harjoittelupaikka',
    sector: 'Ala',
    location: 'Sijainti',
    period: 'Harjoittelun päivät',
    window: 'Molemmille sopiva aika',
    requiredLanguages: 'Vaadittu kielitaito',
    noLanguages: 'Ei kielitaitovaatimuksia',
    overlap: 'Yhteinen aika',
    languageFit: 'Kielitaito',
    waiting: 'Odotusaika',
    destination: 'Kohdemaa',
    rolePreference: 'Harjoittelupaikkatoive',
    companyContact: 'Yrityksen yhteyshenkilö',
    coordinator: 'Oppilaitoksen koordinaattori',
    applicant: 'Hakija',
  },
  en: {
    applicantHeading: 'The applicant',
    placementHeading: 'The placement',
    whyHeading: 'Why this match',
    motivationHeading: 'In the applicant’s own words',
    roleDescriptionHeading: 'The role, in the company’s words',
    contactsHeading: 'Contacts',
    name: 'Name',
    applicantType: 'Applicant type',
    school: 'School',
    fieldOfStudy: 'Field of study (ISCED-F)',
    languages: 'Languages (CEFR level)',
    company: 'Company',
    role: 'Role',
    sector: 'Sector',
    location: 'Location',
    period: 'Placement dates',
    window: 'Both sides available',
    requiredLanguages: 'Required languages',
    noLanguages: 'None required',
    overlap: 'Time in common',
    languageFit: 'Languages',
    waiting: 'Waiting time',
    destination: 'Destination',
    rolePreference: 'Role preference',
    companyContact: 'Company contact',
    coordinator: 'School coordinator',
    applicant: 'Applicant',
  },
  et: {
    applicantHeading: 'Kandidaat',
    placementHeading: 'Koht ja aeg',
    whyHeading: 'Miks just see pakkumine',
    motivationHeading: 'Kandidaat enda sõnadega',
    roleDescriptionHeading: 'Praktikakoht ettevõtte sõnadega',
    contactsHeading: 'Kontaktid',
    name: 'Nimi',
    applicantType: 'Kandidaadi liik',
    school: 'Kool',
    fieldOfStudy: 'Õppevaldkond (ISCED-F)',
    languages: 'Keeleoskus (CEFR tase)',
    company: 'Ettevõte',
    role: 'Praktikakoht',
    sector: 'Valdkond',
    location: 'Asukoht',
    period: 'Praktika kuupäevad',
    window: 'Mõlemale sobiv aeg',
    requiredLanguages: 'Nõutav keeleoskus',
    noLanguages: 'Keelenõudeid ei ole',
    overlap: 'Ühine ajavahemik',
    languageFit: 'Keeleoskus',
    waiting: 'Ooteaeg',
    destination: 'Sihtriik',
    rolePreference: 'Praktikakoha eelistus',
    companyContact: 'Ettevõtte kontaktisik',
    coordinator: 'Kooli koordinaator',
    applicant: 'Kandidaat',
  },
  lt: {
    applicantHeading: 'Kandidatas',
    placementHeading: 'Vieta ir laikas',
    whyHeading: 'Kodėl būtent šis pasiūlymas',
    motivationHeading: 'Kandidato žodžiais',
    roleDescriptionHeading: 'Praktikos vieta įmonės žodžiais',
    contactsHeading: 'Kontaktai',
    name: 'Vardas ir pavardė',
    applicantType: 'Dalyvio tipas',
    school: 'Mokykla',
    fieldOfStudy: 'Mokymo sritis (ISCED-F)',
    languages: 'Kalbos (CEFR lygis)',
    company: 'Įmonė',
    role: 'Praktikos vieta',
    sector: 'Sektorius',
    location: 'Vietovė',
    period: 'Praktikos datos',
    window: 'Abiem tinkamas laikas',
    requiredLanguages: 'Reikalaujamos kalbos',
    noLanguages: 'Kalbų reikalavimų nėra',
    overlap: 'Bendras laikotarpis',
    languageFit: 'Kalbos',
    waiting: 'Laukimo laikas',
    destination: 'Šalis',
    rolePreference: 'Praktikos vietos pageidavimas',
    companyContact: 'Įmonės kontaktinis asmuo',
    coordinator: 'Mokyklos koordinatorius',
    applicant: 'Kandidatas',
  },
  ru: {
    applicantHeading: 'Кандидат',
    placementHeading: 'Место и сроки',
    whyHeading: 'Почему именно это предложение',
    motivationHeading: 'Кандидат о себе',
    roleDescriptionHeading: 'Место практики со слов компании',
    contactsHeading: 'Контакты',
    name: 'Имя',
    applicantType: 'Тип участника',
    school: 'Учебное заведение',
    fieldOfStudy: 'Направление обучения (ISCED-F)',
    languages: 'Языки (уровень CEFR)',
    company: 'Компания',
    role: 'Место практики',
    sector: 'Отрасль',
    location: 'Местоположение',
    period: 'Даты практики',
    window: 'Удобно обеим сторонам',
    requiredLanguages: 'Требуемые языки',
    noLanguages: 'Не требуются',
    overlap: 'Общий период',
    languageFit: 'Языки',
    waiting: 'Время ожидания',
    destination: 'Страна',
    rolePreference: 'Пожелание по месту',
    companyContact: 'Контактное лицо компании',
    coordinator: 'Координатор учебного заведения',
    applicant: 'Кандидат',
  },
};

/**
 * How far the two periods leave room to set the dates: none (the overlap is just the minimum
 * length), some, or plenty (at least this many spare weeks).
 */
export type DateRoom = 'none' | 'some' | 'plenty';
const PLENTY_OF_SPARE_WEEKS = 4;

/**
 * How each part of the fit is explained, in words a reader can weigh: what the numbers mean
 * for the placement, never points (a role that asks exactly what the applicant has is a good
 * fit, though it earns no language points). `weeks`, `days` and `levels` come already counted.
 */
interface ScoreText {
  overlap: (weeks: string, extra?: { required: string; spare: string; room: DateRoom }) => string;
  noLanguageRequired: string;
  meetsLanguages: string;
  aboveLanguages: (levels: string) => string;
  waited: (days: string) => string;
  waitedNoTime: string;
  /** 1-based position of the destination on the applicant's list. */
  destination: (country: string, position: number) => string;
  /** 1-based position of the role on the applicant's list of roles. */
  rankedRole: (position: number) => string;
}

const SCORE: Translations<ScoreText> = {
  fi: {
    overlap: (weeks, x) =>
      !x
        ? weeks
        : x.room === 'none'
          ? `${weeks}, juuri vaadittu vähimmäiskesto: päivämäärissä ei ole joustovaraa`
          : `${weeks}, eli ${x.spare} yli vaaditun vähimmäiskeston (${x.required}): päivämäärissä on ${x.room === 'plenty' ? 'runsaasti' : 'hieman'} joustovaraa`,
    noLanguageRequired: 'Kielitaitovaatimuksia ei ole',
    meetsLanguages: 'Täyttää vaatimuksen',
    aboveLanguages: (levels) => `Täyttää vaatimuksen, ${levels} yli vaaditun`,
    waited: (days) => `Hakemus on ollut haussa ${days}`,
    waitedNoTime: 'Hakemus tuli hakuun tänään',
    destination: (country, n) => (n === 1 ? `${country}, hakijan ensisijainen toive` : `${country}, hakijan toivelistalla nro ${n}`),
    rankedRole: (n) => (n === 1 ? 'Hakijan ensisijainen harjoittelupaikkatoive' : `Hakijan harjoittelupaikkatoiveissa nro ${n}`),
  },
  en: {
    overlap: (weeks, x) =>
      !x
        ? weeks
        : x.room === 'none'
          ? `${weeks}, just the ${x.required} needed: no room to move the dates`
          : `${weeks}, ${x.spare} more than the ${x.required} needed: ${x.room === 'plenty' ? 'plenty of' : 'some'} room to set the dates`,
    noLanguageRequired: 'No language is required',
    meetsLanguages: 'Meets the requirement',
    aboveLanguages: (levels) => `Meets the requirement, ${levels} above it`,
    waited: (days) => `${days} in the search`,
    waitedNoTime: 'Joined the search today',
    destination: (country, n) => (n === 1 ? `${country}, the applicant’s first choice` : `${country}, no. ${n} on the applicant’s list`),
    rankedRole: (n) => (n === 1 ? 'The applicant’s first choice among the roles' : `No. ${n} among the roles the applicant ranked`),
  },
  et: {
    overlap: (weeks, x) =>
      !x
        ? weeks
        : x.room === 'none'
          ? `${weeks}, täpselt nõutav miinimum: kuupäevades paindlikkust ei ole`
          : `${weeks}, ehk ${x.spare} rohkem kui nõutav miinimum (${x.required}): kuupäevades on ${x.room === 'plenty' ? 'palju' : 'veidi'} paindlikkust`,
    noLanguageRequired: 'Keelenõudeid ei ole',
    meetsLanguages: 'Vastab nõuetele',
    aboveLanguages: (levels) => `Vastab nõuetele, ${levels} üle nõutu`,
    waited: (days) => `Avaldus on olnud otsingus ${days}`,
    waitedNoTime: 'Avaldus jõudis otsingusse täna',
    destination: (country, n) => (n === 1 ? `${country}, kandidaadi esimene eelistus` : `${country}, kandidaadi soovinimekirjas nr ${n}`),
    rankedRole: (n) => (n === 1 ? 'Kandidaadi esimene eelistus praktikakohtade seas' : `Kandidaadi praktikakohtade eelistuste seas nr ${n}`),
  },
  lt: {
    overlap: (weeks, x) =>
      !x
        ? weeks
        : x.room === 'none'
          ? `${weeks} (tiksliai mažiausia trukmė): datų keisti negalima`
          : `${weeks} (mažiausia trukmė – ${x.required}, atsarga – ${x.spare}): datas galima ${x.room === 'plenty' ? 'laisvai' : 'šiek tiek'} derinti`,
    noLanguageRequired: 'Kalbų reikalavimų nėra',
    meetsLanguages: 'Atitinka reikalavimus',
    aboveLanguages: (levels) => `Atitinka reikalavimus, atsarga – ${levels}`,
    waited: (days) => `Paraiška paieškoje – ${days}`,
    waitedNoTime: 'Paraiška į paiešką pateko šiandien',
    destination: (country, n) => (n === 1 ? `${country}, pirmasis kandidato pasirinkimas` : `${country}, kandidato pageidavimų sąraše Nr. ${n}`),
    rankedRole: (n) => (n === 1 ? 'Pirmasis kandidato pasirinkimas tarp praktikos vietų' : `Kandidato pageidaujamų praktikos vietų sąraše Nr. ${n}`),
  },
  ru: {
    overlap: (weeks, x) =>
      !x
        ? weeks
        : x.room === 'none'
          ? `${weeks} (ровно требуемый минимум): сдвинуть даты нельзя`
          : `${weeks} (минимум — ${x.required}, запас — ${x.spare}): даты можно ${x.room === 'plenty' ? 'свободно' : 'немного'} сдвинуть`,
    noLanguageRequired: 'Требований к языкам нет',
    meetsLanguages: 'Соответствует требованиям',
    aboveLanguages: (levels) => `Соответствует требованиям, запас — ${levels}`,
    waited: (days) => `Заявка в поиске ${days}`,
    waitedNoTime: 'Заявка поступила в поиск сегодня',
    destination: (country, n) => (n === 1 ? `${country}, первый выбор кандидата` : `${country}, № ${n} в списке пожеланий кандидата`),
    rankedRole: (n) => (n === 1 ? 'Первый выбор кандидата среди мест практики' : `№ ${n} в списке мест, выбранных кандидатом`),
  },
};

/** The name, with its Latin form beside it when it is in another script (readers abroad cannot read it otherwise). */
export const fullName = (a: Pick<ApplicantFacts, 'firstName' | 'lastName' | 'firstNameLatin' | 'lastNameLatin'>) => personName(a);

/** "Tampere, Pirkanmaa, Finland" (an empty region is left out). */
export const placeName = (p: Pick<PlacementFacts, 'city' | 'region' | 'country'>, language: Language) =>
  [p.city, p.region, countryName(p.country, language)].filter((part) => part.trim() !== '').join(', ');

export function applicantRows(language: Language, a: ApplicantFacts): Row[] {
  const t = MATCH_LABELS[language];
  return [
    [t.name, fullName(a)],
    [t.applicantType, applicantTypeName(a.applicantType, language)],
    [t.school, `${a.schoolName}, ${countryName(a.homeCountry, language)}`],
    [t.fieldOfStudy, fieldOfStudyName(a.fieldOfStudy, language)],
    [t.languages, languageLevels(a.languages, language)],
  ];
}

/** The company, role, place and dates; with `requiredLanguages`, also what the role asks for. */
export function placementRows(language: Language, p: PlacementFacts, requiredLanguages?: readonly LanguageSkill[]): Row[] {
  const t = MATCH_LABELS[language];
  const rows: Row[] = [
    [t.company, p.companyName],
    [t.role, withLanguage(p.roleTitle, p.roleLanguage, language)],
    [t.sector, sectorName(p.sector, language)],
    [t.location, placeName(p, language)],
    [t.period, `${formatPeriod(p.periodFrom, p.periodTo, language)} (${formatCount(weeksIn({ from: p.periodFrom, to: p.periodTo }), 'week', language)})`],
  ];
  // The window only when it says more than the dates: room to move them.
  if (p.windowFrom && p.windowTo && (p.windowFrom !== p.periodFrom || p.windowTo !== p.periodTo)) {
    rows.push([t.window, formatPeriod(p.windowFrom, p.windowTo, language)]);
  }
  if (requiredLanguages) {
    rows.push([t.requiredLanguages, requiredLanguages.length ? languageLevels(requiredLanguages, language) : t.noLanguages]);
  }
  return rows;
}

/** The heading over the company's description, naming its language when it is not the reader's. */
export const roleDescriptionHeading = (language: Language, descriptionLanguage?: Language) =>
  withLanguage(MATCH_LABELS[language].roleDescriptionHeading, descriptionLanguage, language);

export interface ScoreContext {
  placement: Pick<PlacementFacts, 'country'>;
  requiredLanguages: readonly LanguageSkill[];
  /** The minimum length both sides need (the larger of the two); without it the spare weeks are not named. */
  requiredWeeks?: number;
}

/** How much room the overlap leaves to set the dates, from its spare weeks. */
export const dateRoom = (spareWeeks: number): DateRoom => (spareWeeks <= 0 ? 'none' : spareWeeks < PLENTY_OF_SPARE_WEEKS ? 'some' : 'plenty');

/**
 * Why this pair, in plain words, one row per part of the fit: the time in common, the languages,
 * the waiting time, where the place is on the applicant's lists. Driven by the score breakdown's
 * values, not its points: no total, nothing "out of 100".
 */
export function scoreRows(language: Language, score: Score, context: ScoreContext): Row[] {
  const t = MATCH_LABELS[language];
  const s = SCORE[language];
  const weeks = (n: number) => formatCount(n, 'week', language);
  const { requiredWeeks } = context;
  const spare = requiredWeeks === undefined ? 0 : Math.max(score.overlapWeeks - requiredWeeks, 0);
  const overlap = s.overlap(
    weeks(score.overlapWeeks),
    requiredWeeks === undefined ? undefined : { required: weeks(requiredWeeks), spare: weeks(spare), room: dateRoom(spare) },
  );
  const languageFit =
    context.requiredLanguages.length === 0
      ? s.noLanguageRequired
      : score.languageMargin > 0
        ? s.aboveLanguages(formatCount(score.languageMargin, 'level', language))
        : s.meetsLanguages;
  const waited = score.waitingDays > 0 ? s.waited(formatCount(score.waitingDays, 'day', language)) : s.waitedNoTime;
  const country = countryName(context.placement.country, language);
  const rows: Row[] = [
    [t.overlap, overlap],
    [t.languageFit, languageFit],
    [t.waiting, waited],
    [t.destination, score.destinationRank >= 0 ? s.destination(country, score.destinationRank + 1) : country],
  ];
  if (score.rolePreferenceRank !== null) rows.push([t.rolePreference, s.rankedRole(score.rolePreferenceRank + 1)]);
  return rows;
}

/** How to reach the other two parties of a confirmed placement. */
export function contactRows(language: Language, audience: Audience, applicant: ApplicantFacts, contacts: Contacts): Row[] {
  const t = MATCH_LABELS[language];
  const company: Row = [t.companyContact, `${contacts.company.name}, ${contacts.company.email}`];
  const coordinator: Row = [t.coordinator, `${contacts.coordinator.name}, ${contacts.coordinator.email}`];
  const applicantRow: Row = [t.applicant, `${fullName(applicant)}, ${contacts.applicant.email}`];
  if (audience === 'applicant') return [company, coordinator];
  if (audience === 'company') return [applicantRow, coordinator];
  return [applicantRow, company];
}
