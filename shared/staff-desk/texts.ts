import type { ApplicationStatus } from '#shared/applications/store';
import type { Translations } from '#shared/platform/i18n';
import { INVISIBLE_MESSAGE, NAME_MESSAGE } from '#shared/platform/validation';
import type { AuditOperation } from '#shared/schools/audit';
import type { Refusal, Sent } from './resend.ts';
import {
  COUNTRY_MESSAGE,
  EXISTS_MESSAGE,
  LANGUAGE_MESSAGE,
  NAME_LATIN_REQUIRED,
  NOT_LATIN_MESSAGE,
  RESERVED_MESSAGE,
  SAME_AS_COORDINATOR,
  SCHOOL_ID_MESSAGE,
  type SchoolField,
} from '#shared/schools/registry-schema';

/** The staff desk's words in the five languages (the desk is shown in the language of its sign-in). */

export type Notice = 'added' | 'updated' | 'unchanged' | 'deactivated';

export interface DeskTexts {
  title: string;
  addSchool: string;
  audit: string;
  resend: string;
  schools: string;
  school: string;
  coordinator: string;
  deputy: string;
  contacts: string;
  timeZone: string;
  actions: string;
  inactive: (since: string) => string;
  change: string;
  deactivate: string;
  none: string;
  noSchools: string;
  notices: Record<Notice, (schoolId: string) => string>;
  pipeline: string;
  applicationsHeading: string;
  homeCountry: string;
  statuses: Record<ApplicationStatus, string>;
  total: string;
  applicationsNote: string;
  rolesHeading: string;
  hostCountry: string;
  sector: string;
  openRoles: string;
  placesLeft: string;
  waitingCoordinator: string;
  waitingCompany: string;
  placements: string;
  rolesNote: string;
  unknownRole: string;
}

