import { html } from '../html.ts';
import { formatDate, type Language, type Translations } from '../i18n.ts';
import { layout, paragraphs } from './layout.ts';

/**
 * Pages for links that cannot be used any more: already used (what was decided, and when),
 * expired, or unknown. Each says plainly what happened and what to do next.
 */

/** The decisions a link records when it is used (stored on the token as `decision`). */
export const LINK_DECISIONS = ['roleVerified', 'applicationWithdrawn'] as const;
export type LinkDecision = (typeof LINK_DECISIONS)[number];

/** Which kind of link it was, when the caller knows; it narrows the advice. */
export type LinkPurposeHint = 'applicationStatus' | 'roleVerification';

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
    },
    other: (d) => `It was used on ${d}.`,
    done: 'There is nothing more you need to do. You can close this page.',
  },
  et: {
    title: 'Seda linki on juba kasutatud',
    lead: 'Iga linki saab kasutada ainult üks kord.',
    decisions: {
      roleVerified: (d) => `Praktikakoht kinnitati ja avati kandidaatidele ${d}.`,
      applicationWithdrawn: (d) => `Avaldus võeti tagasi ${d}.`,
    },
    other: (d) => `Linki kasutati ${d}.`,
    done: 'Teil ei ole vaja midagi rohkem teha. Võite selle lehe sulgeda.',
  },
  lt: {
    title: 'Ši nuoroda jau panaudota',
    lead: 'Kiekvieną nuorodą galima naudoti tik vieną kartą.',
    decisions: {
      roleVerified: (d) => `Praktikos vieta patvirtinta ir atverta kandidatams ${d}.`,
      applicationWithdrawn: (d) => `Paraiška atšaukta ${d}.`,
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
      roleVerification: 'Jos olit vahvistamassa harjoittelupaikkaa: ilmoita paikka uudelleen, niin saat sähköpostiisi uuden vahvistuslinkin.',
      applicationStatus:
        'Jos halusit nähdä hakemuksesi: linkki ei vaikuta hakemukseesi. Apua saat tarvittaessa oppilaitoksesi kansainvälisten asioiden koordinaattorilta.',
    },
  },
  en: {
    heading: 'What you can do',
    steps: {
      roleVerification: 'If you were confirming a role: post the role again, and we will email you a new confirmation link.',
      applicationStatus:
        "If you wanted to see your application: the link does not affect your application. Your school's international coordinator can help you if needed.",
    },
  },
  et: {
    heading: 'Mida saate teha',
    steps: {
      roleVerification: 'Kui kinnitasite praktikakohta: lisage praktikakoht uuesti ja saadame Teile uue kinnituslingi.',
      applicationStatus:
        'Kui soovisite vaadata oma avaldust: link ei mõjuta Teie avaldust. Vajaduse korral aitab Teid Teie kooli rahvusvahelise koostöö koordinaator.',
    },
  },
  lt: {
    heading: 'Ką galite daryti',
    steps: {
      roleVerification: 'Jei tvirtinote praktikos vietą: paskelbkite ją iš naujo ir atsiųsime Jums naują patvirtinimo nuorodą.',
      applicationStatus:
        'Jei norėjote peržiūrėti paraišką: nuoroda Jūsų paraiškai įtakos neturi. Prireikus kreipkitės į savo mokyklos tarptautinių ryšių koordinatorių.',
    },
  },
  ru: {
    heading: 'Что можно сделать',
    steps: {
      roleVerification: 'Если Вы подтверждали место практики: разместите его заново, и мы пришлём Вам новую ссылку для подтверждения.',
      applicationStatus:
        'Если Вы хотели посмотреть заявку: ссылка на Вашу заявку не влияет. При необходимости обратитесь к координатору международного сотрудничества Вашего учебного заведения.',
    },
  },
};

function nextSteps(language: Language, purpose: LinkPurposeHint | undefined) {
  const t = NEXT[language];
  const steps = purpose ? [t.steps[purpose]] : [t.steps.roleVerification, t.steps.applicationStatus];
  return html`<h2>${t.heading}</h2>${steps.length === 1 ? html`<p>${steps[0]}</p>` : html`<ul>${steps.map((s) => html`<li>${s}</li>`)}</ul>`}`;
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
