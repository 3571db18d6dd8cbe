import { html, type SafeHtml } from '#shared/platform/html';
import { formatDate, formatNumber, formatPeriod, quote, type Language } from '#shared/platform/i18n';
import { facts } from '#shared/platform/page-layout';
import { ROLE_FORM_PATH } from '#shared/platform/site-paths';
import { closeRoleContent } from '#shared/roles/close-page';
import { deskLayout } from '#shared/sign-in/desk-layout';
import type { ProposalView, RoleView, TraineeView } from './roles.ts';
import { TEXTS, type CompanyDeskTexts } from './texts.ts';
import { ROLES_PATH, closePath, rolePath } from './paths.ts';

/** What the desk says at its top after the contact asked to close a role. */
export type Notice = { kind: 'closed' | 'alreadyClosed' | 'notOpen'; title: string };

// A role's parts under its title, smaller than it; and room between roles.
const H3 = 'font-size:1rem;margin:20px 0 8px';
const SECTION = 'margin:0 0 32px';

const noticeText = (t: CompanyDeskTexts, notice: Notice, language: Language) => t[notice.kind](quote(notice.title, language));

function proposalsTable(t: CompanyDeskTexts, proposals: ProposalView[], language: Language): SafeHtml {
  if (proposals.length === 0) return html`<p class="muted">${t.noProposals}</p>`;
  const stage = (p: ProposalView) => {
    const due = p.dueAt ? formatDate(p.dueAt, language) : undefined;
    return p.stage === 'ending' ? t.ending : p.stage === 'company' ? html`<strong>${t.waitingForYou(due)}</strong>` : t.waitingForCoordinator(due);
  };
  return html`<table class="desk"><thead><tr><th scope="col">${t.candidate}</th><th scope="col">${t.school}</th><th scope="col">${t.stage}</th><th scope="col">${t.placement}</th></tr></thead><tbody>
${proposals.map(
  (p) =>
    html`<tr><td data-label="${t.candidate}">${p.name}</td><td data-label="${t.school}">${p.schoolName}</td><td data-label="${t.stage}">${stage(p)}</td><td data-label="${t.placement}">${formatPeriod(p.periodFrom, p.periodTo, language)}</td></tr>`,
)}
</tbody></table>`;
}

function traineesTable(t: CompanyDeskTexts, trainees: TraineeView[], language: Language): SafeHtml {
  if (trainees.length === 0) return html`<p class="muted">${t.noTrainees}</p>`;
  return html`<table class="desk"><thead><tr><th scope="col">${t.trainee}</th><th scope="col">${t.school}</th><th scope="col">${t.placement}</th><th scope="col">${t.coordinator}</th></tr></thead><tbody>
${trainees.map(
  (p) =>
    html`<tr><td data-label="${t.trainee}">${p.name ?? html`<span class="muted">${t.erased}</span>`}</td><td data-label="${t.school}">${p.schoolName}</td><td data-label="${t.placement}">${formatPeriod(p.periodFrom, p.periodTo, language)}</td><td data-label="${t.coordinator}">${
      p.coordinator ? html`${p.coordinator.name}<br><a href="mailto:${p.coordinator.email}">${p.coordinator.email}</a>` : ''
    }</td></tr>`,
)}
</tbody></table>`;
}

function roleSection(t: CompanyDeskTexts, role: RoleView, language: Language): SafeHtml {
  const heading = `role-${role.roleId}`;
  const verification =
    role.status === 'PENDING_VERIFICATION' && role.verificationUntil
      ? role.verificationExpired
        ? html`<p class="notice">${t.verificationExpired(formatDate(role.verificationUntil, language))}</p><p><a class="button-link" href="${ROLE_FORM_PATH}">${t.postAgain}</a></p>`
        : html`<p class="notice">${t.verify(role.contactEmail, formatDate(role.verificationUntil, language))}</p>`
      : '';
  return html`<section aria-labelledby="${heading}" style="${SECTION}">
<h2 id="${heading}">${role.title}</h2>
<p class="${role.status === 'CLOSED' ? 'status ended' : 'status'}">${t.status[role.status]}</p>
${facts([
  [t.company, role.companyName],
  // Free places mean something only while the role is open.
  [t.places, role.status === 'OPEN' ? t.placesLeft(formatNumber(role.placesLeft, language), formatNumber(role.places, language)) : formatNumber(role.places, language)],
  [t.period, formatPeriod(role.periodFrom, role.periodTo, language)],
])}
${verification}
${role.status === 'OPEN'
  ? html`<p style="display:flex;flex-wrap:wrap;gap:8px"><a class="button-link" href="${rolePath(role.roleId)}">${t.change}</a><a class="button-link destructive" href="${closePath(role.roleId)}">${t.close}</a></p>`
  : role.reopenable
    ? html`<p><a class="button-link" href="${rolePath(role.roleId)}">${t.reopen}</a></p>`
    : ''}
${role.status === 'PENDING_VERIFICATION' ? '' : html`<h3 style="${H3}">${t.proposals}</h3>${proposalsTable(t, role.proposals, language)}<h3 style="${H3}">${t.trainees}</h3>${traineesTable(t, role.trainees, language)}`}
</section>`;
}

/** GET /desk/roles: every role of the contact, with what waits on it and who is placed. */
export function rolesPage(language: Language, vars: { email: string; roles: RoleView[]; notice?: Notice }): string {
  const t = TEXTS[language];
  const body = html`${vars.notice ? html`<p class="notice" role="status">${noticeText(t, vars.notice, language)}</p>` : ''}
${vars.roles.length === 0 ? html`<p>${t.none}</p>` : html`<p class="lead">${t.lead}</p>${vars.roles.map((role) => roleSection(t, role, language))}`}`;
  return deskLayout({ language, title: t.title, body, email: vars.email });
}

/** GET /desk/roles/{roleId}/close of an open role: what closing does, and the one button that does it. */
export function closeConfirmPage(language: Language, vars: { email: string; role: Pick<RoleView, 'roleId' | 'title' | 'companyName' | 'placesLeft'> }): string {
  const { title, body } = closeRoleContent(language, {
    companyName: vars.role.companyName,
    roleTitle: vars.role.title,
    placesLeft: vars.role.placesLeft,
    formAction: closePath(vars.role.roleId),
  });
  return deskLayout({ language, title, body: html`${body}<p><a href="${ROLES_PATH}">${TEXTS[language].back}</a></p>`, email: vars.email });
}

/** GET /desk/roles/{roleId}: the role's management page (shared/roles/manage-page.ts) in the desk's layout, and the way back. */
export function manageRolePage(language: Language, vars: { email: string; title: string; body: SafeHtml }): string {
  return deskLayout({ language, title: vars.title, body: html`${vars.body}<p><a href="${ROLES_PATH}">${TEXTS[language].back}</a></p>`, email: vars.email });
}

/** The close page of a role that is not open (closed already, or not verified): why nothing can be closed. */
export function nothingToClosePage(language: Language, vars: { email: string; notice: Notice }): string {
  const t = TEXTS[language];
  const body = html`<p class="notice" role="status">${noticeText(t, vars.notice, language)}</p><p><a class="button-link" href="${ROLES_PATH}">${t.back}</a></p>`;
  return deskLayout({ language, title: t.close, body, email: vars.email });
}
