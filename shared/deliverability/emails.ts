import { defineEmail, type EmailContent } from '#shared/platform/email';
import { formatDate, perLanguage, type Language } from '#shared/platform/i18n';

/**
 * The emails about mail that cannot arrive: to the school's coordinator when an applicant's
 * address does not work (the application is held), and to programme staff when a coordinator's
 * or deputy's address does not. Their subjects are fixed: nothing anyone typed goes into a
 * subject line (the applicant's name is in the body, for the coordinator to know whom to call).
 */

/** To the applicant's school coordinator, in the coordinator's language. */
export interface ApplicantUndeliverableVars {
  recipientName: string;
  applicantName: string;
  /** The address that does not work: the coordinator may see the typo at once. */
  applicantEmail: string;
  schoolName: string;
  applicationId: string;
  /** ISO date-time of the submission. */
  submittedAt: string;
  /** A proposal for the applicant waits for the coordinator's decision. */
  proposalPending: boolean;
  /** The application form, where the applicant can apply again. */
  applyUrl: string;
}

export const applicantUndeliverableEmail = /* @__PURE__ */ defineEmail<ApplicantUndeliverableVars>({
  fi: (v) => ({
    subject: 'Hakijan sähköpostiosoite ei toimi – Liike',
    greeting: `Hei ${v.recipientName},`,
    intro: [
      'Oppilaitoksenne hakijalle lähettämämme sähköposti ei mennyt perille: hakijan antama osoite palautti viestin pysyvästi, tai vastaanottajan postilaatikko torjui viestimme roskapostina. Liike ei lähetä tähän osoitteeseen enää mitään.',
      'Hakemus on siksi pysäytetty: sitä ei enää tarjota yrityksille, koska emme voisi kertoa hakijalle ehdotuksesta emmekä harjoittelupaikasta.',
      ...(v.proposalPending
        ? ['Hakijalle tehty harjoittelupaikkaehdotus odottaa päätöstäsi, ja voit yhä päättää siitä. Jos ehdotus päättyy ilman harjoittelupaikkaa, hakemus ei palaa hakuun.']
        : []),
    ],
    facts: [
      ['Hakija', v.applicantName],
      ['Sähköpostiosoite', v.applicantEmail],
      ['Oppilaitos', v.schoolName],
      ['Hakemuksen tunnus', v.applicationId],
      ['Lähetetty', formatDate(v.submittedAt, 'fi')],
    ],
    outro: [
      `Ota yhteyttä opiskelijaan (tai henkilökunnan jäseneen) muuta kautta ja kerro asiasta. Hän voi hakea uudelleen toimivalla sähköpostiosoitteella hakulomakkeella: ${v.applyUrl}`,
      'Pysäytetty hakemus poistetaan muiden tietojen mukana, kun niiden säilytysaika päättyy.',
    ],
  }),
  en: (v) => ({
    subject: 'An applicant’s email address does not work – Liike',
    greeting: `Hello ${v.recipientName},`,
    intro: [
      'Email to an applicant from your school could not be delivered: the address they gave bounced for good, or their mailbox refused our mail as spam. Liike sends nothing more to that address.',
      'Their application is therefore held: it is no longer offered to companies, because we could not tell the applicant about a proposal or a placement.',
      ...(v.proposalPending
        ? ['A placement proposal for this applicant is waiting for your decision, and you can still decide it. If it ends without a placement, the application does not go back to the search.']
        : []),
    ],
    facts: [
      ['Applicant', v.applicantName],
      ['Email address', v.applicantEmail],
      ['School', v.schoolName],
      ['Application reference', v.applicationId],
      ['Submitted', formatDate(v.submittedAt, 'en')],
    ],
    outro: [
      `Please contact the student (or staff member) another way and let them know. They can apply again with an email address that works, on the application form: ${v.applyUrl}`,
      'The held application is deleted with the rest of their data when its retention period ends.',
    ],
  }),
  et: (v) => ({
    subject: 'Kandidaadi e-posti aadress ei tööta – Liike',
    greeting: `Tere, ${v.recipientName}!`,
    intro: [
      'Teie kooli kandidaadile saadetud e-kiri ei jõudnud kohale: kandidaadi antud aadress tagastas kirja püsivalt või adressaadi postkast lükkas meie kirja rämpspostina tagasi. Liike ei saada sellele aadressile enam midagi.',
      'Seetõttu on avaldus peatatud: seda ei pakuta enam ettevõtetele, sest me ei saaks kandidaadile pakkumisest ega praktikakohast teada anda.',
      ...(v.proposalPending
        ? ['Kandidaadi praktikapakkumine ootab Teie otsust ja Te võite selle üle endiselt otsustada. Kui pakkumine lõpeb ilma praktikakohata, ei naase avaldus otsingusse.']
        : []),
    ],
    facts: [
      ['Kandidaat', v.applicantName],
      ['E-posti aadress', v.applicantEmail],
      ['Kool', v.schoolName],
      ['Avalduse tunnus', v.applicationId],
      ['Esitatud', formatDate(v.submittedAt, 'et')],
    ],
    outro: [
      `Palun võtke õppijaga (või töötajaga) muul viisil ühendust ja andke talle sellest teada. Ta saab avalduse uuesti esitada toimiva e-posti aadressiga avaldusvormil: ${v.applyUrl}`,
      'Peatatud avaldus kustutatakse koos muude andmetega, kui nende säilitusaeg lõpeb.',
    ],
  }),
  lt: (v) => ({
    subject: 'Kandidato el. pašto adresas neveikia – Liike',
    greeting: `Sveiki, ${v.recipientName}!`,
    intro: [
      'Laiškas Jūsų mokyklos kandidatui nebuvo pristatytas: jo nurodytas adresas laišką grąžino visam laikui arba gavėjo pašto dėžutė mūsų laišką atmetė kaip šlamštą. Liike šiuo adresu daugiau nieko nesiųs.',
      'Todėl paraiška sustabdyta: ji nebesiūloma įmonėms, nes negalėtume pranešti kandidatui nei apie pasiūlymą, nei apie praktikos vietą.',
      ...(v.proposalPending
        ? ['Šiam kandidatui pateiktas praktikos pasiūlymas laukia Jūsų sprendimo, ir Jūs vis dar galite jį priimti. Jei pasiūlymas baigsis be praktikos vietos, paraiška į paiešką nebegrįš.']
        : []),
    ],
    facts: [
      ['Kandidatas', v.applicantName],
      ['El. pašto adresas', v.applicantEmail],
      ['Mokykla', v.schoolName],
      ['Paraiškos numeris', v.applicationId],
      ['Pateikta', formatDate(v.submittedAt, 'lt')],
    ],
    outro: [
      `Susisiekite su mokiniu (ar darbuotoju) kitu būdu ir jam apie tai praneškite. Jis gali pateikti paraišką iš naujo su veikiančiu el. pašto adresu paraiškos formoje: ${v.applyUrl}`,
      'Sustabdyta paraiška ištrinama kartu su kitais duomenimis, kai baigiasi jų saugojimo laikas.',
    ],
  }),
  ru: (v) => ({
    subject: 'Адрес электронной почты кандидата не работает – Liike',
    greeting: `Здравствуйте, ${v.recipientName}!`,
    intro: [
      'Письмо кандидату из Вашего учебного заведения не удалось доставить: указанный им адрес окончательно вернул письмо, или почтовый ящик получателя отклонил наше письмо как спам. Liike больше ничего не отправляет на этот адрес.',
      'Поэтому заявка приостановлена: она больше не предлагается компаниям, так как мы не смогли бы сообщить кандидату ни о предложении, ни о месте практики.',
      ...(v.proposalPending
        ? ['Предложение о практике для этого кандидата ждёт Вашего решения, и Вы по-прежнему можете его принять. Если оно завершится без места практики, заявка не вернётся в поиск.']
        : []),
    ],
    facts: [
      ['Кандидат', v.applicantName],
      ['Адрес электронной почты', v.applicantEmail],
      ['Учебное заведение', v.schoolName],
      ['Номер заявки', v.applicationId],
      ['Подана', formatDate(v.submittedAt, 'ru')],
    ],
    outro: [
      `Пожалуйста, свяжитесь со студентом (или сотрудником) другим способом и сообщите ему об этом. Он может подать заявку снова, указав работающий адрес, через форму заявки: ${v.applyUrl}`,
      'Приостановленная заявка удаляется вместе с остальными данными, когда истекает срок их хранения.',
    ],
  }),
});

