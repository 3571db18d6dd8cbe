import { defineEmail } from '#shared/platform/email';

/**
 * To a person whose address a second application named, for dates their open application or
 * placement already takes: it was not stored. Anyone can type anyone's address, so the form's
 * answer said nothing of this; the owner of the address learns it here, with their own link.
 */
export const overlappingApplicationEmail = /* @__PURE__ */ defineEmail<{ firstName: string; statusUrl: string }>({
  fi: (v) => ({
    subject: 'Sinulla on jo hakemus näille päiville – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      'Saimme sähköpostiosoitteellasi uuden hakemuksen päiville, joille sinulla on jo hakemus tai vahvistettu harjoittelupaikka. Emme tallentaneet sitä: yhdellä henkilöllä on samoille päiville yksi hakemus tai paikka kerrallaan.',
      'Jos haluat muuttaa hakemustasi, peru se sen sivulla ja lähetä uusi. Jos et lähettänyt uutta hakemusta, sinun ei tarvitse tehdä mitään.',
    ],
    action: { label: 'Katso nykyinen hakemuksesi', url: v.statusUrl },
    outro: [],
  }),
  en: (v) => ({
    subject: 'You already have an application for these dates – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      'We received another application with your email address, for dates that your application or confirmed placement already covers. We did not store it: one person has one application or placement for the same dates at a time.',
      'To change your application, withdraw it on its page and send a new one. If you did not send another application, you need to do nothing.',
    ],
    action: { label: 'See your application', url: v.statusUrl },
    outro: [],
  }),
  et: (v) => ({
    subject: 'Teil on nendeks kuupäevadeks juba avaldus – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      'Saime Teie e-posti aadressiga uue avalduse kuupäevadeks, mille jaoks Teil on juba avaldus või kinnitatud praktikakoht. Me ei salvestanud seda: ühel inimesel on samadeks kuupäevadeks korraga üks avaldus või koht.',
      'Kui soovite avaldust muuta, võtke see selle lehel tagasi ja saatke uus. Kui Te uut avaldust ei saatnud, ei pea Te midagi tegema.',
    ],
    action: { label: 'Vaadake oma avaldust', url: v.statusUrl },
    outro: [],
  }),
  lt: (v) => ({
    subject: 'Šioms datoms jau turite paraišką – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      'Gavome dar vieną paraišką su Jūsų el. pašto adresu datoms, kurioms jau turite paraišką arba patvirtintą praktikos vietą. Jos neišsaugojome: vienas asmuo tomis pačiomis datomis vienu metu turi vieną paraišką arba vietą.',
      'Jei norite pakeisti paraišką, atšaukite ją jos puslapyje ir pateikite naują. Jei naujos paraiškos neteikėte, nieko daryti nereikia.',
    ],
    action: { label: 'Peržiūrėti paraišką', url: v.statusUrl },
    outro: [],
  }),
  ru: (v) => ({
    subject: 'У Вас уже есть заявка на эти даты – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      'Мы получили ещё одну заявку с Вашим адресом электронной почты на даты, на которые у Вас уже есть заявка или подтверждённое место практики. Мы её не сохранили: у одного человека на одни и те же даты может быть только одна заявка или место.',
      'Чтобы изменить заявку, отзовите её на странице заявки и подайте новую. Если Вы не подавали новую заявку, ничего делать не нужно.',
    ],
    action: { label: 'Посмотреть заявку', url: v.statusUrl },
    outro: [],
  }),
});
