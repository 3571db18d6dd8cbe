import { html, raw, type SafeHtml } from '#shared/platform/html';
import type { FieldError } from '#shared/platform/http/problem';
import { formatDate, formatNumber, formatPeriod, languageName, quote, type Language } from '#shared/platform/i18n';
import { facts } from '#shared/platform/page-layout';
import { ROLE_FORM_PATH } from '#shared/platform/site-paths';
import { INVISIBLE_MESSAGE } from '#shared/platform/validation';
import { CEFR_LEVELS, OFFERED_LANGUAGES } from '#shared/vocabulary/codes';
import { BROAD_FIELDS, DETAILED_FIELDS, fieldsUnder, NARROW_FIELDS } from '#shared/vocabulary/isced';
import { cefrLevelName, fieldOfStudyName } from '#shared/vocabulary/labels';
import { MAX_FIELD_ROWS, MAX_LANGUAGE_ROWS, takenIn, type ChangeFormValues } from './change.ts';
import { MANAGE, type ManageNotice, type ManageTexts } from './manage-texts.ts';
import { inLanguage, originalLanguage, type WithRoleText } from './role-text.ts';
import { DESCRIPTION_NEEDED_MESSAGE, MAX_DESCRIPTION, MAX_MIN_WEEKS, MAX_PLACES } from './schema.ts';

/*
 * A role's management page: its state, the change form (every field as typed, each error under
 * its field), closing, and reopening. One page for the company's desk and the management link in
 * its emails; only the layout around it and where its forms post differ (manage.ts). Phone-sized:
 * form fields take the full width, language rows stack. No script: the pages' policy allows none.
 */

export interface ManagedRole extends WithRoleText {
  roleId: string;
  status: 'PENDING_VERIFICATION' | 'OPEN' | 'CLOSED';
  company: { name: string };
  places: number;
  placesLeft: number;
  periodFrom: string;
  periodTo: string;
}

export interface ManagePageVars {
  role: ManagedRole;
  /** Today (UTC), as the change's rules read it: a closed role whose period has ended cannot reopen. */
  today: string;
  /** The form's values: as stored, or as typed when it comes back refused. */
  values: ChangeFormValues;
  errors?: FieldError[];
  notice?: ManageNotice;
  /** Close was pressed once: the page asks again before anything is withdrawn. */
  confirmClose?: boolean;
  /** Where each form posts. Behind a link all three post to the link (the button's `decision` tells them apart). */
  actions: { change: string; close: string; reopen: string };
}

// The shared layout styles buttons and tables, not form fields; these rules travel with the form.
const STYLE = {
  fieldset: 'border:0;margin:0 0 8px;padding:0;min-width:0',
  legend: 'font-size:1.05rem;font-weight:700;padding:0;margin:16px 0 8px',
  label: 'display:block;font-weight:700;margin:0 0 4px',
  input:
    'display:block;width:100%;min-height:48px;margin:0 0 16px;padding:10px 12px;border:1px solid #6b7784;border-radius:6px;background:#fff;color:inherit;font:inherit',
  textarea: ';min-height:10rem;resize:vertical',
  invalid: ';border:2px solid #b3261e',
  error: 'margin:0 0 8px;color:#b3261e;font-weight:700',
  summary: 'border-left:4px solid #b3261e;background:#fdf3f2;padding:12px 16px;margin:0 0 20px',
  // Two columns (language and level, start and end) side by side from 480 px, stacked below.
  pair: 'display:flex;flex-wrap:wrap;gap:0 12px',
  half: 'flex:1 1 12rem;min-width:0',
  section: 'margin:28px 0 0;padding:20px 0 0;border-top:1px solid #d9dee3',
};

/** The id of a field's control: `change-` and its path, dots made hyphens. */
export const controlId = (path: string) => `change-${path.replace(/\./g, '-')}`;

/** Where an error is shown and linked to: a list's error under its first control, a row's under its first part. */
function anchorOf(path: string): string {
  if (path === 'languages') return 'languages.0.code';
  if (/^languages\.\d+$/.test(path)) return `${path}.code`;
  if (path === 'fieldsOfStudy') return 'fieldsOfStudy.0';
  return path;
}

