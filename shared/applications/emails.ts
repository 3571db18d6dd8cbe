import { defineEmail } from '#shared/platform/email';

/** The receipt of an application, with the private link to its status page. */
export interface ApplicationReceiptVars {
  firstName: string;
  statusUrl: string;
  applicationId: string;
}

export const applicationReceiptEmail = defineEmail<ApplicationReceiptVars>({
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
});
