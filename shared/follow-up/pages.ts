import { html, raw, type SafeHtml } from '#shared/platform/html';
import { countryName } from '#shared/vocabulary/labels';
import { formatPeriod, type Language, type Translations } from '#shared/platform/i18n';
import { facts, layout } from '#shared/platform/page-layout';

/**
 * The short pages behind the follow-up links (records.ts): a GET shows the form, its
 * POST records the answers once. Radio groups in fieldsets with legends; after a refused POST
 * the page comes back with a summary of what to fix (role="alert") and each field marked.
 */

export type FollowUpPageKind = 'end' | 'sixMonths' | 'companyFeedback';

export interface FollowUpPageVars {
  formAction: string;
  /** What the placement was, as the person knows it. */
  placement: { companyName: string; roleTitle: string; city: string; country: string; periodFrom: string; periodTo: string };
  /** The company page names the trainee. */
  participantName?: string;
  /** After a refused POST: field → problem, and what was chosen or typed. */
  errors?: Record<string, string>;
  values?: Record<string, string>;
}

type Options = Record<string, string>;

interface Question {
  name: string;
  legend: string;
  hint?: string;
  options: Options;
}

interface PageText {
  title: string;
  lead: string;
  questions: Question[];
  /** The optional free text, if the form has one. */
  text?: { name: string; label: string; hint: string; max: number };
  button: string;
  privacy: string;
}

interface Common {
  company: string;
  role: string;
  place: string;
  period: string;
  participant: string;
  fixHeading: string;
  choose: string;
  tooLong: (max: number) => string;
  unreadable: string;
}

const COMMON: Translations<Common> = {
  fi: {
    company: 'Yritys',
    role: 'Harjoittelupaikka',
    place: 'Paikkakunta',
    period: 'Jakso',
    participant: 'Harjoittelija',
    fixHeading: 'Tarkista vastauksesi',
    choose: 'Valitse yksi vaihtoehto.',
    tooLong: (n) => `Lyhennä tekstiä: enintään ${n} merkkiä, ei erikoismerkkejä.`,
    unreadable: 'Lomaketta ei voitu lukea. Avaa linkki uudelleen ja yritä uudestaan.',
  },
  en: {
    company: 'Company',
    role: 'Role',
    place: 'Place',
    period: 'Period',
    participant: 'Trainee',
    fixHeading: 'Please check your answers',
    choose: 'Please choose one option.',
    tooLong: (n) => `Please shorten the text: at most ${n} characters, no special characters.`,
    unreadable: 'We could not read the form. Please open the link again and try once more.',
  },
  et: {
    company: 'Ettevõte',
    role: 'Praktikakoht',
    place: 'Asukoht',
    period: 'Periood',
    participant: 'Praktikant',
    fixHeading: 'Palun kontrollige vastuseid',
    choose: 'Palun valige üks vastus.',
    tooLong: (n) => `Palun lühendage teksti: kõige rohkem ${n} märki, ilma erimärkideta.`,
    unreadable: 'Vormi ei õnnestunud lugeda. Palun avage link uuesti ja proovige veel kord.',
  },
  lt: {
    company: 'Įmonė',
    role: 'Praktikos vieta',
    place: 'Vieta',
    period: 'Laikotarpis',
    participant: 'Praktikantas',
    fixHeading: 'Patikrinkite atsakymus',
    choose: 'Pasirinkite vieną atsakymą.',
    tooLong: (n) => `Sutrumpinkite tekstą: ne daugiau kaip ${n} simbolių, be specialiųjų simbolių.`,
    unreadable: 'Nepavyko perskaityti formos. Dar kartą atidarykite nuorodą ir bandykite iš naujo.',
  },
  ru: {
    company: 'Компания',
    role: 'Место практики',
    place: 'Город',
    period: 'Период',
    participant: 'Практикант',
    fixHeading: 'Пожалуйста, проверьте ответы',
    choose: 'Пожалуйста, выберите один вариант.',
    tooLong: (n) => `Пожалуйста, сократите текст: не более ${n} символов, без специальных символов.`,
    unreadable: 'Не удалось прочитать форму. Пожалуйста, откройте ссылку снова и попробуйте ещё раз.',
  },
};

