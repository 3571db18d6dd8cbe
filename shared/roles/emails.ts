import { defineEmail } from '#shared/platform/email';
import { formatDate, formatNumber, quote as q } from '#shared/platform/i18n';
import { estonianDate } from '#shared/platform/estonian';
import { manageRoleAction, REOPEN_LINK } from './manage-texts.ts';

/**
 * The emails to a role's contact person: verify the address, the role is open, the role is closed.
 * Every email to the contact of an open or closed role carries its management link (manage-texts.ts,
 * MANAGE_LINK); the verification email does not: the role is not open yet, and its own link is the
 * page that shows it.
 */

/**
 * Its subject is fixed: anyone can post a role naming any address, so nothing the poster chose
 * (the title, the company) goes into the subject line a stranger's inbox shows. The body names
 * them, for the contact to check what they are asked to confirm.
 */
export interface RoleVerificationEmailVars {
  contactName: string;
  companyName: string;
  roleTitle: string;
  verifyUrl: string;
  /** ISO date-time after which the link no longer works. */
  expiresAt: string;
}

export interface RoleOpenedVars {
  contactName: string;
  companyName: string;
  roleTitle: string;
  places: number;
  /** The role's management link (change or close it): a role can be changed or closed before any candidate comes. */
  manageRoleUrl: string;
}

export interface RoleClosedVars {
  recipientName: string;
  companyName: string;
  roleTitle: string;
  /** The role's management link: it reopens the role while its period has not ended. */
  manageRoleUrl: string;
}

export const roleVerificationEmail = /* @__PURE__ */ defineEmail<RoleVerificationEmailVars>({
  fi: (v) => ({
    subject: 'Vahvista ilmoittamasi harjoittelupaikka – Liike',
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
    subject: 'Confirm the role you posted – Liike',
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
    subject: 'Kinnitage lisatud praktikakoht – Liike',
    greeting: `Tere, ${v.contactName}!`,
    intro: [
      `${v.companyName} on lisanud Liike keskkonda praktikakoha ${q(v.roleTitle, 'et')} ja märkinud Teid selle kontaktisikuks.`,
      'Palun kinnitage oma e-posti aadress. Praktikakoht avaneb partnerkoolide kandidaatidele alles pärast Teie kinnitust.',
    ],
    action: {
      label: 'Vaadake üle ja kinnitage',
      url: v.verifyUrl,
      note: `Link kehtib kuni ${estonianDate(formatDate(v.expiresAt, 'et'), 'terminative')}.`,
    },
    outro: ['Kui Teie seda praktikakohta ei lisanud, võite selle e-kirja tähelepanuta jätta: ilma kinnituseta midagi ei avaldata.'],
  }),
  lt: (v) => ({
    subject: 'Patvirtinkite paskelbtą praktikos vietą – Liike',
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
    subject: 'Подтвердите размещённое место практики – Liike',
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
});

export const roleOpenedEmail = /* @__PURE__ */ defineEmail<RoleOpenedVars>({
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
    secondaryAction: manageRoleAction('fi', v.manageRoleUrl),
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
    secondaryAction: manageRoleAction('en', v.manageRoleUrl),
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
    secondaryAction: manageRoleAction('et', v.manageRoleUrl),
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
    secondaryAction: manageRoleAction('lt', v.manageRoleUrl),
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
    secondaryAction: manageRoleAction('ru', v.manageRoleUrl),
  }),
});

export const roleClosedEmail = /* @__PURE__ */ defineEmail<RoleClosedVars>({
  fi: (v) => ({
    subject: `Harjoittelupaikka ${q(v.roleTitle, 'fi')} on suljettu – Liike`,
    greeting: `Hei ${v.recipientName},`,
    intro: [
      `Harjoittelupaikka ${q(v.roleTitle, 'fi')} (${v.companyName}) on nyt suljettu. Emme ehdota siihen enää hakijoita.`,
      'Päätöstä odottaneet ehdotukset on peruttu, ja niiden hakijat ovat palanneet hakuun. Sulkeminen ei vaikuta jo vahvistettuihin harjoittelujaksoihin.',
    ],
    outro: ['Tarvitsetteko myöhemmin taas harjoittelijoita? Voit ilmoittaa uuden paikan milloin tahansa.'],
    secondaryAction: manageRoleAction('fi', v.manageRoleUrl, REOPEN_LINK),
  }),
  en: (v) => ({
    subject: `Your role ${q(v.roleTitle, 'en')} is closed – Liike`,
    greeting: `Hello ${v.recipientName},`,
    intro: [
      `The role ${q(v.roleTitle, 'en')} at ${v.companyName} is now closed. We will not propose any more applicants for it.`,
      'Proposals that were still waiting for a decision have been cancelled, and those applicants are back in the search. Placements already confirmed are not affected.',
    ],
    outro: ['Need trainees again later? You can post a new role at any time.'],
    secondaryAction: manageRoleAction('en', v.manageRoleUrl, REOPEN_LINK),
  }),
  et: (v) => ({
    subject: `Praktikakoht ${q(v.roleTitle, 'et')} on suletud – Liike`,
    greeting: `Tere, ${v.recipientName}!`,
    intro: [
      `Praktikakoht ${q(v.roleTitle, 'et')} (${v.companyName}) on nüüd suletud. Me ei paku sellele enam kandidaate.`,
      'Otsust oodanud pakkumised on tühistatud ja nende kandidaadid on tagasi otsingus. Juba kinnitatud praktikaid see ei mõjuta.',
    ],
    outro: ['Vajate hiljem jälle praktikante? Võite igal ajal lisada uue praktikakoha.'],
    secondaryAction: manageRoleAction('et', v.manageRoleUrl, REOPEN_LINK),
  }),
  lt: (v) => ({
    subject: `Praktikos vieta ${q(v.roleTitle, 'lt')} uždaryta – Liike`,
    greeting: `Sveiki, ${v.recipientName}!`,
    intro: [
      `Praktikos vieta ${q(v.roleTitle, 'lt')} (${v.companyName}) dabar uždaryta. Daugiau kandidatų į ją nebesiūlysime.`,
      'Sprendimo laukę pasiūlymai panaikinti, o jų kandidatai grąžinti į paiešką. Jau patvirtintoms praktikoms tai įtakos neturi.',
    ],
    outro: ['Vėliau vėl reikės praktikantų? Naują praktikos vietą galite paskelbti bet kada.'],
    secondaryAction: manageRoleAction('lt', v.manageRoleUrl, REOPEN_LINK),
  }),
  ru: (v) => ({
    subject: `Место практики ${q(v.roleTitle, 'ru')} закрыто – Liike`,
    greeting: `Здравствуйте, ${v.recipientName}!`,
    intro: [
      `Место практики ${q(v.roleTitle, 'ru')} (${v.companyName}) закрыто. Мы больше не будем предлагать на него кандидатов.`,
      'Предложения, ожидавшие решения, отменены, а их кандидаты вернулись в поиск. На уже подтверждённые практики это не влияет.',
    ],
    outro: ['Снова понадобятся практиканты? Вы можете в любое время разместить новое место практики.'],
    secondaryAction: manageRoleAction('ru', v.manageRoleUrl, REOPEN_LINK),
  }),
});