export const DESK: Translations<DeskTexts> = {
  fi: {
    title: 'Ohjelman henkilöstö',
    addSchool: 'Lisää oppilaitos',
    audit: 'Muutoshistoria',
    resend: 'Lähetä linkki uudelleen',
    schools: 'Oppilaitokset',
    school: 'Oppilaitos',
    coordinator: 'Koordinaattori',
    deputy: 'Varahenkilö',
    contacts: 'Koordinaattori ja varahenkilö',
    timeZone: 'Aikavyöhyke',
    actions: 'Toiminnot',
    inactive: (since) => `Ei enää mukana (${since} alkaen)`,
    change: 'Muuta',
    deactivate: 'Poista käytöstä',
    none: 'ei ole',
    noSchools: 'Rekisterissä ei ole vielä oppilaitoksia.',
    notices: {
      added: (id) => `Oppilaitos ${id} on lisätty.`,
      updated: (id) => `Oppilaitoksen ${id} tiedot on tallennettu.`,
      unchanged: (id) => `Oppilaitoksen ${id} tiedot eivät muuttuneet.`,
      deactivated: (id) => `Oppilaitos ${id} on poistettu käytöstä. Sen avoimet hakemukset suljetaan, ja jokaiselle hakijalle kerrotaan syy.`,
    },
    pipeline: 'Tilanne',
    applicationsHeading: 'Hakemukset kotimaan mukaan',
    homeCountry: 'Kotimaa',
    statuses: { UNCONFIRMED: 'Vahvistamatta', SUBMITTED: 'Odottaa ehdotusta', PROPOSED: 'Ehdotettu', PLACED: 'Paikka vahvistettu', WITHDRAWN: 'Peruttu' },
    total: 'Yhteensä',
    applicationsNote: 'Laskettu kunkin oppilaitoksen hakemushakemistosta. Poistettuja (henkilötiedot poistettu) ja ennen työpöytiä jätettyjä hakemuksia ei lasketa.',
    rolesHeading: 'Harjoittelupaikat, päätökset ja sijoitukset kohdemaan ja alan mukaan',
    hostCountry: 'Kohdemaa',
    sector: 'Ala',
    openRoles: 'Avoimia paikkoja',
    placesLeft: 'Vapaita sijoja',
    waitingCoordinator: 'Odottaa koordinaattoria',
    waitingCompany: 'Odottaa yritystä',
    placements: 'Vahvistettuja sijoituksia',
    rolesNote:
      'Suljettuja harjoittelupaikkoja ei lasketa: mikään hakemisto ei listaa niitä (suljettu paikka poistuu haun hakemistosta, ja muuten paikat löytyvät vain yhteyshenkilön osoitteen kautta). Päätöstä odottavat ehdotukset lasketaan avoimen paikan maan ja alan mukaan.',
    unknownRole: 'Muu (paikka ei enää avoin)',
  },
  en: {
    title: 'Programme staff',
    addSchool: 'Add a school',
    audit: 'Audit trail',
    resend: 'Send a link again',
    schools: 'Schools',
    school: 'School',
    coordinator: 'Coordinator',
    deputy: 'Deputy',
    contacts: 'Coordinator and deputy',
    timeZone: 'Time zone',
    actions: 'Actions',
    inactive: (since) => `No longer taking part (since ${since})`,
    change: 'Change',
    deactivate: 'Deactivate',
    none: 'none',
    noSchools: 'There are no schools in the registry yet.',
    notices: {
      added: (id) => `School ${id} has been added.`,
      updated: (id) => `The changes to school ${id} have been saved.`,
      unchanged: (id) => `Nothing about school ${id} changed.`,
      deactivated: (id) => `School ${id} has been deactivated. Its open applications are being closed, and each applicant is told why.`,
    },
    pipeline: 'Pipeline',
    applicationsHeading: 'Applications by home country',
    homeCountry: 'Home country',
    statuses: { UNCONFIRMED: 'Unconfirmed', SUBMITTED: 'Waiting for a proposal', PROPOSED: 'Proposed', PLACED: 'Placed', WITHDRAWN: 'Withdrawn' },
    total: 'Total',
    applicationsNote: 'Counted from each school’s index of applications. Erased applications and those submitted before the desks existed are not counted.',
    rolesHeading: 'Roles, decisions and placements by host country and sector',
    hostCountry: 'Host country',
    sector: 'Sector',
    openRoles: 'Open roles',
    placesLeft: 'Places left',
    waitingCoordinator: 'Waiting for the coordinator',
    waitingCompany: 'Waiting for the company',
    placements: 'Confirmed placements',
    rolesNote:
      'Closed roles are not counted: no index lists them (a closed role leaves the pool’s index, and otherwise roles are found only by their contact’s address). Pending decisions are counted by the country and sector of their open role.',
    unknownRole: 'Other (role no longer open)',
  },
  et: {
    title: 'Programmi töötajad',
    addSchool: 'Lisage kool',
    audit: 'Muudatuste ajalugu',
    resend: 'Saatke link uuesti',
    schools: 'Koolid',
    school: 'Kool',
    coordinator: 'Koordinaator',
    deputy: 'Asendaja',
    contacts: 'Koordinaator ja asendaja',
    timeZone: 'Ajavöönd',
    actions: 'Toimingud',
    inactive: (since) => `Ei osale enam (alates ${since})`,
    change: 'Muutke',
    deactivate: 'Deaktiveerige',
    none: 'puudub',
    noSchools: 'Registris ei ole veel ühtegi kooli.',
    notices: {
      added: (id) => `Kool ${id} on lisatud.`,
      updated: (id) => `Kooli ${id} muudatused on salvestatud.`,
      unchanged: (id) => `Kooli ${id} andmetes ei muutunud midagi.`,
      deactivated: (id) => `Kool ${id} on deaktiveeritud. Selle avatud avaldused suletakse ja igale kandidaadile öeldakse põhjus.`,
    },
    pipeline: 'Olukord',
    applicationsHeading: 'Avaldused kodumaa järgi',
    homeCountry: 'Kodumaa',
    statuses: { UNCONFIRMED: 'Kinnitamata', SUBMITTED: 'Ootab pakkumist', PROPOSED: 'Pakutud', PLACED: 'Koht kinnitatud', WITHDRAWN: 'Tagasi võetud' },
    total: 'Kokku',
    applicationsNote: 'Loetud iga kooli avalduste indeksist. Kustutatud andmetega avaldusi ja enne töölaudu esitatud avaldusi ei loeta.',
    rolesHeading: 'Praktikakohad, otsused ja praktikad sihtriigi ja valdkonna järgi',
    hostCountry: 'Sihtriik',
    sector: 'Valdkond',
    openRoles: 'Avatud kohti',
    placesLeft: 'Vabu kohti',
    waitingCoordinator: 'Ootab koordinaatorit',
    waitingCompany: 'Ootab ettevõtet',
    placements: 'Kinnitatud praktikaid',
    rolesNote:
      'Suletud praktikakohti ei loeta: ükski indeks neid ei loetle (suletud koht lahkub otsingu indeksist ja muidu leitakse kohti ainult kontaktisiku aadressi järgi). Otsust ootavad pakkumised loetakse nende avatud koha riigi ja valdkonna järgi.',
    unknownRole: 'Muu (koht pole enam avatud)',
  },
  lt: {
    title: 'Programos darbuotojai',
    addSchool: 'Pridėti mokyklą',
    audit: 'Pakeitimų istorija',
    resend: 'Dar kartą siųsti nuorodą',
    schools: 'Mokyklos',
    school: 'Mokykla',
    coordinator: 'Koordinatorius',
    deputy: 'Pavaduojantis asmuo',
    contacts: 'Koordinatorius ir pavaduojantis asmuo',
    timeZone: 'Laiko juosta',
    actions: 'Veiksmai',
    inactive: (since) => `Nebedalyvauja (nuo ${since})`,
    change: 'Keisti',
    deactivate: 'Išjungti',
    none: 'nėra',
    noSchools: 'Registre dar nėra mokyklų.',
    notices: {
      added: (id) => `Mokykla ${id} pridėta.`,
      updated: (id) => `Mokyklos ${id} pakeitimai išsaugoti.`,
      unchanged: (id) => `Mokyklos ${id} duomenys nepasikeitė.`,
      deactivated: (id) => `Mokykla ${id} išjungta. Jos atviros paraiškos uždaromos, ir kiekvienam kandidatui pranešama priežastis.`,
    },
    pipeline: 'Padėtis',
    applicationsHeading: 'Paraiškos pagal šalį',
    homeCountry: 'Šalis',
    statuses: { UNCONFIRMED: 'Nepatvirtinta', SUBMITTED: 'Laukia pasiūlymo', PROPOSED: 'Pasiūlyta', PLACED: 'Vieta patvirtinta', WITHDRAWN: 'Atšaukta' },
    total: 'Iš viso',
    applicationsNote: 'Suskaičiuota iš kiekvienos mokyklos paraiškų indekso. Paraiškos, kurių duomenys ištrinti, ir pateiktos prieš atsirandant darbo vietoms neskaičiuojamos.',
    rolesHeading: 'Praktikos vietos, sprendimai ir praktikos pagal priimančiąją šalį ir sritį',
    hostCountry: 'Priimančioji šalis',
    sector: 'Sritis',
    openRoles: 'Atvirų vietų',
    placesLeft: 'Liko vietų',
    waitingCoordinator: 'Laukia koordinatoriaus',
    waitingCompany: 'Laukia įmonės',
    placements: 'Patvirtintų praktikų',
    rolesNote:
      'Uždarytos praktikos vietos neskaičiuojamos: joks indeksas jų nepateikia (uždaryta vieta pašalinama iš paieškos indekso, o kitaip vietos randamos tik pagal kontaktinio asmens adresą). Sprendimo laukiantys pasiūlymai skaičiuojami pagal jų atviros vietos šalį ir sritį.',
    unknownRole: 'Kita (vieta nebeatvira)',
  },
  ru: {
    title: 'Сотрудники программы',
    addSchool: 'Добавить учебное заведение',
    audit: 'История изменений',
    resend: 'Отправить ссылку ещё раз',
    schools: 'Учебные заведения',
    school: 'Учебное заведение',
    coordinator: 'Координатор',
    deputy: 'Заместитель',
    contacts: 'Координатор и заместитель',
    timeZone: 'Часовой пояс',
    actions: 'Действия',
    inactive: (since) => `Больше не участвует (с ${since})`,
    change: 'Изменить',
    deactivate: 'Отключить',
    none: 'нет',
    noSchools: 'В реестре пока нет учебных заведений.',
    notices: {
      added: (id) => `Учебное заведение ${id} добавлено.`,
      updated: (id) => `Изменения учебного заведения ${id} сохранены.`,
      unchanged: (id) => `Данные учебного заведения ${id} не изменились.`,
      deactivated: (id) => `Учебное заведение ${id} отключено. Его открытые заявки закрываются, и каждому кандидату сообщается причина.`,
    },
    pipeline: 'Общая картина',
    applicationsHeading: 'Заявки по стране учебного заведения',
    homeCountry: 'Страна',
    statuses: { UNCONFIRMED: 'Не подтверждена', SUBMITTED: 'Ждёт предложения', PROPOSED: 'Предложено', PLACED: 'Место подтверждено', WITHDRAWN: 'Отозвана' },
    total: 'Всего',
    applicationsNote: 'Подсчитано по индексу заявок каждого учебного заведения. Заявки с удалёнными данными и поданные до появления личных кабинетов не учитываются.',
    rolesHeading: 'Места практики, решения и практики по принимающей стране и отрасли',
    hostCountry: 'Принимающая страна',
    sector: 'Отрасль',
    openRoles: 'Открытых мест',
    placesLeft: 'Свободных мест',
    waitingCoordinator: 'Ждёт координатора',
    waitingCompany: 'Ждёт компанию',
    placements: 'Подтверждённых практик',
    rolesNote:
      'Закрытые места практики не учитываются: ни один индекс их не перечисляет (закрытое место уходит из индекса поиска, а иначе места находятся только по адресу контактного лица). Предложения, ожидающие решения, учитываются по стране и отрасли их открытого места.',
    unknownRole: 'Другое (место больше не открыто)',
  },
};

