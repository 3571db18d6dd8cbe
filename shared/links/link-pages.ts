import { html } from '#shared/platform/html';
import { formatDate, type Language, type Translations } from '#shared/platform/i18n';
import { estonianDate } from '#shared/platform/estonian';
import type { LinkPurpose } from './tokens.ts';
import { layout, paragraphs } from '#shared/platform/page-layout';
import { SIGN_IN, signInPath } from '#shared/platform/site-paths';

/**
 * Pages for links that cannot be used any more: already used (what was decided, and when),
 * expired, or unknown. Each says plainly what happened and what to do next.
 */

/** The decisions a link records when it is used (stored on the token as `decision`). */
export const LINK_DECISIONS = ['roleVerified', 'applicationWithdrawn', 'approved', 'rejected', 'held', 'accepted', 'declined', 'roleClosed', 'followUpAnswered', 'feedbackGiven'] as const;
export type LinkDecision = (typeof LINK_DECISIONS)[number];

/** Which kind of link it was, when the caller knows; it narrows the advice. */
export type LinkPurposeHint = LinkPurpose;

interface UsedText {
  title: string;
  lead: string;
  decisions: Record<LinkDecision, (date: string) => string>;
  /** For a decision key this page does not know. */
  other: (date: string) => string;
  done: string;
}