const SITUATION: Translations<Question> = {
  fi: {
    name: 'situation',
    legend: 'Mikä tilanteesi on nyt?',
    options: {
      in_education_or_training: 'Opiskelen tai olen koulutuksessa',
      employed: 'Olen töissä (myös yrittäjänä)',
      seeking_work: 'Etsin työtä',
      other: 'Jokin muu',
    },
  },
  en: {
    name: 'situation',
    legend: 'What are you doing now?',
    options: {
      in_education_or_training: 'I am in education or training',
      employed: 'I am employed (including self-employed)',
      seeking_work: 'I am looking for work',
      other: 'Something else',
    },
  },
  et: {
    name: 'situation',
    legend: 'Mida Te praegu teete?',
    options: {
      in_education_or_training: 'Õpin või osalen koolitusel',
      employed: 'Töötan (ka ettevõtjana)',
      seeking_work: 'Otsin tööd',
      other: 'Midagi muud',
    },
  },
  lt: {
    name: 'situation',
    legend: 'Ką veikiate dabar?',
    options: {
      in_education_or_training: 'Mokausi arba dalyvauju mokymuose',
      employed: 'Dirbu (taip pat savarankiškai)',
      seeking_work: 'Ieškau darbo',
      other: 'Kita',
    },
  },
  ru: {
    name: 'situation',
    legend: 'Чем Вы заняты сейчас?',
    options: {
      in_education_or_training: 'Учусь или прохожу обучение',
      employed: 'Работаю (в том числе на себя)',
      seeking_work: 'Ищу работу',
      other: 'Другое',
    },
  },
};