export interface FormTexts {
  addTitle: string;
  changeTitle: (name: string) => string;
  schoolSection: string;
  coordinatorSection: string;
  deputySection: string;
  deputyHint: string;
  labels: Record<SchoolField, string>;
  schoolIdHint: string;
  nameLatinHint: string;
  choose: string;
  add: string;
  save: string;
  back: string;
  fixHeading: string;
  removeDeputyNote: string;
}

const contactLabels = (name: string, email: string, language: string, who: string) => ({
  [`${who}.name`]: name,
  [`${who}.email`]: email,
  [`${who}.language`]: language,
});

export const FORM: Translations<FormTexts> = {
  fi: {
    addTitle: 'Lisää oppilaitos',
    changeTitle: (name) => `Muuta: ${name}`,
    schoolSection: 'Oppilaitos',
    coordinatorSection: 'Kansainvälisten asioiden koordinaattori',
    deputySection: 'Varahenkilö (vapaaehtoinen)',
    deputyHint: 'Jätä kaikki kolme kenttää tyhjiksi, jos varahenkilöä ei ole.',
    labels: {
      schoolId: 'Tunnus',
      name: 'Nimi',
      nameLatin: 'Nimi latinalaisin kirjaimin',
      country: 'Maa',
      city: 'Paikkakunta',
      ...contactLabels('Koordinaattorin nimi', 'Koordinaattorin sähköposti', 'Koordinaattorin kieli', 'coordinator'),
      ...contactLabels('Varahenkilön nimi', 'Varahenkilön sähköposti', 'Varahenkilön kieli', 'deputy'),
    } as Record<SchoolField, string>,
    schoolIdHint: 'Pienet kirjaimet, numerot ja väliviivat, esimerkiksi fi-sasky. Tunnusta ei voi muuttaa myöhemmin.',
    nameLatinHint: 'Englanninkielinen nimi. Pakollinen, jos nimessä on muita kuin latinalaisia kirjaimia.',
    choose: 'Valitse',
    add: 'Lisää oppilaitos',
    save: 'Tallenna muutokset',
    back: 'Takaisin työpöydälle',
    fixHeading: 'Korjaa nämä kentät:',
    removeDeputyNote: 'Tyhjennä varahenkilön kentät poistaaksesi varahenkilön.',
  },
  en: {
    addTitle: 'Add a school',
    changeTitle: (name) => `Change: ${name}`,
    schoolSection: 'School',
    coordinatorSection: 'International coordinator',
    deputySection: 'Deputy (optional)',
    deputyHint: 'Leave all three fields empty if there is no deputy.',
    labels: {
      schoolId: 'Id',
      name: 'Name',
      nameLatin: 'Name in Latin letters',
      country: 'Country',
      city: 'City',
      ...contactLabels('Coordinator’s name', 'Coordinator’s email', 'Coordinator’s language', 'coordinator'),
      ...contactLabels('Deputy’s name', 'Deputy’s email', 'Deputy’s language', 'deputy'),
    } as Record<SchoolField, string>,
    schoolIdHint: 'Lower-case letters, digits and hyphens, e.g. fi-sasky. The id cannot be changed later.',
    nameLatinHint: 'Its English name. Required when the name has letters other than Latin.',
    choose: 'Choose',
    add: 'Add the school',
    save: 'Save the changes',
    back: 'Back to the desk',
    fixHeading: 'Please correct these fields:',
    removeDeputyNote: 'Empty the deputy’s fields to remove the deputy.',
  },
  et: {
    addTitle: 'Lisage kool',
    changeTitle: (name) => `Muutmine: ${name}`,
    schoolSection: 'Kool',
    coordinatorSection: 'Rahvusvahelise koostöö koordinaator',
    deputySection: 'Asendaja (vabatahtlik)',
    deputyHint: 'Kui asendajat ei ole, jätke kõik kolm välja tühjaks.',
    labels: {
      schoolId: 'Tunnus',
      name: 'Nimi',
      nameLatin: 'Nimi ladina tähtedega',
      country: 'Riik',
      city: 'Linn',
      ...contactLabels('Koordinaatori nimi', 'Koordinaatori e-post', 'Koordinaatori keel', 'coordinator'),
      ...contactLabels('Asendaja nimi', 'Asendaja e-post', 'Asendaja keel', 'deputy'),
    } as Record<SchoolField, string>,
    schoolIdHint: 'Väiketähed, numbrid ja sidekriipsud, nt fi-sasky. Tunnust ei saa hiljem muuta.',
    nameLatinHint: 'Ingliskeelne nimi. Kohustuslik, kui nimes on muid kui ladina tähti.',
    choose: 'Valige',
    add: 'Lisage kool',
    save: 'Salvestage muudatused',
    back: 'Tagasi töölauale',
    fixHeading: 'Palun parandage need väljad:',
    removeDeputyNote: 'Asendaja eemaldamiseks tühjendage asendaja väljad.',
  },
  lt: {
    addTitle: 'Pridėti mokyklą',
    changeTitle: (name) => `Keisti: ${name}`,
    schoolSection: 'Mokykla',
    coordinatorSection: 'Tarptautinių ryšių koordinatorius',
    deputySection: 'Pavaduojantis asmuo (neprivaloma)',
    deputyHint: 'Jei pavaduojančio asmens nėra, palikite visus tris laukus tuščius.',
    labels: {
      schoolId: 'Identifikatorius',
      name: 'Pavadinimas',
      nameLatin: 'Pavadinimas lotyniškomis raidėmis',
      country: 'Šalis',
      city: 'Miestas',
      ...contactLabels('Koordinatoriaus vardas ir pavardė', 'Koordinatoriaus el. paštas', 'Koordinatoriaus kalba', 'coordinator'),
      ...contactLabels('Pavaduojančio asmens vardas ir pavardė', 'Pavaduojančio asmens el. paštas', 'Pavaduojančio asmens kalba', 'deputy'),
    } as Record<SchoolField, string>,
    schoolIdHint: 'Mažosios raidės, skaitmenys ir brūkšneliai, pvz., fi-sasky. Identifikatoriaus vėliau pakeisti negalima.',
    nameLatinHint: 'Pavadinimas anglų kalba. Privalomas, jei pavadinime yra ne lotyniškų raidžių.',
    choose: 'Pasirinkite',
    add: 'Pridėti mokyklą',
    save: 'Išsaugoti pakeitimus',
    back: 'Atgal į darbo vietą',
    fixHeading: 'Pataisykite šiuos laukus:',
    removeDeputyNote: 'Norėdami pašalinti pavaduojantį asmenį, išvalykite jo laukus.',
  },
  ru: {
    addTitle: 'Добавить учебное заведение',
    changeTitle: (name) => `Изменить: ${name}`,
    schoolSection: 'Учебное заведение',
    coordinatorSection: 'Координатор международного сотрудничества',
    deputySection: 'Заместитель (необязательно)',
    deputyHint: 'Если заместителя нет, оставьте все три поля пустыми.',
    labels: {
      schoolId: 'Идентификатор',
      name: 'Название',
      nameLatin: 'Название латиницей',
      country: 'Страна',
      city: 'Город',
      ...contactLabels('Имя координатора', 'Электронная почта координатора', 'Язык координатора', 'coordinator'),
      ...contactLabels('Имя заместителя', 'Электронная почта заместителя', 'Язык заместителя', 'deputy'),
    } as Record<SchoolField, string>,
    schoolIdHint: 'Строчные латинские буквы, цифры и дефисы, например fi-sasky. Идентификатор потом изменить нельзя.',
    nameLatinHint: 'Название на английском языке. Обязательно, если в названии есть нелатинские буквы.',
    choose: 'Выберите',
    add: 'Добавить учебное заведение',
    save: 'Сохранить изменения',
    back: 'Назад в личный кабинет',
    fixHeading: 'Пожалуйста, исправьте эти поля:',
    removeDeputyNote: 'Чтобы удалить заместителя, очистите его поля.',
  },
};

