import { html, raw, type SafeHtml } from '#shared/platform/html';
import { formatCount, formatDate, formatPeriod, type Language, type Translations } from '#shared/platform/i18n';
import type { DateRange, DatesError } from './placement-dates.ts';
import { estonianDate } from '#shared/platform/estonian';
import { MAX_REASON_LENGTH } from './states.ts';
import { facts, layout } from '#shared/platform/page-layout';
import {
  applicantRows,
  MATCH_LABELS,
  placementRows,
  roleDescriptionHeading,
  scoreRows,
  type ApplicantFacts,
  type CoordinatorFacts,
  type PlacementFacts,
} from './match-facts.ts';

/**
 * The pages behind the decision links: the same facts as the email, then one POST form with a
 * reason and two buttons. A GET only shows; the decision is the button pressed.
 */

/** Shared by both decision pages: where the form posts, and the state after a refused POST. */
interface DecisionForm {
  /** ISO date-time when the proposal expires. */
  decideBy: string;
  formAction: string;
  /** Set when "no" was pressed without a reason; the page then says so next to the field. */
  error?: 'reasonRequired';
  /** What was typed, shown again after an error. */
  reason?: string;
  /** The kind of "no" chosen, shown again after an error (coordinator only). */
  rejectKind?: 'pair' | 'hold';
}

export interface CoordinatorDecisionVars extends DecisionForm, CoordinatorFacts {}

export interface CompanyDecisionVars extends DecisionForm {
  applicant: ApplicantFacts;
  /** With its window: the dates can be moved within it on accepting. */
  placement: PlacementFacts;
  /** The larger of the two minimum lengths: the shortest placement the company may set. */
  requiredWeeks: number;
  motivation?: string;
  /** After a refused accept: what was wrong with the dates, and the dates as typed. */
  datesErrors?: readonly DatesError[];
  dates?: DateRange;
}

/** The company's date fields: the proposed dates, which it may move within the window on accepting. */
interface DatesText {
  legend: string;
  hint: (weeks: string, window: string) => string;
  from: string;
  to: string;
  problems: { invalidDate: string; outsideWindow: (window: string) => string; endBeforeStart: string; tooShort: (weeks: string) => string };
}

const DATES: Translations<DatesText> = {
  fi: {
    legend: 'Harjoittelun päivät',
    hint: (weeks, window) => `Ehdotetut päivät ovat aikaisin jakso (${weeks}), jolloin molemmat osapuolet voivat. Jos hyväksyt, voit siirtää niitä ajalle ${window}; jakson on kestettävä vähintään ${weeks}.`,
    from: 'Ensimmäinen päivä',
    to: 'Viimeinen päivä',
    problems: {
      invalidDate: 'Anna kelvollinen päivämäärä.',
      outsideWindow: (window) => `Valitse päivä ajalta ${window}.`,
      endBeforeStart: 'Viimeisen päivän on oltava ensimmäisen päivän jälkeen.',
      tooShort: (weeks) => `Jakson on kestettävä vähintään ${weeks}.`,
    },
  },
  en: {
    legend: 'Placement dates',
    hint: (weeks, window) => `Proposed: the earliest ${weeks} when both sides can. If you accept, you may move the dates anywhere within ${window}, for at least ${weeks}.`,
    from: 'First day',
    to: 'Last day',
    problems: {
      invalidDate: 'Enter a valid date.',
      outsideWindow: (window) => `Choose a date within ${window}.`,
      endBeforeStart: 'The last day must come after the first day.',
      tooShort: (weeks) => `The placement must last at least ${weeks}.`,
    },
  },
  et: {
    legend: 'Praktika kuupäevad',
    hint: (weeks, window) => `Pakutud on varaseim periood (${weeks}), mis sobib mõlemale poolele. Kui võtate kandidaadi vastu, võite kuupäevi nihutada vahemikus ${window}; praktika peab kestma vähemalt ${weeks}.`,
    from: 'Esimene päev',
    to: 'Viimane päev',
    problems: {
      invalidDate: 'Sisestage kehtiv kuupäev.',
      outsideWindow: (window) => `Valige kuupäev vahemikus ${window}.`,
      endBeforeStart: 'Viimane päev peab olema pärast esimest päeva.',
      tooShort: (weeks) => `Praktika peab kestma vähemalt ${weeks}.`,
    },
  },
  lt: {
    legend: 'Praktikos datos',
    hint: (weeks, window) => `Pasiūlytas anksčiausias abiem pusėms tinkamas laikotarpis (${weeks}). Jei priimsite kandidatą, datas galite perkelti laikotarpiu ${window}; mažiausia trukmė – ${weeks}.`,
    from: 'Pirmoji diena',
    to: 'Paskutinė diena',
    problems: {
      invalidDate: 'Įveskite tinkamą datą.',
      outsideWindow: (window) => `Pasirinkite datą laikotarpiu ${window}.`,
      endBeforeStart: 'Paskutinė diena turi būti po pirmosios dienos.',
      tooShort: (weeks) => `Mažiausia praktikos trukmė – ${weeks}.`,
    },
  },
  ru: {
    legend: 'Даты практики',
    hint: (weeks, window) => `Предложен самый ранний период (${weeks}), удобный обеим сторонам. Если Вы примете кандидата, даты можно сдвинуть в пределах ${window}; минимальная длительность — ${weeks}.`,
    from: 'Первый день',
    to: 'Последний день',
    problems: {
      invalidDate: 'Введите правильную дату.',
      outsideWindow: (window) => `Выберите дату в пределах ${window}.`,
      endBeforeStart: 'Последний день должен быть позже первого.',
      tooShort: (weeks) => `Минимальная длительность — ${weeks}.`,
    },
  },
};

