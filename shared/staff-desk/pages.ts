import { html, raw, type SafeHtml } from '#shared/platform/html';
import type { FieldError } from '#shared/platform/http/problem';
import { formatDate, formatNumber, LANGUAGES, languageName, type Language } from '#shared/platform/i18n';
import { facts } from '#shared/platform/page-layout';
import { deskLayout } from '#shared/sign-in/desk-layout';
import type { AuditItem } from '#shared/schools/audit';
import type { FieldChange } from '#shared/schools/changes';
import { isActive, schoolName, type Person, type School } from '#shared/schools/registry';
import type { FlatSchool, SchoolField } from '#shared/schools/registry-schema';
import { countryName, sectorName } from '#shared/vocabulary/labels';
import { COUNTRIES } from '#shared/vocabulary/codes';
import { timeZoneOf } from '#shared/vocabulary/time-zones';
import { PIPELINE_STATUSES, type Pipeline } from './pipeline.ts';
import type { Refusal, Sent } from './resend.ts';
import { STAFF_PATHS } from './paths.ts';
import { AUDIT, DEACTIVATE, DESK, FIELD_MESSAGES, fieldMessage, FORM, RESEND, type Notice } from './texts.ts';

/*
 * The staff desk's pages: the registry with the pipeline, the school form (add and change), the
 * deactivation's confirm page, the audit trail and the form to send a link again. Phone-sized:
 * tables turn into labelled rows under 480 px (table.desk), form fields take the full width. A
 * refused form comes back with a summary of what to fix, in form order, each error under its field.
 */

// The shared layout styles buttons and tables, not form fields; these rules travel with the forms.
const STYLE = {
  fieldset: 'border:0;margin:0 0 8px;padding:0;min-width:0',
  legend: 'font-size:1.15rem;font-weight:700;padding:0;margin:16px 0 8px',
  label: 'display:block;font-weight:700;margin:0 0 4px',
  input:
    'display:block;width:100%;min-height:48px;margin:0 0 16px;padding:10px 12px;border:1px solid #6b7784;border-radius:6px;background:#fff;color:inherit;font:inherit',
  invalid: ';border:2px solid #b3261e',
  error: 'margin:0 0 8px;color:#b3261e;font-weight:700',
  summary: 'border-left:4px solid #b3261e;background:#fdf3f2;padding:12px 16px;margin:0 0 20px',
  links: 'display:flex;flex-wrap:wrap;gap:8px;margin:0 0 20px',
  wrap: 'overflow-wrap:anywhere',
  // A tap target a finger hits on a phone (44 px), still a plain link.
  action: 'display:inline-block;min-height:44px;padding:10px 16px 10px 0',
  // Seven columns in the card's width on a desktop.
  small: 'font-size:.85rem',
  // Where long words in a header (Russian, Lithuanian) leave a wide table wider than the card, it scrolls on its own.
  scroll: 'overflow-x:auto;margin:0 0 16px',
  inactive: 'display:inline-block;margin:4px 0 0;padding:2px 8px;border-radius:999px;background:#eceef0;color:#3a444d;font-size:.9rem;font-weight:700',
};

/** The id of a field's input: the field's name with its dot made a hyphen (`coordinator-email`). */
export const inputId = (field: string) => field.replace(/\./g, '-');

const day = (iso: string | undefined, language: Language) => (iso ? formatDate(iso.slice(0, 10), language) : '');

/** An address that breaks before its @ in a narrow column, not in the middle of a word. */
const address = (email: string) => {
  const at = email.lastIndexOf('@');
  return at > 0 ? html`<span style="${STYLE.wrap}">${email.slice(0, at)}<wbr>${email.slice(at)}</span>` : html`<span style="${STYLE.wrap}">${email}</span>`;
};

/** A contact in the registry: who they are, their name, the language they read, their address. */
function contact(role: string, person: Person | undefined, language: Language, none: string): SafeHtml {
  if (!person) return html`<p style="margin:0"><span class="muted">${role}: ${none}</span></p>`;
  return html`<p style="margin:0 0 8px"><span class="muted">${role}</span><br>${person.name} · ${languageName(person.language, language)}<br>${address(person.email)}</p>`;
}