type Messages = Record<string, string> & { tooLong: string; check: string };

/** The schema's messages (registry-schema.ts, platform/validation.ts) in the desk's languages. */
export const FIELD_MESSAGES: Translations<Messages> = {
  fi: {
    'must not be empty': 'Täytä tämä kenttä.',
    'must be a valid email address': 'Kirjoita sähköpostiosoite, esimerkiksi nimi@koulu.fi.',
    [SCHOOL_ID_MESSAGE]: 'Käytä pieniä kirjaimia, numeroita ja yksittäisiä väliviivoja, esimerkiksi fi-sasky.',
    [RESERVED_MESSAGE]: 'Tämä sana on varattu työpöydän osoitteille. Valitse toinen tunnus.',
    [EXISTS_MESSAGE]: 'Rekisterissä on jo oppilaitos tällä tunnuksella.',
    [NAME_LATIN_REQUIRED]: 'Nimessä on muita kuin latinalaisia kirjaimia: kirjoita myös nimi latinalaisin kirjaimin.',
    [NOT_LATIN_MESSAGE]: 'Käytä vain latinalaisia kirjaimia.',
    [SAME_AS_COORDINATOR]: 'Varahenkilöllä on oltava eri osoite kuin koordinaattorilla.',
    [COUNTRY_MESSAGE]: 'Valitse maa.',
    [LANGUAGE_MESSAGE]: 'Valitse kieli.',
    [NAME_MESSAGE]: 'Nimessä voi olla vain kirjaimia, välilyöntejä, väliviivoja, heittomerkkejä ja pisteitä.',
    [INVISIBLE_MESSAGE]: 'Poista näkymättömät merkit.',
    tooLong: 'Teksti on liian pitkä.',
    check: 'Tarkista tämä kenttä.',
  },
  en: {
    'must not be empty': 'Fill in this field.',
    'must be a valid email address': 'Enter an email address, e.g. name@school.fi.',
    [SCHOOL_ID_MESSAGE]: 'Use lower-case letters, digits and single hyphens, e.g. fi-sasky.',
    [RESERVED_MESSAGE]: 'This word is reserved for the desk’s addresses. Choose another id.',
    [EXISTS_MESSAGE]: 'The registry already has a school with this id.',
    [NAME_LATIN_REQUIRED]: 'The name has letters other than Latin: also enter the name in Latin letters.',
    [NOT_LATIN_MESSAGE]: 'Use Latin letters only.',
    [SAME_AS_COORDINATOR]: 'The deputy needs an address other than the coordinator’s.',
    [COUNTRY_MESSAGE]: 'Choose a country.',
    [LANGUAGE_MESSAGE]: 'Choose a language.',
    [NAME_MESSAGE]: 'A name may have only letters, spaces, hyphens, apostrophes and dots.',
    [INVISIBLE_MESSAGE]: 'Remove the invisible characters.',
    tooLong: 'The text is too long.',
    check: 'Check this field.',
  },
  et: {
    'must not be empty': 'Täitke see väli.',
    'must be a valid email address': 'Sisestage e-posti aadress, nt nimi@kool.ee.',
    [SCHOOL_ID_MESSAGE]: 'Kasutage väiketähti, numbreid ja üksikuid sidekriipse, nt fi-sasky.',
    [RESERVED_MESSAGE]: 'See sõna on reserveeritud töölaua aadressidele. Valige muu tunnus.',
    [EXISTS_MESSAGE]: 'Registris on selle tunnusega kool juba olemas.',
    [NAME_LATIN_REQUIRED]: 'Nimes on muid kui ladina tähti: sisestage nimi ka ladina tähtedega.',
    [NOT_LATIN_MESSAGE]: 'Kasutage ainult ladina tähti.',
    [SAME_AS_COORDINATOR]: 'Asendaja aadress peab erinema koordinaatori omast.',
    [COUNTRY_MESSAGE]: 'Valige riik.',
    [LANGUAGE_MESSAGE]: 'Valige keel.',
    [NAME_MESSAGE]: 'Nimes võivad olla ainult tähed, tühikud, sidekriipsud, ülakomad ja punktid.',
    [INVISIBLE_MESSAGE]: 'Eemaldage nähtamatud märgid.',
    tooLong: 'Tekst on liiga pikk.',
    check: 'Kontrollige seda välja.',
  },
  lt: {
    'must not be empty': 'Užpildykite šį lauką.',
    'must be a valid email address': 'Įveskite el. pašto adresą, pvz., vardas@mokykla.lt.',
    [SCHOOL_ID_MESSAGE]: 'Naudokite mažąsias raides, skaitmenis ir pavienius brūkšnelius, pvz., fi-sasky.',
    [RESERVED_MESSAGE]: 'Šis žodis rezervuotas darbo vietos adresams. Pasirinkite kitą identifikatorių.',
    [EXISTS_MESSAGE]: 'Registre jau yra mokykla su šiuo identifikatoriumi.',
    [NAME_LATIN_REQUIRED]: 'Pavadinime yra ne lotyniškų raidžių: įveskite pavadinimą ir lotyniškomis raidėmis.',
    [NOT_LATIN_MESSAGE]: 'Naudokite tik lotyniškas raides.',
    [SAME_AS_COORDINATOR]: 'Pavaduojančio asmens adresas turi skirtis nuo koordinatoriaus adreso.',
    [COUNTRY_MESSAGE]: 'Pasirinkite šalį.',
    [LANGUAGE_MESSAGE]: 'Pasirinkite kalbą.',
    [NAME_MESSAGE]: 'Varde gali būti tik raidės, tarpai, brūkšneliai, apostrofai ir taškai.',
    [INVISIBLE_MESSAGE]: 'Pašalinkite nematomus simbolius.',
    tooLong: 'Tekstas per ilgas.',
    check: 'Patikrinkite šį lauką.',
  },
  ru: {
    'must not be empty': 'Заполните это поле.',
    'must be a valid email address': 'Введите адрес электронной почты, например name@college.ru.',
    [SCHOOL_ID_MESSAGE]: 'Используйте строчные латинские буквы, цифры и одиночные дефисы, например fi-sasky.',
    [RESERVED_MESSAGE]: 'Это слово зарезервировано для адресов личного кабинета. Выберите другой идентификатор.',
    [EXISTS_MESSAGE]: 'В реестре уже есть учебное заведение с этим идентификатором.',
    [NAME_LATIN_REQUIRED]: 'В названии есть нелатинские буквы: введите также название латиницей.',
    [NOT_LATIN_MESSAGE]: 'Используйте только латинские буквы.',
    [SAME_AS_COORDINATOR]: 'Адрес заместителя должен отличаться от адреса координатора.',
    [COUNTRY_MESSAGE]: 'Выберите страну.',
    [LANGUAGE_MESSAGE]: 'Выберите язык.',
    [NAME_MESSAGE]: 'Имя может содержать только буквы, пробелы, дефисы, апострофы и точки.',
    [INVISIBLE_MESSAGE]: 'Удалите невидимые символы.',
    tooLong: 'Текст слишком длинный.',
    check: 'Проверьте это поле.',
  },
};