const USED: Translations<UsedText> = {
  fi: {
    title: 'Linkki on jo käytetty',
    lead: 'Kutakin linkkiä voi käyttää vain kerran.',
    decisions: {
      roleVerified: (d) => `Harjoittelupaikka vahvistettiin ja avattiin hakijoille ${d}.`,
      applicationWithdrawn: (d) => `Hakemus peruttiin ${d}.`,
      approved: (d) => `Ehdotus hyväksyttiin ${d}. Seuraavaksi yritystä pyydetään hyväksymään hakija.`,
      rejected: (d) => `Ehdotus hylättiin ${d}.`,
      held: (d) => `Ehdotus hylättiin ja opiskelija laitettiin tauolle ${d}.`,
      accepted: (d) => `Hakija hyväksyttiin ja harjoittelujakso vahvistettiin ${d}.`,
      declined: (d) => `Hakijasta kieltäydyttiin ${d}.`,
      roleClosed: (d) => `Harjoittelupaikka suljettiin ${d}.`,
      followUpAnswered: (d) => `Kyselyyn vastattiin ${d}. Kiitos vastauksestasi!`,
      feedbackGiven: (d) => `Palaute annettiin ${d}. Kiitos palautteestasi!`,
    },
    other: (d) => `Linkkiä käytettiin ${d}.`,
    done: 'Sinun ei tarvitse tehdä mitään. Voit sulkea tämän sivun.',
  },
  en: {
    title: 'This link has already been used',
    lead: 'Each link can be used only once.',
    decisions: {
      roleVerified: (d) => `The role was confirmed and opened for matching on ${d}.`,
      applicationWithdrawn: (d) => `The application was withdrawn on ${d}.`,
      approved: (d) => `The proposal was approved on ${d}. The company is asked next.`,
      rejected: (d) => `The proposal was rejected on ${d}.`,
      held: (d) => `The proposal was rejected and the student paused on ${d}.`,
      accepted: (d) => `The applicant was accepted and the placement confirmed on ${d}.`,
      declined: (d) => `The applicant was declined on ${d}.`,
      roleClosed: (d) => `The role was closed on ${d}.`,
      followUpAnswered: (d) => `The questions were answered on ${d}. Thank you for your answers!`,
      feedbackGiven: (d) => `The feedback was given on ${d}. Thank you for your feedback!`,
    },
    other: (d) => `It was used on ${d}.`,
    done: 'There is nothing more you need to do. You can close this page.',
  },
  et: {
    title: 'Seda linki on juba kasutatud',
    lead: 'Iga linki saab kasutada ainult üks kord.',
    decisions: {
      roleVerified: (d) => `Praktikakoht kinnitati ja avati kandidaatidele ${estonianDate(d, 'adessive')}.`,
      applicationWithdrawn: (d) => `Avaldus võeti tagasi ${estonianDate(d, 'adessive')}.`,
      approved: (d) => `Pakkumine kiideti heaks ${estonianDate(d, 'adessive')}. Järgmisena küsitakse ettevõttelt.`,
      rejected: (d) => `Pakkumine lükati tagasi ${estonianDate(d, 'adessive')}.`,
      held: (d) => `Pakkumine lükati tagasi ja õppija pandi ootele ${estonianDate(d, 'adessive')}.`,
      accepted: (d) => `Kandidaat võeti vastu ja praktika kinnitati ${estonianDate(d, 'adessive')}.`,
      declined: (d) => `Kandidaadist keelduti ${estonianDate(d, 'adessive')}.`,
      roleClosed: (d) => `Praktikakoht suleti ${estonianDate(d, 'adessive')}.`,
      followUpAnswered: (d) => `Küsimustele vastati ${estonianDate(d, 'adessive')}. Täname vastuste eest!`,
      feedbackGiven: (d) => `Tagasiside anti ${estonianDate(d, 'adessive')}. Täname tagasiside eest!`,
    },
    other: (d) => `Linki kasutati ${estonianDate(d, 'adessive')}.`,
    done: 'Teil ei ole vaja midagi rohkem teha. Võite selle lehe sulgeda.',
  },
  lt: {
    title: 'Ši nuoroda jau panaudota',
    lead: 'Kiekvieną nuorodą galima naudoti tik vieną kartą.',
    decisions: {
      roleVerified: (d) => `Praktikos vieta patvirtinta ir atverta kandidatams ${d}.`,
      applicationWithdrawn: (d) => `Paraiška atšaukta ${d}.`,
      approved: (d) => `Pasiūlymui pritarta ${d}. Toliau bus kreiptasi į įmonę.`,
      rejected: (d) => `Pasiūlymas atmestas ${d}.`,
      held: (d) => `Pasiūlymas atmestas, o paraiška sustabdyta ${d}.`,
      accepted: (d) => `Kandidatas priimtas ir praktika patvirtinta ${d}.`,
      declined: (d) => `Kandidato atsisakyta ${d}.`,
      roleClosed: (d) => `Praktikos vieta uždaryta ${d}.`,
      followUpAnswered: (d) => `Į klausimus atsakyta ${d}. Dėkojame už atsakymus!`,
      feedbackGiven: (d) => `Atsiliepimas pateiktas ${d}. Dėkojame už atsiliepimą!`,
    },
    other: (d) => `Nuoroda panaudota ${d}.`,
    done: 'Daugiau nieko daryti nereikia. Galite uždaryti šį puslapį.',
  },
  ru: {
    title: 'Эта ссылка уже использована',
    lead: 'Каждую ссылку можно использовать только один раз.',
    decisions: {
      roleVerified: (d) => `Место практики было подтверждено и открыто для кандидатов ${d}.`,
      applicationWithdrawn: (d) => `Заявка была отозвана ${d}.`,
      approved: (d) => `Предложение было одобрено ${d}. Следующий шаг — решение компании.`,
      rejected: (d) => `Предложение было отклонено ${d}.`,
      held: (d) => `Предложение было отклонено, а заявка приостановлена ${d}.`,
      accepted: (d) => `Кандидат был принят, и практика подтверждена ${d}.`,
      declined: (d) => `Кандидату было отказано ${d}.`,
      roleClosed: (d) => `Место практики было закрыто ${d}.`,
      followUpAnswered: (d) => `Ответы на вопросы были отправлены ${d}. Спасибо за ответы!`,
      feedbackGiven: (d) => `Отзыв был отправлен ${d}. Спасибо за отзыв!`,
    },
    other: (d) => `Ссылка была использована ${d}.`,
    done: 'Больше ничего делать не нужно. Эту страницу можно закрыть.',
  },
};

const isDecision = (value: string): value is LinkDecision => (LINK_DECISIONS as readonly string[]).includes(value);

/** A spent link: what was decided and when; no form, nothing to do. */
export function linkUsedPage(language: Language, vars: { decision: LinkDecision | (string & {}); decidedAt: string }): string {
  const t = USED[language];
  const date = formatDate(vars.decidedAt, language);
  const decided = isDecision(vars.decision) ? t.decisions[vars.decision](date) : t.other(date);
  return layout({ language, title: t.title, body: html`<p class="lead">${t.lead}</p><p class="notice">${decided}</p><p>${t.done}</p>` });
}

interface NextSteps {
  heading: string;
  steps: Record<LinkPurposeHint, string>;
}

