import { applicantTypeName, countryName, fieldOfStudyName, sectorName } from '#shared/vocabulary/labels';
import { formatCount, formatPeriod, languageLevels, type Language, type Translations } from '#shared/platform/i18n';
import type { ApplicantType, Country, Sector } from '#shared/vocabulary/codes';
import { FIT } from '#shared/matching/rules';
import { personName } from '#shared/applications/latin-name';

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

/** Why a pair was proposed: the stored score breakdown of the proposal. */
export interface Score {
  overlap: number;
  language: number;
  waiting: number;
  total: number;
  overlapWeeks: number;
  languageMargin: number;
  waitingDays: number;
  /** 0-based rank of the destination country on the applicant's list. */
  destinationRank: number;
  /** 0-based rank of the role on the applicant's list of roles, null if not listed. */
  rolePreferenceRank: number | null;
}

/** Where and when: the period is the overlap of the applicant's availability and the role's period. */
export interface PlacementFacts {
  companyName: string;
  roleTitle: string;
  sector: Sector;
  city: string;
  region: string;
  country: Country;
  periodFrom: string;
  periodTo: string;
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
  requiredLanguages: string;
  noLanguages: string;
  overlap: string;
  languageFit: string;
  waiting: string;
  total: string;
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
    period: 'Ajanjakso',
    requiredLanguages: 'Vaadittu kielitaito',
    noLanguages: 'Ei kielitaitovaatimuksia',
    overlap: 'Yhteinen aika',
    languageFit: 'Kielitaito',
    waiting: 'Odotusaika',
    total: 'Yhteensä',
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
    period: 'Period',
    requiredLanguages: 'Required languages',
    noLanguages: 'None required',
    overlap: 'Time in common',
    languageFit: 'Languages',
    waiting: 'Waiting time',
    total: 'Total',
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
    period: 'Periood',
    requiredLanguages: 'Nõutav keeleoskus',
    noLanguages: 'Keelenõudeid ei ole',
    overlap: 'Ühine ajavahemik',
    languageFit: 'Keeleoskus',
    waiting: 'Ooteaeg',
    total: 'Kokku',
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
    period: 'Laikotarpis',
    requiredLanguages: 'Reikalaujamos kalbos',
    noLanguages: 'Kalbų reikalavimų nėra',
    overlap: 'Bendras laikotarpis',
    languageFit: 'Kalbos',
    waiting: 'Laukimo laikas',
    total: 'Iš viso',
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
    period: 'Период',
    requiredLanguages: 'Требуемые языки',
    noLanguages: 'Не требуются',
    overlap: 'Общий период',
    languageFit: 'Языки',
    waiting: 'Время ожидания',
    total: 'Итого',
    destination: 'Страна',
    rolePreference: 'Пожелание по месту',
    companyContact: 'Контактное лицо компании',
    coordinator: 'Координатор учебного заведения',
    applicant: 'Кандидат',
  },
};

/** How each score component is said; `weeks`, `points` and so on come already counted. */
interface ScoreText {
  points: (points: number, max: number) => string;
  overlap: (weeks: string, extra?: { required: string; spare: string; exact: boolean }) => string;
  noLanguageRequired: string;
  exactLevels: string;
  levelsAbove: (levels: string) => string;
  waited: (days: string) => string;
  /** 1-based position on the applicant's list of destinations. */
  ranked: (position: number) => string;
  /** 1-based position on the applicant's list of roles. */
  rankedRole: (position: number) => string;
}

