import { defineEmail } from '#shared/platform/email';
import { quote as q, type Language } from '#shared/platform/i18n';
import { applicantRows, fullName, MATCH_LABELS, type ApplicantFacts } from '#shared/decisions/match-facts';

/** To the applicant once the application is withdrawn (from the status page). */
export interface WithdrawalConfirmedVars {
  firstName: string;
}

export const withdrawalConfirmedEmail = /* @__PURE__ */ defineEmail<WithdrawalConfirmedVars>({
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

/**
 * To the sending school's coordinator when a student of theirs withdraws a confirmed application
 * (an unconfirmed one was never shown to anyone). Fixed words in the subject; the name in the body.
 */
export interface ApplicantWithdrewVars {
  recipientName: string;
  applicant: ApplicantFacts;
  /** The proposal that was waiting for a decision and was cancelled with the withdrawal. */
  cancelledProposal?: { companyName: string; roleTitle: string; city: string };
}

const withdrewSections = (language: Language, v: ApplicantWithdrewVars) => [{ heading: MATCH_LABELS[language].applicantHeading, facts: applicantRows(language, v.applicant) }];

export const applicantWithdrewEmail = /* @__PURE__ */ defineEmail<ApplicantWithdrewVars>({
  fi: (v) => ({
    subject: 'Oppilaitoksenne hakija on perunut hakemuksensa – Liike',
    greeting: `Hei ${v.recipientName},`,
    intro: [
      `Oppilaitoksenne hakija ${fullName(v.applicant)} on perunut hakemuksensa ulkomaan työssäoppimisjaksolle. Hakemus ei ole enää mukana haussa.`,
      ...(v.cancelledProposal
        ? [`Päätöstä odottanut ehdotus peruttiin: ${q(v.cancelledProposal.roleTitle, 'fi')}, ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Sen päätöslinkit eivät enää toimi.`]
        : []),
    ],
    sections: withdrewSections('fi', v),
    outro: ['Sinun ei tarvitse tehdä mitään.'],
  }),
  en: (v) => ({
    subject: 'An applicant from your school has withdrawn – Liike',
    greeting: `Hello ${v.recipientName},`,
    intro: [
      `${fullName(v.applicant)}, an applicant from your school, has withdrawn their application for a work placement abroad. It is no longer in the search.`,
      ...(v.cancelledProposal
        ? [`The proposal that was waiting for a decision has been cancelled: ${q(v.cancelledProposal.roleTitle, 'en')} at ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Its decision links no longer work.`]
        : []),
    ],
    sections: withdrewSections('en', v),
    outro: ['You do not need to do anything.'],
  }),
  et: (v) => ({
    subject: 'Teie kooli kandidaat võttis avalduse tagasi – Liike',
    greeting: `Tere, ${v.recipientName}!`,
    intro: [
      `Teie kooli kandidaat ${fullName(v.applicant)} võttis tagasi oma avalduse välispraktikale. Avaldus ei osale enam otsingus.`,
      ...(v.cancelledProposal
        ? [`Otsust oodanud pakkumine tühistati: ${q(v.cancelledProposal.roleTitle, 'et')}, ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Selle otsustuslingid enam ei tööta.`]
        : []),
    ],
    sections: withdrewSections('et', v),
    outro: ['Te ei pea midagi tegema.'],
  }),
  lt: (v) => ({
    subject: 'Jūsų mokyklos kandidatas atšaukė paraišką – Liike',
    greeting: `Sveiki, ${v.recipientName}!`,
    intro: [
      `Jūsų mokyklos kandidatas ${fullName(v.applicant)} atšaukė savo paraišką praktikai užsienyje. Paraiška nebedalyvauja paieškoje.`,
      ...(v.cancelledProposal
        ? [`Sprendimo laukęs pasiūlymas panaikintas: ${q(v.cancelledProposal.roleTitle, 'lt')}, ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Jo sprendimo nuorodos nebeveikia.`]
        : []),
    ],
    sections: withdrewSections('lt', v),
    outro: ['Jums nieko daryti nereikia.'],
  }),
  ru: (v) => ({
    subject: 'Кандидат из Вашего учебного заведения отозвал заявку – Liike',
    greeting: `Здравствуйте, ${v.recipientName}!`,
    intro: [
      `Кандидат из Вашего учебного заведения ${fullName(v.applicant)} отозвал свою заявку на практику за рубежом. Заявка больше не участвует в поиске.`,
      ...(v.cancelledProposal
        ? [`Предложение, ожидавшее решения, отменено: ${q(v.cancelledProposal.roleTitle, 'ru')}, ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Ссылки для решения по нему больше не работают.`]
        : []),
    ],
    sections: withdrewSections('ru', v),
    outro: ['От Вас ничего не требуется.'],
  }),
});

/**
 * To the sending school's coordinator when a student's application with a proposal waiting for a
 * decision was closed because a placement of the same student for overlapping dates was confirmed
 * (one person, one placement at a time): the proposal the coordinator saw has ended. The student
 * did not withdraw, so the words are not those of applicantWithdrewEmail.
 */
export interface ProposalEndedByPlacementVars {
  recipientName: string;
  applicant: ApplicantFacts;
  cancelledProposal: { companyName: string; roleTitle: string; city: string };
}

export const proposalEndedByPlacementEmail = /* @__PURE__ */ defineEmail<ProposalEndedByPlacementVars>({
  fi: (v) => ({
    subject: 'Oppilaitoksenne hakijan ehdotus peruttiin – Liike',
    greeting: `Hei ${v.recipientName},`,
    intro: [
      `Oppilaitoksenne hakijalle ${fullName(v.applicant)} on vahvistettu harjoittelupaikka toisen hakemuksen kautta. Hänen hakemuksensa, jonka päivät osuvat sen kanssa päällekkäin, suljettiin, koska yhdellä henkilöllä on yksi harjoittelupaikka kerrallaan.`,
      `Hakemukseen liittynyt, päätöstä odottanut ehdotus peruttiin: ${q(v.cancelledProposal.roleTitle, 'fi')}, ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Sen päätöslinkit eivät enää toimi.`,
    ],
    sections: withdrewSections('fi', v),
    outro: ['Sinun ei tarvitse tehdä mitään.'],
  }),
  en: (v) => ({
    subject: 'A proposal for an applicant from your school was cancelled – Liike',
    greeting: `Hello ${v.recipientName},`,
    intro: [
      `A placement of ${fullName(v.applicant)}, an applicant from your school, has been confirmed through another of their applications. Their application whose dates overlap it was closed, as one person has one placement at a time.`,
      `The proposal that was waiting for a decision on it has been cancelled: ${q(v.cancelledProposal.roleTitle, 'en')} at ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Its decision links no longer work.`,
    ],
    sections: withdrewSections('en', v),
    outro: ['You do not need to do anything.'],
  }),
  et: (v) => ({
    subject: 'Teie kooli kandidaadi pakkumine tühistati – Liike',
    greeting: `Tere, ${v.recipientName}!`,
    intro: [
      `Teie kooli kandidaadile ${fullName(v.applicant)} on teise avalduse kaudu kinnitatud praktikakoht. Tema avaldus, mille kuupäevad sellega kattuvad, suleti, sest ühel inimesel on korraga üks praktikakoht.`,
      `Selle avalduse kohta otsust oodanud pakkumine tühistati: ${q(v.cancelledProposal.roleTitle, 'et')}, ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Selle otsustuslingid enam ei tööta.`,
    ],
    sections: withdrewSections('et', v),
    outro: ['Te ei pea midagi tegema.'],
  }),
  lt: (v) => ({
    subject: 'Jūsų mokyklos kandidato pasiūlymas panaikintas – Liike',
    greeting: `Sveiki, ${v.recipientName}!`,
    intro: [
      `Jūsų mokyklos kandidatui ${fullName(v.applicant)} pagal kitą paraišką patvirtinta praktikos vieta. Kandidato paraiška, kurios datos su ja sutampa, uždaryta, nes vienas asmuo vienu metu turi vieną praktikos vietą.`,
      `Pagal ją sprendimo laukęs pasiūlymas panaikintas: ${q(v.cancelledProposal.roleTitle, 'lt')}, ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Jo sprendimo nuorodos nebeveikia.`,
    ],
    sections: withdrewSections('lt', v),
    outro: ['Jums nieko daryti nereikia.'],
  }),
  ru: (v) => ({
    subject: 'Предложение для кандидата из Вашего учебного заведения отменено – Liike',
    greeting: `Здравствуйте, ${v.recipientName}!`,
    intro: [
      `Кандидату из Вашего учебного заведения ${fullName(v.applicant)} по другой заявке подтверждено место практики. Заявка кандидата, даты которой с ним пересекаются, закрыта, так как у одного человека может быть только одно место практики одновременно.`,
      `Предложение по ней, ожидавшее решения, отменено: ${q(v.cancelledProposal.roleTitle, 'ru')}, ${v.cancelledProposal.companyName}, ${v.cancelledProposal.city}. Ссылки для решения по нему больше не работают.`,
    ],
    sections: withdrewSections('ru', v),
    outro: ['От Вас ничего не требуется.'],
  }),
});

/**
 * To the applicant when programme staff deactivated their school: the application is closed, not
 * because of them, and whom to ask. The coordinator's address only to an applicant who confirmed
 * theirs: an unconfirmed one may have been typed by anyone, and coordinators' addresses are not
 * published.
 */
export interface SchoolLeftVars {
  firstName: string;
  schoolName: string;
  coordinator?: { name: string; email: string };
  /** The programme's contact address, when there is one. */
  contactAddress?: string;
}

export const schoolLeftEmail = /* @__PURE__ */ defineEmail<SchoolLeftVars>({
  fi: (v) => ({
    subject: 'Hakemuksesi on suljettu – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      `Oppilaitoksesi ${v.schoolName} ei ole enää mukana Liike-ohjelmassa. Siksi hakemuksesi on suljettu: se ei ole enää mukana haussa, ja päätöstä odottanut ehdotus, jos sellainen oli, on peruttu.`,
      'Tämä ei johdu sinusta eikä hakemuksestasi. Olemme pahoillamme, että haku päättyi näin.',
    ],
    outro: [
      v.coordinator
        ? `Lisätietoja saat oppilaitoksesi kansainvälisten asioiden koordinaattorilta: ${v.coordinator.name}, ${v.coordinator.email}.`
        : 'Lisätietoja saat oppilaitoksesi kansainvälisten asioiden koordinaattorilta.',
      ...(v.contactAddress ? [`Voit myös kirjoittaa ohjelmalle osoitteeseen ${v.contactAddress}.`] : []),
    ],
  }),
  en: (v) => ({
    subject: 'Your application has been closed – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      `Your school, ${v.schoolName}, is no longer part of the Liike programme. Your application has therefore been closed: it is no longer in the search, and a proposal that was waiting for a decision, if there was one, has been cancelled.`,
      'This is not because of you or your application. We are sorry that your search ends this way.',
    ],
    outro: [
      v.coordinator
        ? `For more information, please ask your school’s international coordinator, ${v.coordinator.name} (${v.coordinator.email}).`
        : 'For more information, please ask your school’s international coordinator.',
      ...(v.contactAddress ? [`You can also write to the programme at ${v.contactAddress}.`] : []),
    ],
  }),
  et: (v) => ({
    subject: 'Teie avaldus on suletud – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      `Teie kool ${v.schoolName} ei osale enam Liike programmis. Seetõttu on Teie avaldus suletud: see ei osale enam otsingus ja otsust oodanud pakkumine, kui see oli, on tühistatud.`,
      'See ei ole tingitud Teist ega Teie avaldusest. Meil on kahju, et otsing nii lõppes.',
    ],
    outro: [
      v.coordinator
        ? `Lisateabe saamiseks pöörduge palun oma kooli rahvusvahelise koostöö koordinaatori poole: ${v.coordinator.name}, ${v.coordinator.email}.`
        : 'Lisateabe saamiseks pöörduge palun oma kooli rahvusvahelise koostöö koordinaatori poole.',
      ...(v.contactAddress ? [`Võite kirjutada ka programmile aadressil ${v.contactAddress}.`] : []),
    ],
  }),
  lt: (v) => ({
    subject: 'Jūsų paraiška uždaryta – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      `Jūsų mokykla ${v.schoolName} nebedalyvauja Liike programoje. Todėl Jūsų paraiška uždaryta: ji nebedalyvauja paieškoje, o sprendimo laukęs pasiūlymas, jei toks buvo, panaikintas.`,
      'Tai nesusiję nei su Jumis, nei su Jūsų paraiška. Apgailestaujame, kad paieška baigėsi taip.',
    ],
    outro: [
      v.coordinator
        ? `Daugiau informacijos suteiks Jūsų mokyklos tarptautinių ryšių koordinatorius: ${v.coordinator.name}, ${v.coordinator.email}.`
        : 'Daugiau informacijos suteiks Jūsų mokyklos tarptautinių ryšių koordinatorius.',
      ...(v.contactAddress ? [`Taip pat galite rašyti programai adresu ${v.contactAddress}.`] : []),
    ],
  }),
  ru: (v) => ({
    subject: 'Ваша заявка закрыта – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      `Ваше учебное заведение ${v.schoolName} больше не участвует в программе Liike. Поэтому Ваша заявка закрыта: она больше не участвует в поиске, а предложение, ожидавшее решения, если оно было, отменено.`,
      'Это связано не с Вами и не с Вашей заявкой. Нам жаль, что поиск закончился именно так.',
    ],
    outro: [
      v.coordinator
        ? `Подробнее Вы можете узнать у координатора международного сотрудничества Вашего учебного заведения: ${v.coordinator.name}, ${v.coordinator.email}.`
        : 'Подробнее Вы можете узнать у координатора международного сотрудничества Вашего учебного заведения.',
      ...(v.contactAddress ? [`Вы также можете написать в программу по адресу ${v.contactAddress}.`] : []),
    ],
  }),
});

