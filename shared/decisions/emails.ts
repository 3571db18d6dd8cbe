import { countryName } from '#shared/vocabulary/labels';
import { formatDate, quote as q, type Language } from '#shared/platform/i18n';
import { estonianDate } from '#shared/platform/estonian';
import {
  applicantRows,
  contactRows,
  fullName,
  MATCH_LABELS,
  placementRows,
  roleDescriptionHeading,
  scoreRows,
  type ApplicantFacts,
  type Audience,
  type Contacts,
  type CoordinatorFacts,
  type PlacementFacts,
} from './match-facts.ts';
import { defineEmail, type EmailContent, type EmailSection } from '#shared/platform/email';
import { manageRoleAction } from '#shared/roles/manage-texts';

/**
 * The emails of a proposal's life: the coordinator's and the company's decision emails, the
 * confirmation to all three parties, and the kind word to the applicant when a proposal ends
 * without a placement. Names and titles may be in any script; they are escaped in HTML.
 *
 * Subjects carry fixed words only, and free text only where the recipient typed it themselves:
 * the role's title in the emails to its own (verified) contact. Never the applicant's name, nor
 * the company's or the role's words in an email to someone else: anyone can type anything into
 * the public forms, and a subject line is what an inbox shows before anyone opens the mail
 * ("Your account is locked – call …"). The body names them, under Liike's own words.
 */

/** Why a proposal ended without a placement; the applicant is never told anyone's reason. */
export type SearchOutcome = 'rejected' | 'declined' | 'expired' | 'released';

/** To the sending school's coordinator, or the deputy, who decides on the coordinator's behalf. */
export interface CoordinatorProposalVars extends CoordinatorFacts {
  recipientName: string;
  decideUrl: string;
  /** ISO date-time when the proposal expires. */
  decideBy: string;
  reminder: boolean;
  deputy: boolean;
}

/** To the company contact, once the coordinator has approved. */
export interface CompanyProposalVars {
  recipientName: string;
  applicant: ApplicantFacts;
  placement: PlacementFacts;
  motivation?: string;
  decideUrl: string;
  decideBy: string;
  /** The role's management link: change or close the role (shared/roles/manage-texts.ts). */
  manageRoleUrl: string;
  reminder: boolean;
}

/** To each of the three parties of a confirmed placement, with how to reach the other two. */
export interface PlacementConfirmedVars {
  audience: Audience;
  recipientName: string;
  applicant: ApplicantFacts;
  placement: PlacementFacts;
  contacts: Contacts;
  /** The company's email only: the role's management link (places may be left, or the role may now be filled). */
  manageRoleUrl?: string;
}

/** To the applicant when a proposal ends without a placement. */
export interface SearchContinuesVars {
  firstName: string;
  outcome: SearchOutcome;
  statusUrl: string;
}

function proposalSections(language: Language, v: CoordinatorProposalVars): EmailSection[] {
  const t = MATCH_LABELS[language];
  const context = { placement: v.placement, requiredLanguages: v.requiredLanguages, requiredWeeks: v.requiredWeeks };
  return [
    { heading: t.applicantHeading, facts: applicantRows(language, v.applicant) },
    ...ownWords(t.motivationHeading, v.motivation),
    { heading: t.placementHeading, facts: placementRows(language, v.placement, v.requiredLanguages) },
    ...ownWords(roleDescriptionHeading(language, v.roleDescriptionLanguage), v.roleDescription),
    { heading: t.whyHeading, facts: scoreRows(language, v.score, context) },
  ];
}

/** A section of someone's own words (line breaks kept), or none when there are none. */
export const ownWords = (heading: string, text: string | undefined): EmailSection[] => (text?.trim() ? [{ heading, paragraphs: [text.trim()] }] : []);

