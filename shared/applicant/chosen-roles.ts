import { html, type SafeHtml } from '#shared/platform/html';
import { formatCount, formatPeriod, languageName, type Language, type Translations } from '#shared/platform/i18n';
import { countryName, fieldOfStudyName, sectorName } from '#shared/vocabulary/labels';
import type { ApplicantType, Country } from '#shared/vocabulary/codes';
import { misfits, type MatchApplicant, type Misfit } from '#shared/matching/index';
import { languageNamed, roleTextShown } from '#shared/roles/role-text';
import type { RoleItem } from '#shared/roles/store';
import { toRole } from '#shared/rounds/pool-items';

/**
 * "The roles you chose" on the applicant's status page: each role of the application's ranked
 * list, in order, with whether it can be proposed to them, and if not, why, in plain words. The
 * hard rules come from the matcher's own `misfits` (shared/matching/rules.ts), so the page says
 * exactly what keeps a round from proposing the pair.
 */

/** Where a chosen role stands for this applicant. */
export type Verdict =
  /** Meets every rule and has a place: a round may propose it. */
  | { kind: 'fits' }
  /** The proposal waiting for decisions is this role. */
  | { kind: 'proposed' }
  /** Proposed before and rejected or declined: never proposed again (nobody's reason is told). */
  | { kind: 'ended' }
  | { kind: 'closed' }
  /** Posted, its contact has not confirmed it yet. */
  | { kind: 'notOpen' }
  | { kind: 'full' }
  /** No such role any more (or never). */
  | { kind: 'gone' }
  /** Every hard rule the pair breaks. */
  | { kind: 'misfits'; misfits: Misfit[] };

export interface ChosenRole {
  roleId: string;
  /** What the applicant is shown of the role; absent when it no longer exists. */
  role?: {
    /** In the text that fits the reader (shared/roles/role-text.ts). */
    title: string;
    titleLanguage?: Language;
    companyName: string;
    city: string;
    country: Country;
    periodFrom: string;
    periodTo: string;
  };
  verdict: Verdict;
}

/**
 * One chosen role for the page. A role that is not there to be proposed (gone, closed, not yet
 * open) says only that; then the pair's own history (the pending proposal, an ended one), then
 * the hard rules, which no round can change; a full role last, since a place may come free.
 */
export function chosenRole(
  roleId: string,
  role: RoleItem | undefined,
  applicant: MatchApplicant,
  reader: Language,
  pair: { proposedRoleId?: string | undefined; forbiddenRoleIds?: ReadonlySet<string> | undefined } = {},
): ChosenRole {
  if (!role) return { roleId, verdict: { kind: 'gone' } };
  const text = roleTextShown(role, reader);
  const shown: ChosenRole['role'] = {
    title: text.title,
    ...(text.titleLanguage ? { titleLanguage: text.titleLanguage } : {}),
    companyName: role.company.name,
    city: role.company.city,
    country: role.company.country,
    periodFrom: role.periodFrom,
    periodTo: role.periodTo,
  };
  const verdict = (): Verdict => {
    if (role.status === 'CLOSED') return { kind: 'closed' };
    if (role.status !== 'OPEN') return { kind: 'notOpen' };
    if (pair.proposedRoleId === roleId) return { kind: 'proposed' };
    if (pair.forbiddenRoleIds?.has(roleId)) return { kind: 'ended' };
    const found = misfits(applicant, toRole(role));
    if (found.length > 0) return { kind: 'misfits', misfits: found };
    if (!(role.placesLeft > 0)) return { kind: 'full' };
    return { kind: 'fits' };
  };
  return { roleId, role: shown, verdict: verdict() };
}

interface ChosenText {
  heading: string;
  intro: string;
  states: Record<Exclude<Verdict['kind'], 'misfits'>, string>;
  cannot: string;
  homeCountry: (country: string) => string;
  sector: (sector: string) => string;
  destination: (country: string) => string;
  field: (field: string) => string;
  /** `weeks` 0: less than a week in common. */
  period: (period: string, weeks: number, common: string, needed: string) => string;
  /** `held`: the applicant's level, absent when they did not list the language. */
  language: (language: string, level: string, held?: string) => string;
  applicantType: Record<ApplicantType, string>;
}