/** An error's words in the reader's language: the API's English messages mapped, anything else "check this". */
export function errorText(t: ManageTexts, error: FieldError): string {
  const { path, message } = error;
  const taken = takenIn(message);
  if (taken !== undefined) return t.errors.taken(taken);
  if (message === 'is required' || message === 'must not be empty') return /\.level$/.test(path) ? t.errors.level : /\.code$/.test(path) ? t.errors.language : path.startsWith('fieldsOfStudy.') ? t.errors.field : t.errors.required;
  if (message === 'is listed twice') return t.errors.twice;
  if (message === 'must be after periodFrom') return t.errors.afterStart;
  if (message === 'must not be in the past') return t.errors.ended;
  if (message === 'is longer than the period') return t.errors.longerThanPeriod;
  if (message === DESCRIPTION_NEEDED_MESSAGE) return t.errors.descriptionRequired;
  if (message === INVISIBLE_MESSAGE || /control characters|valid Unicode/.test(message)) return t.errors.characters;
  if (/^at most \d+ characters$/.test(message)) return t.errors.tooLong;
  if (path === 'places') return t.errors.number(1, MAX_PLACES);
  if (path === 'minWeeks') return t.errors.number(1, MAX_MIN_WEEKS);
  if (path === 'periodFrom' || path === 'periodTo') return t.errors.date;
  if (/^languages\.\d+\.code$/.test(path)) return t.errors.language;
  if (/^languages\.\d+\.level$/.test(path)) return t.errors.level;
  if (path === 'fieldsOfStudy') return t.errors.atLeastOneField;
  if (path.startsWith('fieldsOfStudy.')) return t.errors.field;
  return t.errors.check;
}

/** The label an error summary names a path by ("Language 2 – Level"); the descriptions' as their controls say. */
function labelOf(t: ManageTexts, path: string, descriptions: DescriptionLabels): string {
  const language = /^languages\.(\d+)(?:\.(code|level))?$/.exec(path);
  if (language) return `${t.languageRow(Number(language[1]) + 1)}${language[2] ? ` – ${language[2] === 'code' ? t.language : t.level}` : ''}`;
  const field = /^fieldsOfStudy\.(\d+)$/.exec(path);
  if (field) return t.fieldRow(Number(field[1]) + 1);
  const labels: Record<string, string> = {
    description: descriptions.original,
    ...(descriptions.translation ? { 'translation.description': descriptions.translation } : {}),
    places: t.places,
    periodFrom: `${t.period} – ${t.periodFrom}`,
    periodTo: `${t.period} – ${t.periodTo}`,
    minWeeks: t.minWeeks,
    languages: t.languages,
    fieldsOfStudy: t.fields,
  };
  return labels[path] ?? path;
}

/** The errors to show under a control: its own, and those of the list or row it anchors. */
const errorsAt = (errors: FieldError[], path: string) => errors.filter((e) => anchorOf(e.path) === path);

function errorSummary(t: ManageTexts, errors: FieldError[], descriptions: DescriptionLabels): SafeHtml | '' {
  if (errors.length === 0) return '';
  return html`<div role="alert" id="error-summary" style="${STYLE.summary}"><p style="margin:0 0 8px;font-weight:700">${t.fixHeading}</p><ul style="margin:0;padding-left:1.3em">${errors.map(
    (e) => html`<li><a href="#${controlId(anchorOf(e.path))}">${labelOf(t, e.path, descriptions)}</a>: ${errorText(t, e)}</li>`,
  )}</ul></div>`;
}

interface ControlOptions {
  label: string;
  hint?: string;
  errors: FieldError[];
  /** The first control in error takes the focus. */
  first: boolean;
}