export const coordinatorProposalEmail = /* @__PURE__ */ defineEmail<CoordinatorProposalVars>({
  fi: (v) => {
    const name = fullName(v.applicant);
    const date = formatDate(v.decideBy, 'fi');
    const where = `${name} – ${q(v.placement.roleTitle, 'fi')}, ${v.placement.companyName}, ${v.placement.city}`;
    const deputy = v.deputy ? [`Saat tämän viestin varakoordinaattorina (${v.applicant.schoolName}). Voit päättää koordinaattorin puolesta; ensimmäinen tehty päätös ratkaisee.`] : [];
    return {
      subject: v.reminder ? 'Muistutus: harjoittelupaikkaehdotus odottaa päätöstäsi – Liike' : 'Tarkista harjoittelupaikkaehdotus – Liike',
      greeting: `Hei ${v.recipientName},`,
      intro: v.reminder
        ? [
            `Tämä on muistutus. Harjoittelupaikkaehdotus odottaa yhä päätöstä: ${where}.`,
            `Jos kukaan ei päätä ${date} mennessä, ehdotus raukeaa ja hakija palaa hakuun.`,
            ...deputy,
          ]
        : [
            `Olemme löytäneet harjoittelupaikan oppilaitoksenne hakijalle: ${where}.`,
            'Käy ehdotus läpi ja hyväksy tai hylkää se. Jos hyväksyt sen, seuraavaksi yritystä pyydetään hyväksymään hakija. Jos hylkäät sen, hakija palaa hakuun.',
            ...deputy,
          ],
      sections: proposalSections('fi', v),
      action: {
        label: 'Tarkista ja päätä',
        url: v.decideUrl,
        note: `Päätä viimeistään ${date}. Sivulla voit hyväksyä tai hylätä ehdotuksen; hylkäämiselle tarvitaan lyhyt perustelu, jota ei lähetetä hakijalle (se sisältyy tietoihin, jotka hakija voi ladata itsestään).`,
      },
      outro: ['Sivun avaaminen ei muuta mitään – vain sivulla tekemäsi päätös ratkaisee. Linkki on tarkoitettu sinulle, joten älä välitä tätä viestiä eteenpäin.'],
    };
  },
  en: (v) => {
    const name = fullName(v.applicant);
    const date = formatDate(v.decideBy, 'en');
    const where = `${name} – ${q(v.placement.roleTitle, 'en')} at ${v.placement.companyName}, ${v.placement.city}`;
    const deputy = v.deputy
      ? [`You are receiving this as the deputy coordinator of ${v.applicant.schoolName}. You can decide on the coordinator’s behalf; the first decision made counts.`]
      : [];
    return {
      subject: v.reminder ? 'Reminder: a placement proposal awaits your decision – Liike' : 'Please review a placement proposal – Liike',
      greeting: `Hello ${v.recipientName},`,
      intro: v.reminder
        ? [
            `This is a reminder. A placement proposal is still waiting for a decision: ${where}.`,
            `If nobody decides by ${date}, the proposal expires and the applicant goes back to the search.`,
            ...deputy,
          ]
        : [
            `We have found a work placement for an applicant from your school: ${where}.`,
            'Please review the proposal and approve or reject it. If you approve it, the company is asked next to accept the applicant; if you reject it, the applicant goes back to the search.',
            ...deputy,
          ],
      sections: proposalSections('en', v),
      action: {
        label: 'Review and decide',
        url: v.decideUrl,
        note: `Please decide by ${date}. On the page you can approve or reject the proposal; rejecting needs a short reason, which is not sent to the applicant (it is in the data they can download about themselves).`,
      },
      outro: ['Opening the page changes nothing: only the decision you make there counts. The link is meant for you, so please do not forward this email.'],
    };
  },
  et: (v) => {
    const name = fullName(v.applicant);
    const date = estonianDate(formatDate(v.decideBy, 'et'), 'translative'); // "hiljemalt 13. detsembriks"
    const where = `${name} – ${q(v.placement.roleTitle, 'et')}, ${v.placement.companyName}, ${v.placement.city}`;
    const deputy = v.deputy
      ? [`Saate selle kirja asenduskoordinaatorina (${v.applicant.schoolName}). Võite otsustada koordinaatori eest; kehtib esimesena tehtud otsus.`]
      : [];
    return {
      subject: v.reminder ? 'Meeldetuletus: praktikapakkumine ootab Teie otsust – Liike' : 'Palun vaadake üle praktikapakkumine – Liike',
      greeting: `Tere, ${v.recipientName}!`,
      intro: v.reminder
        ? [
            `See on meeldetuletus. Praktikapakkumine ootab endiselt otsust: ${where}.`,
            `Kui keegi ei otsusta hiljemalt ${date}, pakkumine aegub ja kandidaat naaseb otsingusse.`,
            ...deputy,
          ]
        : [
            `Leidsime Teie kooli kandidaadile praktikakoha: ${where}.`,
            'Palun vaadake pakkumine üle ning kiitke see heaks või lükake tagasi. Kui kiidate selle heaks, palutakse järgmisena ettevõttel kandidaat vastu võtta; kui lükkate selle tagasi, naaseb kandidaat otsingusse.',
            ...deputy,
          ],
      sections: proposalSections('et', v),
      action: {
        label: 'Vaadake üle ja otsustage',
        url: v.decideUrl,
        note: `Palun otsustage hiljemalt ${date}. Lehel saate pakkumise heaks kiita või tagasi lükata; tagasilükkamiseks on vaja lühikest põhjendust, mida kandidaadile ei saadeta (see on andmetes, mille kandidaat saab enda kohta alla laadida).`,
      },
      outro: ['Lehe avamine ei muuda midagi – arvesse läheb ainult seal tehtud otsus. Link on mõeldud Teile, seega palun ärge edastage seda e-kirja.'],
    };
  },
  lt: (v) => {
    const name = fullName(v.applicant);
    const date = formatDate(v.decideBy, 'lt');
    const where = `${name} – ${q(v.placement.roleTitle, 'lt')}, ${v.placement.companyName}, ${v.placement.city}`;
    const deputy = v.deputy
      ? [`Šį laišką gaunate kaip pavaduojantis koordinatorius (${v.applicant.schoolName}). Galite priimti sprendimą koordinatoriaus vardu; galioja pirmasis priimtas sprendimas.`]
      : [];
    return {
      subject: v.reminder ? 'Priminimas: praktikos pasiūlymas laukia Jūsų sprendimo – Liike' : 'Peržiūrėkite praktikos pasiūlymą – Liike',
      greeting: `Sveiki, ${v.recipientName}!`,
      intro: v.reminder
        ? [
            `Tai priminimas. Praktikos pasiūlymas vis dar laukia sprendimo: ${where}.`,
            `Jei niekas nepriims sprendimo iki ${date}, pasiūlymas nebegalios, o kandidatas grįš į paiešką.`,
            ...deputy,
          ]
        : [
            `Radome praktikos vietą Jūsų mokyklos kandidatui: ${where}.`,
            'Peržiūrėkite pasiūlymą ir jam pritarkite arba jį atmeskite. Jei pritarsite, toliau įmonės bus paprašyta priimti kandidatą; jei atmesite, kandidatas grįš į paiešką.',
            ...deputy,
          ],
      sections: proposalSections('lt', v),
      action: {
        label: 'Peržiūrėti ir nuspręsti',
        url: v.decideUrl,
        note: `Sprendimą priimkite iki ${date}. Puslapyje galėsite pasiūlymui pritarti arba jį atmesti; atmetant reikia trumpai nurodyti priežastį – ji kandidatui nesiunčiama (ji yra duomenyse, kuriuos kandidatas gali atsisiųsti apie save).`,
      },
      outro: ['Atidarius puslapį niekas nepasikeičia – galioja tik ten priimtas sprendimas. Nuoroda skirta Jums, todėl šio laiško nepersiųskite.'],
    };
  },
  ru: (v) => {
    const name = fullName(v.applicant);
    const date = formatDate(v.decideBy, 'ru');
    const where = `${name} – ${q(v.placement.roleTitle, 'ru')}, ${v.placement.companyName}, ${v.placement.city}`;
    const deputy = v.deputy
      ? [`Вы получили это письмо как заместитель координатора (${v.applicant.schoolName}). Вы можете принять решение вместо координатора; действует решение, принятое первым.`]
      : [];
    return {
      subject: v.reminder ? 'Напоминание: предложение о практике ждёт Вашего решения – Liike' : 'Рассмотрите предложение о практике – Liike',
      greeting: `Здравствуйте, ${v.recipientName}!`,
      intro: v.reminder
        ? [
            `Напоминаем: предложение о практике всё ещё ждёт решения: ${where}.`,
            `Если до ${date} никто не примет решение, срок предложения истечёт и кандидат вернётся в поиск.`,
            ...deputy,
          ]
        : [
            `Мы нашли место практики для кандидата из Вашего учебного заведения: ${where}.`,
            'Пожалуйста, рассмотрите предложение и одобрите или отклоните его. Если Вы его одобрите, следующим шагом компании будет предложено принять кандидата; если отклоните — кандидат вернётся в поиск.',
            ...deputy,
          ],
      sections: proposalSections('ru', v),
      action: {
        label: 'Рассмотреть и решить',
        url: v.decideUrl,
        note: `Пожалуйста, примите решение до ${date}. На странице можно одобрить или отклонить предложение; для отказа нужна краткая причина, её не отправят кандидату (она есть в данных, которые кандидат может скачать о себе).`,
      },
      outro: ['Открытие страницы ничего не меняет — учитывается только принятое там решение. Ссылка предназначена для Вас, поэтому не пересылайте это письмо.'],
    };
  },
});