const END: Translations<PageText> = {
  fi: {
    title: 'Miten harjoittelujaksosi meni?',
    lead: 'Vastaa kolmeen lyhyeen kysymykseen. Mitään ei tallenneta ennen kuin painat ”Lähetä vastaukset”.',
    questions: [
      { name: 'outcome', legend: 'Päättyikö jakso suunnitellusti?', options: { completed: 'Kyllä, suoritin jakson loppuun', interrupted: 'Ei, jakso keskeytyi' } },
      {
        name: 'interruptionReason',
        legend: 'Jos jakso keskeytyi: miksi?',
        hint: 'Vastaa vain, jos jakso keskeytyi.',
        options: {
          health: 'Terveydelliset syyt',
          personal_or_family: 'Henkilökohtaiset tai perhesyyt',
          workplace: 'Työpaikkaan liittyvät syyt',
          school_or_studies: 'Oppilaitokseen tai opintoihin liittyvät syyt',
          found_work: 'Sain työpaikan',
          other: 'Muu syy',
        },
      },
      {
        name: 'qualificationGained',
        legend: 'Saitko jakson kautta tutkinnon, todistuksen tai osan tutkinnosta?',
        options: { yes: 'Kyllä', partial: 'Osan (esimerkiksi tutkinnon osan tai moduulin)', no: 'En' },
      },
    ],
    text: { name: 'interruptionDetail', label: 'Haluatko kertoa keskeytyksestä lisää? (vapaaehtoinen)', hint: 'Älä kirjoita terveystietoja tai muita arkaluonteisia tietoja.', max: 500 },
    button: 'Lähetä vastaukset',
    privacy: 'Vastauksia käytetään vain tilastoihin, joilla vaihto-ohjelma raportoi tuloksistaan Euroopan sosiaalirahastolle.',
  },
  en: {
    title: 'How did your placement go?',
    lead: 'Please answer three short questions. Nothing is saved until you press “Send answers”.',
    questions: [
      { name: 'outcome', legend: 'Did the placement end as planned?', options: { completed: 'Yes, I completed it', interrupted: 'No, it was interrupted' } },
      {
        name: 'interruptionReason',
        legend: 'If it was interrupted: why?',
        hint: 'Answer only if the placement was interrupted.',
        options: {
          health: 'Health reasons',
          personal_or_family: 'Personal or family reasons',
          workplace: 'Reasons to do with the workplace',
          school_or_studies: 'Reasons to do with my school or studies',
          found_work: 'I found a job',
          other: 'Another reason',
        },
      },
      {
        name: 'qualificationGained',
        legend: 'Did you gain a qualification or certificate, or a part of one, through the placement?',
        options: { yes: 'Yes', partial: 'A part of one (for example a unit or module)', no: 'No' },
      },
    ],
    text: { name: 'interruptionDetail', label: 'Anything to add about the interruption? (optional)', hint: 'Please do not write about your health or other sensitive matters.', max: 500 },
    button: 'Send answers',
    privacy: 'The answers are used only for the statistics with which the exchange reports its results to the European Social Fund.',
  },
  et: {
    title: 'Kuidas Teie praktika läks?',
    lead: 'Palun vastake kolmele lühikesele küsimusele. Midagi ei salvestata enne, kui vajutate „Saatke vastused“.',
    questions: [
      { name: 'outcome', legend: 'Kas praktika lõppes plaanipäraselt?', options: { completed: 'Jah, läbisin praktika', interrupted: 'Ei, praktika katkes' } },
      {
        name: 'interruptionReason',
        legend: 'Kui praktika katkes: miks?',
        hint: 'Vastake ainult siis, kui praktika katkes.',
        options: {
          health: 'Tervislikel põhjustel',
          personal_or_family: 'Isiklikel või perekondlikel põhjustel',
          workplace: 'Töökohaga seotud põhjustel',
          school_or_studies: 'Kooli või õpingutega seotud põhjustel',
          found_work: 'Leidsin töökoha',
          other: 'Muul põhjusel',
        },
      },
      {
        name: 'qualificationGained',
        legend: 'Kas saite praktika kaudu kvalifikatsiooni, tunnistuse või selle osa?',
        options: { yes: 'Jah', partial: 'Osaliselt (näiteks mooduli või kutse osa)', no: 'Ei' },
      },
    ],
    text: { name: 'interruptionDetail', label: 'Kas soovite katkemise kohta midagi lisada? (vabatahtlik)', hint: 'Palun ärge kirjutage oma tervisest ega muudest tundlikest asjadest.', max: 500 },
    button: 'Saatke vastused',
    privacy: 'Vastuseid kasutatakse ainult statistikaks, millega vahetusprogramm annab Euroopa Sotsiaalfondile aru oma tulemustest.',
  },
  lt: {
    title: 'Kaip sekėsi praktika?',
    lead: 'Atsakykite į tris trumpus klausimus. Niekas neišsaugoma, kol nepaspausite „Siųsti atsakymus“.',
    questions: [
      { name: 'outcome', legend: 'Ar praktika baigėsi kaip planuota?', options: { completed: 'Taip, praktiką baigiau', interrupted: 'Ne, praktika nutrūko' } },
      {
        name: 'interruptionReason',
        legend: 'Jei praktika nutrūko: kodėl?',
        hint: 'Atsakykite tik tuo atveju, jei praktika nutrūko.',
        options: {
          health: 'Dėl sveikatos',
          personal_or_family: 'Dėl asmeninių ar šeimos priežasčių',
          workplace: 'Dėl su darbo vieta susijusių priežasčių',
          school_or_studies: 'Dėl su mokykla ar studijomis susijusių priežasčių',
          found_work: 'Radau darbą',
          other: 'Dėl kitos priežasties',
        },
      },
      {
        name: 'qualificationGained',
        legend: 'Ar per praktiką įgijote kvalifikaciją, pažymėjimą ar jų dalį?',
        options: { yes: 'Taip', partial: 'Dalį (pavyzdžiui, modulį)', no: 'Ne' },
      },
    ],
    text: { name: 'interruptionDetail', label: 'Ar norite ką nors pridurti apie nutraukimą? (neprivaloma)', hint: 'Prašome nerašyti apie sveikatą ar kitus jautrius dalykus.', max: 500 },
    button: 'Siųsti atsakymus',
    privacy: 'Atsakymai naudojami tik statistikai, kuria mainų programa atsiskaito Europos socialiniam fondui už savo rezultatus.',
  },
  ru: {
    title: 'Как прошла Ваша практика?',
    lead: 'Пожалуйста, ответьте на три коротких вопроса. Ничего не сохранится, пока Вы не нажмёте «Отправить ответы».',
    questions: [
      { name: 'outcome', legend: 'Завершилась ли практика по плану?', options: { completed: 'Да, я прошёл(-ла) практику полностью', interrupted: 'Нет, практика была прервана' } },
      {
        name: 'interruptionReason',
        legend: 'Если практика была прервана: почему?',
        hint: 'Отвечайте, только если практика была прервана.',
        options: {
          health: 'По состоянию здоровья',
          personal_or_family: 'По личным или семейным обстоятельствам',
          workplace: 'По причинам, связанным с местом практики',
          school_or_studies: 'По причинам, связанным с учебным заведением или учёбой',
          found_work: 'Я нашёл(-ла) работу',
          other: 'По другой причине',
        },
      },
      {
        name: 'qualificationGained',
        legend: 'Получили ли Вы благодаря практике квалификацию, сертификат или их часть?',
        options: { yes: 'Да', partial: 'Часть (например, модуль)', no: 'Нет' },
      },
    ],
    text: { name: 'interruptionDetail', label: 'Хотите что-то добавить о причине прерывания? (необязательно)', hint: 'Пожалуйста, не пишите о здоровье и других личных деликатных вещах.', max: 500 },
    button: 'Отправить ответы',
    privacy: 'Ответы используются только для статистики, с помощью которой программа обмена отчитывается о своих результатах перед Европейским социальным фондом.',
  },
};

