import { countryName } from '#shared/vocabulary/labels';
import { formatDate, formatPeriod, perLanguage, type Language, type Translations } from '#shared/platform/i18n';
import { estonianDate } from '#shared/platform/estonian';
import { defineEmail, type EmailContent } from '#shared/platform/email';
import { manageRoleAction } from '#shared/roles/manage-texts';

/**
 * The follow-up emails of a confirmed placement (records.ts): to the participant at
 * the end and six months after, to the company contact at the end. Each has one link to a
 * short page; a reminder says so in its subject and first line.
 */

export interface ParticipantFollowUpVars {
  firstName: string;
  companyName: string;
  roleTitle: string;
  city: string;
  country: string;
  periodFrom: string;
  periodTo: string;
  url: string;
  /** ISO date-time after which the link no longer works. */
  validUntil: string;
  reminder: boolean;
}

export interface CompanyFeedbackVars {
  recipientName: string;
  participantName: string;
  roleTitle: string;
  periodFrom: string;
  periodTo: string;
  url: string;
  validUntil: string;
  reminder: boolean;
  /** The role's management link, as in every email to the company contact (shared/roles/manage-texts.ts). */
  manageRoleUrl: string;
}

interface Words {
  reminder: string;
  hello: (name: string) => string;
  company: string;
  role: string;
  place: string;
  period: string;
  participant: string;
  personal: string;
  until: (date: string) => string;
}

const WORDS: Translations<Words> = {
  fi: {
    reminder: 'Muistutus',
    hello: (n) => `Hei ${n},`,
    company: 'Yritys',
    role: 'Harjoittelupaikka',
    place: 'Paikkakunta',
    period: 'Jakso',
    participant: 'Harjoittelija',
    personal: 'Linkki on henkilökohtainen ja toimii vain kerran. Älä välitä tätä viestiä eteenpäin.',
    until: (d) => `Linkki on voimassa ${d} asti.`,
  },
  en: {
    reminder: 'Reminder',
    hello: (n) => `Hello ${n},`,
    company: 'Company',
    role: 'Role',
    place: 'Place',
    period: 'Period',
    participant: 'Trainee',
    personal: 'The link is personal and works once. Please do not forward this email.',
    until: (d) => `The link works until ${d}.`,
  },
  et: {
    reminder: 'Meeldetuletus',
    hello: (n) => `Tere, ${n}!`,
    company: 'Ettevõte',
    role: 'Praktikakoht',
    place: 'Asukoht',
    period: 'Periood',
    participant: 'Praktikant',
    personal: 'Link on isiklik ja töötab ühe korra. Palun ärge edastage seda e-kirja.',
    until: (d) => `Link kehtib kuni ${estonianDate(d, 'terminative')}.`,
  },
  lt: {
    reminder: 'Priminimas',
    hello: (n) => `Sveiki, ${n}!`,
    company: 'Įmonė',
    role: 'Praktikos vieta',
    place: 'Vieta',
    period: 'Laikotarpis',
    participant: 'Praktikantas',
    personal: 'Nuoroda asmeninė ir veikia vieną kartą. Prašome šio laiško niekam nepersiųsti.',
    until: (d) => `Nuoroda galioja iki ${d}.`,
  },
  ru: {
    reminder: 'Напоминание',
    hello: (n) => `Здравствуйте, ${n}!`,
    company: 'Компания',
    role: 'Место практики',
    place: 'Город',
    period: 'Период',
    participant: 'Практикант',
    personal: 'Ссылка персональная и действует один раз. Пожалуйста, не пересылайте это письмо.',
    until: (d) => `Ссылка действует до ${d}.`,
  },
};

interface Texts {
  subject: string;
  intro: string[];
  reminderLine: string;
  button: string;
  note: string;
}