function candidateSections(language: Language, v: CompanyProposalVars): EmailSection[] {
  const t = MATCH_LABELS[language];
  const sections: EmailSection[] = [
    { heading: t.applicantHeading, facts: applicantRows(language, v.applicant) },
    { heading: t.placementHeading, facts: placementRows(language, v.placement) },
  ];
  if (v.motivation?.trim()) sections.push({ heading: t.motivationHeading, paragraphs: [v.motivation.trim()] });
  return sections;
}

export const companyProposalEmail = /* @__PURE__ */ defineEmail<CompanyProposalVars>({
  fi: (v) => {
    const name = fullName(v.applicant);
    const role = q(v.placement.roleTitle, 'fi');
    const date = formatDate(v.decideBy, 'fi');
    return {
      subject: v.reminder ? `Muistutus: hakija harjoittelupaikkaan ${role} odottaa vastaustasi – Liike` : `Hakija harjoittelupaikkaan ${role} – hyväksy tai kieltäydy – Liike`,
      greeting: `Hei ${v.recipientName},`,
      intro: v.reminder
        ? [
            `Tämä on muistutus. Harjoittelupaikkaanne ${role} ehdotettu hakija ${name} odottaa yhä vastaustasi.`,
            `Jos et vastaa ${date} mennessä, ehdotus raukeaa ja paikka palaa hakuun.`,
          ]
        : [
            `Harjoittelupaikkaanne ${role} on hakija: ${name}, ${v.applicant.schoolName} (${countryName(v.applicant.homeCountry, 'fi')}). Hakijan oppilaitoksen koordinaattori on jo hyväksynyt jakson.`,
            'Hyväksy hakija tai kieltäydy. Jos hyväksyt, harjoittelujakso vahvistetaan, ja sinä, hakija ja koordinaattori saatte sähköpostin yhteystietoineen.',
          ],
      sections: candidateSections('fi', v),
      action: {
        label: 'Tarkista hakija',
        url: v.decideUrl,
        note: `Vastaa viimeistään ${date}. Kieltäytymiselle tarvitaan lyhyt perustelu, jota ei lähetetä hakijalle (se sisältyy tietoihin, jotka hakija voi ladata itsestään).`,
      },
      outro: ['Sivun avaaminen ei muuta mitään – vain sivulla painamasi painike ratkaisee.'],
      secondaryAction: manageRoleAction('fi', v.manageRoleUrl),
    };
  },
  en: (v) => {
    const name = fullName(v.applicant);
    const role = q(v.placement.roleTitle, 'en');
    const date = formatDate(v.decideBy, 'en');
    return {
      subject: v.reminder ? `Reminder: an applicant for ${role} awaits your answer – Liike` : `An applicant for your role ${role} – please accept or decline – Liike`,
      greeting: `Hello ${v.recipientName},`,
      intro: v.reminder
        ? [
            `This is a reminder. The applicant ${name} for your role ${role} is still waiting for your answer.`,
            `If you do not answer by ${date}, the proposal expires and the place goes back to the search.`,
          ]
        : [
            `We have an applicant for your role ${role}: ${name}, from ${v.applicant.schoolName} (${countryName(v.applicant.homeCountry, 'en')}). The applicant’s school coordinator has already approved the placement.`,
            'Please accept or decline the applicant. If you accept, the placement is confirmed, and you, the applicant and the coordinator receive an email with the contacts.',
          ],
      sections: candidateSections('en', v),
      action: {
        label: 'Review the applicant',
        url: v.decideUrl,
        note: `Please answer by ${date}. Declining needs a short reason, which is not sent to the applicant (it is in the data they can download about themselves).`,
      },
      outro: ['Opening the page changes nothing: only the button you press there counts.'],
      secondaryAction: manageRoleAction('en', v.manageRoleUrl),
    };
  },
  et: (v) => {
    const name = fullName(v.applicant);
    const role = q(v.placement.roleTitle, 'et');
    const date = estonianDate(formatDate(v.decideBy, 'et'), 'translative'); // "hiljemalt 13. detsembriks"
    return {
      subject: v.reminder
        ? `Meeldetuletus: kandidaat praktikakohale ${role} ootab Teie vastust – Liike`
        : `Kandidaat praktikakohale ${role} – palun võtke vastu või keelduge – Liike`,
      greeting: `Tere, ${v.recipientName}!`,
      intro: v.reminder
        ? [
            `See on meeldetuletus. Kandidaat ${name} ootab endiselt Teie vastust praktikakoha ${role} kohta.`,
            `Kui Te ei vasta hiljemalt ${date}, pakkumine aegub ja koht naaseb otsingusse.`,
          ]
        : [
            `Teie praktikakohale ${role} on kandidaat: ${name}, ${v.applicant.schoolName} (${countryName(v.applicant.homeCountry, 'et')}). Kandidaadi kooli koordinaator on praktika juba heaks kiitnud.`,
            'Palun võtke kandidaat vastu või keelduge. Kui võtate ta vastu, praktikakoht kinnitatakse ning Teie, kandidaat ja koordinaator saate kontaktandmetega e-kirja.',
          ],
      sections: candidateSections('et', v),
      action: {
        label: 'Vaadake kandidaat üle',
        url: v.decideUrl,
        note: `Palun vastake hiljemalt ${date}. Keeldumiseks on vaja lühikest põhjendust, mida kandidaadile ei saadeta (see on andmetes, mille kandidaat saab enda kohta alla laadida).`,
      },
      outro: ['Lehe avamine ei muuda midagi – arvesse läheb ainult see nupp, mida seal vajutate.'],
      secondaryAction: manageRoleAction('et', v.manageRoleUrl),
    };
  },
  lt: (v) => {
    const name = fullName(v.applicant);
    const role = q(v.placement.roleTitle, 'lt');
    const date = formatDate(v.decideBy, 'lt');
    return {
      subject: v.reminder
        ? `Priminimas: kandidatas į praktikos vietą ${role} laukia Jūsų atsakymo – Liike`
        : `Kandidatas į praktikos vietą ${role} – priimkite arba atsisakykite – Liike`,
      greeting: `Sveiki, ${v.recipientName}!`,
      intro: v.reminder
        ? [
            `Tai priminimas. Kandidatas ${name} į Jūsų praktikos vietą ${role} vis dar laukia Jūsų atsakymo.`,
            `Jei neatsakysite iki ${date}, pasiūlymas nebegalios, o vieta grįš į paiešką.`,
          ]
        : [
            `Į Jūsų praktikos vietą ${role} turime kandidatą: ${name}, ${v.applicant.schoolName} (${countryName(v.applicant.homeCountry, 'lt')}). Kandidato mokyklos koordinatorius jau pritarė šiai praktikai.`,
            'Priimkite kandidatą arba atsisakykite. Jei priimsite, praktika bus patvirtinta, o Jūs, kandidatas ir koordinatorius gausite el. laišką su kontaktais.',
          ],
      sections: candidateSections('lt', v),
      action: {
        label: 'Peržiūrėti kandidatą',
        url: v.decideUrl,
        note: `Atsakykite iki ${date}. Atsisakant reikia trumpai nurodyti priežastį – ji kandidatui nesiunčiama (ji yra duomenyse, kuriuos kandidatas gali atsisiųsti apie save).`,
      },
      outro: ['Atidarius puslapį niekas nepasikeičia – galioja tik tas mygtukas, kurį ten paspausite.'],
      secondaryAction: manageRoleAction('lt', v.manageRoleUrl),
    };
  },
  ru: (v) => {
    const name = fullName(v.applicant);
    const role = q(v.placement.roleTitle, 'ru');
    const date = formatDate(v.decideBy, 'ru');
    return {
      subject: v.reminder ? `Напоминание: кандидат на место ${role} ждёт Вашего ответа – Liike` : `Кандидат на место практики ${role}: примите или откажите – Liike`,
      greeting: `Здравствуйте, ${v.recipientName}!`,
      intro: v.reminder
        ? [
            `Напоминаем: кандидат ${name} на Ваше место практики ${role} всё ещё ждёт Вашего ответа.`,
            `Если Вы не ответите до ${date}, срок предложения истечёт и место вернётся в поиск.`,
          ]
        : [
            `У нас есть кандидат на Ваше место практики ${role}: ${name}, ${v.applicant.schoolName} (${countryName(v.applicant.homeCountry, 'ru')}). Координатор учебного заведения кандидата уже одобрил эту практику.`,
            'Пожалуйста, примите кандидата или откажите. Если Вы примете кандидата, практика будет подтверждена, и Вы, кандидат и координатор получите письмо с контактами.',
          ],
      sections: candidateSections('ru', v),
      action: {
        label: 'Посмотреть кандидата',
        url: v.decideUrl,
        note: `Пожалуйста, ответьте до ${date}. Для отказа нужна краткая причина, её не отправят кандидату (она есть в данных, которые кандидат может скачать о себе).`,
      },
      outro: ['Открытие страницы ничего не меняет — учитывается только кнопка, которую Вы там нажмёте.'],
      secondaryAction: manageRoleAction('ru', v.manageRoleUrl),
    };
  },
});

