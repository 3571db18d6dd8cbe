import { APPLICATION_STATUSES, PAUSED } from '#shared/applicant/status-page';
import { personName } from '#shared/applications/latin-name';
import { applicantFacts, placementFacts, placementPeriod } from '#shared/decisions/match-context';
import { MATCH_LABELS, applicantRows, placementRows } from '#shared/decisions/match-facts';
import { roleTextShown, withLanguage } from '#shared/roles/role-text';
import type { MatchItem } from '#shared/decisions/matches';
import { MAX_REASON_LENGTH } from '#shared/decisions/states';
import { FOLLOW_UP_KINDS } from '#shared/follow-up/records';
import { html, raw, type SafeHtml } from '#shared/platform/html';
import { formatDate, formatPeriod, labelFrom, type Language } from '#shared/platform/i18n';
import { facts } from '#shared/platform/page-layout';
import type { RoleItem } from '#shared/roles/store';
import type { School } from '#shared/schools/registry';
import { deskLayout } from '#shared/sign-in/desk-layout';
import { countryName, sectorName } from '#shared/vocabulary/labels';
import { forReaderIn } from '#shared/vocabulary/time-zones';
import type { DeskApplication, Placement, WaitingDecision } from './data.ts';
import { applicantPath, decisionPath, placementsCsvPath, schoolDeskPath, withdrawPath } from './paths.ts';
import { APPLICANT, DESK, WITHDRAW, type Notice } from './texts.ts';

/*
 * The school's desk, for its coordinator and deputy: every page in the desks' layout, the lists
 * as tables that become stacked rows on a phone (each cell names its column: table.desk).
 */

const STYLE = {
  list: 'list-style:none;margin:0 0 20px;padding:0;border-top:1px solid #d9dee3',
  item: 'padding:12px 0;border-bottom:1px solid #d9dee3',
  line: 'margin:0',
  label: 'display:block;font-weight:700;margin:0 0 4px',
  textarea:
    'display:block;width:100%;min-height:7.5rem;margin:0 0 16px;padding:10px 12px;border:1px solid #6b7784;border-radius:6px;background:#fff;color:inherit;font:inherit;resize:vertical',
  invalid: ';border:2px solid #b3261e',
  error: 'margin:0 0 8px;color:#b3261e;font-weight:700',
  secondary: 'background:#fff;color:#0b5cad;border:2px solid #0b5cad',
  plainList: 'margin:0;padding-left:1.2em',
};

/** Who the desk is for and what happened just before (a notice after an action). */
interface DeskVars {
  email: string;
  school: School;
  notice?: Notice | undefined;
}

const withdrawable = (a: DeskApplication) => a.status === 'UNCONFIRMED' || a.status === 'SUBMITTED' || a.status === 'PROPOSED';

/** The status as the school sees it: held shows as paused, as on the applicant's own page. */
export function statusLabel(language: Language, application: DeskApplication): string {
  if (application.held && (application.status === 'SUBMITTED' || application.status === 'PROPOSED')) return PAUSED[language];
  if (application.status === 'UNCONFIRMED') return DESK[language].unconfirmed;
  return labelFrom(APPLICATION_STATUSES[language], application.status);
}

const noticeOf = (language: Language, notice: Notice | undefined) =>
  notice ? html`<p class="notice" role="status">${DESK[language].notices[notice]}</p>` : '';

const destinations = (language: Language, countries: readonly string[]) => countries.map((c) => countryName(c, language)).join(', ');

/** The role's title in the text that fits the coordinator (its language named when not theirs), the company and where. */
const placementLine = (language: Language, role: RoleItem) => {
  const { title, titleLanguage } = roleTextShown(role, language);
  return `${withLanguage(title, titleLanguage, language)}, ${role.company.name} (${role.company.city}, ${countryName(role.company.country, language)})`;
};

function waitingSection(language: Language, school: School, waiting: readonly WaitingDecision[]): SafeHtml {
  const t = DESK[language];
  if (waiting.length === 0) return html`<h2 id="waiting">${t.waitingHeading}</h2><p>${t.waitingNone}</p>`;
  return html`<h2 id="waiting">${t.waitingHeading}</h2>
<ul style="${STYLE.list}" aria-labelledby="waiting">${waiting.map(({ application, match, role }) => {
    const name = personName(application);
    const { periodFrom, periodTo } = placementPeriod({ match, application, role });
    return html`<li style="${STYLE.item}">
<p style="${STYLE.line}"><strong>${name}</strong></p>
<p style="${STYLE.line}">${placementLine(language, role)}</p>
<p style="${STYLE.line}">${formatPeriod(periodFrom, periodTo, language)}</p>
<p class="muted" style="margin:0 0 8px">${t.decideBy(formatDate(forReaderIn(match.decisionDueAt ?? '', school.country), language))}</p>
<a class="button-link" href="${decisionPath(school.schoolId, match.matchId)}" aria-label="${t.decide}: ${name}">${t.decide}</a>
</li>`;
  })}</ul>`;
}

