import { formatDate, formatNumber, quote as q, type Language, type Translations } from '../i18n.ts';
import { renderContent, type EmailContent, type RenderedEmail } from './render.ts';

export type { EmailContent, RenderedEmail } from './render.ts';

/** What each kind of email needs. Names and titles may be in any script; they are escaped in HTML. */
export interface EmailVars {
  applicationReceipt: { firstName: string; statusUrl: string; applicationId: string };
  roleVerification: { contactName: string; companyName: string; roleTitle: string; verifyUrl: string; expiresAt: string };
  roleOpened: { contactName: string; companyName: string; roleTitle: string; places: number };
}
export type EmailKind = keyof EmailVars;

/** One table per kind, keyed by language: a missing language or field is a compile error. */
type Template<K extends EmailKind> = Translations<(vars: EmailVars[K]) => EmailContent>;

const applicationReceipt: Template<'applicationReceipt'> = {
  fi: (v) => ({
    subject: 'Hakemuksesi on vastaanotettu – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      'Kiitos hakemuksestasi ulkomaiselle työssäoppimisjaksolle! Olemme vastaanottaneet sen.',
      'Mitä seuraavaksi tapahtuu: etsimme sinulle sopivaa paikkaa alasi, ajankohtasi, kielitaitosi ja toiveidesi perusteella. ' +
        'Kun sopiva paikka löytyy, oppilaitoksesi kansainvälisten asioiden koordinaattori käy ehdotuksen läpi. ' +
        'Jos koordinaattori hyväksyy sen, vastaanottava yritys vahvistaa jakson. Saat sähköpostia, kun paikkasi on vahvistettu.',
      'Sinun ei tarvitse tehdä sillä välin mitään.',
    ],
    facts: [['Hakemuksen tunnus', v.applicationId]],
    action: {
      label: 'Katso hakemuksesi',
      url: v.statusUrl,
      note: 'Sivulla näet hakemuksesi tilanteen ja voit perua hakemuksen, jos suunnitelmasi muuttuvat.',
    },
    outro: [
      'Linkki on henkilökohtainen: kuka tahansa, jolla se on, voi nähdä hakemuksesi tilanteen ja perua sen. Säilytä tämä viesti äläkä välitä sitä eteenpäin.',
    ],
  }),
  en: (v) => ({
    subject: 'We have received your application – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      'Thank you for applying for a work placement abroad. Your application has been received.',
      'What happens next: we look for a placement that matches your field, dates, languages and wishes. ' +
        "When we find one, your school's international coordinator reviews the proposal. " +
        'If the coordinator approves it, the host company confirms the placement. We will email you as soon as your placement is confirmed.',
      'You do not need to do anything in the meantime.',
    ],
    facts: [['Application reference', v.applicationId]],
    action: {
      label: 'See your application',
      url: v.statusUrl,
      note: 'On this page you can check where your application stands, and withdraw it if your plans change.',
    },
    outro: [
      'This link is personal: anyone who has it can see your application and withdraw it. Please keep this email and do not forward it.',
    ],
  }),
  et: (v) => ({
    subject: 'Teie avaldus on kätte saadud – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      'Täname Teid, et kandideerisite praktikale välismaal! Teie avaldus on kätte saadud.',
      'Mis edasi saab: otsime Teile sobivat praktikakohta, arvestades Teie eriala, ajavahemikku, keeleoskust ja soove. ' +
        'Kui sobiv koht leitakse, vaatab ettepaneku üle Teie kooli rahvusvahelise koostöö koordinaator. ' +
        'Kui koordinaator selle heaks kiidab, kinnitab vastuvõttev ettevõte praktikakoha. Saadame Teile e-kirja kohe, kui praktikakoht on kinnitatud.',
      'Seni ei pea Te midagi tegema.',
    ],
    facts: [['Avalduse tunnus', v.applicationId]],
    action: {
      label: 'Vaadake oma avaldust',
      url: v.statusUrl,
      note: 'Sellel lehel näete oma avalduse seisu ja saate avalduse tagasi võtta, kui Teie plaanid muutuvad.',
    },
    outro: [
      'See link on isiklik: igaüks, kellel see on, saab Teie avaldust vaadata ja selle tagasi võtta. Hoidke see e-kiri alles ja ärge edastage seda teistele.',
    ],
  }),
  lt: (v) => ({
    subject: 'Jūsų paraiška gauta – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      'Dėkojame, kad pateikėte paraišką praktikai užsienyje! Jūsų paraiška gauta.',
      'Kas bus toliau: ieškosime Jums tinkamos praktikos vietos pagal Jūsų specialybę, laikotarpį, kalbų mokėjimą ir pageidavimus. ' +
        'Radus tinkamą vietą, pasiūlymą peržiūrės Jūsų mokyklos tarptautinių ryšių koordinatorius. ' +
        'Koordinatoriui pritarus, priimanti įmonė patvirtins praktiką. Kai tik praktikos vieta bus patvirtinta, gausite el. laišką.',
      'Kol kas Jums nieko daryti nereikia.',
    ],
    facts: [['Paraiškos kodas', v.applicationId]],
    action: {
      label: 'Peržiūrėti paraišką',
      url: v.statusUrl,
      note: 'Šiame puslapyje matysite, kokia yra Jūsų paraiškos būsena, ir galėsite paraišką atšaukti, jei Jūsų planai pasikeistų.',
    },
    outro: [
      'Ši nuoroda yra asmeninė: bet kas, turintis šią nuorodą, gali matyti ir atšaukti Jūsų paraišką. Išsaugokite šį laišką ir niekam jo nepersiųskite.',
    ],
  }),
  ru: (v) => ({
    subject: 'Ваша заявка получена – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      'Спасибо, что подали заявку на практику за рубежом! Ваша заявка получена.',
      'Что дальше: мы подберём для Вас подходящее место практики с учётом Вашей специальности, сроков, знания языков и пожеланий. ' +
        'Когда подходящее место найдётся, предложение рассмотрит координатор международного сотрудничества Вашего учебного заведения. ' +
        'После одобрения координатора принимающая компания подтвердит практику. Как только место практики будет подтверждено, мы сообщим Вам по электронной почте.',
      'Пока от Вас ничего не требуется.',
    ],
    facts: [['Номер заявки', v.applicationId]],
    action: {
      label: 'Посмотреть заявку',
      url: v.statusUrl,
      note: 'На этой странице можно узнать статус заявки и отозвать её, если Ваши планы изменятся.',
    },
    outro: [
      'Эта ссылка личная: любой, у кого она есть, может посмотреть и отозвать Вашу заявку. Сохраните это письмо и не пересылайте его.',
    ],
  }),
};