const NEXT: Translations<NextSteps> = {
  fi: {
    heading: 'Mitä voit tehdä',
    steps: {
      coordinatorDecision:
        'Jos olit päättämässä harjoittelupaikkaehdotuksesta: päätösaika on päättynyt, joten ehdotus on rauennut ja hakija on palannut hakuun. Sinun ei tarvitse tehdä mitään.',
      companyDecision:
        'Jos olit vastaamassa hakijasta: vastausaika on päättynyt, joten paikka on palannut hakuun. Ehdotamme siihen muita hakijoita.',
      holdRelease: 'Jos halusit palauttaa tauolla olevan opiskelijan hakuun: tauko on päättynyt hänen ajankohtansa mukana. Sinun ei tarvitse tehdä mitään.',
      roleManagement: 'Jos halusit muuttaa, sulkea tai avata uudelleen harjoittelupaikan: käytä uusimmassa paikkaa koskevassa sähköpostissa olevaa linkkiä tai kirjaudu sisään.',
      followUpEnd: 'Jos olit vastaamassa harjoittelujakson päättymistä koskeviin kysymyksiin: vastausaika on päättynyt. Sinun ei tarvitse tehdä mitään.',
      followUpSixMonths: 'Jos olit vastaamassa kysymykseen tilanteestasi puoli vuotta harjoittelun jälkeen: vastausaika on päättynyt. Sinun ei tarvitse tehdä mitään.',
      companyFeedback: 'Jos olit antamassa palautetta harjoittelujaksosta: palauteaika on päättynyt. Sinun ei tarvitse tehdä mitään.',
      roleVerification: 'Jos olit vahvistamassa harjoittelupaikkaa: ilmoita paikka uudelleen, niin saat sähköpostiisi uuden vahvistuslinkin.',
      applicationStatus:
        'Jos halusit nähdä hakemuksesi: linkki ei vaikuta hakemukseesi. Apua saat tarvittaessa oppilaitoksesi kansainvälisten asioiden koordinaattorilta.',
      signIn: 'Jos olit kirjautumassa: kirjautumislinkki toimii vain 15 minuuttia. Pyydä uusi linkki kirjautumissivulta.',
    },
  },
  en: {
    heading: 'What you can do',
    steps: {
      coordinatorDecision:
        'If you were deciding on a placement proposal: the time to decide has passed, so the proposal has expired and the applicant is back in the search. There is nothing you need to do.',
      companyDecision:
        'If you were answering about an applicant: the time to answer has passed, so the place is back in the search. We will propose other applicants.',
      holdRelease: 'If you wanted to put a paused student back into the search: the pause has ended with their availability. You do not need to do anything.',
      roleManagement: 'If you wanted to change, close or reopen a role: use the link in the most recent email about that role, or sign in.',
      followUpEnd: 'If you were answering the questions about the end of your placement: the time to answer has passed. There is nothing you need to do.',
      followUpSixMonths: 'If you were telling us about your situation six months after your placement: the time to answer has passed. There is nothing you need to do.',
      companyFeedback: 'If you were giving feedback on a placement: the time for feedback has passed. There is nothing you need to do.',
      roleVerification: 'If you were confirming a role: post the role again, and we will email you a new confirmation link.',
      applicationStatus:
        "If you wanted to see your application: the link does not affect your application. Your school's international coordinator can help you if needed.",
      signIn: 'If you were signing in: a sign-in link works for 15 minutes only. Ask for a new one on the sign-in page.',
    },
  },
  et: {
    heading: 'Mida saate teha',
    steps: {
      coordinatorDecision:
        'Kui otsustasite praktikapakkumise üle: otsustamise aeg on möödas, seega pakkumine on aegunud ja kandidaat on tagasi otsingus. Te ei pea midagi tegema.',
      companyDecision:
        'Kui vastasite kandidaadi kohta: vastamise aeg on möödas, seega koht on tagasi otsingus. Pakume sellele teisi kandidaate.',
      holdRelease: 'Kui soovisite ootel õppija otsingusse tagasi tuua: ootel olek lõppes koos tema ajavahemikuga. Te ei pea midagi tegema.',
      roleManagement: 'Kui soovisite praktikakohta muuta, sulgeda või uuesti avada: kasutage linki viimases selle koha kohta saadetud e-kirjas või logige sisse.',
      followUpEnd: 'Kui vastasite küsimustele praktika lõpu kohta: vastamise aeg on möödas. Te ei pea midagi tegema.',
      followUpSixMonths: 'Kui vastasite küsimusele oma olukorra kohta kuus kuud pärast praktikat: vastamise aeg on möödas. Te ei pea midagi tegema.',
      companyFeedback: 'Kui andsite praktika kohta tagasisidet: tagasiside andmise aeg on möödas. Te ei pea midagi tegema.',
      roleVerification: 'Kui kinnitasite praktikakohta: lisage praktikakoht uuesti ja saadame Teile uue kinnituslingi.',
      applicationStatus:
        'Kui soovisite vaadata oma avaldust: link ei mõjuta Teie avaldust. Vajaduse korral aitab Teid Teie kooli rahvusvahelise koostöö koordinaator.',
      signIn: 'Kui logisite sisse: sisselogimislink töötab ainult 15 minutit. Küsige sisselogimislehelt uus link.',
    },
  },
  lt: {
    heading: 'Ką galite daryti',
    steps: {
      coordinatorDecision:
        'Jei sprendėte dėl praktikos pasiūlymo: sprendimo laikas baigėsi, todėl pasiūlymas nebegalioja, o kandidatas grąžintas į paiešką. Jums nieko daryti nereikia.',
      companyDecision:
        'Jei atsakinėjote dėl kandidato: atsakymo laikas baigėsi, todėl vieta grąžinta į paiešką. Pasiūlysime kitų kandidatų.',
      holdRelease: 'Jei norėjote grąžinti sustabdytą mokinį į paiešką: sustabdymas baigėsi kartu su jo laikotarpiu. Jums nieko daryti nereikia.',
      roleManagement: 'Jei norėjote pakeisti, uždaryti ar vėl atidaryti praktikos vietą: naudokite nuorodą iš naujausio laiško apie šią vietą arba prisijunkite.',
      followUpEnd: 'Jei atsakinėjote į klausimus apie praktikos pabaigą: atsakymo laikas baigėsi. Jums nieko daryti nereikia.',
      followUpSixMonths: 'Jei atsakinėjote į klausimą apie savo padėtį praėjus šešiems mėnesiams po praktikos: atsakymo laikas baigėsi. Jums nieko daryti nereikia.',
      companyFeedback: 'Jei teikėte atsiliepimą apie praktiką: atsiliepimo laikas baigėsi. Jums nieko daryti nereikia.',
      roleVerification: 'Jei tvirtinote praktikos vietą: paskelbkite ją iš naujo ir atsiųsime Jums naują patvirtinimo nuorodą.',
      applicationStatus:
        'Jei norėjote peržiūrėti paraišką: nuoroda Jūsų paraiškai įtakos neturi. Prireikus kreipkitės į savo mokyklos tarptautinių ryšių koordinatorių.',
      signIn: 'Jei jungėtės: prisijungimo nuoroda veikia tik 15 minučių. Prisijungimo puslapyje paprašykite naujos nuorodos.',
    },
  },
  ru: {
    heading: 'Что можно сделать',
    steps: {
      coordinatorDecision:
        'Если Вы принимали решение по предложению о практике: срок для решения истёк, поэтому предложение больше не действует, а кандидат вернулся в поиск. От Вас ничего не требуется.',
      companyDecision:
        'Если Вы отвечали по кандидату: срок для ответа истёк, поэтому место вернулось в поиск. Мы предложим других кандидатов.',
      holdRelease: 'Если Вы хотели вернуть приостановленного учащегося в подбор: приостановка закончилась вместе с его сроками. Ничего делать не нужно.',
      roleManagement: 'Если Вы хотели изменить, закрыть или снова открыть место практики: воспользуйтесь ссылкой из последнего письма об этом месте или войдите в Liike.',
      followUpEnd: 'Если Вы отвечали на вопросы об окончании практики: срок для ответа истёк. От Вас ничего не требуется.',
      followUpSixMonths: 'Если Вы отвечали на вопрос о своей ситуации через шесть месяцев после практики: срок для ответа истёк. От Вас ничего не требуется.',
      companyFeedback: 'Если Вы оставляли отзыв о практике: срок для отзыва истёк. От Вас ничего не требуется.',
      roleVerification: 'Если Вы подтверждали место практики: разместите его заново, и мы пришлём Вам новую ссылку для подтверждения.',
      applicationStatus:
        'Если Вы хотели посмотреть заявку: ссылка на Вашу заявку не влияет. При необходимости обратитесь к координатору международного сотрудничества Вашего учебного заведения.',
      signIn: 'Если Вы входили в Liike: ссылка для входа действует только 15 минут. Запросите новую на странице входа.',
    },
  },
};