function applicantsSection(language: Language, school: School, applications: readonly DeskApplication[]): SafeHtml {
  const t = DESK[language];
  const c = t.columns;
  if (applications.length === 0) return html`<h2 id="applicants">${t.applicantsHeading}</h2><p>${t.applicantsNone}</p>`;
  return html`<h2 id="applicants">${t.applicantsHeading}</h2>
<table class="desk" aria-labelledby="applicants"><thead><tr><th scope="col">${c.name}</th><th scope="col">${c.status}</th><th scope="col">${c.available}</th><th scope="col">${c.destinations}</th></tr></thead>
<tbody>${applications.map(
    (a) => html`<tr><td data-label="${c.name}"><a href="${applicantPath(school.schoolId, a.applicationId)}">${personName(a)}</a></td><td data-label="${c.status}">${statusLabel(language, a)}</td><td data-label="${c.available}">${formatPeriod(a.availableFrom, a.availableTo, language)}</td><td data-label="${c.destinations}">${destinations(language, a.destinations)}</td></tr>`,
  )}</tbody></table>`;
}

function placementsSection(language: Language, school: School, placements: readonly Placement[]): SafeHtml {
  const t = DESK[language];
  const c = t.placementColumns;
  const csv = html`<p><a href="${placementsCsvPath(school.schoolId)}" download>${t.csvLink}</a></p>`;
  if (placements.length === 0) return html`<h2 id="placements">${t.placementsHeading}</h2><p>${t.placementsNone}</p>`;
  return html`<h2 id="placements">${t.placementsHeading}</h2>
<table class="desk" aria-labelledby="placements"><thead><tr><th scope="col">${c.student}</th><th scope="col">${c.placement}</th><th scope="col">${c.dates}</th><th scope="col">${c.followUps}</th></tr></thead>
<tbody>${placements.map(
    (p) => html`<tr><td data-label="${c.student}"><a href="${applicantPath(school.schoolId, p.application.applicationId)}">${personName(p.application)}</a></td><td data-label="${c.placement}">${placementLine(language, p.role)}</td><td data-label="${c.dates}">${formatPeriod(p.periodFrom, p.periodTo, language)}</td><td data-label="${c.followUps}"><ul style="${STYLE.plainList}">${FOLLOW_UP_KINDS.map(
      (kind) => html`<li>${t.followUpKinds[kind]}: ${t.followUpStatuses[p.followUps[kind] ?? 'NONE']}</li>`,
    )}</ul></td></tr>`,
  )}</tbody></table>
${csv}`;
}

/** The desk's first page: the decisions waiting first, then every applicant, then the placements. */
export function schoolDeskPage(
  language: Language,
  vars: DeskVars & { waiting: readonly WaitingDecision[]; applications: readonly DeskApplication[]; placements: readonly Placement[] },
): string {
  const body = html`<p class="lead">${vars.school.name}</p>
${noticeOf(language, vars.notice)}
${waitingSection(language, vars.school, vars.waiting)}
${applicantsSection(language, vars.school, vars.applications)}
${placementsSection(language, vars.school, vars.placements)}`;
  return deskLayout({ language, title: DESK[language].title, body, email: vars.email });
}

/** What the applicant's page shows of the match it has (a proposal, or the placement). */
interface MatchShown {
  match: MatchItem;
  role: RoleItem;
}

function matchSection(language: Language, school: School, application: DeskApplication, shown: MatchShown | undefined): SafeHtml | '' {
  if (!shown) return '';
  const t = APPLICANT[language];
  const { match, role } = shown;
  const placement = placementFacts({ match, application, role, school }, language);
  if (application.status === 'PROPOSED' && match.status === 'PROPOSED') {
    return html`<p class="notice">${t.proposalWaiting}</p>${facts(placementRows(language, placement))}<p><a class="button-link" href="${decisionPath(school.schoolId, match.matchId)}">${DESK[language].decide}</a></p>`;
  }
  if (application.status === 'PROPOSED' && match.status === 'APPROVED') return html`<p class="notice">${t.companyDeciding}</p>${facts(placementRows(language, placement))}`;
  if (application.status === 'PLACED' && match.status === 'CONFIRMED') {
    const { windowFrom: _from, windowTo: _to, ...dates } = placement;
    return html`<h2>${t.placementHeading}</h2>${facts(placementRows(language, dates))}`;
  }
  return '';
}