const SIX_MONTHS: Translations<Omit<PageText, 'questions'>> = {
  fi: {
    title: 'Mitä sinulle kuuluu nyt?',
    lead: 'Harjoittelujaksosi päättymisestä on kulunut puoli vuotta. Vastaa yhteen kysymykseen. Mitään ei tallenneta ennen kuin painat ”Lähetä vastaus”.',
    button: 'Lähetä vastaus',
    privacy: 'Vastausta käytetään vain tilastoihin: vaihto-ohjelman raportointiin Euroopan sosiaalirahastolle ja oppilaitoksesi valmistuneiden seurantaan.',
  },
  en: {
    title: 'How are you doing now?',
    lead: 'It is six months since your placement ended. Please answer one question. Nothing is saved until you press “Send answer”.',
    button: 'Send answer',
    privacy: "The answer is used only for statistics: the exchange's reports to the European Social Fund and your school's graduate tracking.",
  },
  et: {
    title: 'Kuidas Teil praegu läheb?',
    lead: 'Teie praktika lõpust on möödunud kuus kuud. Palun vastake ühele küsimusele. Midagi ei salvestata enne, kui vajutate „Saatke vastus“.',
    button: 'Saatke vastus',
    privacy: 'Vastust kasutatakse ainult statistikaks: vahetusprogrammi aruanneteks Euroopa Sotsiaalfondile ja Teie kooli vilistlaste jälgimiseks.',
  },
  lt: {
    title: 'Kaip Jums sekasi dabar?',
    lead: 'Praėjo šeši mėnesiai nuo Jūsų praktikos pabaigos. Atsakykite į vieną klausimą. Niekas neišsaugoma, kol nepaspausite „Siųsti atsakymą“.',
    button: 'Siųsti atsakymą',
    privacy: 'Atsakymas naudojamas tik statistikai: mainų programos ataskaitoms Europos socialiniam fondui ir Jūsų mokyklos absolventų stebėsenai.',
  },
  ru: {
    title: 'Как у Вас дела сейчас?',
    lead: 'Прошло шесть месяцев с окончания Вашей практики. Пожалуйста, ответьте на один вопрос. Ничего не сохранится, пока Вы не нажмёте «Отправить ответ».',
    button: 'Отправить ответ',
    privacy: 'Ответ используется только для статистики: для отчётов программы обмена перед Европейским социальным фондом и для отслеживания выпускников Вашим учебным заведением.',
  },
};