interface FormText {
  title: string;
  lead: (decideBy: string) => string;
  formHeading: string;
  reasonLabel: string;
  reasonHint: string;
  reasonRequired: string;
  yes: string;
  no: string;
  /** What each button leads to. */
  after: string;
  /** The coordinator's two kinds of "no": the pair never again, or the student held for now. */
  rejectKinds?: { legend: string; pair: string; hold: string };
}

const COORDINATOR: Translations<FormText> = {
  fi: {
    // Soft hyphens: the compound word is wider than a 360 px phone screen and would break anywhere.
    title: 'Tarkista harjoittelu\u00adpaikka\u00adehdotus',
    lead: (d) => `Tarkista alla oleva ehdotus ja päätä viimeistään ${d}. Mikään ei muutu ennen kuin painat ”Hyväksy” tai ”Hylkää”.`,
    formHeading: 'Päätöksesi',
    reasonLabel: 'Perustelu',
    reasonHint: 'Tarvitaan vain, jos hylkäät ehdotuksen: kerro lyhyesti miksi. Perustelua ei lähetetä hakijalle, mutta se sisältyy tietoihin, jotka hakija voi ladata itsestään.',
    reasonRequired: 'Kirjoita perustelu, jos haluat hylätä ehdotuksen.',
    yes: 'Hyväksy',
    no: 'Hylkää',
    after: 'Jos hyväksyt, seuraavaksi yritystä pyydetään hyväksymään hakija. Jos hylkäät, hakija palaa hakuun, eikä tätä paikkaa ehdoteta hänelle uudelleen; jos pidät hänet tauolla, hänelle ei ehdoteta mitään ennen kuin palautat hänet.',
    rejectKinds: {
      legend: 'Jos hylkäät',
      pair: 'Tämä paikka ei sovi: älä ehdota sitä hänelle uudelleen',
      hold: 'Pidä opiskelija tauolla: älä ehdota hänelle mitään ennen kuin palautan hänet (saat linkin sähköpostiisi)',
    },
  },
  en: {
    title: 'Review the placement proposal',
    lead: (d) => `Please check the proposal below and decide by ${d}. Nothing changes until you press “Approve” or “Reject”.`,
    formHeading: 'Your decision',
    reasonLabel: 'Reason',
    reasonHint: 'Needed only if you reject: tell us briefly why. It is not sent to the applicant, but it is in the data they can download about themselves.',
    reasonRequired: 'To reject the proposal, please write a reason.',
    yes: 'Approve',
    no: 'Reject',
    after: 'If you approve, the company is asked next to accept the applicant. If you reject, the applicant goes back to the search, and this placement is not proposed to them again; if you hold the student, nothing is proposed to them until you release them.',
    rejectKinds: {
      legend: 'If you reject',
      pair: 'This placement does not fit: do not propose it to them again',
      hold: 'Hold the student: propose nothing to them until I release them (you get a link by email)',
    },
  },
  et: {
    title: 'Vaadake praktikapakkumine üle',
    lead: (d) => `Palun kontrollige allolevat pakkumist ja otsustage hiljemalt ${estonianDate(d, 'translative')}. Midagi ei muutu enne, kui vajutate nuppu „Kiitke heaks“ või „Lükake tagasi“.`,
    formHeading: 'Teie otsus',
    reasonLabel: 'Põhjendus',
    reasonHint: 'Vajalik ainult tagasilükkamisel: kirjutage lühidalt, miks. Seda ei saadeta kandidaadile, kuid see on andmetes, mille kandidaat saab enda kohta alla laadida.',
    reasonRequired: 'Pakkumise tagasilükkamiseks kirjutage palun põhjendus.',
    yes: 'Kiitke heaks',
    no: 'Lükake tagasi',
    after: 'Kui kiidate pakkumise heaks, palutakse järgmisena ettevõttel kandidaat vastu võtta. Kui lükkate selle tagasi, naaseb kandidaat otsingusse ja seda kohta talle enam ei pakuta; kui panete õppija ootele, ei pakuta talle midagi enne, kui Te ta tagasi toote.',
    rejectKinds: {
      legend: 'Kui lükkate tagasi',
      pair: 'See koht ei sobi: ärge pakkuge seda talle uuesti',
      hold: 'Pange õppija ootele: ärge pakkuge talle midagi enne, kui ma ta tagasi toon (saate lingi e-kirjaga)',
    },
  },
  lt: {
    title: 'Peržiūrėkite praktikos pasiūlymą',
    lead: (d) => `Peržiūrėkite toliau pateiktą pasiūlymą ir priimkite sprendimą iki ${d}. Niekas nepasikeis, kol nepaspausite „Pritarti“ arba „Atmesti“.`,
    formHeading: 'Jūsų sprendimas',
    reasonLabel: 'Priežastis',
    reasonHint: 'Reikalinga tik atmetant: trumpai nurodykite, kodėl. Ji kandidatui nesiunčiama, tačiau yra duomenyse, kuriuos kandidatas gali atsisiųsti apie save.',
    reasonRequired: 'Norėdami atmesti pasiūlymą, nurodykite priežastį.',
    yes: 'Pritarti',
    no: 'Atmesti',
    after: 'Jei pritarsite, toliau įmonės bus paprašyta priimti kandidatą. Jei atmesite, kandidatas grįš į paiešką, ir ši vieta jam nebebus siūloma; jei sustabdysite paraišką, nieko nebus siūloma, kol jos negrąžinsite.',
    rejectKinds: {
      legend: 'Jei atmetate',
      pair: 'Ši vieta netinka: nesiūlyti jos mokiniui dar kartą',
      hold: 'Sustabdyti paraišką: nieko nesiūlyti, kol negrąžinsiu jos į paiešką (nuorodą gausite el. paštu)',
    },
  },
  ru: {
    title: 'Рассмотрите предложение о практике',
    lead: (d) => `Проверьте предложение ниже и примите решение до ${d}. Ничего не изменится, пока Вы не нажмёте «Одобрить» или «Отклонить».`,
    formHeading: 'Ваше решение',
    reasonLabel: 'Причина',
    reasonHint: 'Нужна только при отказе: кратко объясните почему. Её не отправят кандидату, но она есть в данных, которые кандидат может скачать о себе.',
    reasonRequired: 'Чтобы отклонить предложение, укажите причину.',
    yes: 'Одобрить',
    no: 'Отклонить',
    after: 'Если Вы одобрите предложение, следующим шагом компании будет предложено принять кандидата. Если отклоните — кандидат вернётся в поиск, и это место ему больше предлагаться не будет; если Вы приостановите заявку, ничего не будет предлагаться, пока Вы её не вернёте.',
    rejectKinds: {
      legend: 'Если Вы отклоняете',
      pair: 'Это место не подходит: больше не предлагать его учащемуся',
      hold: 'Приостановить заявку: ничего не предлагать, пока я не верну её в подбор (ссылку Вы получите по почте)',
    },
  },
};

