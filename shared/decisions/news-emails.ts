import { quote as q, type Language } from '#shared/platform/i18n';
import { defineEmail, type EmailSection } from '#shared/platform/email';
import { ownWords } from './emails.ts';
import { applicantRows, fullName, MATCH_LABELS, placementRows, roleDescriptionHeading, type ApplicantFacts, type PlacementFacts } from './match-facts.ts';

/**
 * News along a proposal's life for those who do not decide at that step: the applicant learns
 * of a proposal when it is made (not first when it ends), and the coordinator learns that the
 * company declined a student they approved. Subjects are fixed words: the company's and the
 * applicant's words go in the body only (see emails.ts).
 */

/** To the applicant when a round proposes a placement. */
export interface PlacementProposedVars {
  firstName: string;
  placement: PlacementFacts;
  /** The company's description of the role (duties, hours, equipment, housing help). */
  roleDescription?: string;
  /** The description's language when it is not the applicant's. */
  roleDescriptionLanguage?: Language;
  /** The applicant's status page, which shows the proposal and where it stands. */
  statusUrl: string;
}

/** To the sending school's coordinator when the company declines an applicant they approved. */
export interface CompanyDeclinedVars {
  recipientName: string;
  applicant: ApplicantFacts;
  placement: PlacementFacts;
  /** False when the application is held (mail to the applicant cannot arrive): it does not go back to the search. */
  backInSearch: boolean;
}

function proposedSections(language: Language, v: PlacementProposedVars): EmailSection[] {
  const t = MATCH_LABELS[language];
  return [{ heading: t.placementHeading, facts: placementRows(language, v.placement) }, ...ownWords(roleDescriptionHeading(language, v.roleDescriptionLanguage), v.roleDescription)];
}