function pauseSection(language: Language, application: DeskApplication, formAction: string, country: string): SafeHtml | '' {
  const t = APPLICANT[language];
  if (application.status !== 'SUBMITTED' && application.status !== 'PROPOSED') return '';
  if (application.held?.reason === 'coordinator') {
    return html`<h2>${t.pauseHeading}</h2>
<p>${t.pausedSince(formatDate(forReaderIn(application.held.since, country), language))}</p>
<p>${t.releaseText}</p>
<form method="post" action="${formAction}"><button type="submit" name="decision" value="release">${t.releaseButton}</button></form>`;
  }
  if (application.held) return html`<p class="notice">${t.undeliverable}</p>`;
  if (application.status !== 'SUBMITTED') return '';
  return html`<h2>${t.pauseHeading}</h2>
<p>${t.pauseText}</p>
<form method="post" action="${formAction}"><button type="submit" name="decision" value="pause" style="${STYLE.secondary}">${t.pauseButton}</button></form>`;
}

function withdrawnSection(language: Language, application: DeskApplication, country: string): SafeHtml | '' {
  if (application.status !== 'WITHDRAWN') return '';
  const t = APPLICANT[language];
  return html`${application.withdrawnAt ? html`<p>${t.withdrawnOn(formatDate(forReaderIn(application.withdrawnAt, country), language))}</p>` : ''}
${application.withdrawal ? facts([[t.withdrawalReason, html`<span style="white-space:pre-line">${application.withdrawal.reason}</span>`]]) : ''}`;
}

/** One applicant: what they applied for, where their application stands, and what the school can do about it. */
export function applicantPage(language: Language, vars: DeskVars & { application: DeskApplication; shown?: MatchShown | undefined; formAction: string }): string {
  const { application, school } = vars;
  const t = APPLICANT[language];
  const labels = MATCH_LABELS[language];
  const about = applicantRows(language, applicantFacts({ application, school })).filter(([label]) => label !== labels.name && label !== labels.school);
  const body = html`<p><a href="${schoolDeskPath(school.schoolId)}">${t.back}</a></p>
${noticeOf(language, vars.notice)}
${facts([
  [t.status, html`<strong>${statusLabel(language, application)}</strong>`],
  ...about,
  [t.sectors, application.sectors.map((s) => sectorName(s, language)).join(', ')],
  [t.destinations, html`<ol>${application.destinations.map((c) => html`<li>${countryName(c, language)}</li>`)}</ol>`],
  [t.available, formatPeriod(application.availableFrom, application.availableTo, language)],
  [t.email, application.email],
  [t.applied, formatDate(forReaderIn(application.submittedAt, school.country), language)],
])}
${matchSection(language, school, application, vars.shown)}
${pauseSection(language, application, vars.formAction, school.country)}
${withdrawnSection(language, application, school.country)}
${withdrawable(application)
  ? html`<h2>${t.withdrawHeading}</h2><p>${t.withdrawText}</p><p><a class="button-link destructive" href="${withdrawPath(school.schoolId, application.applicationId)}">${t.withdrawLink}</a></p>`
  : ''}`;
  return deskLayout({ language, title: personName(application), body, email: vars.email });
}

/**
 * The confirm step before withdrawing on the student's behalf: what it does, a required reason,
 * the destructive button. Once the application cannot be withdrawn, it says so instead.
 */
export function withdrawPage(
  language: Language,
  vars: DeskVars & { application: DeskApplication; formAction: string; reasonMissing?: boolean; reason?: string },
): string {
  const { application, school } = vars;
  const t = WITHDRAW[language];
  const back = applicantPath(school.schoolId, application.applicationId);
  if (!withdrawable(application)) {
    return deskLayout({
      language,
      title: t.title,
      body: html`<p class="notice">${t.notWithdrawable}</p><p><a href="${back}">${APPLICANT[language].back}</a></p>`,
      email: vars.email,
    });
  }
  const invalid = vars.reasonMissing === true;
  const body = html`<p class="lead">${t.lead(personName(application))}</p>
<ul>${t.consequences.map((line) => html`<li>${line}</li>`)}</ul>
<form method="post" action="${vars.formAction}">
<label for="reason" style="${STYLE.label}">${t.reasonLabel}</label>
<p id="reason-hint" class="muted">${t.reasonHint}</p>
${invalid ? html`<p id="reason-error" role="alert" style="${STYLE.error}">${t.reasonRequired}</p>` : ''}
<textarea id="reason" name="reason" rows="4" maxlength="${MAX_REASON_LENGTH}" aria-describedby="${invalid ? 'reason-hint reason-error' : 'reason-hint'}"${invalid ? raw(' aria-invalid="true" autofocus') : ''} style="${STYLE.textarea}${invalid ? STYLE.invalid : ''}">${vars.reason ?? ''}</textarea>
<button type="submit" class="destructive" name="decision" value="withdraw">${t.confirm}</button>
</form>
<p><a href="${back}">${t.cancel}</a></p>`;
  return deskLayout({ language, title: t.title, body, email: vars.email });
}
