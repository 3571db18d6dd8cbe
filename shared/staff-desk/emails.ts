import { defineEmail } from '#shared/platform/email';

/** To an applicant, when programme staff send their status link again (they lost it, or asked). */
export const statusLinkAgainEmail = /* @__PURE__ */ defineEmail<{ firstName: string; statusUrl: string }>({
  fi: (v) => ({
    subject: 'Hakemuksesi tilalinkki – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: ['Ohjelman henkilöstö lähettää sinulle uuden linkin hakemuksesi tilasivulle. Siellä näet, missä hakemuksesi on, ja voit tarvittaessa perua sen tai poistaa tietosi.'],
    action: { label: 'Avaa hakemuksesi', url: v.statusUrl, note: 'Linkki toimii vuoden. Aiemmat linkkisi toimivat edelleen.' },
    outro: ['Pidä linkki omana tietonasi: sillä pääsee hakemukseesi ilman salasanaa.'],
  }),
  en: (v) => ({
    subject: 'Your application’s status link – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: ['Programme staff are sending you a fresh link to your application’s status page. There you can see where your application stands, and withdraw it or delete your data if you wish.'],
    action: { label: 'Open your application', url: v.statusUrl, note: 'The link works for a year. Your earlier links keep working.' },
    outro: ['Keep the link to yourself: it opens your application without a password.'],
  }),
  et: (v) => ({
    subject: 'Teie avalduse olekulink – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: ['Programmi töötajad saadavad Teile uue lingi Teie avalduse olekulehele. Seal näete, mis seisus Teie avaldus on, ning saate soovi korral selle tagasi võtta või oma andmed kustutada.'],
    action: { label: 'Avage oma avaldus', url: v.statusUrl, note: 'Link kehtib aasta. Teie varasemad lingid töötavad edasi.' },
    outro: ['Hoidke link endale: see avab Teie avalduse ilma paroolita.'],
  }),
  lt: (v) => ({
    subject: 'Jūsų paraiškos būsenos nuoroda – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: ['Programos darbuotojai siunčia Jums naują nuorodą į Jūsų paraiškos būsenos puslapį. Ten matysite, kokia Jūsų paraiškos padėtis, o jei norite, galėsite ją atšaukti arba ištrinti savo duomenis.'],
    action: { label: 'Atidaryti paraišką', url: v.statusUrl, note: 'Nuoroda galioja metus. Ankstesnės Jūsų nuorodos veikia toliau.' },
    outro: ['Niekam neperduokite šios nuorodos: ji atveria Jūsų paraišką be slaptažodžio.'],
  }),
  ru: (v) => ({
    subject: 'Ссылка на статус Вашей заявки – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: ['Сотрудники программы отправляют Вам новую ссылку на страницу статуса Вашей заявки. Там Вы увидите, на каком этапе Ваша заявка, и при желании сможете отозвать её или удалить свои данные.'],
    action: { label: 'Открыть заявку', url: v.statusUrl, note: 'Ссылка действует год. Прежние ссылки продолжают работать.' },
    outro: ['Не передавайте ссылку другим: она открывает Вашу заявку без пароля.'],
  }),
});
