import { languageName } from '#shared/platform/i18n';
import { CEFR_LEVELS, OFFERED_LANGUAGES } from '#shared/vocabulary/codes';
import { BROAD_FIELDS, DETAILED_FIELDS, fieldsUnder, NARROW_FIELDS } from '#shared/vocabulary/isced';
import { cefrLevelName, fieldOfStudyName } from '#shared/vocabulary/labels';
import { bind, currentLanguage, h, onLanguage, refreshTexts, release, text, tx, uid, type Text } from './dom.ts';
import { controlId, type Form } from './form.ts';
import { common, counter as C, fill, languageRows } from './texts.ts';

/**
 * The form controls, each with a label, optional help and its error slot, wired for screen
 * readers (label `for`, aria-describedby to help and error, aria-invalid set by the form).
 */

export type Option = readonly [value: string, label: Text];

interface FieldOptions {
  help?: Text;
  optional?: boolean;
  /** The field's name in the error summary, when the label is too long for it. */
  summaryLabel?: Text;
  /** A text's most characters: shown as a live count ("120 / 2000") under the control, never cut. */
  counter?: number;
}

const helpId = (path: string) => `help-${path.split('.').join('-')}`;

function addDescription(element: HTMLElement, id: string) {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  element.setAttribute('aria-describedby', [...ids, id].join(' '));
}

const labelText = (label: Text, optional?: boolean) =>
  optional ? [text(label), ' ', h('span', { class: 'optional' }, text(tx(common.optional)))] : [text(label)];

/** One labelled control: an input, select or textarea named by its body path. */
export function field(form: Form, path: string, label: Text, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, options: FieldOptions = {}) {
  control.id = controlId(path);
  control.name = path;
  if (!options.optional) {
    control.required = true;
  }
  const wrapper = h('div', { class: 'field' }, h('label', { for: control.id }, ...labelText(label, options.optional)));
  if (options.help) {
    wrapper.append(bind(h('p', { class: 'help', id: helpId(path) }), options.help));
    addDescription(control, helpId(path));
  }
  const slot = h('p');
  form.register(path, slot, [control], label);
  wrapper.append(control, ...(options.counter ? characterCounter(control, path, options.counter) : []), slot);
  return wrapper;
}

/** How long a screen reader waits after the last keystroke before it hears the count. */
export const COUNTER_ANNOUNCE_DELAY_MS = 1000;

/**
 * A character count under a text field, instead of a maxlength that cuts a pasted text silently:
 * "120 / 2000", red once over (the schema then refuses it with "At most 2000 characters"). It
 * counts as the schema does (the trimmed text, in UTF-16 units). The visible count is in the
 * field's description (read when the field is focused) but not live; a separate polite live
 * region says how many are left only once typing pauses and the end is near (the last tenth) or
 * passed, so a screen reader is not interrupted at every keystroke.
 */