const END: Translations<Texts> = {
  fi: {
    subject: 'Miten harjoittelujaksosi meni? – Liike',
    intro: [
      'Harjoittelujaksosi on nyt päättynyt. Toivottavasti se oli antoisa!',
      'Kerro meille lyhyesti, miten jakso päättyi ja mikä tilanteesi on nyt. Vastaaminen vie pari minuuttia. Vastauksia käytetään vain tilastoihin, joilla Euroopan sosiaalirahastolle raportoidaan vaihto-ohjelman tuloksista.',
    ],
    reminderLine: 'Emme ole vielä saaneet vastaustasi, joten muistutamme kerran.',
    button: 'Vastaa kysymyksiin',
    note: 'Kysymyksiä on kolme: päättyikö jakso suunnitellusti, saitko tutkinnon tai todistuksen ja mikä tilanteesi on nyt.',
  },
  en: {
    subject: 'How did your placement go? – Liike',
    intro: [
      'Your work placement has now ended. We hope it went well!',
      'Please tell us briefly how it ended and what you are doing now. It takes a couple of minutes. The answers are used only for the statistics with which the exchange reports its results to the European Social Fund.',
    ],
    reminderLine: 'We have not received your answers yet, so this is a single reminder.',
    button: 'Answer the questions',
    note: 'There are three questions: whether the placement ended as planned, whether you gained a qualification or certificate, and what you are doing now.',
  },
  et: {
    subject: 'Kuidas Teie praktika läks? – Liike',
    intro: [
      'Teie praktika on nüüd lõppenud. Loodame, et see oli kasulik!',
      'Palun kirjutage meile lühidalt, kuidas praktika lõppes ja milline on Teie olukord praegu. Vastamine võtab paar minutit. Vastuseid kasutatakse ainult statistikaks, millega vahetusprogramm annab Euroopa Sotsiaalfondile aru oma tulemustest.',
    ],
    reminderLine: 'Me ei ole veel Teie vastuseid saanud, seetõttu tuletame ühe korra meelde.',
    button: 'Vastake küsimustele',
    note: 'Küsimusi on kolm: kas praktika lõppes plaanipäraselt, kas saite kvalifikatsiooni või tunnistuse ja mida teete praegu.',
  },
  lt: {
    subject: 'Kaip sekėsi praktika? – Liike',
    intro: [
      'Jūsų praktika baigėsi. Tikimės, kad ji buvo naudinga!',
      'Trumpai papasakokite, kaip praktika baigėsi ir ką veikiate dabar. Tai užtruks porą minučių. Atsakymai naudojami tik statistikai, kuria mainų programa atsiskaito Europos socialiniam fondui už savo rezultatus.',
    ],
    reminderLine: 'Dar negavome Jūsų atsakymų, todėl primename vieną kartą.',
    button: 'Atsakyti į klausimus',
    note: 'Klausimai trys: ar praktika baigėsi kaip planuota, ar įgijote kvalifikaciją ar pažymėjimą ir ką veikiate dabar.',
  },
  ru: {
    subject: 'Как прошла Ваша практика? – Liike',
    intro: [
      'Ваша практика завершилась. Надеемся, она была полезной!',
      'Пожалуйста, коротко расскажите, как завершилась практика и чем Вы заняты сейчас. Это займёт пару минут. Ответы используются только для статистики, с помощью которой программа обмена отчитывается о своих результатах перед Европейским социальным фондом.',
    ],
    reminderLine: 'Мы ещё не получили Ваших ответов, поэтому напоминаем один раз.',
    button: 'Ответить на вопросы',
    note: 'Вопросов три: завершилась ли практика по плану, получили ли Вы квалификацию или сертификат и чем Вы заняты сейчас.',
  },
};