/** A field error in the desk's language: the schema's own messages looked up, any other one "check this field". */
export function fieldMessage(message: string, texts: Messages): string {
  if (Object.hasOwn(texts, message)) return texts[message]!;
  if (/^at most \d+ characters$/.test(message)) return texts.tooLong;
  return texts.check;
}

export interface DeactivateTexts {
  title: (name: string) => string;
  explain: string;
  open: (n: number) => string;
  placed: string;
  button: string;
  already: (since: string) => string;
  back: string;
}

export const DEACTIVATE: Translations<DeactivateTexts> = {
  fi: {
    title: (name) => `Poista käytöstä: ${name}`,
    explain: 'Käytöstä poistettua oppilaitosta ei enää tarjota hakulomakkeella eikä sille oteta vastaan hakemuksia. Oppilaitosta ei voi ottaa takaisin käyttöön tältä sivulta.',
    open: (n) => `Sen avoimet hakemukset (${n}) suljetaan: päätöstä odottavat ehdotukset perutaan ja jokaiselle hakijalle kerrotaan ystävällisesti, että oppilaitos ei ole enää mukana ohjelmassa.`,
    placed: 'Vahvistetut harjoittelupaikat jatkuvat ennallaan.',
    button: 'Poista oppilaitos käytöstä',
    already: (since) => `Tämä oppilaitos on poistettu käytöstä ${since}.`,
    back: 'Takaisin työpöydälle',
  },
  en: {
    title: (name) => `Deactivate: ${name}`,
    explain: 'A deactivated school is no longer offered on the application form, and no application for it is accepted. It cannot be made active again from this page.',
    open: (n) => `Its open applications (${n}) will be closed: proposals waiting for a decision are cancelled, and each applicant is told kindly that the school has left the programme.`,
    placed: 'Confirmed placements go on as they are.',
    button: 'Deactivate the school',
    already: (since) => `This school was deactivated on ${since}.`,
    back: 'Back to the desk',
  },
  et: {
    title: (name) => `Deaktiveerimine: ${name}`,
    explain: 'Deaktiveeritud kooli ei pakuta enam avaldusvormil ja selle avaldusi vastu ei võeta. Sellelt lehelt ei saa kooli uuesti aktiveerida.',
    open: (n) => `Selle avatud avaldused (${n}) suletakse: otsust ootavad pakkumised tühistatakse ja igale kandidaadile öeldakse sõbralikult, et kool ei osale enam programmis.`,
    placed: 'Kinnitatud praktikad jätkuvad muutmata kujul.',
    button: 'Deaktiveerige kool',
    already: (since) => `See kool deaktiveeriti ${since}.`,
    back: 'Tagasi töölauale',
  },
  lt: {
    title: (name) => `Išjungti: ${name}`,
    explain: 'Išjungta mokykla nebesiūloma paraiškos formoje, o jos paraiškos nebepriimamos. Šiame puslapyje mokyklos vėl įjungti negalima.',
    open: (n) => `Jos atviros paraiškos (${n}) bus uždarytos: sprendimo laukiantys pasiūlymai panaikinami, o kiekvienam kandidatui maloniai pranešama, kad mokykla nebedalyvauja programoje.`,
    placed: 'Patvirtintos praktikos tęsiasi kaip buvo.',
    button: 'Išjungti mokyklą',
    already: (since) => `Ši mokykla išjungta ${since}.`,
    back: 'Atgal į darbo vietą',
  },
  ru: {
    title: (name) => `Отключить: ${name}`,
    explain: 'Отключённое учебное заведение больше не предлагается в форме заявки, и заявки от него не принимаются. Снова включить его на этой странице нельзя.',
    open: (n) => `Его открытые заявки (${n}) будут закрыты: предложения, ожидающие решения, отменяются, и каждому кандидату вежливо сообщается, что учебное заведение вышло из программы.`,
    placed: 'Подтверждённые практики продолжаются как есть.',
    button: 'Отключить учебное заведение',
    already: (since) => `Это учебное заведение отключено ${since}.`,
    back: 'Назад в личный кабинет',
  },
};