const COMPANY: Translations<PageText> = {
  fi: {
    title: 'Palautetta harjoittelujaksosta',
    lead: 'Kiitos, että otitte harjoittelijan vastaan. Vastaatteko kolmeen lyhyeen kysymykseen? Mitään ei tallenneta ennen kuin painatte ”Lähetä palaute”.',
    questions: [
      { name: 'overall', legend: 'Miten jakso kaikkiaan sujui?', options: { very_good: 'Erittäin hyvin', good: 'Hyvin', fair: 'Kohtalaisesti', poor: 'Huonosti' } },
      { name: 'preparation', legend: 'Vastasivatko harjoittelijan taidot ja kielitaito tehtävän tarpeita?', options: { well: 'Hyvin', partly: 'Osittain', poorly: 'Huonosti' } },
      { name: 'wouldHostAgain', legend: 'Ottaisitteko harjoittelijan vastaan uudelleen?', options: { yes: 'Kyllä', maybe: 'Ehkä', no: 'Ei' } },
    ],
    text: { name: 'comment', label: 'Kommentti (vapaaehtoinen)', hint: 'Mikä toimi, mitä voisimme parantaa?', max: 2000 },
    button: 'Lähetä palaute',
    privacy: 'Palautetta käytetään vaihdon kehittämiseen ja tilastoihin. Kommenttia ei näytetä harjoittelijalle.',
  },
  en: {
    title: 'Feedback on the placement',
    lead: 'Thank you for hosting a trainee. Would you answer three short questions? Nothing is saved until you press “Send feedback”.',
    questions: [
      { name: 'overall', legend: 'Overall, how did the placement go?', options: { very_good: 'Very well', good: 'Well', fair: 'Fairly', poor: 'Poorly' } },
      { name: 'preparation', legend: "Did the trainee's skills and languages meet the needs of the role?", options: { well: 'Well', partly: 'Partly', poorly: 'Poorly' } },
      { name: 'wouldHostAgain', legend: 'Would you host a trainee again?', options: { yes: 'Yes', maybe: 'Maybe', no: 'No' } },
    ],
    text: { name: 'comment', label: 'Comment (optional)', hint: 'What worked, and what could we do better?', max: 2000 },
    button: 'Send feedback',
    privacy: 'The feedback is used to improve the exchange and for statistics. The comment is not shown to the trainee.',
  },
  et: {
    title: 'Tagasiside praktika kohta',
    lead: 'Täname, et võtsite praktikandi vastu. Kas vastaksite kolmele lühikesele küsimusele? Midagi ei salvestata enne, kui vajutate „Saatke tagasiside“.',
    questions: [
      { name: 'overall', legend: 'Kuidas praktika üldiselt läks?', options: { very_good: 'Väga hästi', good: 'Hästi', fair: 'Rahuldavalt', poor: 'Halvasti' } },
      { name: 'preparation', legend: 'Kas praktikandi oskused ja keeleoskus vastasid töö vajadustele?', options: { well: 'Hästi', partly: 'Osaliselt', poorly: 'Halvasti' } },
      { name: 'wouldHostAgain', legend: 'Kas võtaksite praktikandi uuesti vastu?', options: { yes: 'Jah', maybe: 'Võib-olla', no: 'Ei' } },
    ],
    text: { name: 'comment', label: 'Kommentaar (vabatahtlik)', hint: 'Mis toimis hästi ja mida saaksime paremini teha?', max: 2000 },
    button: 'Saatke tagasiside',
    privacy: 'Tagasisidet kasutatakse vahetuse parandamiseks ja statistikaks. Kommentaari praktikandile ei näidata.',
  },
  lt: {
    title: 'Atsiliepimas apie praktiką',
    lead: 'Dėkojame, kad priėmėte praktikantą. Gal atsakytumėte į tris trumpus klausimus? Niekas neišsaugoma, kol nepaspausite „Siųsti atsiliepimą“.',
    questions: [
      { name: 'overall', legend: 'Kaip apskritai sekėsi praktika?', options: { very_good: 'Labai gerai', good: 'Gerai', fair: 'Vidutiniškai', poor: 'Blogai' } },
      { name: 'preparation', legend: 'Ar praktikanto įgūdžiai ir kalbų mokėjimas atitiko darbo poreikius?', options: { well: 'Gerai', partly: 'Iš dalies', poorly: 'Blogai' } },
      { name: 'wouldHostAgain', legend: 'Ar vėl priimtumėte praktikantą?', options: { yes: 'Taip', maybe: 'Galbūt', no: 'Ne' } },
    ],
    text: { name: 'comment', label: 'Komentaras (neprivaloma)', hint: 'Kas pavyko ir ką galėtume padaryti geriau?', max: 2000 },
    button: 'Siųsti atsiliepimą',
    privacy: 'Atsiliepimas naudojamas mainams tobulinti ir statistikai. Komentaras praktikantui nerodomas.',
  },
  ru: {
    title: 'Отзыв о практике',
    lead: 'Спасибо, что приняли практиканта. Ответите на три коротких вопроса? Ничего не сохранится, пока Вы не нажмёте «Отправить отзыв».',
    questions: [
      { name: 'overall', legend: 'Как в целом прошла практика?', options: { very_good: 'Очень хорошо', good: 'Хорошо', fair: 'Удовлетворительно', poor: 'Плохо' } },
      { name: 'preparation', legend: 'Соответствовали ли навыки и знание языков практиканта задачам?', options: { well: 'Хорошо', partly: 'Частично', poorly: 'Плохо' } },
      { name: 'wouldHostAgain', legend: 'Приняли бы Вы практиканта снова?', options: { yes: 'Да', maybe: 'Возможно', no: 'Нет' } },
    ],
    text: { name: 'comment', label: 'Комментарий (необязательно)', hint: 'Что получилось хорошо и что мы могли бы улучшить?', max: 2000 },
    button: 'Отправить отзыв',
    privacy: 'Отзыв используется для улучшения обмена и для статистики. Комментарий практиканту не показывается.',
  },
};