const COMPANY: Translations<FormText> = {
  fi: {
    title: 'Hyväksy hakija tai kieltäydy',
    lead: (d) => `Tarkista alla oleva hakija ja vastaa viimeistään ${d}. Mikään ei muutu ennen kuin painat ”Hyväksy” tai ”Kieltäydy”.`,
    formHeading: 'Vastauksesi',
    reasonLabel: 'Perustelu',
    reasonHint: 'Tarvitaan vain, jos kieltäydyt: kerro lyhyesti miksi. Perustelua ei lähetetä hakijalle, mutta se sisältyy tietoihin, jotka hakija voi ladata itsestään.',
    reasonRequired: 'Kirjoita perustelu, jos haluat kieltäytyä.',
    yes: 'Hyväksy',
    no: 'Kieltäydy',
    after: 'Jos hyväksyt, harjoittelujakso vahvistetaan: sinä, hakija ja oppilaitoksen koordinaattori saatte kukin sähköpostin yhteystietoineen. Jos kieltäydyt, paikka palaa hakuun, ja ehdotamme muita hakijoita.',
  },
  en: {
    title: 'Accept or decline the applicant',
    lead: (d) => `Please review the applicant below and answer by ${d}. Nothing changes until you press “Accept” or “Decline”.`,
    formHeading: 'Your answer',
    reasonLabel: 'Reason',
    reasonHint: 'Needed only if you decline: tell us briefly why. It is not sent to the applicant, but it is in the data they can download about themselves.',
    reasonRequired: 'To decline the applicant, please write a reason.',
    yes: 'Accept',
    no: 'Decline',
    after: 'If you accept, the placement is confirmed: you, the applicant and the school’s coordinator each get an email with the contacts. If you decline, the place goes back to the search, and we propose other applicants.',
  },
  et: {
    title: 'Võtke kandidaat vastu või keelduge',
    lead: (d) => `Palun vaadake allolev kandidaat üle ja vastake hiljemalt ${estonianDate(d, 'translative')}. Midagi ei muutu enne, kui vajutate nuppu „Võtke vastu“ või „Keelduge“.`,
    formHeading: 'Teie vastus',
    reasonLabel: 'Põhjendus',
    reasonHint: 'Vajalik ainult keeldumisel: kirjutage lühidalt, miks. Seda ei saadeta kandidaadile, kuid see on andmetes, mille kandidaat saab enda kohta alla laadida.',
    reasonRequired: 'Keeldumiseks kirjutage palun põhjendus.',
    yes: 'Võtke vastu',
    no: 'Keelduge',
    after: 'Kui võtate kandidaadi vastu, praktika kinnitatakse: Teie, kandidaat ja kooli koordinaator saate kõik kontaktandmetega e-kirja. Kui keeldute, naaseb koht otsingusse ja pakume teisi kandidaate.',
  },
  lt: {
    title: 'Priimkite kandidatą arba atsisakykite',
    lead: (d) => `Peržiūrėkite toliau pateiktą kandidatą ir atsakykite iki ${d}. Niekas nepasikeis, kol nepaspausite „Priimti“ arba „Atsisakyti“.`,
    formHeading: 'Jūsų atsakymas',
    reasonLabel: 'Priežastis',
    reasonHint: 'Reikalinga tik atsisakant: trumpai nurodykite, kodėl. Ji kandidatui nesiunčiama, tačiau yra duomenyse, kuriuos kandidatas gali atsisiųsti apie save.',
    reasonRequired: 'Norėdami atsisakyti kandidato, nurodykite priežastį.',
    yes: 'Priimti',
    no: 'Atsisakyti',
    after: 'Jei priimsite, praktika bus patvirtinta: Jūs, kandidatas ir mokyklos koordinatorius gausite el. laiškus su kontaktais. Jei atsisakysite, vieta grįš į paiešką, ir pasiūlysime kitų kandidatų.',
  },
  ru: {
    title: 'Примите кандидата или откажите',
    lead: (d) => `Ознакомьтесь с кандидатом ниже и ответьте до ${d}. Ничего не изменится, пока Вы не нажмёте «Принять» или «Отказать».`,
    formHeading: 'Ваш ответ',
    reasonLabel: 'Причина',
    reasonHint: 'Нужна только при отказе: кратко объясните почему. Её не отправят кандидату, но она есть в данных, которые кандидат может скачать о себе.',
    reasonRequired: 'Чтобы отказать кандидату, укажите причину.',
    yes: 'Принять',
    no: 'Отказать',
    after: 'Если Вы примете кандидата, практика будет подтверждена: Вы, кандидат и координатор учебного заведения получите письма с контактами. Если откажете — место вернётся в поиск, и мы предложим других кандидатов.',
  },
};