const SIX_MONTHS: Translations<Texts> = {
  fi: {
    subject: 'Mitä sinulle kuuluu nyt? – Liike',
    intro: [
      'Ulkomaisen harjoittelujaksosi päättymisestä on kulunut puoli vuotta.',
      'Kerro meille yhdellä valinnalla, mikä tilanteesi on nyt: opiskeletko, oletko töissä, etsitkö työtä vai jotain muuta. Vastaus auttaa vaihto-ohjelmaa raportoimaan pidemmän aikavälin tuloksista Euroopan sosiaalirahastolle ja oppilaitostasi seuraamaan valmistuneiden sijoittumista.',
    ],
    reminderLine: 'Emme ole vielä saaneet vastaustasi, joten muistutamme kerran.',
    button: 'Kerro tilanteesi',
    note: 'Kysymyksiä on vain yksi.',
  },
  en: {
    subject: 'How are you doing now? – Liike',
    intro: [
      'It is six months since your work placement abroad ended.',
      'Please tell us with one choice what you are doing now: studying, working, looking for work or something else. Your answer helps the exchange report its longer-term results to the European Social Fund, and helps your school follow where its graduates go.',
    ],
    reminderLine: 'We have not received your answer yet, so this is a single reminder.',
    button: 'Tell us your situation',
    note: 'There is only one question.',
  },
  et: {
    subject: 'Kuidas Teil praegu läheb? – Liike',
    intro: [
      'Teie välismaise praktika lõpust on möödunud kuus kuud.',
      'Palun märkige ühe valikuga, mida praegu teete: õpite, töötate, otsite tööd või midagi muud. Teie vastus aitab vahetusprogrammil anda Euroopa Sotsiaalfondile aru pikema aja tulemustest ja Teie koolil jälgida vilistlaste edasist käekäiku.',
    ],
    reminderLine: 'Me ei ole veel Teie vastust saanud, seetõttu tuletame ühe korra meelde.',
    button: 'Kirjeldage oma olukorda',
    note: 'Küsimusi on ainult üks.',
  },
  lt: {
    subject: 'Kaip Jums sekasi dabar? – Liike',
    intro: [
      'Praėjo šeši mėnesiai nuo Jūsų praktikos užsienyje pabaigos.',
      'Vienu pasirinkimu nurodykite, ką veikiate dabar: mokotės, dirbate, ieškote darbo ar kita. Jūsų atsakymas padeda mainų programai atsiskaityti Europos socialiniam fondui už ilgalaikius rezultatus, o Jūsų mokyklai – sekti absolventų karjerą.',
    ],
    reminderLine: 'Dar negavome Jūsų atsakymo, todėl primename vieną kartą.',
    button: 'Nurodyti savo padėtį',
    note: 'Klausimas tik vienas.',
  },
  ru: {
    subject: 'Как у Вас дела сейчас? – Liike',
    intro: [
      'Прошло шесть месяцев с окончания Вашей практики за рубежом.',
      'Пожалуйста, одним выбором укажите, чем Вы заняты сейчас: учитесь, работаете, ищете работу или другое. Ваш ответ помогает программе обмена отчитываться о долгосрочных результатах перед Европейским социальным фондом, а Вашему учебному заведению — следить за трудоустройством выпускников.',
    ],
    reminderLine: 'Мы ещё не получили Вашего ответа, поэтому напоминаем один раз.',
    button: 'Указать свою ситуацию',
    note: 'Вопрос всего один.',
  },
};

