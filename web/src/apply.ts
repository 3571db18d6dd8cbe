import { APPLICANT_TYPES, COUNTRIES, SECTORS, type Country } from '#shared/vocabulary/codes';
import { applicationSchema } from '#shared/applications/schema';
import { applicantTypeName, countryName, sectorName } from '#shared/vocabulary/labels';
import { quote } from '#shared/platform/i18n';
import { roleTextFor } from '#shared/roles/role-text';
import { bind, h, text, tx } from './dom.ts';
import { checkbox, choices, field, fieldOfStudySelect, group, input, languageRow, rankedSelects, repeater, section, select, textarea } from './controls.ts';
import { validateWith, type FieldError } from './errors.ts';
import { controlId, Form } from './form.ts';
import { contactLanguageSelect, markReady, today } from './common.ts';
import { startPage } from './page.ts';
import { participantSection } from './participant.ts';
import { latinNameFields, prefillLatinNames } from './latin-name.ts';
import { APPLICATION_SHAPE } from './shapes.ts';
import { apply as T, common, fill, languageRows, latinName } from './texts.ts';
import { chooser as C } from './board-texts.ts';
import { roleChooser } from './role-chooser.ts';
import { fetchRole } from './role-summary.ts';

interface School {
  schoolId: string;
  name: string;
  country: Country;
  city: string;
}

const validateSchema = validateWith(applicationSchema());
/** School id → country, once GET /schools has answered; for the home-country check. */
const schoolCountry = new Map<string, string>();

/**
 * The API's schema, plus the one rule it checks against the registry: a destination may not be
 * the school's own country (same path and message as the API's check in shared/applications/store.ts).
 */
function validate(body: Record<string, unknown>): FieldError[] {
  const errors = validateSchema(body);
  const home = schoolCountry.get(String(body.schoolId));
  if (home && Array.isArray(body.destinations)) {
    body.destinations.forEach((country, i) => {
      if (country === home) errors.push({ path: `destinations.${i}`, message: 'is the home country of your school' });
    });
  }
  return errors;
}

const { card, setTitle } = startPage(tx(T.title));
const intro = bind(h('p', { class: 'lead' }), tx(T.intro));

const form = new Form({
  endpoint: '/applications',
  shape: APPLICATION_SHAPE,
  submitLabel: tx(T.submit),
  validate,
  confirmation(body) {
    intro.remove();
    // "Listed below as your first choice; you can change it" is about the form, gone now.
    arrival.remove();
    setTitle(tx(T.doneTitle));
    const name = String(body.firstName ?? '').trim();
    const email = String(body.email ?? '');
    return h(
      'div',
      { class: 'confirmation' },
      bind(h('p', { class: 'lead' }), (l) => fill(T.doneThanks[l], { name, email })),
      bind(h('p'), tx(T.doneLink)),
      bind(h('p', { class: 'notice' }), tx(T.doneNext)),
      bind(h('p', { class: 'muted' }), tx(T.doneSpam)),
      h('p', {}, h('a', { href: '/' }, text(tx(common.backHome)))),
    );
  },
});

/** `/apply/?role=<id>`: "Apply for this role" on the board; that role becomes the first choice. */
const fromRole = new URLSearchParams(location.search).get('role');
const arrival = h('div', { class: 'notice arrival', role: 'status' });

const schoolSelect = select([], tx(T.schoolsLoading));
const roles = roleChooser(form, {
  path: 'rolePreferences',
  legend: tx(T.rolePreferences),
  choiceLabel: (n) => (l) => `${T.rolePreferences[l]} – ${fill(T.choice[l], { n })}`,
  narrowing: () => ({
    countries: [0, 1, 2].map((i) => (document.getElementById(controlId(`destinations.${i}`)) as HTMLSelectElement | null)?.value ?? '').filter(Boolean),
    sectors: [...form.element.querySelectorAll<HTMLInputElement>('input[name="sectors"]:checked')].map((box) => box.value),
  }),
  applicant: () => ({
    applicantType: form.element.querySelector<HTMLInputElement>('input[name="applicantType"]:checked')?.value,
    homeCountry: schoolCountry.get(schoolSelect.value),
  }),
});
// A chosen role's notes ("not among your destinations") and a narrowed search follow what is chosen above.
form.element.addEventListener('change', (event) => {
  const name = (event.target as HTMLInputElement | null)?.name ?? '';
  if (/^(destinations\.\d|sectors|applicantType|schoolId)$/.test(name)) roles.refresh();
});
const latinNames = latinNameFields(form);
schoolSelect.disabled = true;