const THANKS: Translations<Record<FollowUpPageKind, { title: string; body: string }> & { close: string }> = {
  fi: {
    end: { title: 'Kiitos vastauksistasi!', body: 'Vastauksesi on tallennettu. Puolen vuoden kuluttua kysymme vielä kerran, mikä tilanteesi silloin on.' },
    sixMonths: { title: 'Kiitos vastauksestasi!', body: 'Vastauksesi on tallennettu. Emme lähetä sinulle tästä jaksosta enää kysymyksiä.' },
    companyFeedback: { title: 'Kiitos palautteestanne!', body: 'Palautteenne on tallennettu.' },
    close: 'Voit nyt sulkea tämän sivun.',
  },
  en: {
    end: { title: 'Thank you for your answers!', body: 'Your answers have been saved. In six months we will ask once more what you are doing then.' },
    sixMonths: { title: 'Thank you for your answer!', body: 'Your answer has been saved. We will not send you any more questions about this placement.' },
    companyFeedback: { title: 'Thank you for your feedback!', body: 'Your feedback has been saved.' },
    close: 'You can close this page now.',
  },
  et: {
    end: { title: 'Täname vastuste eest!', body: 'Teie vastused on salvestatud. Kuue kuu pärast küsime veel kord, mida Te siis teete.' },
    sixMonths: { title: 'Täname vastuse eest!', body: 'Teie vastus on salvestatud. Selle praktika kohta me Teile rohkem küsimusi ei saada.' },
    companyFeedback: { title: 'Täname tagasiside eest!', body: 'Teie tagasiside on salvestatud.' },
    close: 'Võite selle lehe nüüd sulgeda.',
  },
  lt: {
    end: { title: 'Dėkojame už atsakymus!', body: 'Jūsų atsakymai išsaugoti. Po šešių mėnesių dar kartą paklausime, ką tuo metu veiksite.' },
    sixMonths: { title: 'Dėkojame už atsakymą!', body: 'Jūsų atsakymas išsaugotas. Daugiau klausimų apie šią praktiką nesiųsime.' },
    companyFeedback: { title: 'Dėkojame už atsiliepimą!', body: 'Jūsų atsiliepimas išsaugotas.' },
    close: 'Dabar galite uždaryti šį puslapį.',
  },
  ru: {
    end: { title: 'Спасибо за ответы!', body: 'Ваши ответы сохранены. Через шесть месяцев мы ещё раз спросим, чем Вы будете заняты.' },
    sixMonths: { title: 'Спасибо за ответ!', body: 'Ваш ответ сохранён. Больше вопросов об этой практике мы Вам присылать не будем.' },
    companyFeedback: { title: 'Спасибо за отзыв!', body: 'Ваш отзыв сохранён.' },
    close: 'Эту страницу можно закрыть.',
  },
};