export interface AuditTexts {
  title: string;
  when: string;
  who: string;
  what: string;
  school: string;
  changes: string;
  operations: Record<AuditOperation, string>;
  removed: string;
  empty: string;
  latest: (n: number) => string;
  active: string;
}

export const AUDIT: Translations<AuditTexts> = {
  fi: {
    title: 'Muutoshistoria',
    when: 'Milloin',
    who: 'Kuka',
    what: 'Mitä',
    school: 'Oppilaitos',
    changes: 'Muutokset',
    operations: { 'school.add': 'Lisäys', 'school.update': 'Muutos', 'school.deactivate': 'Käytöstä poisto' },
    removed: 'poistettu (henkilötieto)',
    empty: 'Rekisteriin ei ole vielä tehty muutoksia.',
    latest: (n) => `Uusimmat ${n} muutosta, uusin ensin.`,
    active: 'mukana',
  },
  en: {
    title: 'Audit trail',
    when: 'When',
    who: 'Who',
    what: 'What',
    school: 'School',
    changes: 'Changes',
    operations: { 'school.add': 'Added', 'school.update': 'Changed', 'school.deactivate': 'Deactivated' },
    removed: 'removed (personal data)',
    empty: 'No changes have been made to the registry yet.',
    latest: (n) => `The latest ${n} changes, newest first.`,
    active: 'active',
  },
  et: {
    title: 'Muudatuste ajalugu',
    when: 'Millal',
    who: 'Kes',
    what: 'Mida',
    school: 'Kool',
    changes: 'Muudatused',
    operations: { 'school.add': 'Lisatud', 'school.update': 'Muudetud', 'school.deactivate': 'Deaktiveeritud' },
    removed: 'eemaldatud (isikuandmed)',
    empty: 'Registris ei ole veel midagi muudetud.',
    latest: (n) => `Viimased ${n} muudatust, uusim eespool.`,
    active: 'osaleb',
  },
  lt: {
    title: 'Pakeitimų istorija',
    when: 'Kada',
    who: 'Kas',
    what: 'Kas padaryta',
    school: 'Mokykla',
    changes: 'Pakeitimai',
    operations: { 'school.add': 'Pridėta', 'school.update': 'Pakeista', 'school.deactivate': 'Išjungta' },
    removed: 'pašalinta (asmens duomenys)',
    empty: 'Registre dar nieko nepakeista.',
    latest: (n) => `Naujausi ${n} pakeitimai, naujausias pirmas.`,
    active: 'dalyvauja',
  },
  ru: {
    title: 'История изменений',
    when: 'Когда',
    who: 'Кто',
    what: 'Что',
    school: 'Учебное заведение',
    changes: 'Изменения',
    operations: { 'school.add': 'Добавлено', 'school.update': 'Изменено', 'school.deactivate': 'Отключено' },
    removed: 'удалено (персональные данные)',
    empty: 'В реестр ещё не вносилось изменений.',
    latest: (n) => `Последние ${n} изменений, сначала новые.`,
    active: 'участвует',
  },
};

export interface ResendTexts {
  title: string;
  explain: string;
  label: string;
  hint: string;
  button: string;
  /** Why nothing was sent, under the field. */
  errors: Record<Refusal, string>;
  /** What went to whom, in words (never the address). */
  sent: Record<Sent, string>;
  back: string;
}