form.element.append(
  section(
    tx(T.aboutYou),
    choices(form, 'applicantType', tx(T.applicantType), 'radio', APPLICANT_TYPES.map((t) => [t, (l) => applicantTypeName(t, l)] as const)),
    field(form, 'firstName', tx(T.firstName), input('text', { autocomplete: 'given-name', maxlength: 100 }), { help: tx(T.nameHelp) }),
    field(form, 'lastName', tx(T.lastName), input('text', { autocomplete: 'family-name', maxlength: 100 })),
    latinNames,
    field(form, 'email', tx(T.email), input('email', { autocomplete: 'email', inputmode: 'email', spellcheck: false }), { help: tx(T.emailHelp) }),
    field(form, 'language', tx(T.language), contactLanguageSelect(), { help: tx(T.languageHelp) }),
  ),
  section(
    tx(T.schoolSection),
    field(form, 'schoolId', tx(T.school), schoolSelect, { help: tx(T.schoolHelp) }),
    field(form, 'fieldOfStudy', tx(T.fieldOfStudy), fieldOfStudySelect(true, () => ''), {
      help: (l) => `${T.fieldOfStudyHelp[l]} ${common.isoNote[l]}`,
    }),
  ),
  section(
    tx(T.wishes),
    choices(form, 'sectors', tx(T.sectors), 'checkbox', SECTORS.map((s) => [s, (l) => sectorName(s, l)] as const), { help: tx(T.sectorsHelp) }),
    group(
      form,
      'destinations',
      tx(T.destinations),
      tx(T.destinationsHelp),
      ...rankedSelects(form, 'destinations', 3, (n) => (l) => fill(T.choice[l], { n }), () => COUNTRIES.map((c) => [c, (l) => countryName(c, l)] as const)),
    ),
    group(
      form,
      null,
      tx(T.period),
      tx(T.periodHelp),
      h(
        'div',
        { class: 'cols' },
        field(form, 'availableFrom', tx(T.availableFrom), input('date', { min: today() })),
        field(form, 'availableTo', tx(T.availableTo), input('date', { min: today() })),
      ),
    ),
    field(form, 'minWeeks', tx(T.minWeeks), input('number', { min: 1, max: 52, step: 1, inputmode: 'numeric' }), { help: tx(T.minWeeksHelp) }),
  ),
  repeater(form, {
    path: 'languages',
    legend: tx(T.languages),
    help: tx(T.languagesHelp),
    min: 1,
    max: 6,
    addLabel: tx(languageRows.add),
    removeLabel: (n) => (l) => fill(languageRows.remove[l], { n }),
    row: (i) => languageRow(form, 'languages', i),
  }),
  section(
    tx(T.more),
    field(form, 'motivation', tx(T.motivation), textarea(), { optional: true, help: (l) => `${T.motivationHelp[l]} ${latinName.motivationLanguage[l]}`, counter: 2000 }),
    roles.element,
  ),
  participantSection(form),
  section(tx(T.consentSection), checkbox(form, 'consent.dataProcessing', tx(T.consent), { help: tx(T.consentHelp), summaryLabel: tx(T.consentSection) })),
);
card.append(...(fromRole === null ? [] : [arrival]), intro, form.finish());
prefillLatinNames(latinNames);

// The school list is the one thing the form waits for; everything else works meanwhile.
async function loadSchools() {
  try {
    const response = await fetch('/schools', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const schools = (await response.json()) as School[];
    schoolSelect.replaceChildren(bind(h('option', { value: '' }), tx(common.choose)));
    for (const country of COUNTRIES) {
      const inCountry = schools.filter((s) => s.country === country);
      if (inCountry.length === 0) continue;
      const optgroup = bind(h('optgroup'), (l) => countryName(country, l), 'label');
      for (const school of inCountry) {
        schoolCountry.set(school.schoolId, school.country);
        optgroup.append(h('option', { value: school.schoolId }, `${school.name} (${school.city})`));
      }
      schoolSelect.append(optgroup);
    }
    schoolSelect.disabled = false;
  } catch {
    schoolSelect.replaceChildren(bind(h('option', { value: '' }), tx(T.schoolsFailed)));
    const slot = document.getElementById('error-schoolId')!;
    bind(slot, tx(T.schoolsFailed));
    slot.hidden = false;
  }
}

/**
 * The role the applicant came from: the first choice, its country the first destination and its
 * sector ticked, and a word at the top saying so. A role that is gone (404) or could not be
 * loaded is said too; the form works the same without it.
 */
async function loadRole() {
  if (fromRole === null) return;
  const answer = await fetchRole(fromRole);
  if (answer.kind !== 'ok') {
    bind(arrival, tx(answer.kind === 'failed' ? C.roleFailed : C.roleGone));
    return;
  }
  const role = answer.body;
  const destination = document.getElementById(controlId('destinations.0')) as HTMLSelectElement;
  if (!destination.value) destination.value = role.company.country;
  const sector = form.element.querySelector<HTMLInputElement>(`input[name="sectors"][value="${role.sector}"]`);
  if (sector) sector.checked = true;
  // After the country and sector: the chosen role's notes are worked out from them.
  roles.add(role, { announce: false });
  arrival.append(
    bind(h('p', { class: 'lead' }), (l) => fill(C.applyingFor[l], { title: quote(roleTextFor(role, l).title, l), company: role.company.name })),
    bind(h('p'), tx(C.applyingForMore)),
  );
}

void Promise.all([loadSchools(), loadRole()]).then(markReady);