function nextSteps(language: Language, purpose: LinkPurposeHint | undefined) {
  const t = NEXT[language];
  const steps = purpose ? [t.steps[purpose]] : [t.steps.roleVerification, t.steps.applicationStatus];
  // A lost or spent link is found again by signing in (shared/sign-in/): the applicant lands on their status page, a company on its roles.
  const signIn = html`<p><a class="button-link" href="${signInPath(language)}">${SIGN_IN[language]}</a></p>`;
  return html`<h2>${t.heading}</h2>${steps.length === 1 ? html`<p>${steps[0]}</p>` : html`<ul>${steps.map((s) => html`<li>${s}</li>`)}</ul>`}${signIn}`;
}

const EXPIRED: Translations<{ title: string; lead: string; detail: string }> = {
  fi: {
    title: 'Linkki on vanhentunut',
    lead: 'Turvallisuussyistä sähköpostiemme linkit ovat voimassa vain rajoitetun ajan.',
    detail: 'Tämän linkin kautta ei voi enää tehdä mitään, eikä mitään ole muutettu.',
  },
  en: {
    title: 'This link has expired',
    lead: 'For your security, the links in our emails work only for a limited time.',
    detail: 'Nothing can be done through this link any more, and nothing has been changed.',
  },
  et: {
    title: 'See link on aegunud',
    lead: 'Turvalisuse huvides kehtivad meie e-kirjade lingid ainult piiratud aja.',
    detail: 'Selle lingi kaudu ei saa enam midagi teha ja midagi pole muudetud.',
  },
  lt: {
    title: 'Ši nuoroda nebegalioja',
    lead: 'Saugumo sumetimais mūsų laiškuose esančios nuorodos galioja tik ribotą laiką.',
    detail: 'Per šią nuorodą nebegalima nieko atlikti, ir niekas nebuvo pakeista.',
  },
  ru: {
    title: 'Срок действия ссылки истёк',
    lead: 'В целях безопасности ссылки в наших письмах действуют ограниченное время.',
    detail: 'Через эту ссылку больше ничего сделать нельзя, и ничего не было изменено.',
  },
};