const roleVerification: Template<'roleVerification'> = {
  fi: (v) => ({
    subject: `Vahvista harjoittelupaikka ${q(v.roleTitle, 'fi')} – Liike`,
    greeting: `Hei ${v.contactName},`,
    intro: [
      `${v.companyName} on ilmoittanut Liike-palvelussa harjoittelupaikan ${q(v.roleTitle, 'fi')}, ja sinut on merkitty sen yhteyshenkilöksi.`,
      'Vahvista sähköpostiosoitteesi. Paikka avautuu kumppanioppilaitosten hakijoille vasta vahvistuksesi jälkeen.',
    ],
    action: {
      label: 'Tarkista ja vahvista paikka',
      url: v.verifyUrl,
      note: `Linkki on voimassa ${formatDate(v.expiresAt, 'fi')} asti.`,
    },
    outro: ['Jos et ole ilmoittanut tätä paikkaa, voit jättää tämän viestin huomiotta: mitään ei julkaista ilman vahvistusta.'],
  }),
  en: (v) => ({
    subject: `Confirm your role ${q(v.roleTitle, 'en')} – Liike`,
    greeting: `Hello ${v.contactName},`,
    intro: [
      `${v.companyName} has posted the role ${q(v.roleTitle, 'en')} on Liike, with you as the contact person.`,
      'Please confirm your email address. The role opens for matching with applicants from our partner schools only after you confirm.',
    ],
    action: {
      label: 'Review and confirm the role',
      url: v.verifyUrl,
      note: `The link is valid until ${formatDate(v.expiresAt, 'en')}.`,
    },
    outro: ['If you did not post this role, you can ignore this email: nothing is published without confirmation.'],
  }),
  et: (v) => ({
    subject: `Kinnitage praktikakoht ${q(v.roleTitle, 'et')} – Liike`,
    greeting: `Tere, ${v.contactName}!`,
    intro: [
      `${v.companyName} on lisanud Liike keskkonda praktikakoha ${q(v.roleTitle, 'et')} ja märkinud Teid selle kontaktisikuks.`,
      'Palun kinnitage oma e-posti aadress. Praktikakoht avaneb partnerkoolide kandidaatidele alles pärast Teie kinnitust.',
    ],
    action: {
      label: 'Vaadake üle ja kinnitage',
      url: v.verifyUrl,
      note: `Link kehtib kuni ${formatDate(v.expiresAt, 'et')}.`,
    },
    outro: ['Kui Teie seda praktikakohta ei lisanud, võite selle e-kirja tähelepanuta jätta: ilma kinnituseta midagi ei avaldata.'],
  }),
  lt: (v) => ({
    subject: `Patvirtinkite praktikos vietą ${q(v.roleTitle, 'lt')} – Liike`,
    greeting: `Sveiki, ${v.contactName}!`,
    intro: [
      `${v.companyName} Liike sistemoje paskelbė praktikos vietą ${q(v.roleTitle, 'lt')} ir nurodė Jus kaip kontaktinį asmenį.`,
      'Patvirtinkite savo el. pašto adresą. Partnerių mokyklų kandidatams praktikos vieta atsivers tik Jums patvirtinus.',
    ],
    action: {
      label: 'Peržiūrėti ir patvirtinti',
      url: v.verifyUrl,
      note: `Nuoroda galioja iki ${formatDate(v.expiresAt, 'lt')}.`,
    },
    outro: ['Jei šios praktikos vietos neskelbėte, tiesiog nekreipkite dėmesio į šį laišką: be patvirtinimo niekas neskelbiama.'],
  }),
  ru: (v) => ({
    subject: `Подтвердите место практики ${q(v.roleTitle, 'ru')} – Liike`,
    greeting: `Здравствуйте, ${v.contactName}!`,
    intro: [
      `От имени ${v.companyName} в Liike размещено место практики ${q(v.roleTitle, 'ru')}, и Вы указаны контактным лицом.`,
      'Пожалуйста, подтвердите свой адрес электронной почты. Место станет доступно кандидатам из партнёрских учебных заведений только после Вашего подтверждения.',
    ],
    action: {
      label: 'Проверить и подтвердить',
      url: v.verifyUrl,
      note: `Ссылка действительна до ${formatDate(v.expiresAt, 'ru')}.`,
    },
    outro: ['Если Вы не размещали это место практики, просто проигнорируйте это письмо: без подтверждения ничего не публикуется.'],
  }),
};

