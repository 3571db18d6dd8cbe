import { html, type SafeHtml } from '#shared/platform/html';
import { formatNumber, quote, type Language, type Translations } from '#shared/platform/i18n';
import { facts, layout } from '#shared/platform/page-layout';

export interface CloseRoleVars {
  companyName: string;
  roleTitle: string;
  placesLeft: number;
  /** Where the confirm form posts: the same link, so only the POST closes the role. */
  formAction: string;
}

interface Text {
  title: string;
  lead: (roleTitle: string) => string;
  company: string;
  role: string;
  placesLeft: string;
  explain: string;
  button: string;
  note: string;
}

const TEXT: Translations<Text> = {
  fi: {
    title: 'Sulje harjoittelupaikka',
    lead: (role) => `Haluatko sulkea harjoittelupaikan ${quote(role, 'fi')}? Mikään ei muutu ennen kuin painat painiketta.`,
    company: 'Yritys',
    role: 'Harjoittelupaikka',
    placesLeft: 'Vapaita paikkoja',
    explain:
      'Kun suljet paikan, emme enää ehdota siihen hakijoita. Päätöstä odottavat ehdotukset perutaan, ja niiden hakijat palaavat hakuun. Sulkeminen ei vaikuta jo vahvistettuihin harjoittelujaksoihin.',
    button: 'Sulje harjoittelupaikka',
    note: 'Voit avata paikan myöhemmin uudelleen sen omalta sivulta, kunhan sen jakso ei ole päättynyt.',
  },
  en: {
    title: 'Close the role',
    lead: (role) => `Do you want to close the role ${quote(role, 'en')}? Nothing changes until you press the button.`,
    company: 'Company',
    role: 'Role',
    placesLeft: 'Places still open',
    explain:
      'When you close the role, we stop proposing applicants for it. Proposals still waiting for a decision are cancelled, and those applicants go back to the search. Placements already confirmed are not affected.',
    button: 'Close the role',
    note: 'You can reopen it later from the role’s page, as long as its period has not ended.',
  },
  et: {
    title: 'Praktikakoha sulgemine',
    lead: (role) => `Kas soovite praktikakoha ${quote(role, 'et')} sulgeda? Midagi ei muutu enne, kui vajutate nuppu.`,
    company: 'Ettevõte',
    role: 'Praktikakoht',
    placesLeft: 'Vabu kohti',
    explain:
      'Kui praktikakoha sulgete, ei paku me sellele enam kandidaate. Otsust ootavad pakkumised tühistatakse ja nende kandidaadid naasevad otsingusse. Juba kinnitatud praktikaid see ei mõjuta.',
    button: 'Sulgege praktikakoht',
    note: 'Saate selle hiljem praktikakoha lehelt uuesti avada, kui selle periood pole lõppenud.',
  },
  lt: {
    title: 'Praktikos vietos uždarymas',
    lead: (role) => `Ar norite uždaryti praktikos vietą ${quote(role, 'lt')}? Niekas nepasikeis, kol nepaspausite mygtuko.`,
    company: 'Įmonė',
    role: 'Praktikos vieta',
    placesLeft: 'Laisvų vietų',
    explain:
      'Uždarius praktikos vietą, kandidatų į ją nebesiūlysime. Sprendimo laukiantys pasiūlymai bus panaikinti, o jų kandidatai grįš į paiešką. Jau patvirtintoms praktikoms tai įtakos neturi.',
    button: 'Uždaryti praktikos vietą',
    note: 'Vėliau galėsite ją vėl atidaryti praktikos vietos puslapyje, jei jos laikotarpis nebus pasibaigęs.',
  },
  ru: {
    title: 'Закрытие места практики',
    lead: (role) => `Вы хотите закрыть место практики ${quote(role, 'ru')}? Ничего не изменится, пока Вы не нажмёте кнопку.`,
    company: 'Компания',
    role: 'Место практики',
    placesLeft: 'Свободных мест',
    explain:
      'Когда Вы закроете место, мы перестанем предлагать на него кандидатов. Предложения, ожидающие решения, будут отменены, а их кандидаты вернутся в поиск. На уже подтверждённые практики это не влияет.',
    button: 'Закрыть место практики',
    note: 'Позже Вы сможете снова открыть его на странице места, пока его период не закончился.',
  },
};

/**
 * The confirmation's title and content: one POST button, and what closing does. Shown behind the
 * close-role link and on the company's desk alike, each in its own layout.
 */
export function closeRoleContent(language: Language, vars: CloseRoleVars): { title: string; body: SafeHtml } {
  const t = TEXT[language];
  const body = html`
<p class="lead">${t.lead(vars.roleTitle)}</p>
${facts([
  [t.company, vars.companyName],
  [t.role, vars.roleTitle],
  [t.placesLeft, formatNumber(vars.placesLeft, language)],
])}
<p>${t.explain}</p>
<form method="post" action="${vars.formAction}"><button type="submit" name="decision" value="close">${t.button}</button></form>
<p class="muted">${t.note}</p>`;
  return { title: t.title, body };
}

/** Confirms closing a role with one POST button; a GET of this page never changes anything. */
export const closeRolePage = (language: Language, vars: CloseRoleVars): string => layout({ language, ...closeRoleContent(language, vars) });