/** A label, its hint and errors, and the control; wired for screen readers (aria-describedby, aria-invalid). */
function control(t: ManageTexts, path: string, o: ControlOptions, build: (attributes: SafeHtml, style: string) => SafeHtml): SafeHtml {
  const id = controlId(path);
  const shown = errorsAt(o.errors, path);
  const described = [o.hint ? `${id}-hint` : '', shown.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  const attributes = raw(
    ` id="${id}"${described ? ` aria-describedby="${described}"` : ''}${shown.length ? ' aria-invalid="true"' : ''}${o.first && shown.length ? ' autofocus' : ''}`,
  );
  return html`<label for="${id}" style="${STYLE.label}">${o.label}</label>
${o.hint ? html`<p id="${id}-hint" class="muted">${o.hint}</p>` : ''}
${shown.length ? html`<p id="${id}-error" style="${STYLE.error}">${shown.map((e) => errorText(t, e)).join(' ')}</p>` : ''}
${build(attributes, `${STYLE.input}${shown.length ? STYLE.invalid : ''}`)}`;
}

/** The description's label: the language named when the role is written in two (both are on the form, side by side). */
interface DescriptionLabels {
  original: string;
  translation?: string;
}
const descriptionLabels = (t: ManageTexts, language: Language, role: ManagedRole): DescriptionLabels =>
  role.translation
    ? { original: t.descriptionIn(inLanguage(originalLanguage(role), language)), translation: t.descriptionIn(inLanguage(role.translation.language, language)) }
    : { original: t.description };

const option = (value: string, label: string, selected: string) => html`<option value="${value}"${value === selected ? raw(' selected') : ''}>${label}</option>`;

function languageOptions(language: Language, selected: string): SafeHtml {
  const codes = [...new Set([...OFFERED_LANGUAGES, ...(selected ? [selected] : [])])];
  const collator = new Intl.Collator(language);
  const named = codes.map((code) => ({ code, name: languageName(code, language) })).sort((a, b) => collator.compare(a.name, b.name));
  return html`${named.map(({ code, name }) => option(code, name, selected))}`;
}

/** Fields grouped by broad field, in code order; broad and narrow fields too ("073 … (all)"), as roles accept. */
function fieldOptions(t: ManageTexts, language: Language, selected: string): SafeHtml {
  const known = new Set<string>([...BROAD_FIELDS, ...NARROW_FIELDS, ...DETAILED_FIELDS]);
  const unknown = selected && !known.has(selected) ? option(selected, selected, selected) : '';
  return html`${unknown}${BROAD_FIELDS.map(
    (broad) =>
      html`<optgroup label="${fieldOfStudyName(broad, language)}">${option(broad, `${fieldOfStudyName(broad, language)} ${t.all}`, selected)}${fieldsUnder(NARROW_FIELDS, broad).map(
        (narrow) =>
          html`${option(narrow, `${fieldOfStudyName(narrow, language)} ${t.all}`, selected)}${fieldsUnder(DETAILED_FIELDS, narrow).map((detailed) => option(detailed, fieldOfStudyName(detailed, language), selected))}`,
      )}</optgroup>`,
  )}`;
}

function changeForm(language: Language, vars: ManagePageVars, t: ManageTexts): SafeHtml {
  const { values, role } = vars;
  const errors = vars.errors ?? [];
  const firstPath = errors[0] ? anchorOf(errors[0].path) : '';
  const at = (path: string, label: string, hint?: string): ControlOptions => ({ label, ...(hint ? { hint } : {}), errors, first: firstPath === path });
  const taken = Math.max(0, role.places - role.placesLeft);
  const number = (path: 'places' | 'minWeeks', max: number, label: string, hint: string) =>
    control(t, path, at(path, label, hint), (a, style) => html`<input type="number"${a} name="${path}" value="${values[path]}" min="1" max="${max}" step="1" inputmode="numeric" required style="${style}">`);
  const date = (path: 'periodFrom' | 'periodTo', label: string) =>
    html`<div style="${STYLE.half}">${control(t, path, at(path, label), (a, style) => html`<input type="date"${a} name="${path}" value="${values[path]}" required style="${style}">`)}</div>`;

  const languageRows = Array.from({ length: MAX_LANGUAGE_ROWS }, (_, i) => {
    const row = values.languages[i] ?? { code: '', level: '' };
    return html`<fieldset style="${STYLE.fieldset}"><legend style="${STYLE.legend};font-size:1rem">${t.languageRow(i + 1)}</legend><div style="${STYLE.pair}">
<div style="${STYLE.half}">${control(t, `languages.${i}.code`, at(`languages.${i}.code`, t.language), (a, style) => html`<select${a} name="languages.${i}.code" style="${style}"><option value="">${t.choose}</option>${languageOptions(language, row.code)}</select>`)}</div>
<div style="${STYLE.half}">${control(t, `languages.${i}.level`, at(`languages.${i}.level`, t.level), (a, style) => html`<select${a} name="languages.${i}.level" style="${style}"><option value="">${t.choose}</option>${CEFR_LEVELS.map((level) => option(level, cefrLevelName(level, language), row.level))}</select>`)}</div>
</div></fieldset>`;
  });
  const labels = descriptionLabels(t, language, role);
  const textarea = (path: 'description' | 'translation.description', label: string, hint: string | undefined, value: string) =>
    control(t, path, at(path, label, hint), (a, style) => html`<textarea${a} name="${path}" rows="8" maxlength="${MAX_DESCRIPTION}" style="${style}${STYLE.textarea}">${value}</textarea>`);
  // Written in two languages: both descriptions side by side (stacked on a phone), each named by
  // its language, so one rewritten is not left saying something else in the other.
  const descriptions =
    role.translation && labels.translation
      ? html`<fieldset style="${STYLE.fieldset}" aria-describedby="change-descriptions-hint"><legend style="${STYLE.legend}">${t.description}</legend>
<p id="change-descriptions-hint" class="muted">${t.descriptionsHint}</p>
<div style="${STYLE.pair}"><div style="${STYLE.half}">${textarea('description', labels.original, undefined, values.description)}</div><div style="${STYLE.half}">${textarea('translation.description', labels.translation, undefined, values.translationDescription ?? '')}</div></div>
</fieldset>`
      : textarea('description', labels.original, t.descriptionHint(languageName(originalLanguage(role), language)), values.description);
  // The fields chosen, and one empty row more to add one (up to ten).
  const fieldRows = Array.from({ length: Math.min(MAX_FIELD_ROWS, Math.max(1, values.fieldsOfStudy.length + 1)) }, (_, i) =>
    control(t, `fieldsOfStudy.${i}`, at(`fieldsOfStudy.${i}`, t.fieldRow(i + 1)), (a, style) => html`<select${a} name="fieldsOfStudy" style="${style}"><option value="">${t.choose}</option>${fieldOptions(t, language, values.fieldsOfStudy[i] ?? '')}</select>`),
  );

  return html`<section aria-labelledby="change-heading" style="${STYLE.section}">
<h2 id="change-heading" style="margin-top:0">${t.changeHeading}</h2>
<p class="muted">${t.changeExplain}</p>
${errorSummary(t, errors, labels)}
<form method="post" action="${vars.actions.change}" novalidate>
${descriptions}
${number('places', MAX_PLACES, t.places, t.placesHint(taken))}
<fieldset style="${STYLE.fieldset}" aria-describedby="change-period-hint"><legend style="${STYLE.legend}">${t.period}</legend>
<p id="change-period-hint" class="muted">${t.periodHint}</p>
<div style="${STYLE.pair}">${date('periodFrom', t.periodFrom)}${date('periodTo', t.periodTo)}</div>
</fieldset>
${number('minWeeks', MAX_MIN_WEEKS, t.minWeeks, t.minWeeksHint)}
<fieldset style="${STYLE.fieldset}" aria-describedby="change-languages-hint"><legend style="${STYLE.legend}">${t.languages}</legend>
<p id="change-languages-hint" class="muted">${t.languagesHint}</p>
${languageRows}
</fieldset>
<fieldset style="${STYLE.fieldset}" aria-describedby="change-fields-hint"><legend style="${STYLE.legend}">${t.fields}</legend>
<p id="change-fields-hint" class="muted">${t.fieldsHint}</p>
${fieldRows}
</fieldset>
<button type="submit" name="decision" value="change">${t.save}</button>
</form>
</section>`;
}

function closeSection(vars: ManagePageVars, t: ManageTexts): SafeHtml {
  return html`<section id="close" aria-labelledby="close-heading" style="${STYLE.section}">
<h2 id="close-heading" style="margin-top:0">${t.closeHeading}</h2>
<p>${t.closeExplain}</p>
<p class="muted">${t.closeNote}</p>
${
  vars.confirmClose
    ? html`<p class="notice" role="alert">${t.closeConfirm}</p>
<form method="post" action="${vars.actions.close}"><button type="submit" class="destructive" name="decision" value="close">${t.closeConfirmButton}</button></form>
<p><a href="${vars.actions.change}">${t.keepOpen}</a></p>`
    : // The first press only asks (one tap on a phone must not withdraw every proposal); "#close"
      // brings the question into view on the page the POST answers with.
      html`<form method="post" action="${vars.actions.close}#close"><button type="submit" class="destructive" name="decision" value="confirmClose">${t.closeButton}</button></form>`
}
</section>`;
}

function reopenSection(language: Language, vars: ManagePageVars, t: ManageTexts): SafeHtml {
  if (vars.role.periodTo < vars.today) {
    return html`<p class="notice">${t.ended(formatDate(vars.role.periodTo, language))}</p><p><a class="button-link" href="${ROLE_FORM_PATH}">${t.postNew}</a></p>`;
  }
  return html`<section aria-labelledby="reopen-heading" style="${STYLE.section}">
<h2 id="reopen-heading" style="margin-top:0">${t.reopenHeading}</h2>
<p>${t.reopenExplain}</p>
<form method="post" action="${vars.actions.reopen}"><button type="submit" name="decision" value="reopen">${t.reopenButton}</button></form>
</section>`;
}

/** The page's title and content; the caller puts it in the desk's layout or the link pages' one. */
export function manageRoleContent(language: Language, vars: ManagePageVars): { title: string; body: SafeHtml } {
  const t = MANAGE[language];
  const { role } = vars;
  const n = (value: number) => formatNumber(value, language);
  const places =
    role.status === 'OPEN' ? t.placesNow(n(Math.max(0, role.placesLeft)), n(role.places), n(Math.max(0, role.places - role.placesLeft))) : n(role.places);
  const body = html`${vars.notice ? html`<p class="notice" role="status">${t.notices[vars.notice]}</p>` : ''}
<p class="${role.status === 'CLOSED' ? 'status ended' : 'status'}">${t.status[role.status]}</p>
${facts([
  [t.role, quote(role.title, language)],
  [t.company, role.company.name],
  [t.places, places],
  [t.period, formatPeriod(role.periodFrom, role.periodTo, language)],
])}
${role.status === 'OPEN' ? html`${changeForm(language, vars, t)}${closeSection(vars, t)}` : role.status === 'CLOSED' ? reopenSection(language, vars, t) : html`<p class="notice">${t.pending}</p>`}`;
  return { title: t.title, body };
}