/**
 * To the applicant whose school's coordinator (or deputy) withdrew the application on their
 * behalf, from the school's desk: who did it and whom to ask; never the reason they typed (the
 * applicant can read it in the data they download about themselves).
 */
export interface WithdrawnBySchoolVars {
  firstName: string;
  /** The coordinator or deputy who withdrew it. */
  by: { name: string; email: string };
}

export const withdrawnBySchoolEmail = /* @__PURE__ */ defineEmail<WithdrawnBySchoolVars>({
  fi: (v) => ({
    subject: 'Oppilaitoksesi perui hakemuksesi – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      `Oppilaitoksesi koordinaattori ${v.by.name} perui hakemuksesi puolestasi. Se ei ole enää mukana haussa, ja kaikki päätöstä odottaneet ehdotukset on peruttu.`,
      `Jos tämä on virhe tai haluat tietää lisää, kirjoita hänelle: ${v.by.email}. Voit hakea uudelleen milloin tahansa lähettämällä uuden hakemuksen.`,
    ],
    outro: [],
  }),
  en: (v) => ({
    subject: 'Your school withdrew your application – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      `${v.by.name}, your school’s coordinator, withdrew your application on your behalf. It is no longer in the search, and any proposals that were waiting for a decision have been cancelled.`,
      `If this is a mistake, or to know more, write to them at ${v.by.email}. You can apply again at any time by sending a new application.`,
    ],
    outro: [],
  }),
  et: (v) => ({
    subject: 'Teie kool võttis Teie avalduse tagasi – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      `Teie kooli koordinaator ${v.by.name} võttis Teie avalduse Teie eest tagasi. See ei osale enam otsingus ja kõik otsust oodanud pakkumised on tühistatud.`,
      `Kui see on viga või soovite rohkem teada, kirjutage talle: ${v.by.email}. Võite igal ajal uuesti kandideerida, esitades uue avalduse.`,
    ],
    outro: [],
  }),
  lt: (v) => ({
    subject: 'Jūsų mokykla atšaukė Jūsų paraišką – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      `Jūsų mokyklos koordinatorius (-ė) ${v.by.name} atšaukė Jūsų paraišką Jūsų vardu. Ji nebedalyvauja paieškoje, o visi sprendimo laukę pasiūlymai panaikinti.`,
      `Jei tai klaida arba norite sužinoti daugiau, rašykite adresu ${v.by.email}. Bet kada galite vėl dalyvauti pateikę naują paraišką.`,
    ],
    outro: [],
  }),
  ru: (v) => ({
    subject: 'Ваше учебное заведение отозвало Вашу заявку – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      `Координатор Вашего учебного заведения ${v.by.name} отозвал(а) Вашу заявку от Вашего имени. Она больше не участвует в поиске, а все предложения, ожидавшие решения, отменены.`,
      `Если это ошибка или Вы хотите узнать подробности, напишите по адресу ${v.by.email}. Вы можете в любое время подать новую заявку.`,
    ],
    outro: [],
  }),
});
