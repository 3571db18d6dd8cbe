import { defineEmail } from '#shared/platform/email';

/** To the applicant once the application is withdrawn (from the status page). */
export interface WithdrawalConfirmedVars {
  firstName: string;
}

export const withdrawalConfirmedEmail = defineEmail<WithdrawalConfirmedVars>({
  fi: (v) => ({
    subject: 'Hakemuksesi on peruttu – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      'Hakemuksesi on peruttu pyyntösi mukaisesti. Se ei ole enää mukana haussa, ja kaikki päätöstä odottaneet ehdotukset on peruttu.',
      'Muuttuivatko suunnitelmat? Voit hakea uudelleen milloin tahansa lähettämällä uuden hakemuksen.',
    ],
    outro: ['Jos et itse perunut hakemustasi, ota yhteyttä oppilaitoksesi kansainvälisten asioiden koordinaattoriin.'],
  }),
  en: (v) => ({
    subject: 'Your application has been withdrawn – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      'Your application has been withdrawn, as you asked. It is no longer in the search, and any proposals that were waiting for a decision have been cancelled.',
      'Changed your mind? You can apply again at any time by sending a new application.',
    ],
    outro: ['If you did not withdraw the application yourself, please contact your school’s international coordinator.'],
  }),
  et: (v) => ({
    subject: 'Teie avaldus on tagasi võetud – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      'Teie avaldus on Teie soovil tagasi võetud. See ei osale enam otsingus ja kõik otsust oodanud pakkumised on tühistatud.',
      'Mõtlesite ümber? Võite igal ajal uuesti kandideerida, esitades uue avalduse.',
    ],
    outro: ['Kui Te ise avaldust tagasi ei võtnud, võtke palun ühendust oma kooli rahvusvahelise koostöö koordinaatoriga.'],
  }),
  lt: (v) => ({
    subject: 'Jūsų paraiška atšaukta – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      'Jūsų paraiška atšaukta, kaip prašėte. Ji nebedalyvauja paieškoje, o visi sprendimo laukę pasiūlymai panaikinti.',
      'Persigalvojote? Bet kada galite vėl dalyvauti pateikę naują paraišką.',
    ],
    outro: ['Jei paraiškos neatšaukėte patys, kreipkitės į savo mokyklos tarptautinių ryšių koordinatorių.'],
  }),
  ru: (v) => ({
    subject: 'Ваша заявка отозвана – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      'Ваша заявка отозвана по Вашей просьбе. Она больше не участвует в поиске, а все предложения, ожидавшие решения, отменены.',
      'Передумали? Вы можете в любое время подать новую заявку.',
    ],
    outro: ['Если Вы не отзывали заявку сами, обратитесь к координатору международного сотрудничества Вашего учебного заведения.'],
  }),
});
