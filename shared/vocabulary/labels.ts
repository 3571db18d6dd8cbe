import { labelFrom, type Language, type Translations } from '#shared/platform/i18n';
import type { ApplicantType, CefrLevel, Country, Sector } from './codes.ts';
import en from './isced-f-2013.en.json' with { type: 'json' };
import fi from './isced-f-2013.fi.json' with { type: 'json' };
import et from './isced-f-2013.et.json' with { type: 'json' };
import lt from './isced-f-2013.lt.json' with { type: 'json' };
import ru from './isced-f-2013.ru.json' with { type: 'json' };

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

/** A CEFR level with its name ("B2 – upper intermediate"), as every form's level list shows it. */
const CEFR_LEVEL_NAMES: Translations<Record<CefrLevel, string>> = {
  fi: { A1: 'A1 – alkeet', A2: 'A2 – perustaso', B1: 'B1 – keskitaso', B2: 'B2 – hyvä keskitaso', C1: 'C1 – edistynyt', C2: 'C2 – taitava tai äidinkieli' },
  en: { A1: 'A1 – beginner', A2: 'A2 – elementary', B1: 'B1 – intermediate', B2: 'B2 – upper intermediate', C1: 'C1 – advanced', C2: 'C2 – proficient or native' },
  et: { A1: 'A1 – algtase', A2: 'A2 – põhitase', B1: 'B1 – kesktase', B2: 'B2 – kõrgem kesktase', C1: 'C1 – kõrgtase', C2: 'C2 – väga kõrge tase või emakeel' },
  lt: { A1: 'A1 – pradedantysis', A2: 'A2 – pradinis', B1: 'B1 – vidutinis', B2: 'B2 – aukštesnysis', C1: 'C1 – aukštasis', C2: 'C2 – puikus arba gimtoji kalba' },
  ru: { A1: 'A1 – начальный', A2: 'A2 – элементарный', B1: 'B1 – средний', B2: 'B2 – выше среднего', C1: 'C1 – продвинутый', C2: 'C2 – свободный или родной' },
};

export const countryName = (country: Country | string, language: Language) => labelFrom(COUNTRIES[language], country);
export const sectorName = (sector: Sector | string, language: Language) => labelFrom(SECTORS[language], sector);
export const applicantTypeName = (type: ApplicantType | string, language: Language) => labelFrom(APPLICANT_TYPES[language], type);
export const cefrLevelName = (level: CefrLevel | string, language: Language) => labelFrom(CEFR_LEVEL_NAMES[language], level);

type FieldNames = Record<'broad' | 'narrow' | 'detailed', Record<string, string>>;

// The names of the ISCED-F 2013 fields in each language (where each comes from: `source` in
// each file). Only a bundle that shows a field's name carries them (nothing here runs at load).
const FIELD_NAMES: Translations<FieldNames> = { fi, en, et, lt, ru };
const LEVEL = { 2: 'broad', 3: 'narrow', 4: 'detailed' } as const;

/** An ISCED-F 2013 field's name in the reader's language ("Rakennus- ja yhdyskuntatekniikka"); undefined for an unknown code. */
export function fieldOfStudyLabel(code: string, language: Language): string | undefined {
  const level = LEVEL[code.length as keyof typeof LEVEL];
  const names = level && FIELD_NAMES[language][level];
  return names && Object.hasOwn(names, code) ? names[code] : undefined;
}

/** An ISCED-F 2013 field with its code: "0732 Building and civil engineering", "0732 Строительство зданий и сооружений"; an unknown code as it is. */
export function fieldOfStudyName(code: string, language: Language): string {
  const label = fieldOfStudyLabel(code, language);
  return label === undefined ? code : `${code} ${label}`;
}