const TEXT: Translations<ChosenText> = {
  fi: {
    heading: 'Valitsemasi paikat',
    intro: 'Toivejärjestyksessäsi. Liike ehdottaa sinulle parhaiten sopivaa paikkaa; paikkaa, joka ei sovi, ei ehdoteta.',
    states: {
      fits: 'Sopii hakemukseesi: se voidaan ehdottaa sinulle.',
      proposed: 'Tämä on sinulle ehdotettu paikka.',
      ended: 'Se ehdotettiin sinulle jo aiemmin, eikä sitä ehdoteta uudelleen.',
      closed: 'Yritys on sulkenut paikan.',
      notOpen: 'Paikka ei ole vielä avoinna.',
      full: 'Siinä ei ole juuri nyt vapaita paikkoja.',
      gone: 'Tätä paikkaa ei enää ole.',
    },
    cannot: 'Sitä ei voida ehdottaa sinulle:',
    homeCountry: (c) => `Se on oppilaitoksesi omassa maassa (${c}); harjoittelu tehdään ulkomailla.`,
    sector: (s) => `Sen toimiala (${s}) ei ole valitsemiesi alojen joukossa.`,
    destination: (c) => `Se on maassa ${c}, joka ei ole kohdemaidesi joukossa.`,
    field: (f) => `Se ei sovi koulutusalallesi (${f}).`,
    period: (p, weeks, common, needed) =>
      `Yhteistä aikaa sinun ajankohtasi kanssa on ${weeks > 0 ? common : 'alle viikko'} (paikan ajankohta ${p}); harjoittelu vaatii vähintään ${needed}.`,
    language: (l, level, held) => `Kielitaitovaatimus: ${l} ${level} (${held ? `sinulla ${held}` : 'et ole ilmoittanut tätä kieltä'}).`,
    applicantType: { student: 'Se on vain opiskelijoille.', staff: 'Se on vain henkilöstölle (opettajille ja kouluttajille).' },
  },
  en: {
    heading: 'The roles you chose',
    intro: 'In your order of preference. Liike proposes the one that fits you best; a role that does not fit is never proposed.',
    states: {
      fits: 'Fits your application: it can be proposed to you.',
      proposed: 'This is the placement proposed to you.',
      ended: 'It was proposed to you before and will not be proposed again.',
      closed: 'The company has closed it.',
      notOpen: 'It is not open yet.',
      full: 'It has no places left just now.',
      gone: 'This role no longer exists.',
    },
    cannot: 'It cannot be proposed to you:',
    homeCountry: (c) => `It is in your school’s own country (${c}); placements are abroad.`,
    sector: (s) => `Its sector (${s}) is not among the sectors you chose.`,
    destination: (c) => `It is in ${c}, which is not among your destinations.`,
    field: (f) => `It does not take your field of study (${f}).`,
    period: (p, weeks, common, needed) =>
      `Its period (${p}) has ${weeks > 0 ? common : 'less than a week'} in common with yours; the placement needs at least ${needed}.`,
    language: (l, level, held) => `It needs ${l} at ${level} (${held ? `you have ${held}` : 'you have not listed it'}).`,
    applicantType: { student: 'It is open to students only.', staff: 'It is open to staff (teachers and trainers) only.' },
  },
  et: {
    heading: 'Teie valitud praktikakohad',
    intro: 'Teie eelistuste järjekorras. Liike pakub Teile kõige paremini sobivat kohta; sobimatut kohta ei pakuta.',
    states: {
      fits: 'Sobib Teie avaldusega: seda saab Teile pakkuda.',
      proposed: 'See on Teile pakutud praktikakoht.',
      ended: 'Seda on Teile juba pakutud ja uuesti seda ei pakuta.',
      closed: 'Ettevõte on koha sulgenud.',
      notOpen: 'Koht ei ole veel avatud.',
      full: 'Sellel ei ole praegu vabu kohti.',
      gone: 'Seda praktikakohta enam ei ole.',
    },
    cannot: 'Seda ei saa Teile pakkuda:',
    homeCountry: (c) => `See asub Teie kooli riigis (${c}); praktika toimub välismaal.`,
    sector: (s) => `Selle valdkond (${s}) ei ole Teie valitud valdkondade hulgas.`,
    destination: (c) => `See asub riigis ${c}, mis ei ole Teie sihtriikide hulgas.`,
    field: (f) => `See ei sobi Teie õppevaldkonnaga (${f}).`,
    period: (p, weeks, common, needed) =>
      `Ühist aega Teie ajavahemikuga on ${weeks > 0 ? common : 'alla nädala'} (koha periood ${p}); praktika nõuab vähemalt ${needed}.`,
    language: (l, level, held) => `Nõutav keeleoskus: ${l} ${level} (${held ? `Teil ${held}` : 'Te ei ole seda keelt märkinud'}).`,
    applicantType: { student: 'See on ainult õpilastele.', staff: 'See on ainult töötajatele (õpetajatele ja koolitajatele).' },
  },
  lt: {
    heading: 'Jūsų pasirinktos praktikos vietos',
    intro: 'Jūsų pageidavimų eile. Liike siūlo Jums geriausiai tinkančią vietą; netinkanti vieta nesiūloma.',
    states: {
      fits: 'Atitinka Jūsų paraišką: ją galima Jums pasiūlyti.',
      proposed: 'Tai Jums pasiūlyta praktikos vieta.',
      ended: 'Ji Jums jau buvo pasiūlyta ir daugiau nebus siūloma.',
      closed: 'Įmonė šią vietą uždarė.',
      notOpen: 'Vieta dar neatverta.',
      full: 'Šiuo metu joje neliko laisvų vietų.',
      gone: 'Šios praktikos vietos nebėra.',
    },
    cannot: 'Jos negalima Jums pasiūlyti:',
    homeCountry: (c) => `Ji yra Jūsų mokyklos šalyje (${c}); praktika vyksta užsienyje.`,
    sector: (s) => `Jos sektorius (${s}) nėra tarp Jūsų pasirinktų sektorių.`,
    destination: (c) => `Ji yra šalyje ${c}, kurios nėra tarp Jūsų pasirinktų šalių.`,
    field: (f) => `Ji netinka Jūsų mokymosi sričiai (${f}).`,
    period: (p, weeks, common, needed) =>
      `Bendras laikas su Jūsų laikotarpiu – ${weeks > 0 ? common : 'mažiau nei savaitė'} (vietos laikotarpis ${p}), o mažiausia trukmė – ${needed}.`,
    language: (l, level, held) => `Reikalaujama kalba: ${l} ${level} (${held ? `Jūsų lygis ${held}` : 'Jūs šios kalbos nenurodėte'}).`,
    applicantType: { student: 'Ji skirta tik mokiniams.', staff: 'Ji skirta tik darbuotojams (mokytojams ir instruktoriams).' },
  },
  ru: {
    heading: 'Выбранные Вами места практики',
    intro: 'В порядке Ваших предпочтений. Liike предлагает Вам наиболее подходящее место; неподходящее место не предлагается.',
    states: {
      fits: 'Подходит к Вашей заявке: его могут Вам предложить.',
      proposed: 'Это предложенное Вам место практики.',
      ended: 'Оно уже предлагалось Вам и больше предлагаться не будет.',
      closed: 'Компания закрыла это место.',
      notOpen: 'Место ещё не открыто.',
      full: 'Сейчас в нём не осталось свободных мест.',
      gone: 'Этого места практики больше нет.',
    },
    cannot: 'Его нельзя Вам предложить:',
    homeCountry: (c) => `Оно находится в стране Вашего учебного заведения (${c}), а практика проходит за рубежом.`,
    sector: (s) => `Его отрасль (${s}) не входит в выбранные Вами отрасли.`,
    destination: (c) => `Оно находится в стране ${c}, которой нет среди выбранных Вами стран.`,
    field: (f) => `Оно не подходит для Вашего направления обучения (${f}).`,
    period: (p, weeks, common, needed) =>
      `Общее время с Вашими сроками — ${weeks > 0 ? common : 'меньше недели'} (сроки места: ${p}), а минимальный срок — ${needed}.`,
    language: (l, level, held) => `Требуется язык: ${l} ${level} (${held ? `у Вас ${held}` : 'Вы его не указали'}).`,
    applicantType: { student: 'Оно только для студентов.', staff: 'Оно только для сотрудников (преподавателей и мастеров).' },
  },
};