function confirmedSections(language: Language, v: PlacementConfirmedVars): EmailSection[] {
  const t = MATCH_LABELS[language];
  return [
    ...(v.audience === 'applicant' ? [] : [{ heading: t.applicantHeading, facts: applicantRows(language, v.applicant) }]),
    { heading: t.placementHeading, facts: placementRows(language, v.placement) },
    { heading: t.contactsHeading, facts: contactRows(language, v.audience, v.applicant, v.contacts) },
  ];
}

/** What each audience is told, per language; the facts and contacts are added around it. */
type ConfirmedText = Record<
  PlacementConfirmedVars['audience'],
  (v: PlacementConfirmedVars) => Pick<EmailContent, 'subject' | 'intro' | 'outro'>
>;

const confirmedTemplate =
  (language: Language, greeting: (name: string) => string, text: ConfirmedText) =>
  (v: PlacementConfirmedVars): EmailContent => ({
    ...text[v.audience](v),
    greeting: greeting(v.recipientName),
    sections: confirmedSections(language, v),
    ...(v.audience === 'company' && v.manageRoleUrl ? { secondaryAction: manageRoleAction(language, v.manageRoleUrl) } : {}),
  });

export const placementConfirmedEmail = /* @__PURE__ */ defineEmail<PlacementConfirmedVars>({
  fi: /* @__PURE__ */ confirmedTemplate('fi', (name) => `Hei ${name},`, {
    applicant: (v) => ({
      subject: 'Harjoittelupaikkasi on vahvistettu – Liike',
      intro: [
        `Onnittelut! Harjoittelupaikkasi on vahvistettu: ${q(v.placement.roleTitle, 'fi')}, ${v.placement.companyName}.`,
        'Alla ovat ajankohta, paikka ja yhteystiedot. Sovi ensimmäisestä päivästä ja työajoista yrityksen yhteyshenkilön kanssa, ja keskustele oppilaitoksesi koordinaattorin kanssa matkoista, vakuutuksesta ja harjoittelusopimuksesta.',
      ],
      outro: ['Hakemuksesi on nyt käsitelty loppuun, joten emme ehdota sinulle muita paikkoja.'],
    }),
    company: (v) => ({
      subject: `Harjoittelu vahvistettu: ${q(v.placement.roleTitle, 'fi')} – Liike`,
      intro: [
        `Kiitos, että hyväksyit hakijan. Harjoittelujakso on vahvistettu: ${fullName(v.applicant)}, harjoittelupaikka ${q(v.placement.roleTitle, 'fi')}.`,
        'Ota yhteyttä hakijaan ja sopikaa ensimmäisestä päivästä, työajoista ja siitä, mitä hakijan tulee ottaa mukaan. Jakson kysymyksissä voit olla yhteydessä myös hakijan oppilaitoksen koordinaattoriin.',
      ],
      outro: ['Jos paikkoja on vielä vapaana, ehdotamme niihin edelleen hakijoita.'],
    }),
    coordinator: (v) => ({
      subject: 'Oppilaitoksenne hakijan harjoittelu on vahvistettu – Liike',
      intro: [
        `Oppilaitoksenne hakijan harjoittelujakso on vahvistettu: ${fullName(v.applicant)}. ${v.placement.companyName} on hyväksynyt hakijan.`,
        'Alla ovat jakson tiedot ja yhteystiedot esimerkiksi harjoittelusopimusta, matkoja ja vakuutuksia varten.',
      ],
    }),
  }),
  en: /* @__PURE__ */ confirmedTemplate('en', (name) => `Hello ${name},`, {
    applicant: (v) => ({
      subject: 'Your placement is confirmed – Liike',
      intro: [
        `Congratulations! Your work placement is confirmed: ${q(v.placement.roleTitle, 'en')} at ${v.placement.companyName}.`,
        'Below are the dates, the place and your contacts. Please agree on your first day and working hours with the company contact, and talk to your school’s coordinator about travel, insurance and your learning agreement.',
      ],
      outro: ['Your application is now complete, so we will not propose other placements to you.'],
    }),
    company: (v) => ({
      subject: `Placement confirmed: ${q(v.placement.roleTitle, 'en')} – Liike`,
      intro: [
        `Thank you for accepting the applicant. The placement is confirmed: ${fullName(v.applicant)} joins ${v.placement.companyName} as ${q(v.placement.roleTitle, 'en')}.`,
        'Please contact the applicant to agree on the first day, the working hours and what to bring. For any questions about the placement, you can also contact the applicant’s school coordinator.',
      ],
      outro: ['If the role has places left, we keep proposing applicants for them.'],
    }),
    coordinator: (v) => ({
      subject: 'A placement is confirmed for an applicant from your school – Liike',
      intro: [
        `The placement of ${fullName(v.applicant)} from your school is confirmed: ${v.placement.companyName} has accepted the applicant.`,
        'Below are the details and contacts, for example for the learning agreement, travel and insurance.',
      ],
    }),
  }),
  et: /* @__PURE__ */ confirmedTemplate('et', (name) => `Tere, ${name}!`, {
    applicant: (v) => ({
      subject: 'Teie praktikakoht on kinnitatud – Liike',
      intro: [
        `Palju õnne! Teie praktikakoht on kinnitatud: ${q(v.placement.roleTitle, 'et')}, ${v.placement.companyName}.`,
        'Allpool on praktika aeg, koht ja kontaktid. Leppige ettevõtte kontaktisikuga kokku esimene päev ja tööaeg ning arutage oma kooli koordinaatoriga reisi, kindlustuse ja praktikalepingu küsimusi.',
      ],
      outro: ['Teie avaldus on nüüd lõpetatud ja me ei paku Teile enam teisi praktikakohti.'],
    }),
    company: (v) => ({
      subject: `Praktika kinnitatud: ${q(v.placement.roleTitle, 'et')} – Liike`,
      intro: [
        `Täname, et võtsite kandidaadi vastu. Praktika on kinnitatud: ${fullName(v.applicant)}, praktikakoht ${q(v.placement.roleTitle, 'et')}.`,
        'Palun võtke kandidaadiga ühendust ja leppige kokku esimene päev, tööaeg ja see, mida kaasa võtta. Praktikat puudutavate küsimustega võite pöörduda ka kandidaadi kooli koordinaatori poole.',
      ],
      outro: ['Kui praktikakohal on veel vabu kohti, pakume neile jätkuvalt kandidaate.'],
    }),
    coordinator: (v) => ({
      subject: 'Teie kooli kandidaadi praktika on kinnitatud – Liike',
      intro: [
        `Teie kooli kandidaadi praktika on kinnitatud: ${fullName(v.applicant)}. ${v.placement.companyName} võttis kandidaadi vastu.`,
        'Allpool on andmed ja kontaktid, näiteks praktikalepingu, reisi ja kindlustuse jaoks.',
      ],
    }),
  }),
  lt: /* @__PURE__ */ confirmedTemplate('lt', (name) => `Sveiki, ${name}!`, {
    applicant: (v) => ({
      subject: 'Jūsų praktikos vieta patvirtinta – Liike',
      intro: [
        `Sveikiname! Jūsų praktikos vieta patvirtinta: ${q(v.placement.roleTitle, 'lt')}, ${v.placement.companyName}.`,
        'Toliau rasite praktikos laiką, vietą ir kontaktus. Su įmonės kontaktiniu asmeniu susitarkite dėl pirmosios dienos ir darbo laiko, o su savo mokyklos koordinatoriumi aptarkite kelionę, draudimą ir praktikos sutartį.',
      ],
      outro: ['Jūsų paraiška baigta, todėl kitų vietų Jums nebesiūlysime.'],
    }),
    company: (v) => ({
      subject: `Praktika patvirtinta: ${q(v.placement.roleTitle, 'lt')} – Liike`,
      intro: [
        `Dėkojame, kad priėmėte kandidatą. Praktika patvirtinta: ${fullName(v.applicant)}, praktikos vieta ${q(v.placement.roleTitle, 'lt')}.`,
        'Susisiekite su kandidatu ir susitarkite dėl pirmosios dienos, darbo laiko ir to, ką reikia atsivežti. Iškilus klausimų dėl praktikos, galite kreiptis ir į kandidato mokyklos koordinatorių.',
      ],
      outro: ['Jei dar liko laisvų vietų, ir toliau siūlysime į jas kandidatų.'],
    }),
    coordinator: (v) => ({
      subject: 'Jūsų mokyklos kandidato praktika patvirtinta – Liike',
      intro: [
        `Jūsų mokyklos kandidato praktika patvirtinta: ${fullName(v.applicant)}. ${v.placement.companyName} priėmė kandidatą.`,
        'Toliau rasite duomenis ir kontaktus, pvz., praktikos sutarčiai, kelionei ir draudimui.',
      ],
    }),
  }),
  ru: /* @__PURE__ */ confirmedTemplate('ru', (name) => `Здравствуйте, ${name}!`, {
    applicant: (v) => ({
      subject: 'Ваше место практики подтверждено – Liike',
      intro: [
        `Поздравляем! Ваше место практики подтверждено: ${q(v.placement.roleTitle, 'ru')}, ${v.placement.companyName}.`,
        'Ниже — сроки, место и контакты. Договоритесь с контактным лицом компании о первом дне и рабочем времени, а с координатором своего учебного заведения обсудите поездку, страховку и договор о практике.',
      ],
      outro: ['Ваша заявка завершена, поэтому другие места мы Вам больше предлагать не будем.'],
    }),
    company: (v) => ({
      subject: `Практика подтверждена: ${q(v.placement.roleTitle, 'ru')} – Liike`,
      intro: [
        `Спасибо, что приняли кандидата. Практика подтверждена: ${fullName(v.applicant)}, место практики ${q(v.placement.roleTitle, 'ru')}.`,
        'Пожалуйста, свяжитесь с кандидатом и договоритесь о первом дне, рабочем времени и о том, что взять с собой. По вопросам практики можно также обратиться к координатору учебного заведения кандидата.',
      ],
      outro: ['Если свободные места ещё остались, мы продолжим предлагать на них кандидатов.'],
    }),
    coordinator: (v) => ({
      subject: 'Практика кандидата из Вашего учебного заведения подтверждена – Liike',
      intro: [
        `Практика кандидата из Вашего учебного заведения подтверждена: ${fullName(v.applicant)}. Компания ${v.placement.companyName} приняла кандидата.`,
        'Ниже — данные и контакты, например для договора о практике, поездки и страховки.',
      ],
    }),
  }),
});