// The shared layout styles buttons but not text fields; these few rules travel with the form
// (the pages' content security policy allows inline styles).
const STYLE = {
  label: 'display:block;font-weight:700;margin:0 0 4px',
  textarea:
    'display:block;width:100%;min-height:7.5rem;margin:0 0 16px;padding:10px 12px;border:1px solid #6b7784;border-radius:6px;background:#fff;color:inherit;font:inherit;resize:vertical',
  invalid: ';border:2px solid #b3261e',
  error: 'margin:0 0 8px;color:#b3261e;font-weight:700',
  buttons: 'display:flex;flex-wrap:wrap;gap:12px',
  secondary: 'background:#fff;color:#0b5cad;border:2px solid #0b5cad',
  fieldset: 'border:0;margin:0 0 16px;padding:0',
  // Whole-line labels: a tap target as wide as the phone.
  choice: 'display:flex;gap:10px;align-items:flex-start;padding:8px 0',
  radio: 'flex:none;width:20px;height:20px;margin:2px 0 0',
  date: 'display:block;width:100%;max-width:14rem;min-height:44px;margin:0 0 12px;padding:8px 12px;border:1px solid #6b7784;border-radius:6px;background:#fff;color:inherit;font:inherit',
};

/**
 * The two date fields, pre-filled with the proposed dates (or what was typed), bounded by the
 * window so the phone's date picker offers only days that can be chosen. Each error sits under
 * its field and is read with it; the first invalid field takes the focus.
 */