/** Why, in the reader's words; the role's own period for the period rule. */
export function misfitText(language: Language, misfit: Misfit, role: { periodFrom: string; periodTo: string }): string {
  const t = TEXT[language];
  switch (misfit.rule) {
    case 'homeCountry':
      return t.homeCountry(countryName(misfit.country, language));
    case 'sector':
      return t.sector(sectorName(misfit.sector, language));
    case 'destination':
      return t.destination(countryName(misfit.country, language));
    case 'field':
      return t.field(fieldOfStudyName(misfit.field, language));
    case 'period':
      return t.period(
        formatPeriod(role.periodFrom, role.periodTo, language),
        misfit.overlapWeeks,
        formatCount(misfit.overlapWeeks, 'week', language),
        formatCount(misfit.neededWeeks, 'week', language),
      );
    case 'language':
      return t.language(languageName(misfit.code, language), misfit.level, misfit.held);
    case 'applicantType':
      // The role takes the other type only (the applicant's own is not among its types).
      return t.applicantType[misfit.accepted.includes('student') ? 'student' : 'staff'];
  }
}

/** The section: each chosen role, in the applicant's order, with its verdict. */
export function chosenRolesSection(language: Language, chosen: readonly ChosenRole[]): SafeHtml | '' {
  if (chosen.length === 0) return '';
  const t = TEXT[language];
  const item = ({ role, verdict }: ChosenRole) => {
    const name = role
      ? html`<strong>${role.title}</strong>${languageNamed(role.titleLanguage, language)} – ${role.companyName}, ${role.city}, ${countryName(role.country, language)}`
      : '';
    const why =
      verdict.kind === 'misfits'
        ? html`<p style="margin:4px 0 0">${t.cannot}</p><ul style="margin:4px 0 0">${verdict.misfits.map((m) => html`<li>${misfitText(language, m, role!)}</li>`)}</ul>`
        : html`<p style="margin:4px 0 0" class="${verdict.kind === 'fits' || verdict.kind === 'proposed' ? '' : 'muted'}">${t.states[verdict.kind]}</p>`;
    return html`<li style="margin:0 0 14px" data-verdict="${verdict.kind}">${name}${why}</li>`;
  };
  return html`<h2 id="chosen-roles">${t.heading}</h2>
<p class="muted">${t.intro}</p>
<ol>${chosen.map(item)}</ol>`;
}