/** GET /desk/staff: every school with its contacts, what can be done to it, and the pipeline. */
export function staffDeskPage(language: Language, vars: { email: string; schools: School[]; pipeline: Pipeline; notice?: { kind: Notice; schoolId: string } }): string {
  const t = DESK[language];
  const schools = [...vars.schools].sort((a, b) => Number(!isActive(a)) - Number(!isActive(b)) || a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  const rows = schools.map(
    (school) => html`<tr>
<td data-label="${t.school}"><strong>${schoolName(school)}</strong><br><span class="muted">${school.schoolId} · ${school.city}, ${countryName(school.country, language)}</span><br><span class="muted">${t.timeZone}: ${timeZoneOf(school.country)}</span>${isActive(school) ? '' : html`<br><span style="${STYLE.inactive}">${t.inactive(day(school.deactivatedAt, language))}</span>`}</td>
<td data-label="${t.contacts}">${contact(t.coordinator, school.coordinator, language, t.none)}${contact(t.deputy, school.deputy, language, t.none)}</td>
<td data-label="${t.actions}"><a href="${STAFF_PATHS.school(school.schoolId)}" style="${STYLE.action}">${t.change}<span class="visually-hidden">: ${schoolName(school)}</span></a>${isActive(school) ? html` <a href="${STAFF_PATHS.deactivate(school.schoolId)}" style="${STYLE.action}">${t.deactivate}<span class="visually-hidden">: ${schoolName(school)}</span></a>` : ''}</td>
</tr>`,
  );
  const body = html`
${vars.notice ? html`<p class="notice" role="status">${t.notices[vars.notice.kind](vars.notice.schoolId)}</p>` : ''}
<div style="${STYLE.links}"><a class="button-link" href="${STAFF_PATHS.newSchool}">${t.addSchool}</a><a class="button-link" href="${STAFF_PATHS.audit}">${t.audit}</a><a class="button-link" href="${STAFF_PATHS.resend}">${t.resend}</a></div>
<h2>${t.schools}</h2>
${rows.length
  ? html`<table class="desk" id="schools"><thead><tr><th scope="col" style="width:38%">${t.school}</th><th scope="col" style="width:44%">${t.contacts}</th><th scope="col">${t.actions}</th></tr></thead><tbody>${rows}</tbody></table>`
  : html`<p>${t.noSchools}</p>`}
${pipelineSection(language, vars.pipeline)}`;
  return deskLayout({ language, title: t.title, body, email: vars.email });
}

function pipelineSection(language: Language, pipeline: Pipeline): SafeHtml {
  const t = DESK[language];
  const n = (value: number) => formatNumber(value, language);
  const applicationRows = pipeline.applications.map(
    ({ country, counts }) => html`<tr><th scope="row" data-label="${t.homeCountry}">${countryName(country, language)}</th>${PIPELINE_STATUSES.map(
      (status) => html`<td data-label="${t.statuses[status]}">${n(counts[status])}</td>`,
    )}<td data-label="${t.total}">${n(PIPELINE_STATUSES.reduce((sum, status) => sum + counts[status], 0))}</td></tr>`,
  );
  const marketRows = pipeline.market.map(
    (c) => html`<tr><th scope="row" data-label="${t.hostCountry}">${countryName(c.country, language)}, ${sectorName(c.sector, language)}</th><td data-label="${t.openRoles}">${n(c.openRoles)}</td><td data-label="${t.placesLeft}">${n(c.placesLeft)}</td><td data-label="${t.waitingCoordinator}">${n(c.waitingCoordinator)}</td><td data-label="${t.waitingCompany}">${n(c.waitingCompany)}</td><td data-label="${t.placements}">${n(c.placements)}</td></tr>`,
  );
  const elsewhere = pipeline.pendingElsewhere;
  const elsewhereRow =
    elsewhere.waitingCoordinator + elsewhere.waitingCompany > 0
      ? html`<tr><th scope="row" data-label="${t.hostCountry}">${t.unknownRole}</th><td data-label="${t.openRoles}"></td><td data-label="${t.placesLeft}"></td><td data-label="${t.waitingCoordinator}">${n(elsewhere.waitingCoordinator)}</td><td data-label="${t.waitingCompany}">${n(elsewhere.waitingCompany)}</td><td data-label="${t.placements}"></td></tr>`
      : '';
  return html`<h2>${t.pipeline}</h2>
<h3>${t.applicationsHeading}</h3>
<div role="region" aria-label="${t.applicationsHeading}" tabindex="0" style="${STYLE.scroll}"><table class="desk" id="pipeline-applications" style="${STYLE.small}"><thead><tr><th scope="col">${t.homeCountry}</th>${PIPELINE_STATUSES.map((s) => html`<th scope="col">${t.statuses[s]}</th>`)}<th scope="col">${t.total}</th></tr></thead><tbody>${applicationRows}</tbody></table></div>
<p class="muted">${t.applicationsNote}</p>
<h3>${t.rolesHeading}</h3>
<div role="region" aria-label="${t.rolesHeading}" tabindex="0" style="${STYLE.scroll}"><table class="desk" id="pipeline-market" style="${STYLE.small}"><thead><tr><th scope="col">${t.hostCountry}, ${t.sector.toLowerCase()}</th><th scope="col">${t.openRoles}</th><th scope="col">${t.placesLeft}</th><th scope="col">${t.waitingCoordinator}</th><th scope="col">${t.waitingCompany}</th><th scope="col">${t.placements}</th></tr></thead><tbody>${marketRows}${elsewhereRow}</tbody></table></div>
<p class="muted">${t.rolesNote}</p>`;
}

export interface SchoolFormVars {
  email: string;
  /** Absent: adding a school. */
  school?: School;
  values: FlatSchool;
  errors?: FieldError[];
}

function errorSummary(language: Language, labels: Record<string, string>, errors: FieldError[], heading: string): SafeHtml | '' {
  if (errors.length === 0) return '';
  return html`<div role="alert" id="error-summary" style="${STYLE.summary}"><p style="margin:0 0 8px;font-weight:700">${heading}</p><ul style="margin:0;padding-left:1.3em">${errors.map(
    (e) => html`<li><a href="#${inputId(e.path)}">${labels[e.path] ?? e.path}</a>: ${fieldMessage(e.message, FIELD_MESSAGES[language])}</li>`,
  )}</ul></div>`;
}

/** One labelled input, its hint and its error; the first field in error has the focus. */
function field(
  language: Language,
  name: SchoolField,
  vars: SchoolFormVars,
  options: { type?: 'text' | 'email'; hint?: string; required?: boolean; autocomplete?: string; select?: { value: string; label: string }[]; max?: number },
): SafeHtml {
  const label = FORM[language].labels[name];
  const error = vars.errors?.find((e) => e.path === name);
  const first = vars.errors?.[0]?.path === name;
  const id = inputId(name);
  const described = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const value = vars.values[name] ?? '';
  const attributes = raw(
    `${described ? ` aria-describedby="${described}"` : ''}${error ? ' aria-invalid="true"' : ''}${first ? ' autofocus' : ''}${options.required ? ' required' : ''}`,
  );
  const control = options.select
    ? html`<select id="${id}" name="${name}"${attributes} style="${STYLE.input}${error ? STYLE.invalid : ''}"><option value="">${FORM[language].choose}</option>${options.select.map(
        (o) => html`<option value="${o.value}"${o.value === value ? raw(' selected') : ''}>${o.label}</option>`,
      )}</select>`
    : html`<input type="${options.type ?? 'text'}" id="${id}" name="${name}" value="${value.slice(0, 1000)}" maxlength="${options.max ?? 200}"${options.autocomplete ? raw(` autocomplete="${options.autocomplete}"`) : ''}${options.type === 'email' ? raw(' inputmode="email" spellcheck="false"') : ''}${attributes} style="${STYLE.input}${error ? STYLE.invalid : ''}">`;
  return html`<label for="${id}" style="${STYLE.label}">${label}</label>
${options.hint ? html`<p id="${id}-hint" class="muted">${options.hint}</p>` : ''}
${error ? html`<p id="${id}-error" style="${STYLE.error}">${fieldMessage(error.message, FIELD_MESSAGES[language])}</p>` : ''}
${control}`;
}

/** GET (and a refused POST) of /desk/staff/schools/new and /desk/staff/schools/{schoolId}. */
export function schoolFormPage(language: Language, vars: SchoolFormVars): string {
  const f = FORM[language];
  const adding = !vars.school;
  const languages = LANGUAGES.map((code) => ({ value: code, label: `${languageName(code, code)} (${code})` }));
  const countries = COUNTRIES.map((code) => ({ value: code, label: `${countryName(code, language)} (${code})` }));
  const contact = (who: 'coordinator' | 'deputy', required: boolean) => html`${field(language, `${who}.name`, vars, { required, autocomplete: 'off', max: 100 })}
${field(language, `${who}.email`, vars, { type: 'email', required, autocomplete: 'off', max: 254 })}
${field(language, `${who}.language`, vars, { required, select: languages })}`;
  const title = adding ? f.addTitle : f.changeTitle(schoolName(vars.school!));
  const action = adding ? STAFF_PATHS.newSchool : STAFF_PATHS.school(vars.school!.schoolId);
  const body = html`${errorSummary(language, f.labels, vars.errors ?? [], f.fixHeading)}
<form method="post" action="${action}" novalidate>
<fieldset style="${STYLE.fieldset}"><legend style="${STYLE.legend}">${f.schoolSection}</legend>
${adding ? field(language, 'schoolId', vars, { hint: f.schoolIdHint, required: true, autocomplete: 'off', max: 64 }) : facts([[f.labels.schoolId, vars.school!.schoolId]])}
${field(language, 'name', vars, { required: true, autocomplete: 'off' })}
${field(language, 'nameLatin', vars, { hint: f.nameLatinHint, autocomplete: 'off' })}
${field(language, 'country', vars, { required: true, select: countries })}
${field(language, 'city', vars, { required: true, autocomplete: 'off', max: 100 })}
</fieldset>
<fieldset style="${STYLE.fieldset}"><legend style="${STYLE.legend}">${f.coordinatorSection}</legend>
${contact('coordinator', true)}
</fieldset>
<fieldset style="${STYLE.fieldset}" aria-describedby="deputy-hint"><legend style="${STYLE.legend}">${f.deputySection}</legend>
<p id="deputy-hint" class="muted">${adding ? f.deputyHint : `${f.deputyHint} ${f.removeDeputyNote}`}</p>
${contact('deputy', false)}
</fieldset>
<button type="submit">${adding ? f.add : f.save}</button>
</form>
<p><a href="${STAFF_PATHS.desk}">${f.back}</a></p>`;
  return deskLayout({ language, title, body, email: vars.email });
}

/** GET /desk/staff/schools/{schoolId}/deactivate: what deactivating does, and its button (or that it is done). */
export function deactivatePage(language: Language, vars: { email: string; school: School; openApplications: number }): string {
  const t = DEACTIVATE[language];
  const { school } = vars;
  const body = isActive(school)
    ? html`<p class="lead">${t.explain}</p>
<p>${t.open(vars.openApplications)}</p>
<p>${t.placed}</p>
${facts([
  [FORM[language].labels.schoolId, school.schoolId],
  [FORM[language].labels.city, `${school.city}, ${countryName(school.country, language)}`],
  [DESK[language].coordinator, `${school.coordinator.name}, ${school.coordinator.email}`],
])}
<form method="post" action="${STAFF_PATHS.deactivate(school.schoolId)}"><button type="submit" class="destructive" name="decision" value="deactivate">${t.button}</button></form>
<p><a href="${STAFF_PATHS.desk}">${t.back}</a></p>`
    : html`<p class="notice">${t.already(day(school.deactivatedAt, language))}</p><p><a href="${STAFF_PATHS.desk}">${t.back}</a></p>`;
  return deskLayout({ language, title: t.title(schoolName(school)), body, email: vars.email });
}

function changeText(change: FieldChange & { removed?: true }, language: Language): string {
  const a = AUDIT[language];
  const label = (FORM[language].labels as Record<string, string>)[change.field] ?? (change.field === 'active' ? a.active : change.field);
  if (change.removed) return `${label}: ${a.removed}`;
  return `${label}: ${change.before ?? '–'} → ${change.after ?? '–'}`;
}

/** GET /desk/staff/audit: the latest entries, newest first, on the staff member's clock (Helsinki's). */
export function auditPage(language: Language, vars: { email: string; entries: AuditItem[] }): string {
  const a = AUDIT[language];
  const rows = vars.entries.map(
    (entry) => html`<tr>
<td data-label="${a.when}">${formatDate(entry.at, language)}</td>
<td data-label="${a.who}" style="${STYLE.wrap}">${entry.who}</td>
<td data-label="${a.what}">${a.operations[entry.operation] ?? entry.operation}</td>
<td data-label="${a.school}">${entry.schoolId}</td>
<td data-label="${a.changes}"><ul style="margin:0;padding-left:1.1em;${STYLE.wrap}">${entry.changes.map((c) => html`<li>${changeText(c, language)}</li>`)}</ul></td>
</tr>`,
  );
  const body = rows.length
    ? html`<p class="muted">${a.latest(rows.length)}</p><table class="desk" id="audit"><thead><tr><th scope="col">${a.when}</th><th scope="col">${a.who}</th><th scope="col">${a.what}</th><th scope="col">${a.school}</th><th scope="col">${a.changes}</th></tr></thead><tbody>${rows}</tbody></table><p><a href="${STAFF_PATHS.desk}">${DESK[language].title}</a></p>`
    : html`<p>${a.empty}</p><p><a href="${STAFF_PATHS.desk}">${DESK[language].title}</a></p>`;
  return deskLayout({ language, title: a.title, body, email: vars.email });
}

/**
 * GET (with what was just sent, `?sent=`) and a refused POST of /desk/staff/resend: one field,
 * any id staff are asked about. After a send the field is empty again for the next one.
 */
export function resendPage(language: Language, vars: { email: string; id?: string; error?: Refusal; sent?: Sent }): string {
  const t = RESEND[language];
  const described = vars.error ? 'resend-id-hint resend-id-error' : 'resend-id-hint';
  const body = html`${vars.sent ? html`<p class="notice" role="status">${t.sent[vars.sent]}</p>` : ''}
${vars.error ? html`<div role="alert" id="error-summary" style="${STYLE.summary}"><p style="margin:0"><a href="#resend-id">${t.label}</a>: ${t.errors[vars.error]}</p></div>` : ''}
<p class="lead">${t.explain}</p>
<form method="post" action="${STAFF_PATHS.resend}" novalidate>
<label for="resend-id" style="${STYLE.label}">${t.label}</label>
<p id="resend-id-hint" class="muted" style="${STYLE.wrap}">${t.hint}</p>
${vars.error ? html`<p id="resend-id-error" style="${STYLE.error}">${t.errors[vars.error]}</p>` : ''}
<input type="text" id="resend-id" name="id" value="${(vars.id ?? '').slice(0, 100)}" maxlength="100" autocomplete="off" spellcheck="false" required aria-describedby="${described}"${vars.error ? raw(' aria-invalid="true" autofocus') : ''} style="${STYLE.input}${vars.error ? STYLE.invalid : ''}">
<button type="submit">${t.button}</button>
</form>
<p><a href="${STAFF_PATHS.desk}">${t.back}</a></p>`;
  return deskLayout({ language, title: t.title, body, email: vars.email });
}