/** To programme staff (the monthly report's recipients), in English as the report. */
export interface SchoolContactUndeliverableVars {
  contact: 'coordinator' | 'deputy';
  schoolName: string;
  schoolId: string;
  contactName: string;
  contactEmail: string;
}

function schoolContactUndeliverable(v: SchoolContactUndeliverableVars): EmailContent {
  return {
    subject: v.contact === 'coordinator' ? 'A school coordinator’s email address does not work – Liike' : 'A school deputy’s email address does not work – Liike',
    greeting: 'Hello,',
    intro: [
      `Email to the ${v.contact} of ${v.schoolName} (${v.schoolId}), as the school registry names them, could not be delivered: the address bounced for good, or the mailbox refused our mail as spam. Liike sends nothing more to that address.`,
      v.contact === 'coordinator'
        ? 'Until the registry names a coordinator address that works, proposals for this school’s applicants reach nobody: each one expires unanswered after 7 days and its applicant goes back to the search.'
        : 'The coordinator still gets every proposal, but the reminders to the deputy reach nobody until the registry names a deputy address that works.',
    ],
    facts: [
      ['School', `${v.schoolName} (${v.schoolId})`],
      ['Contact', v.contact],
      ['Name', v.contactName],
      ['Email address', v.contactEmail],
    ],
    outro: [
      'Please correct the school’s entry in the registry with an address that works (the README’s “Deploy” section says how the registry is loaded). If this same address is to work again, remove it from the SES account’s suppression list as well; Liike itself tries it again a year after the bounce.',
    ],
  };
}

export const schoolContactUndeliverableEmail = /* @__PURE__ */ defineEmail<SchoolContactUndeliverableVars>(perLanguage(() => schoolContactUndeliverable));

/** Programme staff read English, as in the funder report. */
export const STAFF_LANGUAGE: Language = 'en';