function characterCounter(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, path: string, max: number): Node[] {
  const id = `count-${path.split('.').join('-')}`;
  const visible = h('p', { class: 'counter', id });
  const live = h('p', { class: 'visually-hidden', 'aria-live': 'polite', id: `${id}-live` });
  addDescription(control, id);
  const length = () => control.value.trim().length;
  const count = () => {
    const n = length();
    visible.textContent = `${n} / ${max}`;
    visible.classList.toggle('over', n > max);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let announced = '';
  const announce = () => {
    const n = length();
    const message = n > max ? fill(C.over[currentLanguage()], { n: n - max }) : n >= max * 0.9 ? fill(C.left[currentLanguage()], { n: max - n }) : '';
    // The same words again would be read again: only a change is written.
    if (message !== announced) live.textContent = announced = message;
  };
  control.addEventListener('input', () => {
    count();
    clearTimeout(timer);
    timer = setTimeout(announce, COUNTER_ANNOUNCE_DELAY_MS);
  });
  count();
  return [visible, live];
}

export const input = (type: string, attributes: Record<string, string | number | boolean> = {}) => h('input', { type, ...attributes });

export const textarea = (attributes: Record<string, string | number> = {}) => h('textarea', { rows: 5, ...attributes });

/** A select with a first empty option ("Choose…", or "(none)" when it may stay empty). */
export function select(options: readonly Option[], placeholder: Text = tx(common.choose)) {
  const element = h('select');
  element.append(bind(h('option', { value: '' }), placeholder));
  for (const [value, label] of options) element.append(bind(h('option', { value }), label));
  return element;
}

/** Radio buttons (one of) or checkboxes (some of) in a fieldset whose legend names the group. */
export function choices(form: Form, path: string, legend: Text, type: 'radio' | 'checkbox', options: readonly Option[], fieldOptions: FieldOptions = {}) {
  const fieldset = h('fieldset', { class: 'choices' }, h('legend', {}, ...labelText(legend, fieldOptions.optional)));
  if (fieldOptions.help) {
    fieldset.append(bind(h('p', { class: 'help', id: helpId(path) }), fieldOptions.help));
    addDescription(fieldset, helpId(path));
  }
  const inputs = options.map(([value], i) => {
    const control = input(type, { name: path, value, id: i === 0 ? controlId(path) : `${controlId(path)}-${value}` });
    return control;
  });
  options.forEach(([, label], i) => fieldset.append(h('label', { class: 'choice' }, inputs[i]!, text(label))));
  const slot = h('p');
  form.register(path, slot, [fieldset, ...inputs], legend);
  fieldset.append(slot);
  return fieldset;
}

/** A single checkbox that must or may be ticked (its body value is true/false). */
export function checkbox(form: Form, path: string, label: Text, options: FieldOptions = {}) {
  const control = input('checkbox', { name: path, id: controlId(path), value: 'true' });
  const wrapper = h('div', { class: 'field' }, h('label', { class: 'choice' }, control, text(label)));
  if (options.help) {
    wrapper.append(bind(h('p', { class: 'help', id: helpId(path) }), options.help));
    addDescription(control, helpId(path));
  }
  const slot = h('p');
  form.register(path, slot, [control], options.summaryLabel ?? label);
  wrapper.append(slot);
  return wrapper;
}

/** A titled part of a form. */
export const section = (legend: Text, ...children: (Node | null)[]) =>
  h('fieldset', { class: 'section' }, h('legend', {}, text(legend)), ...children);

/** A group of related fields (dates, ranked choices) with a legend, optional help, and its own error slot if `path` is given. */
export function group(form: Form, path: string | null, legend: Text, help: Text | null, ...children: Node[]) {
  const fieldset = h('fieldset', { class: 'group' }, h('legend', {}, text(legend)));
  if (help) {
    const id = path ? helpId(path) : uid('help');
    fieldset.append(bind(h('p', { class: 'help', id }), help));
    addDescription(fieldset, id);
  }
  fieldset.append(...children);
  if (path) {
    const slot = h('p');
    form.register(path, slot, [fieldset], legend);
    fieldset.append(slot);
  }
  return fieldset;
}

/**
 * A ranked list as ordered selects ("Choice 1", "Choice 2", …): the simplest ranking that works
 * with a keyboard and a screen reader. Only the first is required.
 */
export function rankedSelects(form: Form, path: string, count: number, label: (n: number) => Text, options: () => readonly Option[]) {
  return Array.from({ length: count }, (_, i) =>
    field(form, `${path}.${i}`, label(i + 1), select(options(), i === 0 ? tx(common.choose) : tx(common.noChoice)), { optional: i > 0 }),
  );
}

export interface RepeaterOptions {
  path: string;
  legend: Text;
  help?: Text;
  /** Rows shown at first (and the least that stay). */
  min: number;
  max: number;
  addLabel: Text;
  removeLabel: (n: number) => Text;
  /** The controls of row `index`, named `${path}.${index}…`. */
  row(index: number): Node[];
}

/**
 * Rows that can be added and removed (languages, fields of study). After a removal the rows are
 * built again from their values, so names and ids stay `path.0`, `path.1`, … as the API's error
 * paths count them.
 */
export function repeater(form: Form, options: RepeaterOptions) {
  const { path } = options;
  const rows = h('div', { class: 'rows' });
  const add = h('button', { type: 'button', class: 'secondary' }, text(options.addLabel));
  const slot = h('p');
  const fieldset = h('fieldset', { class: 'group' }, h('legend', {}, text(options.legend)));
  if (options.help) {
    fieldset.append(bind(h('p', { class: 'help', id: helpId(path) }), options.help));
    addDescription(fieldset, helpId(path));
  }
  fieldset.append(rows, add, slot);
  form.register(path, slot, [fieldset], options.legend);

  /** Each row's values by the control's name after the row prefix. */
  const values = () =>
    [...rows.children].map((row, i) => {
      const prefix = `${path}.${i}`;
      const map = new Map<string, string>();
      for (const control of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
        map.set(control.name.slice(prefix.length), control.value);
      }
      return map;
    });

  const render = (list: Map<string, string>[]) => {
    release(rows);
    form.unregisterUnder(path);
    rows.replaceChildren(
      ...list.map((saved, i) => {
        const row = h('div', { class: 'row' }, ...options.row(i));
        for (const control of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
          const value = saved.get(control.name.slice(`${path}.${i}`.length));
          if (value !== undefined) control.value = value;
        }
        if (list.length > options.min) {
          const remove = h('button', { type: 'button', class: 'secondary remove' }, text(options.removeLabel(i + 1)));
          remove.addEventListener('click', () => {
            const next = values();
            next.splice(i, 1);
            render(next);
            // Focus stays in the list: on the row that moved up, or on "Add" if none is left.
            (rows.children[Math.min(i, rows.children.length - 1)]?.querySelector<HTMLElement>('select, input') ?? add).focus();
          });
          row.append(remove);
        }
        return row;
      }),
    );
    add.hidden = list.length >= options.max;
    refreshTexts();
  };

  add.addEventListener('click', () => {
    render([...values(), new Map()]);
    rows.lastElementChild?.querySelector<HTMLElement>('select, input')?.focus();
  });
  render(Array.from({ length: options.min }, () => new Map()));
  return fieldset;
}

/* ---- Languages: ISO 639-1 code + CEFR level ---- */

/** Options sorted by their name in the page's language; sorted again when the language changes. */
function sortOptions(selectElement: HTMLSelectElement) {
  const value = selectElement.value; // moving options would change the selection
  const [placeholder, ...options] = [...selectElement.options];
  const collator = new Intl.Collator(currentLanguage());
  options.sort((a, b) => collator.compare(a.text, b.text));
  selectElement.replaceChildren(placeholder!, ...options);
  selectElement.value = value;
}
onLanguage(() => document.querySelectorAll<HTMLSelectElement>('select[data-sorted]').forEach(sortOptions));

export function languageSelect() {
  const element = select(OFFERED_LANGUAGES.map((code) => [code, (l) => languageName(code, l)] as const));
  element.dataset.sorted = '';
  sortOptions(element);
  return element;
}

export const levelSelect = () => select(CEFR_LEVELS.map((level) => [level, (l) => cefrLevelName(level, l)] as const));

/** A row of the languages list: language and level side by side (stacked on a phone). */
export function languageRow(form: Form, path: string, index: number): Node[] {
  const rowLabel = (part: Text): Text => (l) => `${fill(languageRows.row[l], { n: index + 1 })} – ${part(l)}`;
  const code = field(form, `${path}.${index}.code`, tx(languageRows.language), languageSelect());
  const level = field(form, `${path}.${index}.level`, tx(languageRows.level), levelSelect());
  // The summary names the row ("Language 2 – Level"); the visible labels stay short.
  form.register(`${path}.${index}.code`, code.querySelector('.error')!, [code.querySelector('select')!], rowLabel(tx(languageRows.language)));
  form.register(`${path}.${index}.level`, level.querySelector('.error')!, [level.querySelector('select')!], rowLabel(tx(languageRows.level)));
  const legend = h('legend', {}, text((l) => fill(languageRows.row[l], { n: index + 1 })));
  return [h('fieldset', { class: 'pair' }, legend, h('div', { class: 'cols' }, code, level))];
}

/* ---- ISCED-F 2013 fields of study ---- */

/**
 * Fields of study grouped by broad field, in code order ("00 …" first, "10 Services" last), named
 * in the page's language. `detailedOnly`: the 4-digit codes an applicant chooses from; otherwise
 * the broad and narrow fields too ("073 … (all)"), as roles accept.
 */
export function fieldOfStudySelect(detailedOnly: boolean, allLabel: Text, placeholder?: Text) {
  const element = select([], placeholder);
  const name = (code: string): Text => (l) => fieldOfStudyName(code, l);
  for (const broad of BROAD_FIELDS) {
    const group = bind(h('optgroup'), name(broad), 'label');
    if (!detailedOnly) group.append(bind(h('option', { value: broad }), (l) => `${name(broad)(l)} ${allLabel(l)}`));
    for (const narrow of fieldsUnder(NARROW_FIELDS, broad)) {
      if (!detailedOnly) group.append(bind(h('option', { value: narrow }), (l) => `${name(narrow)(l)} ${allLabel(l)}`));
      for (const detailed of fieldsUnder(DETAILED_FIELDS, narrow)) group.append(bind(h('option', { value: detailed }), name(detailed)));
    }
    if (group.children.length) element.append(group);
  }
  return element;
}