const roleOpened: Template<'roleOpened'> = {
  fi: (v) => ({
    subject: `Harjoittelupaikka ${q(v.roleTitle, 'fi')} on nyt avoinna – Liike`,
    greeting: `Hei ${v.contactName},`,
    intro: [
      `Kiitos vahvistuksesta! Harjoittelupaikka ${q(v.roleTitle, 'fi')} on nyt avoinna, ja etsimme siihen sopivia hakijoita kumppanioppilaitosten opiskelijoista ja henkilöstöstä.`,
    ],
    facts: [
      ['Yritys', v.companyName],
      ['Harjoittelupaikka', v.roleTitle],
      ['Paikkojen määrä', formatNumber(v.places, 'fi')],
    ],
    outro: [
      'Mitä seuraavaksi tapahtuu: kun paikkaan löytyy sopiva hakija, hakijan oman oppilaitoksen koordinaattori käy ehdotuksen ensin läpi. ' +
        'Kun koordinaattori on hyväksynyt sen, saat sähköpostin, jonka kautta voit hyväksyä hakijan tai kieltäytyä.',
      'Sinun ei tarvitse tehdä nyt mitään.',
    ],
  }),
  en: (v) => ({
    subject: `Your role ${q(v.roleTitle, 'en')} is now open – Liike`,
    greeting: `Hello ${v.contactName},`,
    intro: [
      `Thank you for confirming. The role ${q(v.roleTitle, 'en')} is now open, and we are matching it with students and staff of our partner vocational schools.`,
    ],
    facts: [
      ['Company', v.companyName],
      ['Role', v.roleTitle],
      ['Places', formatNumber(v.places, 'en')],
    ],
    outro: [
      "What happens next: when an applicant fits the role, the applicant's own school coordinator reviews the proposal first. " +
        'Once the coordinator has approved it, we will email you so that you can accept or decline the applicant.',
      'You do not need to do anything now.',
    ],
  }),
  et: (v) => ({
    subject: `Praktikakoht ${q(v.roleTitle, 'et')} on nüüd avatud – Liike`,
    greeting: `Tere, ${v.contactName}!`,
    intro: [
      `Täname kinnitamast! Praktikakoht ${q(v.roleTitle, 'et')} on nüüd avatud ja otsime sellele sobivaid kandidaate partnerkoolide õpilaste ja töötajate seast.`,
    ],
    facts: [
      ['Ettevõte', v.companyName],
      ['Praktikakoht', v.roleTitle],
      ['Kohtade arv', formatNumber(v.places, 'et')],
    ],
    outro: [
      'Mis edasi saab: kui kohale leitakse sobiv kandidaat, vaatab ettepaneku kõigepealt üle kandidaadi kooli koordinaator. ' +
        'Kui koordinaator on selle heaks kiitnud, saadame Teile e-kirja, et saaksite kandidaadi vastu võtta või tagasi lükata.',
      'Praegu ei pea Te midagi tegema.',
    ],
  }),
  lt: (v) => ({
    subject: `Praktikos vieta ${q(v.roleTitle, 'lt')} jau atvira – Liike`,
    greeting: `Sveiki, ${v.contactName}!`,
    intro: [
      `Dėkojame, kad patvirtinote! Praktikos vieta ${q(v.roleTitle, 'lt')} dabar atvira – ieškome jai tinkamų kandidatų tarp partnerių profesinių mokyklų mokinių ir darbuotojų.`,
    ],
    facts: [
      ['Įmonė', v.companyName],
      ['Praktikos vieta', v.roleTitle],
      ['Vietų skaičius', formatNumber(v.places, 'lt')],
    ],
    outro: [
      'Kas bus toliau: radus tinkamą kandidatą, pasiūlymą pirmiausia peržiūrės kandidato mokyklos koordinatorius. ' +
        'Koordinatoriui pritarus, gausite el. laišką ir galėsite kandidatą priimti arba atmesti.',
      'Šiuo metu Jums nieko daryti nereikia.',
    ],
  }),
  ru: (v) => ({
    subject: `Место практики ${q(v.roleTitle, 'ru')} открыто – Liike`,
    greeting: `Здравствуйте, ${v.contactName}!`,
    intro: [
      `Спасибо за подтверждение! Место практики ${q(v.roleTitle, 'ru')} теперь открыто: мы подбираем на него кандидатов среди студентов и сотрудников партнёрских профессиональных учебных заведений.`,
    ],
    facts: [
      ['Компания', v.companyName],
      ['Место практики', v.roleTitle],
      ['Количество мест', formatNumber(v.places, 'ru')],
    ],
    outro: [
      'Что дальше: когда найдётся подходящий кандидат, предложение сначала рассмотрит координатор его учебного заведения. ' +
        'После одобрения координатора мы пришлём Вам письмо, и Вы сможете принять или отклонить кандидата.',
      'Сейчас от Вас ничего не требуется.',
    ],
  }),
};

const TEMPLATES: { [K in EmailKind]: Template<K> } = { applicationReceipt, roleVerification, roleOpened };

/** The content of one email in one language, before rendering (for previews and tests). */
export const emailContent = <K extends EmailKind>(kind: K, language: Language, vars: EmailVars[K]): EmailContent =>
  TEMPLATES[kind][language](vars);

/** Subject, plain-text part and HTML part of one email, saying the same thing. */
export const renderEmail = <K extends EmailKind>(kind: K, language: Language, vars: EmailVars[K]): RenderedEmail =>
  renderContent(language, emailContent(kind, language, vars));
