import { UNCONFIRMED_LIFETIME_DAYS as DAYS } from '#shared/erasure/retention';
import { defineEmail } from '#shared/platform/email';

/**
 * The receipt of an application, with the private link to its status page, where the applicant
 * confirms the address: only a confirmed application enters matching (docs/users-and-flow.md).
 */
export interface ApplicationReceiptVars {
  firstName: string;
  statusUrl: string;
  applicationId: string;
}

export const applicationReceiptEmail = /* @__PURE__ */ defineEmail<ApplicationReceiptVars>({
  fi: (v) => ({
    subject: 'Vahvista hakemuksesi – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      'Kiitos hakemuksestasi ulkomaiselle työssäoppimisjaksolle! Olemme tallentaneet sen.',
      `Vielä yksi askel: avaa alla oleva linkki ja paina ”Vahvista hakemukseni”. Näin tiedämme, että tämä sähköpostiosoite on sinun. Vasta vahvistettu hakemus on mukana paikkojen haussa, ja hakemus, jota ei vahvisteta ${DAYS} päivän kuluessa, poistetaan.`,
      'Mitä sen jälkeen tapahtuu: etsimme sinulle sopivaa paikkaa alasi, ajankohtasi, kielitaitosi ja toiveidesi perusteella. ' +
        'Kun sopiva paikka löytyy, oppilaitoksesi kansainvälisten asioiden koordinaattori käy ehdotuksen läpi. ' +
        'Jos koordinaattori hyväksyy sen, vastaanottava yritys vahvistaa jakson. Saat sähköpostia, kun paikkasi on vahvistettu.',
    ],
    facts: [['Hakemuksen tunnus', v.applicationId]],
    action: {
      label: 'Vahvista hakemuksesi',
      url: v.statusUrl,
      note: 'Samalla sivulla näet myöhemmin hakemuksesi tilanteen ja voit perua hakemuksen, jos suunnitelmasi muuttuvat.',
    },
    outro: [
      'Etkö lähettänyt hakemusta? Silloin sinun ei tarvitse tehdä mitään: vahvistamaton hakemus poistetaan itsestään.',
      'Linkki on henkilökohtainen: kuka tahansa, jolla se on, voi nähdä hakemuksesi tilanteen ja perua sen. Säilytä tämä viesti äläkä välitä sitä eteenpäin.',
    ],
  }),
  en: (v) => ({
    subject: 'Confirm your application – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      'Thank you for applying for a work placement abroad. Your application has been saved.',
      `One more step: open the link below and press “Confirm my application”. That tells us this email address is yours. Only a confirmed application enters the search for placements; one not confirmed within ${DAYS} days is deleted.`,
      'What happens then: we look for a placement that matches your field, dates, languages and wishes. ' +
        "When we find one, your school's international coordinator reviews the proposal. " +
        'If the coordinator approves it, the host company confirms the placement. We will email you as soon as your placement is confirmed.',
    ],
    facts: [['Application reference', v.applicationId]],
    action: {
      label: 'Confirm your application',
      url: v.statusUrl,
      note: 'On the same page you can later check where your application stands, and withdraw it if your plans change.',
    },
    outro: [
      'Did not apply? Then you need to do nothing: an unconfirmed application is deleted by itself.',
      'This link is personal: anyone who has it can see your application and withdraw it. Please keep this email and do not forward it.',
    ],
  }),
  et: (v) => ({
    subject: 'Kinnitage oma avaldus – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      'Täname Teid, et kandideerisite praktikale välismaal! Teie avaldus on salvestatud.',
      `Veel üks samm: avage allolev link ja vajutage „Kinnitan oma avalduse“. Nii teame, et see e-posti aadress kuulub Teile. Praktikakohtade otsingus osaleb ainult kinnitatud avaldus; avaldus, mida ${DAYS} päeva jooksul ei kinnitata, kustutatakse.`,
      'Mis edasi saab: otsime Teile sobivat praktikakohta, arvestades Teie eriala, ajavahemikku, keeleoskust ja soove. ' +
        'Kui sobiv koht leitakse, vaatab ettepaneku üle Teie kooli rahvusvahelise koostöö koordinaator. ' +
        'Kui koordinaator selle heaks kiidab, kinnitab vastuvõttev ettevõte praktikakoha. Saadame Teile e-kirja kohe, kui praktikakoht on kinnitatud.',
    ],
    facts: [['Avalduse tunnus', v.applicationId]],
    action: {
      label: 'Kinnitage oma avaldus',
      url: v.statusUrl,
      note: 'Samal lehel näete hiljem oma avalduse seisu ja saate avalduse tagasi võtta, kui Teie plaanid muutuvad.',
    },
    outro: [
      'Te ei kandideerinud? Siis ei pea Te midagi tegema: kinnitamata avaldus kustutatakse iseenesest.',
      'See link on isiklik: igaüks, kellel see on, saab Teie avaldust vaadata ja selle tagasi võtta. Hoidke see e-kiri alles ja ärge edastage seda teistele.',
    ],
  }),
  lt: (v) => ({
    subject: 'Patvirtinkite paraišką – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      'Dėkojame, kad pateikėte paraišką praktikai užsienyje! Jūsų paraiška išsaugota.',
      `Liko vienas žingsnis: atidarykite žemiau esančią nuorodą ir paspauskite „Patvirtinti paraišką“. Taip sužinosime, kad šis el. pašto adresas priklauso Jums. Praktikos vietų paieškoje dalyvauja tik patvirtinta paraiška; per ${DAYS} dienas nepatvirtinta paraiška ištrinama.`,
      'Kas bus toliau: ieškosime Jums tinkamos praktikos vietos pagal Jūsų specialybę, laikotarpį, kalbų mokėjimą ir pageidavimus. ' +
        'Radus tinkamą vietą, pasiūlymą peržiūrės Jūsų mokyklos tarptautinių ryšių koordinatorius. ' +
        'Koordinatoriui pritarus, priimanti įmonė patvirtins praktiką. Kai tik praktikos vieta bus patvirtinta, gausite el. laišką.',
    ],
    facts: [['Paraiškos kodas', v.applicationId]],
    action: {
      label: 'Patvirtinti paraišką',
      url: v.statusUrl,
      note: 'Tame pačiame puslapyje vėliau matysite, kokia yra Jūsų paraiškos būsena, ir galėsite paraišką atšaukti, jei Jūsų planai pasikeistų.',
    },
    outro: [
      'Paraiškos neteikėte? Tada nieko daryti nereikia: nepatvirtinta paraiška ištrinama savaime.',
      'Ši nuoroda yra asmeninė: bet kas, turintis šią nuorodą, gali matyti ir atšaukti Jūsų paraišką. Išsaugokite šį laišką ir niekam jo nepersiųskite.',
    ],
  }),
  ru: (v) => ({
    subject: 'Подтвердите заявку – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      'Спасибо, что подали заявку на практику за рубежом! Ваша заявка сохранена.',
      `Остался один шаг: откройте ссылку ниже и нажмите «Подтвердить заявку». Так мы узнаем, что этот адрес электронной почты принадлежит Вам. В подборе мест практики участвует только подтверждённая заявка; заявка, не подтверждённая в течение ${DAYS} дней, удаляется.`,
      'Что дальше: мы подберём для Вас подходящее место практики с учётом Вашей специальности, сроков, знания языков и пожеланий. ' +
        'Когда подходящее место найдётся, предложение рассмотрит координатор международного сотрудничества Вашего учебного заведения. ' +
        'После одобрения координатора принимающая компания подтвердит практику. Как только место практики будет подтверждено, мы сообщим Вам по электронной почте.',
    ],
    facts: [['Номер заявки', v.applicationId]],
    action: {
      label: 'Подтвердить заявку',
      url: v.statusUrl,
      note: 'На той же странице позже можно узнать статус заявки и отозвать её, если Ваши планы изменятся.',
    },
    outro: [
      'Вы не подавали заявку? Тогда ничего делать не нужно: неподтверждённая заявка удалится сама.',
      'Эта ссылка личная: любой, у кого она есть, может посмотреть и отозвать Вашу заявку. Сохраните это письмо и не пересылайте его.',
    ],
  }),
});