const COMPANY: Translations<Texts> = {
  fi: {
    subject: 'Palautetta harjoittelujaksosta – Liike',
    intro: [
      'Kiitos, että otitte harjoittelijan vastaan! Alla mainittu harjoittelujakso on nyt päättynyt.',
      'Kertoisitteko lyhyesti, miten jakso sujui? Palaute vie pari minuuttia, ja sen avulla kehitämme vaihtoa ja harjoittelijoiden valmistautumista.',
    ],
    reminderLine: 'Emme ole vielä saaneet palautettanne, joten muistutamme kerran.',
    button: 'Anna palautetta',
    note: 'Kysymyksiä on kolme, ja voitte halutessanne lisätä kommentin.',
  },
  en: {
    subject: 'Feedback on a placement – Liike',
    intro: [
      'Thank you for hosting a trainee! The placement below has now ended.',
      'Would you tell us briefly how it went? It takes a couple of minutes and helps us improve the exchange and how trainees prepare.',
    ],
    reminderLine: 'We have not received your feedback yet, so this is a single reminder.',
    button: 'Give feedback',
    note: 'There are three questions, and you may add a comment.',
  },
  et: {
    subject: 'Tagasiside praktika kohta – Liike',
    intro: [
      'Täname, et võtsite praktikandi vastu! Allpool nimetatud praktika on nüüd lõppenud.',
      'Kas kirjutaksite meile lühidalt, kuidas praktika läks? See võtab paar minutit ja aitab meil vahetust ning praktikantide ettevalmistust paremaks muuta.',
    ],
    reminderLine: 'Me ei ole veel Teie tagasisidet saanud, seetõttu tuletame ühe korra meelde.',
    button: 'Andke tagasisidet',
    note: 'Küsimusi on kolm ja soovi korral võite lisada kommentaari.',
  },
  lt: {
    subject: 'Atsiliepimas apie praktiką – Liike',
    intro: [
      'Dėkojame, kad priėmėte praktikantą! Toliau nurodyta praktika jau baigėsi.',
      'Gal trumpai papasakotumėte, kaip ji sekėsi? Tai užtruks porą minučių ir padės mums tobulinti mainus bei praktikantų pasirengimą.',
    ],
    reminderLine: 'Dar negavome Jūsų atsiliepimo, todėl primename vieną kartą.',
    button: 'Pateikti atsiliepimą',
    note: 'Klausimai trys, be to, galite parašyti komentarą.',
  },
  ru: {
    subject: 'Отзыв о практике – Liike',
    intro: [
      'Спасибо, что приняли практиканта! Указанная ниже практика завершилась.',
      'Расскажите, пожалуйста, коротко, как она прошла. Это займёт пару минут и поможет нам улучшить обмен и подготовку практикантов.',
    ],
    reminderLine: 'Мы ещё не получили Вашего отзыва, поэтому напоминаем один раз.',
    button: 'Оставить отзыв',
    note: 'Вопросов три, при желании можно добавить комментарий.',
  },
};

function content(t: Texts, w: Words, language: Language, v: { url: string; validUntil: string; reminder: boolean }, greeting: string, facts: [string, string][]): EmailContent {
  return {
    subject: v.reminder ? `${w.reminder}: ${t.subject}` : t.subject,
    greeting,
    intro: v.reminder ? [t.reminderLine, ...t.intro] : t.intro,
    facts,
    action: { label: t.button, url: v.url, note: t.note },
    outro: [`${w.until(formatDate(v.validUntil, language))} ${w.personal}`],
  };
}

function participantFacts(w: Words, language: Language, v: ParticipantFollowUpVars): [string, string][] {
  return [
    [w.company, v.companyName],
    [w.role, v.roleTitle],
    [w.place, `${v.city}, ${countryName(v.country, language)}`],
    [w.period, formatPeriod(v.periodFrom, v.periodTo, language)],
  ];
}

// Pure, as defineEmail is: a bundle that sends none of these keeps none of their texts.
/* @__NO_SIDE_EFFECTS__ */ function participantEmail(texts: Translations<Texts>) {
  return defineEmail<ParticipantFollowUpVars>(
    perLanguage((language) => (v) => {
      const w = WORDS[language];
      return content(texts[language], w, language, v, w.hello(v.firstName), participantFacts(w, language, v));
    }),
  );
}

/* @__NO_SIDE_EFFECTS__ */ function feedbackEmail(texts: Translations<Texts>) {
  return defineEmail<CompanyFeedbackVars>(
    perLanguage((language) => (v) => {
      const w = WORDS[language];
      const facts: [string, string][] = [
        [w.participant, v.participantName],
        [w.role, v.roleTitle],
        [w.period, formatPeriod(v.periodFrom, v.periodTo, language)],
      ];
      return { ...content(texts[language], w, language, v, w.hello(v.recipientName), facts), secondaryAction: manageRoleAction(language, v.manageRoleUrl) };
    }),
  );
}

export const followUpEndEmail = /* @__PURE__ */ participantEmail(END);
export const followUpSixMonthsEmail = /* @__PURE__ */ participantEmail(SIX_MONTHS);
export const companyFeedbackEmail = /* @__PURE__ */ feedbackEmail(COMPANY);