export const placementProposedEmail = /* @__PURE__ */ defineEmail<PlacementProposedVars>({
  fi: (v) => ({
    subject: 'Sinulle on ehdotettu harjoittelupaikkaa – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      `Hyviä uutisia: löysimme hakemukseesi sopivan harjoittelupaikan: ${q(v.placement.roleTitle, 'fi')}, ${v.placement.companyName}, ${v.placement.city}.`,
      'Mitään ei ole vielä päätetty. Ensin oppilaitoksesi koordinaattori käy ehdotuksen läpi; jos hän hyväksyy sen, yritys päättää, ottaako se sinut harjoitteluun. Saat sähköpostia, kun paikka on vahvistettu – ja myös, jos ehdotus ei toteudu, jolloin jatkamme sopivan paikan etsimistä.',
    ],
    sections: proposedSections('fi', v),
    action: {
      label: 'Katso hakemuksesi',
      url: v.statusUrl,
      note: 'Sivulla näet ehdotuksen ja sen tilanteen. Jos suunnitelmasi ovat muuttuneet, voit perua hakemuksesi siellä.',
    },
    outro: ['Sinun ei tarvitse tehdä nyt mitään. Jos sinulla on kysyttävää paikasta, kysy oppilaitoksesi koordinaattorilta.'],
  }),
  en: (v) => ({
    subject: 'A placement has been proposed to you – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      `Good news: we have found a work placement that fits your application: ${q(v.placement.roleTitle, 'en')} at ${v.placement.companyName}, ${v.placement.city}.`,
      'Nothing is decided yet. First your school’s coordinator reviews the proposal; if they approve it, the company decides whether to accept you. We will email you when the placement is confirmed, and also if it does not work out (then we keep looking for a placement for you).',
    ],
    sections: proposedSections('en', v),
    action: {
      label: 'See your application',
      url: v.statusUrl,
      note: 'The page shows the proposal and where it stands. If your plans have changed, you can withdraw your application there.',
    },
    outro: ['You do not need to do anything now. If you have questions about the placement, ask your school’s coordinator.'],
  }),
  et: (v) => ({
    subject: 'Teile pakuti praktikakohta – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      `Head uudised: leidsime Teie avaldusele sobiva praktikakoha: ${q(v.placement.roleTitle, 'et')}, ${v.placement.companyName}, ${v.placement.city}.`,
      'Midagi pole veel otsustatud. Kõigepealt vaatab pakkumise üle Teie kooli koordinaator; kui ta selle heaks kiidab, otsustab ettevõte, kas võtab Teid praktikale. Saadame Teile e-kirja, kui praktikakoht on kinnitatud, ja ka siis, kui pakkumine ei teostu – siis otsime Teile edasi sobivat kohta.',
    ],
    sections: proposedSections('et', v),
    action: {
      label: 'Vaadake oma avaldust',
      url: v.statusUrl,
      note: 'Lehel näete pakkumist ja selle seisu. Kui Teie plaanid on muutunud, saate seal avalduse tagasi võtta.',
    },
    outro: ['Praegu ei pea Te midagi tegema. Kui Teil on praktikakoha kohta küsimusi, pöörduge oma kooli koordinaatori poole.'],
  }),
  lt: (v) => ({
    subject: 'Jums pasiūlyta praktikos vieta – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      `Geros žinios: radome Jūsų paraišką atitinkančią praktikos vietą: ${q(v.placement.roleTitle, 'lt')}, ${v.placement.companyName}, ${v.placement.city}.`,
      'Kol kas niekas nenuspręsta. Pirmiausia pasiūlymą peržiūrės Jūsų mokyklos koordinatorius; jei jis pritars, įmonė nuspręs, ar priimti Jus į praktiką. Gausite el. laišką, kai praktikos vieta bus patvirtinta, taip pat jei pasiūlymas neįgyvendintas – tada toliau ieškosime Jums tinkamos vietos.',
    ],
    sections: proposedSections('lt', v),
    action: {
      label: 'Peržiūrėti paraišką',
      url: v.statusUrl,
      note: 'Puslapyje matysite pasiūlymą ir jo būseną. Jei Jūsų planai pasikeitė, ten galite atšaukti paraišką.',
    },
    outro: ['Dabar Jums nieko daryti nereikia. Jei turite klausimų apie praktikos vietą, kreipkitės į savo mokyklos koordinatorių.'],
  }),
  ru: (v) => ({
    subject: 'Вам предложено место практики – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      `Хорошие новости: мы нашли место практики, подходящее для Вашей заявки: ${q(v.placement.roleTitle, 'ru')}, ${v.placement.companyName}, ${v.placement.city}.`,
      'Пока ничего не решено. Сначала предложение рассмотрит координатор Вашего учебного заведения; если он его одобрит, компания решит, принять ли Вас на практику. Мы сообщим Вам по электронной почте, когда место будет подтверждено, а также если предложение не состоится — тогда мы продолжим поиск.',
    ],
    sections: proposedSections('ru', v),
    action: {
      label: 'Посмотреть заявку',
      url: v.statusUrl,
      note: 'На странице видно предложение и его статус. Если Ваши планы изменились, там можно отозвать заявку.',
    },
    outro: ['Сейчас от Вас ничего не требуется. Если у Вас есть вопросы о месте практики, обратитесь к координатору своего учебного заведения.'],
  }),
});

function declinedSections(language: Language, v: CompanyDeclinedVars): EmailSection[] {
  const t = MATCH_LABELS[language];
  return [
    { heading: t.applicantHeading, facts: applicantRows(language, v.applicant) },
    { heading: t.placementHeading, facts: placementRows(language, v.placement) },
  ];
}