export function linkExpiredPage(language: Language, vars: { purpose?: LinkPurposeHint } = {}): string {
  const t = EXPIRED[language];
  return layout({ language, title: t.title, body: html`<p class="lead">${t.lead}</p><p>${t.detail}</p>${nextSteps(language, vars.purpose)}` });
}

const UNKNOWN: Translations<{ title: string; body: string[] }> = {
  fi: {
    title: 'Linkkiä ei löytynyt',
    body: [
      'Linkki voi olla katkennut: jotkin sähköpostiohjelmat jakavat pitkät osoitteet usealle riville. Avaa linkki suoraan sähköpostista tai kopioi koko osoite selaimeen.',
      'Jos linkki ei vieläkään toimi, se voi olla niin vanha, että se on poistettu.',
    ],
  },
  en: {
    title: 'We could not find this link',
    body: [
      'The link may be incomplete: some email programs break long addresses across lines. Open the link straight from the email, or copy the whole address into your browser.',
      'If it still does not work, the link may be so old that it has been removed.',
    ],
  },
  et: {
    title: 'Seda linki ei leitud',
    body: [
      'Link võib olla poolik: mõned e-posti programmid jagavad pikad aadressid mitmele reale. Avage link otse e-kirjast või kopeerige kogu aadress brauserisse.',
      'Kui link ikka ei tööta, võib see olla nii vana, et see on juba eemaldatud.',
    ],
  },
  lt: {
    title: 'Nuoroda nerasta',
    body: [
      'Nuoroda gali būti nepilna: kai kurios el. pašto programos ilgus adresus suskaido į kelias eilutes. Atidarykite nuorodą tiesiai iš laiško arba nukopijuokite visą adresą į naršyklę.',
      'Jei nuoroda vis tiek neveikia, ji gali būti tokia sena, kad jau pašalinta.',
    ],
  },
  ru: {
    title: 'Ссылка не найдена',
    body: [
      'Возможно, ссылка неполная: некоторые почтовые программы разбивают длинные адреса на несколько строк. Откройте ссылку прямо из письма или скопируйте адрес целиком в браузер.',
      'Если ссылка всё равно не работает, возможно, она устарела и уже удалена.',
    ],
  },
};

export function linkUnknownPage(language: Language): string {
  const t = UNKNOWN[language];
  return layout({ language, title: t.title, body: html`${paragraphs(t.body)}${nextSteps(language, undefined)}` });
}