export const RESEND: Translations<ResendTexts> = {
  fi: {
    title: 'Lähetä linkki uudelleen',
    explain:
      'Kirjoita tunnus, jonka sait: linkkiä tarvitseva saa sähköpostiinsa uuden linkin omalla kielellään, ja aiemmat linkit toimivat edelleen. Hakemuksen tunnuksella hakija saa tilalinkin. Päätöstä odottavan ehdotuksen tunnuksella päätöksen tekijä saa päätösviestin uudelleen muistutuksena: oppilaitoksen koordinaattori ja varahenkilö tai yrityksen yhteyshenkilö. Harjoittelupaikan tunnuksella yhteyshenkilö saa vahvistusviestin, jos paikka odottaa vahvistusta, tai viestin avoimesta paikasta ja linkin sen sulkemiseen.',
    label: 'Hakemuksen, ehdotuksen tai harjoittelupaikan tunnus',
    hint: 'Hakemuksen tunnus on hakijan kuittauksessa ja hakijan sivun osoitteen lopussa oppilaitoksen työpöydällä (…/applications/…). Ehdotuksen tunnus on sen päätössivun osoitteen lopussa oppilaitoksen työpöydällä (…/matches/…). Harjoittelupaikan tunnus on POST /roles -pyynnön vastauksessa ja paikan sulkemissivun osoitteessa yrityksen työpöydällä (/desk/roles/…/close). Tunnus on muotoa 8f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f.',
    button: 'Lähetä linkki',
    errors: {
      notAnId: 'Kirjoita tunnus kokonaan (36 merkkiä).',
      notFound: 'Tällä tunnuksella ei ole hakemusta, ehdotusta eikä harjoittelupaikkaa, tai sen tiedot on poistettu. Mitään ei lähetetty.',
      ended: 'Tämä ehdotus ei enää odota päätöstä: siitä on jo päätetty tai se on päättynyt. Mitään ei lähetetty.',
      closed: 'Tämä harjoittelupaikka on suljettu, joten lähetettävää ei ole. Mitään ei lähetetty.',
    },
    sent: {
      statusLink: 'Hakija sai uuden linkin hakemuksensa tilasivulle.',
      coordinatorDecision: 'Päätösviesti lähti uudelleen hakijan oppilaitoksen koordinaattorille uuden linkin kanssa.',
      coordinatorAndDeputyDecision: 'Päätösviesti lähti uudelleen hakijan oppilaitoksen koordinaattorille ja varahenkilölle, kummallekin oma uusi linkki.',
      companyDecision: 'Hakijaa koskeva viesti lähti uudelleen harjoittelupaikan yhteyshenkilölle yritykseen, uusin linkein hyväksyä tai kieltäytyä ja sulkea paikka.',
      roleVerification: 'Vahvistusviesti lähti uudelleen harjoittelupaikan yhteyshenkilölle uuden linkin kanssa. Paikka avautuu, kun hän vahvistaa osoitteensa.',
      roleOpen: 'Viesti avoimesta harjoittelupaikasta lähti uudelleen paikan yhteyshenkilölle uuden sulkemislinkin kanssa.',
    },
    back: 'Takaisin työpöydälle',
  },
  en: {
    title: 'Send a link again',
    explain:
      'Type the id you were given: whoever needs the link gets a fresh one by email, in their own language, and earlier links keep working. For an application, the applicant gets their status link. For a proposal waiting for a decision, whoever decides it gets the decision email again as a reminder: the school’s coordinator and deputy, or the company’s contact person. For a role, its contact person gets the verification email while the role waits for it, or else the “role is open” email with its link to close the role.',
    label: 'Application, proposal or role id',
    hint: 'An application’s id is in the applicant’s receipt and at the end of the address of their page on the school’s desk (…/applications/…). A proposal’s id is at the end of the address of its decision page on the school’s desk (…/matches/…). A role’s id is in the answer to POST /roles and in the address of its close page on the company’s desk (/desk/roles/…/close). An id looks like 8f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f.',
    button: 'Send the link',
    errors: {
      notAnId: 'Enter the whole id (36 characters).',
      notFound: 'No application, proposal or role has this id, or its data has been erased. Nothing was sent.',
      ended: 'This proposal is no longer waiting for a decision: it has been decided or has ended. Nothing was sent.',
      closed: 'This role is closed, so there is nothing to send. Nothing was sent.',
    },
    sent: {
      statusLink: 'A fresh link to the application’s status page went to the applicant.',
      coordinatorDecision: 'The decision email went to the coordinator of the applicant’s school again, with a fresh link.',
      coordinatorAndDeputyDecision: 'The decision email went to the coordinator and the deputy of the applicant’s school again, each with a fresh link.',
      companyDecision: 'The candidate email went to the role’s contact person at the company again, with fresh links to accept or decline and to close the role.',
      roleVerification: 'The verification email went to the role’s contact person again, with a fresh link. The role opens once they confirm their address.',
      roleOpen: 'The “role is open” email went to the role’s contact person again, with a fresh link to close the role.',
    },
    back: 'Back to the desk',
  },
  et: {
    title: 'Saatke link uuesti',
    explain:
      'Sisestage tunnus, mis Teile öeldi: see, kes linki vajab, saab e-kirjaga uue lingi oma keeles ja varasemad lingid töötavad edasi. Avalduse tunnuse korral saab kandidaat oma olekulingi. Otsust ootava pakkumise tunnuse korral saab otsustaja otsusekirja uuesti meeldetuletusena: kooli koordinaator ja asendaja või ettevõtte kontaktisik. Praktikakoha tunnuse korral saab kontaktisik kinnituskirja, kui koht ootab kinnitamist, või muidu kirja avatud kohast koos koha sulgemise lingiga.',
    label: 'Avalduse, pakkumise või praktikakoha tunnus',
    hint: 'Avalduse tunnus on kandidaadi kinnituskirjas ja tema lehe aadressi lõpus kooli töölaual (…/applications/…). Pakkumise tunnus on selle otsuselehe aadressi lõpus kooli töölaual (…/matches/…). Praktikakoha tunnus on POST /roles vastuses ja koha sulgemislehe aadressis ettevõtte töölaual (/desk/roles/…/close). Tunnus näeb välja nagu 8f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f.',
    button: 'Saatke link',
    errors: {
      notAnId: 'Sisestage tunnus tervikuna (36 märki).',
      notFound: 'Selle tunnusega avaldust, pakkumist ega praktikakohta ei ole või selle andmed on kustutatud. Midagi ei saadetud.',
      ended: 'See pakkumine ei oota enam otsust: see on otsustatud või lõppenud. Midagi ei saadetud.',
      closed: 'See praktikakoht on suletud, seega pole midagi saata. Midagi ei saadetud.',
    },
    sent: {
      statusLink: 'Kandidaat sai uue lingi oma avalduse olekulehele.',
      coordinatorDecision: 'Otsusekiri saadeti uuesti kandidaadi kooli koordinaatorile koos uue lingiga.',
      coordinatorAndDeputyDecision: 'Otsusekiri saadeti uuesti kandidaadi kooli koordinaatorile ja asendajale, kummalegi oma uus link.',
      companyDecision: 'Kiri kandidaadi kohta saadeti uuesti praktikakoha kontaktisikule ettevõttes koos uute linkidega nõustumiseks või keeldumiseks ja koha sulgemiseks.',
      roleVerification: 'Kinnituskiri saadeti uuesti praktikakoha kontaktisikule koos uue lingiga. Koht avatakse, kui ta oma aadressi kinnitab.',
      roleOpen: 'Kiri avatud praktikakohast saadeti uuesti koha kontaktisikule koos uue lingiga koha sulgemiseks.',
    },
    back: 'Tagasi töölauale',
  },
  lt: {
    title: 'Dar kartą siųsti nuorodą',
    explain:
      'Įveskite Jums nurodytą identifikatorių: asmuo, kuriam reikia nuorodos, gaus el. laišką su nauja nuoroda savo kalba, o ankstesnės nuorodos veiks toliau. Pagal paraiškos identifikatorių kandidatas gauna savo būsenos nuorodą. Pagal sprendimo laukiančio pasiūlymo identifikatorių sprendžiantis asmuo vėl gauna sprendimo laišką kaip priminimą: mokyklos koordinatorius ir pavaduojantis asmuo arba įmonės kontaktinis asmuo. Pagal praktikos vietos identifikatorių kontaktinis asmuo gauna patvirtinimo laišką, jei vieta laukia patvirtinimo, arba laišką apie atvirą vietą su nuoroda jai uždaryti.',
    label: 'Paraiškos, pasiūlymo arba praktikos vietos identifikatorius',
    hint: 'Paraiškos identifikatorius nurodytas kandidato patvirtinimo laiške ir jo puslapio adreso pabaigoje mokyklos darbo vietoje (…/applications/…). Pasiūlymo identifikatorius yra jo sprendimo puslapio adreso pabaigoje mokyklos darbo vietoje (…/matches/…). Praktikos vietos identifikatorius yra atsakyme į POST /roles ir vietos uždarymo puslapio adrese įmonės darbo vietoje (/desk/roles/…/close). Identifikatorius atrodo taip: 8f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f.',
    button: 'Siųsti nuorodą',
    errors: {
      notAnId: 'Įveskite visą identifikatorių (36 simboliai).',
      notFound: 'Paraiškos, pasiūlymo ar praktikos vietos su šiuo identifikatoriumi nėra arba jos duomenys ištrinti. Nieko neišsiųsta.',
      ended: 'Šis pasiūlymas nebelaukia sprendimo: dėl jo jau nuspręsta arba jis baigėsi. Nieko neišsiųsta.',
      closed: 'Ši praktikos vieta uždaryta, todėl nėra ką siųsti. Nieko neišsiųsta.',
    },
    sent: {
      statusLink: 'Kandidatui išsiųsta nauja nuoroda į jo paraiškos būsenos puslapį.',
      coordinatorDecision: 'Sprendimo laiškas dar kartą išsiųstas kandidato mokyklos koordinatoriui su nauja nuoroda.',
      coordinatorAndDeputyDecision: 'Sprendimo laiškas dar kartą išsiųstas kandidato mokyklos koordinatoriui ir pavaduojančiam asmeniui, kiekvienam su savo nauja nuoroda.',
      companyDecision: 'Laiškas apie kandidatą dar kartą išsiųstas praktikos vietos kontaktiniam asmeniui įmonėje su naujomis nuorodomis priimti ar atsisakyti ir uždaryti vietą.',
      roleVerification: 'Patvirtinimo laiškas dar kartą išsiųstas praktikos vietos kontaktiniam asmeniui su nauja nuoroda. Vieta atsidarys, kai kontaktinis asmuo patvirtins savo adresą.',
      roleOpen: 'Laiškas apie atvirą praktikos vietą dar kartą išsiųstas vietos kontaktiniam asmeniui su nauja nuoroda vietai uždaryti.',
    },
    back: 'Atgal į darbo vietą',
  },
  ru: {
    title: 'Отправить ссылку ещё раз',
    explain:
      'Введите идентификатор, который Вам назвали: тот, кому нужна ссылка, получит письмо с новой ссылкой на своём языке, а прежние ссылки продолжат работать. По идентификатору заявки кандидат получает ссылку на статус. По идентификатору предложения, ожидающего решения, тот, кто решает, снова получает письмо о решении как напоминание: координатор и заместитель учебного заведения или контактное лицо компании. По идентификатору места практики контактное лицо получает письмо для подтверждения, если место его ждёт, а иначе письмо об открытом месте со ссылкой для его закрытия.',
    label: 'Идентификатор заявки, предложения или места практики',
    hint: 'Идентификатор заявки указан в подтверждении, которое получил кандидат, и в конце адреса его страницы в личном кабинете учебного заведения (…/applications/…). Идентификатор предложения — в конце адреса страницы решения в личном кабинете учебного заведения (…/matches/…). Идентификатор места практики — в ответе на POST /roles и в адресе страницы закрытия места в личном кабинете компании (/desk/roles/…/close). Идентификатор выглядит так: 8f0c7a52-2b7e-4c1e-9d55-0a1b2c3d4e5f.',
    button: 'Отправить ссылку',
    errors: {
      notAnId: 'Введите идентификатор полностью (36 символов).',
      notFound: 'Заявки, предложения или места практики с этим идентификатором нет, или их данные удалены. Ничего не отправлено.',
      ended: 'Это предложение больше не ждёт решения: решение уже принято, или предложение завершено. Ничего не отправлено.',
      closed: 'Это место практики закрыто, поэтому отправлять нечего. Ничего не отправлено.',
    },
    sent: {
      statusLink: 'Кандидату отправлена новая ссылка на страницу статуса его заявки.',
      coordinatorDecision: 'Письмо о решении снова отправлено координатору учебного заведения кандидата, с новой ссылкой.',
      coordinatorAndDeputyDecision: 'Письмо о решении снова отправлено координатору и заместителю учебного заведения кандидата, каждому со своей новой ссылкой.',
      companyDecision: 'Письмо о кандидате снова отправлено контактному лицу места практики в компании, с новыми ссылками, чтобы принять или отказать и закрыть место.',
      roleVerification: 'Письмо для подтверждения снова отправлено контактному лицу места практики, с новой ссылкой. Место откроется, когда контактное лицо подтвердит свой адрес.',
      roleOpen: 'Письмо об открытом месте практики снова отправлено его контактному лицу, с новой ссылкой для закрытия места.',
    },
    back: 'Назад в личный кабинет',
  },
};