// The shared layout styles buttons, not form fields; these rules travel with the form.
const STYLE = {
  fieldset: 'border:0;margin:0 0 20px;padding:0;min-width:0',
  legend: 'font-weight:700;padding:0;margin:0 0 8px',
  choice:
    'display:flex;gap:12px;align-items:flex-start;min-height:48px;margin:0 0 8px;padding:11px 12px;border:1px solid #6b7784;border-radius:6px;background:#fff;cursor:pointer',
  radio: 'flex:none;width:22px;height:22px;margin:1px 0 0;accent-color:#0b5cad',
  label: 'display:block;font-weight:700;margin:0 0 4px',
  textarea:
    'display:block;width:100%;min-height:7.5rem;margin:0 0 16px;padding:10px 12px;border:1px solid #6b7784;border-radius:6px;background:#fff;color:inherit;font:inherit;resize:vertical',
  invalid: ';border:2px solid #b3261e',
  error: 'margin:0 0 8px;color:#b3261e;font-weight:700',
  summary: 'border-left:4px solid #b3261e;background:#fdf3f2;padding:12px 16px;margin:0 0 20px',
};

function radioGroup(q: Question, vars: FollowUpPageVars, message: string | undefined): SafeHtml {
  const chosen = vars.values?.[q.name];
  const describedBy = [q.hint ? `${q.name}-hint` : '', message ? `${q.name}-error` : ''].filter(Boolean).join(' ');
  return html`<fieldset id="${q.name}" style="${STYLE.fieldset}"${describedBy ? raw(` aria-describedby="${describedBy}"`) : ''}>
<legend style="${STYLE.legend}">${q.legend}</legend>
${q.hint ? html`<p id="${q.name}-hint" class="muted">${q.hint}</p>` : ''}
${message ? html`<p id="${q.name}-error" style="${STYLE.error}">${message}</p>` : ''}
${Object.entries(q.options).map(
  ([value, label]) =>
    html`<label style="${STYLE.choice}${message ? STYLE.invalid : ''}"><input type="radio" name="${q.name}" value="${value}" style="${STYLE.radio}"${chosen === value ? raw(' checked') : ''}> <span>${label}</span></label>`,
)}
</fieldset>`;
}