function datesFields(language: Language, vars: CompanyDecisionVars): SafeHtml {
  const d = DATES[language];
  const p = vars.placement;
  const window = formatPeriod(p.windowFrom ?? p.periodFrom, p.windowTo ?? p.periodTo, language);
  const weeks = formatCount(vars.requiredWeeks, 'week', language);
  const value = vars.dates ?? { from: p.periodFrom, to: p.periodTo };
  const errors = vars.datesErrors ?? [];
  const firstInvalid = errors[0]?.field;
  const field = (name: DatesError['field'], label: string, current: string) => {
    const error = errors.find((e) => e.field === name);
    const message = error && (error.problem === 'outsideWindow' ? d.problems.outsideWindow(window) : error.problem === 'tooShort' ? d.problems.tooShort(weeks) : d.problems[error.problem]);
    const describedBy = message ? `dates-hint ${name}-error` : 'dates-hint';
    return html`<label for="${name}" style="${STYLE.label}">${label}</label>
${message ? html`<p id="${name}-error" style="${STYLE.error}">${message}</p>` : ''}<input type="date" id="${name}" name="${name}" value="${current}" min="${p.windowFrom ?? p.periodFrom}" max="${p.windowTo ?? p.periodTo}" required aria-describedby="${describedBy}"${message ? raw(' aria-invalid="true"') : ''}${firstInvalid === name ? raw(' autofocus') : ''} style="${STYLE.date}${message ? STYLE.invalid : ''}">`;
  };
  return html`<fieldset style="${STYLE.fieldset}">
<legend style="${STYLE.label}">${d.legend}</legend>
<p id="dates-hint" class="muted">${d.hint(weeks, window)}</p>
${field('placementFrom', d.from, value.from)}
${field('placementTo', d.to, value.to)}
</fieldset>`;
}