export const searchContinuesEmail = /* @__PURE__ */ defineEmail<SearchContinuesVars>({
  fi: (v) => ({
    subject: 'Etsimme sinulle edelleen paikkaa – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      {
        rejected: 'Ehdotimme sinulle harjoittelupaikkaa, mutta oppilaitoksesi koordinaattori päätti ehdotuksen läpikäytyään, ettei paikka ole sinulle oikea.',
        declined: 'Ehdotimme sinulle harjoittelupaikkaa, mutta vastaanottava yritys ei tällä kertaa pystynyt ottamaan harjoittelijaa.',
        expired: 'Ehdotimme sinulle harjoittelupaikkaa, mutta siitä ei ehditty päättää ajoissa, joten ehdotus raukesi.',
        released: 'Ehdotimme sinulle harjoittelupaikkaa, mutta paikka ei ole enää saatavilla.',
      }[v.outcome],
      'Näin käy joskus, eikä se kerro sinusta mitään: sopivan paikan löytäminen vaatii usein useamman kierroksen.',
      'Hakemuksesi on palannut hakuun automaattisesti, ja etsimme sinulle edelleen sopivaa paikkaa. Sinun ei tarvitse tehdä mitään.',
    ],
    action: { label: 'Katso hakemuksesi', url: v.statusUrl, note: 'Sivulla näet hakemuksesi tilanteen.' },
    outro: ['Jos sinulla on kysyttävää, oppilaitoksesi kansainvälisten asioiden koordinaattori auttaa mielellään.'],
  }),
  en: (v) => ({
    subject: 'Your placement search continues – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      {
        rejected: 'We proposed a work placement for you, but after reviewing it, your school’s coordinator decided that it is not the right one for you.',
        declined: 'We proposed a work placement for you, but this time the host company was not able to take it further.',
        expired: 'We proposed a work placement for you, but no decision was made on it in time, so the proposal has lapsed.',
        released: 'We proposed a work placement for you, but that placement is no longer available.',
      }[v.outcome],
      'That happens, and it says nothing about you: finding the right placement can take more than one try.',
      'Your application is back in the search automatically, and we keep looking for a placement that fits you. You do not need to do anything.',
    ],
    action: { label: 'See your application', url: v.statusUrl, note: 'On the page you can check where your application stands.' },
    outro: ['If you have any questions, your school’s international coordinator is happy to help.'],
  }),
  et: (v) => ({
    subject: 'Otsime Teile praktikakohta edasi – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      {
        rejected: 'Pakkusime Teile praktikakohta, kuid Teie kooli koordinaator otsustas pärast ülevaatamist, et see koht ei ole Teile sobiv.',
        declined: 'Pakkusime Teile praktikakohta, kuid vastuvõttev ettevõte ei saanud seekord praktikanti vastu võtta.',
        expired: 'Pakkusime Teile praktikakohta, kuid selle kohta ei tehtud õigeks ajaks otsust, seega pakkumine aegus.',
        released: 'Pakkusime Teile praktikakohta, kuid see koht ei ole enam saadaval.',
      }[v.outcome],
      'Nii juhtub ja see ei ütle Teie kohta midagi: sobiva koha leidmine võtab sageli rohkem kui ühe katse.',
      'Teie avaldus on automaatselt tagasi otsingus ja otsime Teile edasi sobivat kohta. Te ei pea midagi tegema.',
    ],
    action: { label: 'Vaadake oma avaldust', url: v.statusUrl, note: 'Lehel näete oma avalduse seisu.' },
    outro: ['Kui Teil on küsimusi, aitab Teie kooli rahvusvahelise koostöö koordinaator hea meelega.'],
  }),
  lt: (v) => ({
    subject: 'Praktikos vietos paieška tęsiama – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      {
        rejected: 'Pasiūlėme Jums praktikos vietą, tačiau Jūsų mokyklos koordinatorius, peržiūrėjęs pasiūlymą, nusprendė, kad ši vieta Jums netinka.',
        declined: 'Pasiūlėme Jums praktikos vietą, tačiau šį kartą priimanti įmonė negalėjo Jūsų priimti.',
        expired: 'Pasiūlėme Jums praktikos vietą, tačiau sprendimas nebuvo priimtas laiku, todėl pasiūlymas nebegalioja.',
        released: 'Pasiūlėme Jums praktikos vietą, tačiau ši vieta nebėra laisva.',
      }[v.outcome],
      'Taip pasitaiko, ir tai nieko nesako apie Jus: tinkamą vietą dažnai pavyksta rasti ne iš pirmo karto.',
      'Jūsų paraiška automatiškai grąžinta į paiešką, ir mes toliau ieškome Jums tinkamos vietos. Jums nieko daryti nereikia.',
    ],
    action: { label: 'Peržiūrėti paraišką', url: v.statusUrl, note: 'Puslapyje matysite, kokia yra Jūsų paraiškos būsena.' },
    outro: ['Jei turite klausimų, mielai padės Jūsų mokyklos tarptautinių ryšių koordinatorius.'],
  }),
  ru: (v) => ({
    subject: 'Поиск места практики продолжается – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      {
        rejected: 'Мы предложили Вам место практики, но координатор Вашего учебного заведения, рассмотрев предложение, решил, что это место Вам не подходит.',
        declined: 'Мы предложили Вам место практики, но на этот раз принимающая компания не смогла Вас принять.',
        expired: 'Мы предложили Вам место практики, но решение по нему не было принято вовремя, поэтому срок предложения истёк.',
        released: 'Мы предложили Вам место практики, но это место больше недоступно.',
      }[v.outcome],
      'Так бывает, и это ничего не говорит о Вас: подходящее место часто находится не с первого раза.',
      'Ваша заявка автоматически вернулась в поиск, и мы продолжаем подбирать для Вас подходящее место. От Вас ничего не требуется.',
    ],
    action: { label: 'Посмотреть заявку', url: v.statusUrl, note: 'На странице можно узнать статус заявки.' },
    outro: ['Если у Вас есть вопросы, координатор международного сотрудничества Вашего учебного заведения с радостью поможет.'],
  }),
});