const SCORE: Translations<ScoreText> = {
  fi: {
    points: (p, max) => `${p}/${formatCount(max, 'point', 'fi')}`,
    overlap: (weeks, x) =>
      !x ? weeks : x.exact ? `${weeks}, juuri vaadittu vähimmäiskesto` : `${weeks}, eli ${x.spare} yli vaaditun vähimmäiskeston (${x.required})`,
    noLanguageRequired: 'Kielitaitovaatimuksia ei ole, joten pisteet ovat neutraalit',
    exactLevels: 'Vaaditut tasot täyttyvät juuri',
    levelsAbove: (levels) => `${levels} yli vaaditun`,
    waited: (days) => `Hakemus on odottanut ${days}`,
    ranked: (n) => `hakijan toivelistalla nro ${n}`,
    rankedRole: (n) => `Hakijan harjoittelupaikkatoiveissa nro ${n}`,
  },
  en: {
    points: (p, max) => `${p} of ${formatCount(max, 'point', 'en')}`,
    overlap: (weeks, x) =>
      !x ? weeks : x.exact ? `${weeks}, just the ${x.required} needed` : `${weeks}, ${x.spare} more than the ${x.required} needed`,
    noLanguageRequired: 'No language required, so a neutral score',
    exactLevels: 'Exactly the required levels',
    levelsAbove: (levels) => `${levels} above what the role requires`,
    waited: (days) => `${days} in the search`,
    ranked: (n) => `no. ${n} on the applicant’s list`,
    rankedRole: (n) => `No. ${n} among the roles the applicant ranked`,
  },
  et: {
    points: (p, max) => `${formatCount(p, 'point', 'et')} ${max}-st`,
    overlap: (weeks, x) =>
      !x ? weeks : x.exact ? `${weeks}, täpselt nõutav miinimum` : `${weeks}, ehk ${x.spare} rohkem kui nõutav miinimum (${x.required})`,
    noLanguageRequired: 'Keelenõudeid ei ole, seega neutraalne hinne',
    exactLevels: 'Vastab täpselt nõutud tasemetele',
    levelsAbove: (levels) => `${levels} üle nõutu`,
    waited: (days) => `Avaldus on oodanud ${days}`,
    ranked: (n) => `kandidaadi soovinimekirjas nr ${n}`,
    rankedRole: (n) => `Kandidaadi praktikakohtade eelistuste seas nr ${n}`,
  },
  lt: {
    points: (p, max) => `${p} iš ${formatCount(max, 'point', 'lt')}`,
    overlap: (weeks, x) =>
      !x ? weeks : x.exact ? `${weeks} (tiksliai mažiausia trukmė)` : `${weeks} (mažiausia trukmė – ${x.required}, atsarga – ${x.spare})`,
    noLanguageRequired: 'Kalbų reikalavimų nėra, todėl vertinimas neutralus',
    exactLevels: 'Tiksliai atitinka reikalaujamus lygius',
    levelsAbove: (levels) => `Kalbų mokėjimo atsarga – ${levels}`,
    waited: (days) => `Paraiška paieškoje – ${days}`,
    ranked: (n) => `kandidato pageidavimų sąraše Nr. ${n}`,
    rankedRole: (n) => `Kandidato pageidaujamų praktikos vietų sąraše Nr. ${n}`,
  },
  ru: {
    points: (p, max) => `${p} из ${formatCount(max, 'point', 'ru')}`,
    overlap: (weeks, x) =>
      !x ? weeks : x.exact ? `${weeks} (ровно требуемый минимум)` : `${weeks} (минимум — ${x.required}, запас — ${x.spare})`,
    noLanguageRequired: 'Требований к языкам нет, поэтому оценка нейтральная',
    exactLevels: 'Ровно требуемые уровни',
    levelsAbove: (levels) => `Запас — ${levels} сверх требуемого`,
    waited: (days) => `Заявка ждёт ${days}`,
    ranked: (n) => `№ ${n} в списке пожеланий кандидата`,
    rankedRole: (n) => `№ ${n} в списке мест, выбранных кандидатом`,
  },
};

/** The most each component can give, from the matcher's own constants. */
const MAX = {
  overlap: FIT.overlapCapWeeks * FIT.overlapPointsPerWeek,
  language: FIT.languageCapLevels * FIT.languagePointsPerLevel,
  waiting: FIT.waitingCapPoints,
};
const MAX_TOTAL = MAX.overlap + MAX.language + MAX.waiting;

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
    [t.role, p.roleTitle],
    [t.sector, sectorName(p.sector, language)],
    [t.location, placeName(p, language)],
    [t.period, formatPeriod(p.periodFrom, p.periodTo, language)],
  ];
  if (requiredLanguages) {
    rows.push([t.requiredLanguages, requiredLanguages.length ? languageLevels(requiredLanguages, language) : t.noLanguages]);
  }
  return rows;
}

export interface ScoreContext {
  placement: Pick<PlacementFacts, 'country'>;
  requiredLanguages: readonly LanguageSkill[];
  /** The minimum length both sides need (the larger of the two); without it the spare weeks are not named. */
  requiredWeeks?: number;
}

/** The score broken down in plain words: each component with what earned it and its points. */
export function scoreRows(language: Language, score: Score, context: ScoreContext): Row[] {
  const t = MATCH_LABELS[language];
  const s = SCORE[language];
  const weeks = (n: number) => formatCount(n, 'week', language);
  const { requiredWeeks } = context;
  const spare = requiredWeeks === undefined ? 0 : Math.max(score.overlapWeeks - requiredWeeks, 0);
  const overlap = s.overlap(
    weeks(score.overlapWeeks),
    requiredWeeks === undefined ? undefined : { required: weeks(requiredWeeks), spare: weeks(spare), exact: spare === 0 },
  );
  const languageFit =
    context.requiredLanguages.length === 0
      ? s.noLanguageRequired
      : score.languageMargin > 0
        ? s.levelsAbove(formatCount(score.languageMargin, 'level', language))
        : s.exactLevels;
  const country = countryName(context.placement.country, language);
  const rows: Row[] = [
    [t.overlap, `${overlap}: ${s.points(score.overlap, MAX.overlap)}`],
    [t.languageFit, `${languageFit}: ${s.points(score.language, MAX.language)}`],
    [t.waiting, `${s.waited(formatCount(score.waitingDays, 'day', language))}: ${s.points(score.waiting, MAX.waiting)}`],
    [t.total, s.points(score.total, MAX_TOTAL)],
    [t.destination, score.destinationRank >= 0 ? `${country} – ${s.ranked(score.destinationRank + 1)}` : country],
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
