import { APPLICANT_TYPES, COUNTRIES, SECTORS } from '#shared/vocabulary/codes';
import { LANGUAGES, languageName } from '#shared/platform/i18n';
import { MAX_DESCRIPTION, MAX_MIN_WEEKS, MAX_PLACES, roleSchema } from '#shared/roles/schema';
import { applicantTypeName, countryName, sectorName } from '#shared/vocabulary/labels';
import { bind, h, onLanguage, text, tx, type Text } from './dom.ts';
import { choices, field, fieldOfStudySelect, group, input, languageRow, repeater, section, select, textarea } from './controls.ts';
import { contactLanguageSelect, markReady, today } from './common.ts';
import { validateWith } from './errors.ts';
import { controlId, Form } from './form.ts';
import { startPage } from './page.ts';
import { ROLE_SHAPE } from './shapes.ts';
import { common, fill, languageRows, role as T } from './texts.ts';

/** The five languages, named in the page's language; `placeholder` adds a first empty choice. */
function textLanguageSelect(placeholder?: Text) {
  const element = placeholder ? select([], placeholder) : h('select');
  for (const code of LANGUAGES) element.append(bind(h('option', { value: code }), (l) => languageName(code, l)));
  return element;
}

const describedBy = (element: HTMLElement, id: string) => {
  element.setAttribute('aria-describedby', id);
  return element;
};

const { card, setTitle } = startPage(tx(T.title));
const intro = bind(h('p', { class: 'lead' }), tx(T.intro));

// The title and description are in the contact's language unless the contact says otherwise:
// the text language follows the emails' language until it is chosen itself.
const contactLanguage = contactLanguageSelect();
const textLanguage = textLanguageSelect();
textLanguage.value = contactLanguage.value;
textLanguage.addEventListener('change', () => (textLanguage.dataset.chosen = ''));
const followContact = () => {
  if (!('chosen' in textLanguage.dataset)) textLanguage.value = contactLanguage.value;
};
contactLanguage.addEventListener('change', followContact);
onLanguage(followContact);

const form = new Form({
  endpoint: '/roles',
  shape: ROLE_SHAPE,
  submitLabel: tx(T.submit),
  validate: validateWith(roleSchema()),
  confirmation(body) {
    intro.remove();
    setTitle(tx(T.doneTitle));
    const email = String((body.contact as { email?: string } | undefined)?.email ?? '');
    return h(
      'div',
      { class: 'confirmation' },
      bind(h('p', { class: 'lead' }), (l) => fill(T.doneVerify[l], { email })),
      bind(h('p', { class: 'notice' }), tx(T.doneNext)),
      bind(h('p', { class: 'muted' }), tx(T.doneSpam)),
      h('p', {}, h('a', { href: '/' }, text(tx(common.backHome)))),
    );
  },
});

form.element.append(
  section(
    tx(T.company),
    field(form, 'company.name', tx(T.companyName), input('text', { autocomplete: 'organization', maxlength: 200 })),
    // The country first: it says which registration number the next field takes.
    field(form, 'company.country', tx(T.country), select(COUNTRIES.map((c) => [c, (l) => countryName(c, l)] as const)), { help: tx(T.countryHelp) }),
    field(form, 'company.businessId', tx(T.businessId), input('text', { autocomplete: 'off', maxlength: 50, spellcheck: false }), { help: tx(T.businessIdHelp) }),
    field(form, 'company.region', tx(T.region), input('text', { autocomplete: 'address-level1', maxlength: 100 }), { help: tx(T.regionHelp) }),
    field(form, 'company.city', tx(T.city), input('text', { autocomplete: 'address-level2', maxlength: 100 })),
  ),
  section(
    tx(T.contact),
    field(form, 'contact.name', tx(T.contactName), input('text', { autocomplete: 'name', maxlength: 100 })),
    field(form, 'contact.email', tx(T.contactEmail), input('email', { autocomplete: 'email', inputmode: 'email', spellcheck: false }), { help: tx(T.contactEmailHelp) }),
    field(form, 'contact.language', tx(T.contactLanguage), contactLanguage),
  ),
  section(
    tx(T.theRole),
    field(form, 'language', tx(T.textLanguage), textLanguage, { help: tx(T.textLanguageHelp) }),
    field(form, 'title', tx(T.roleTitle), input('text', { maxlength: 200 }), { help: tx(T.roleTitleHelp) }),
    choices(form, 'sector', tx(T.sector), 'radio', SECTORS.map((s) => [s, (l) => sectorName(s, l)] as const)),
    repeater(form, {
      path: 'fieldsOfStudy',
      legend: tx(T.fieldsOfStudy),
      help: (l) => `${T.fieldsOfStudyHelp[l]} ${common.isoNote[l]}`,
      min: 1,
      max: 10,
      addLabel: tx(T.addField),
      removeLabel: (n) => (l) => fill(T.removeField[l], { n }),
      row: (i) => [field(form, `fieldsOfStudy.${i}`, (l) => fill(T.field[l], { n: i + 1 }), fieldOfStudySelect(false, tx(T.all)))],
    }),
    choices(form, 'applicantTypes', tx(T.applicantTypes), 'checkbox', APPLICANT_TYPES.map((t) => [t, (l) => applicantTypeName(t, l)] as const)),
    field(form, 'places', tx(T.places), input('number', { min: 1, max: MAX_PLACES, step: 1, inputmode: 'numeric' }), { help: tx(T.placesHelp) }),
    group(
      form,
      null,
      tx(T.period),
      tx(T.periodHelp),
      h(
        'div',
        { class: 'cols' },
        field(form, 'periodFrom', tx(T.periodFrom), input('date')),
        field(form, 'periodTo', tx(T.periodTo), input('date', { min: today() })),
      ),
    ),
    field(form, 'minWeeks', tx(T.minWeeks), input('number', { min: 1, max: MAX_MIN_WEEKS, step: 1, inputmode: 'numeric' }), { help: tx(T.minWeeksHelp) }),
  ),
  repeater(form, {
    path: 'languages',
    legend: tx(T.languages),
    help: tx(T.languagesHelp),
    min: 0,
    max: 4,
    addLabel: tx(languageRows.add),
    removeLabel: (n) => (l) => fill(languageRows.remove[l], { n }),
    row: (i) => languageRow(form, 'languages', i),
  }),
  section(tx(T.description), field(form, 'description', tx(T.description), textarea({ rows: 8 }), { optional: true, help: tx(T.descriptionHelp), counter: MAX_DESCRIPTION })),
  // For readers abroad: the same texts in English or the applicants' language, all optional
  // (left out of the body when nothing is filled in; see ROLE_SHAPE).
  describedBy(
    section(
      (l) => `${T.second[l]} ${common.optional[l]}`,
      bind(h('p', { class: 'help', id: 'help-translation' }), tx(T.secondHelp)),
      field(form, 'translation.language', tx(T.secondLanguage), textLanguageSelect(tx(common.noChoice)), { optional: true }),
      field(form, 'translation.title', tx(T.secondTitle), input('text', { maxlength: 200 }), { optional: true }),
      field(form, 'translation.description', tx(T.secondDescription), textarea({ rows: 8 }), { optional: true, help: tx(T.secondDescriptionHelp), counter: MAX_DESCRIPTION }),
    ),
    'help-translation',
  ),
);
card.append(intro, form.finish());
// Students are the usual trainees: ticked by default, staff can be added.
document.querySelector<HTMLInputElement>(`#${controlId('applicantTypes')}`)!.checked = true;
markReady();
