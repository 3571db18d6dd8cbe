import { labelFrom, type Language, type Translations } from '#shared/platform/i18n';
import type { ApplicantType, Country, Sector } from './codes.ts';
import { ISCED_F } from './isced.ts';

/** The vocabulary's codes as people read them, in each of the five languages. */

const COUNTRIES: Translations<Record<Country, string>> = {
  fi: { FI: 'Suomi', EE: 'Viro', LT: 'Liettua', RU: 'Venäjä' },
  en: { FI: 'Finland', EE: 'Estonia', LT: 'Lithuania', RU: 'Russia' },
  et: { FI: 'Soome', EE: 'Eesti', LT: 'Leedu', RU: 'Venemaa' },
  lt: { FI: 'Suomija', EE: 'Estija', LT: 'Lietuva', RU: 'Rusija' },
  ru: { FI: 'Финляндия', EE: 'Эстония', LT: 'Литва', RU: 'Россия' },
};

const SECTORS: Translations<Record<Sector, string>> = {
  fi: { construction: 'Rakentaminen', wellbeing: 'Hyvinvointiala', technology: 'Tekniikka' },
  en: { construction: 'Construction', wellbeing: 'Wellbeing', technology: 'Technology' },
  et: { construction: 'Ehitus', wellbeing: 'Heaolu ja hoolekanne', technology: 'Tehnoloogia' },
  lt: { construction: 'Statyba', wellbeing: 'Sveikata ir gerovė', technology: 'Technologijos' },
  ru: { construction: 'Строительство', wellbeing: 'Здоровье и социальная сфера', technology: 'Технологии' },
};

const APPLICANT_TYPES: Translations<Record<ApplicantType, string>> = {
  fi: { student: 'Opiskelija', staff: 'Henkilöstö (opettaja tai kouluttaja)' },
  en: { student: 'Student', staff: 'Staff (teacher or trainer)' },
  et: { student: 'Õpilane', staff: 'Töötaja (õpetaja või koolitaja)' },
  lt: { student: 'Mokinys', staff: 'Darbuotojas (mokytojas ar instruktorius)' },
  ru: { student: 'Студент', staff: 'Сотрудник (преподаватель или мастер)' },
};

export const countryName = (country: Country | string, language: Language) => labelFrom(COUNTRIES[language], country);
export const sectorName = (sector: Sector | string, language: Language) => labelFrom(SECTORS[language], sector);
export const applicantTypeName = (type: ApplicantType | string, language: Language) => labelFrom(APPLICANT_TYPES[language], type);

const ISCED_LABELS: Record<string, string> = { ...ISCED_F.broad, ...ISCED_F.narrow, ...ISCED_F.detailed };

/**
 * An ISCED-F 2013 field with its code: "0732 Building and civil engineering". The official list
 * exists in English only, so the label is English in every language; the code is what counts.
 */
export const fieldOfStudyName = (code: string) => (Object.hasOwn(ISCED_LABELS, code) ? `${code} ${ISCED_LABELS[code]}` : code);