function textField(t: NonNullable<PageText['text']>, vars: FollowUpPageVars, message: string | undefined): SafeHtml {
  const describedBy = message ? `${t.name}-hint ${t.name}-error` : `${t.name}-hint`;
  return html`<label for="${t.name}" style="${STYLE.label}">${t.label}</label>
<p id="${t.name}-hint" class="muted">${t.hint}</p>
${message ? html`<p id="${t.name}-error" style="${STYLE.error}">${message}</p>` : ''}
<textarea id="${t.name}" name="${t.name}" rows="4" maxlength="${t.max}" aria-describedby="${describedBy}"${message ? raw(' aria-invalid="true"') : ''} style="${STYLE.textarea}${message ? STYLE.invalid : ''}">${(vars.values?.[t.name] ?? '').slice(0, t.max * 2)}</textarea>`;
}

function followUpForm(language: Language, kind: FollowUpPageKind, page: PageText, vars: FollowUpPageVars): string {
  const c = COMMON[language];
  const errors = vars.errors ?? {};
  const fields = [...page.questions.map((q) => q.name), ...(page.text ? [page.text.name] : [])];
  const messageFor = (name: string) => (errors[name] === undefined ? undefined : name === page.text?.name ? c.tooLong(page.text.max) : c.choose);
  const wrong = fields.filter((f) => errors[f] !== undefined);
  const unreadable = Object.keys(errors).some((f) => !fields.includes(f));
  const summary =
    wrong.length || unreadable
      ? html`<div role="alert" style="${STYLE.summary}"><p style="margin:0 0 8px;font-weight:700">${c.fixHeading}</p><ul style="margin:0;padding-left:1.3em">${wrong.map((f) => html`<li><a href="#${f}">${page.questions.find((q) => q.name === f)?.legend ?? page.text?.label ?? f}</a></li>`)}${unreadable ? html`<li>${c.unreadable}</li>` : ''}</ul></div>`
      : '';
  const p = vars.placement;
  const rows: [string, string][] = [
    ...(vars.participantName ? [[c.participant, vars.participantName] as [string, string]] : []),
    [c.company, p.companyName],
    [c.role, p.roleTitle],
    [c.place, `${p.city}, ${countryName(p.country, language)}`],
    [c.period, formatPeriod(p.periodFrom, p.periodTo, language)],
  ];
  // The free text of the end survey belongs to the interruption, so it follows its reason.
  const afterReason = kind === 'end';
  const body = html`
${summary}
<p class="lead">${page.lead}</p>
${facts(kind === 'companyFeedback' ? rows.filter(([label]) => label !== c.company && label !== c.place) : rows)}
<form method="post" action="${vars.formAction}" novalidate>
${page.questions.map(
  (q) => html`${radioGroup(q, vars, messageFor(q.name))}${afterReason && q.name === 'interruptionReason' && page.text ? textField(page.text, vars, messageFor(page.text.name)) : ''}`,
)}
${!afterReason && page.text ? textField(page.text, vars, messageFor(page.text.name)) : ''}
<button type="submit">${page.button}</button>
</form>
<p class="muted">${page.privacy}</p>`;
  return layout({ language, title: page.title, body });
}

export function followUpEndPage(language: Language, vars: FollowUpPageVars): string {
  const page = END[language];
  return followUpForm(language, 'end', { ...page, questions: [...page.questions, SITUATION[language]] }, vars);
}

export function followUpSixMonthsPage(language: Language, vars: FollowUpPageVars): string {
  return followUpForm(language, 'sixMonths', { ...SIX_MONTHS[language], questions: [SITUATION[language]] }, vars);
}

export function companyFeedbackPage(language: Language, vars: FollowUpPageVars): string {
  return followUpForm(language, 'companyFeedback', COMPANY[language], vars);
}

/** Right after the POST that recorded the answers. */
export function followUpThanksPage(language: Language, kind: FollowUpPageKind): string {
  const t = THANKS[language];
  return layout({ language, title: t[kind].title, body: html`<p class="lead">${t[kind].body}</p><p>${t.close}</p>` });
}