/** One form: what "yes" needs (the company's dates), the reason, then "yes" (primary) and "no" (quieter), both named `decision`. */
function decisionForm(t: FormText, vars: DecisionForm, values: { yes: string; no: string }, before: SafeHtml | '' = ''): SafeHtml {
  const invalid = vars.error === 'reasonRequired';
  const describedBy = invalid ? 'reason-hint reason-error' : 'reason-hint';
  return html`<h2>${t.formHeading}</h2>
<form method="post" action="${vars.formAction}">
${before}<label for="reason" style="${STYLE.label}">${t.reasonLabel}</label>
<p id="reason-hint" class="muted">${t.reasonHint}</p>
${invalid ? html`<p id="reason-error" role="alert" style="${STYLE.error}">${t.reasonRequired}</p>` : ''}
<textarea id="reason" name="reason" rows="4" maxlength="${MAX_REASON_LENGTH}" aria-describedby="${describedBy}"${invalid ? raw(' aria-invalid="true" autofocus') : ''} style="${STYLE.textarea}${invalid ? STYLE.invalid : ''}">${vars.reason ?? ''}</textarea>
${t.rejectKinds ? rejectKindChoice(t.rejectKinds, vars.rejectKind) : ''}
<div style="${STYLE.buttons}">
<button type="submit" name="decision" value="${values.yes}">${t.yes}</button>
<button type="submit" name="decision" value="${values.no}" style="${STYLE.secondary}">${t.no}</button>
</div>
</form>
<p class="muted">${t.after}</p>`;
}

/** Two radios, "the pair" checked unless the page comes back with "hold" chosen. */
const rejectKindChoice = (t: NonNullable<FormText['rejectKinds']>, chosen: 'pair' | 'hold' = 'pair') => html`<fieldset style="${STYLE.fieldset}">
<legend style="${STYLE.label}">${t.legend}</legend>
<label style="${STYLE.choice}"><input type="radio" name="rejectKind" value="pair" style="${STYLE.radio}"${chosen === 'pair' ? raw(' checked') : ''}><span>${t.pair}</span></label>
<label style="${STYLE.choice}"><input type="radio" name="rejectKind" value="hold" style="${STYLE.radio}"${chosen === 'hold' ? raw(' checked') : ''}><span>${t.hold}</span></label>
</fieldset>`;

const section = (heading: string, body: SafeHtml) => html`<h2>${heading}</h2>${body}`;

/** Someone's own words under a heading, line breaks kept, escaped; nothing when there are none. */
const ownWords = (heading: string, text: string | undefined) =>
  text?.trim() ? section(heading, html`<blockquote style="margin:0 0 20px;padding:0 0 0 16px;border-left:4px solid #d9dee3"><p style="white-space:pre-line">${text.trim()}</p></blockquote>`) : '';

/** The coordinator (or deputy) approves or rejects; rejecting needs a reason. */
export function coordinatorDecisionPage(language: Language, vars: CoordinatorDecisionVars): string {
  const t = COORDINATOR[language];
  const l = MATCH_LABELS[language];
  const context = { placement: vars.placement, requiredLanguages: vars.requiredLanguages, requiredWeeks: vars.requiredWeeks };
  const body = html`
<p class="lead">${t.lead(formatDate(vars.decideBy, language))}</p>
${section(l.applicantHeading, facts(applicantRows(language, vars.applicant)))}
${ownWords(l.motivationHeading, vars.motivation)}
${section(l.placementHeading, facts(placementRows(language, vars.placement, vars.requiredLanguages)))}
${ownWords(roleDescriptionHeading(language, vars.roleDescriptionLanguage), vars.roleDescription)}
${section(l.whyHeading, facts(scoreRows(language, vars.score, context)))}
${decisionForm(t, vars, { yes: 'approve', no: 'reject' })}`;
  return layout({ language, title: t.title, body });
}

/** The company contact accepts or declines an approved applicant; declining needs a reason. */
export function companyDecisionPage(language: Language, vars: CompanyDecisionVars): string {
  const t = COMPANY[language];
  const l = MATCH_LABELS[language];
  const motivation = vars.motivation?.trim();
  const body = html`
<p class="lead">${t.lead(formatDate(vars.decideBy, language))}</p>
${section(l.applicantHeading, facts(applicantRows(language, vars.applicant)))}
${section(l.placementHeading, facts(placementRows(language, vars.placement)))}
${motivation ? section(l.motivationHeading, html`<blockquote style="margin:0 0 20px;padding:0 0 0 16px;border-left:4px solid #d9dee3"><p style="white-space:pre-line">${motivation}</p></blockquote>`) : ''}
${decisionForm(t, vars, { yes: 'accept', no: 'decline' }, datesFields(language, vars))}`;
  return layout({ language, title: t.title, body });
}