export const companyDeclinedEmail = /* @__PURE__ */ defineEmail<CompanyDeclinedVars>({
  fi: (v) => ({
    subject: 'Yritys ei ottanut hyväksymääsi hakijaa – Liike',
    greeting: `Hei ${v.recipientName},`,
    intro: [
      `${v.placement.companyName} ei ottanut harjoittelupaikkaan ${q(v.placement.roleTitle, 'fi')} hakijaa ${fullName(v.applicant)}, jonka olit hyväksynyt.`,
      v.backInSearch
        ? 'Hakija on palannut hakuun automaattisesti säilyttäen paikkansa jonossa, ja hänelle on kerrottu asiasta ystävällisesti ilman perusteluja. Tätä paikkaa ei ehdoteta hänelle uudelleen; saat sähköpostia seuraavasta ehdotuksesta.'
        : 'Hakemus pysyy pysäytettynä, koska hakijan sähköpostiosoitteeseen ei voi toimittaa viestejä (kerroimme tästä sinulle aiemmin). Tätä paikkaa ei ehdoteta hänelle uudelleen.',
    ],
    sections: declinedSections('fi', v),
    outro: ['Sinun ei tarvitse tehdä mitään.'],
  }),
  en: (v) => ({
    subject: 'The company declined an applicant you approved – Liike',
    greeting: `Hello ${v.recipientName},`,
    intro: [
      `${v.placement.companyName} has declined ${fullName(v.applicant)} for the placement ${q(v.placement.roleTitle, 'en')}, which you approved.`,
      v.backInSearch
        ? 'The applicant is back in the search automatically, keeping their place in the queue, and has been told kindly, without any reason. This placement will not be proposed to them again; we will email you about the next proposal.'
        : 'The application stays paused, because mail to the applicant’s address cannot be delivered (we wrote to you about it earlier). This placement will not be proposed to them again.',
    ],
    sections: declinedSections('en', v),
    outro: ['You do not need to do anything.'],
  }),
  et: (v) => ({
    subject: 'Ettevõte ei võtnud Teie heakskiidetud kandidaati vastu – Liike',
    greeting: `Tere, ${v.recipientName}!`,
    intro: [
      `${v.placement.companyName} ei võtnud praktikakohale ${q(v.placement.roleTitle, 'et')} vastu kandidaati ${fullName(v.applicant)}, kelle Teie heaks kiitsite.`,
      v.backInSearch
        ? 'Kandidaat on automaatselt tagasi otsingus ja säilitab oma koha järjekorras; talle on sellest sõbralikult teatatud, põhjust nimetamata. Seda kohta talle enam ei pakuta; järgmisest pakkumisest saate e-kirja.'
        : 'Avaldus jääb peatatuks, sest kandidaadi e-posti aadressile ei saa kirju kätte toimetada (teatasime Teile sellest varem). Seda kohta talle enam ei pakuta.',
    ],
    sections: declinedSections('et', v),
    outro: ['Te ei pea midagi tegema.'],
  }),
  lt: (v) => ({
    subject: 'Įmonė atsisakė Jūsų patvirtinto kandidato – Liike',
    greeting: `Sveiki, ${v.recipientName}!`,
    intro: [
      `${v.placement.companyName} atsisakė kandidato ${fullName(v.applicant)} į praktikos vietą ${q(v.placement.roleTitle, 'lt')}, kuriam Jūs pritarėte.`,
      v.backInSearch
        ? 'Kandidatas automatiškai grąžintas į paiešką ir išlaiko savo vietą eilėje; jam apie tai maloniai pranešta, nenurodant priežasčių. Ši vieta jam nebebus siūloma; apie kitą pasiūlymą gausite el. laišką.'
        : 'Paraiška lieka sustabdyta, nes kandidato el. pašto adresu laiškų pristatyti negalima (apie tai Jums rašėme anksčiau). Ši vieta jam nebebus siūloma.',
    ],
    sections: declinedSections('lt', v),
    outro: ['Jums nieko daryti nereikia.'],
  }),
  ru: (v) => ({
    subject: 'Компания отказала одобренному Вами кандидату – Liike',
    greeting: `Здравствуйте, ${v.recipientName}!`,
    intro: [
      `Компания ${v.placement.companyName} отказала кандидату ${fullName(v.applicant)} на место практики ${q(v.placement.roleTitle, 'ru')}, которое Вы одобрили.`,
      v.backInSearch
        ? 'Кандидат автоматически вернулся в поиск и сохранил своё место в очереди; ему об этом деликатно сообщили, без указания причин. Это место ему больше предлагаться не будет; о следующем предложении мы сообщим Вам по электронной почте.'
        : 'Заявка остаётся приостановленной, так как письма на адрес кандидата не доставляются (мы писали Вам об этом ранее). Это место ему больше предлагаться не будет.',
    ],
    sections: declinedSections('ru', v),
    outro: ['От Вас ничего не требуется.'],
  }),
});
