import { formatNumber, formatPeriod, quote, type Language } from '#shared/platform/i18n';
import { roleTextFor } from '#shared/roles/role-text';
import type { BoardEntryView } from './board-contract.ts';
import { chooser as C } from './board-texts.ts';
import { bind, currentLanguage, h, onLanguage, refreshTexts, release, text, tx, type Text } from './dom.ts';
import { controlId, type Form } from './form.ts';
import { boardPath, fetchBoard, place, roleTitle, type RoleSummary } from './role-summary.ts';
import { countryName, sectorName } from '#shared/vocabulary/labels';
import { fill } from './texts.ts';

/*
 * The application form's role preferences, chosen from the board: a search (title, company or
 * city; GET /roles?q=…, narrowed by the countries and sectors chosen above) lists open roles to
 * add; the chosen ones form an ordered list (most wanted first) with up, down and remove. The
 * body still carries ids: each chosen role is a hidden input `rolePreferences.<i>`, so the form
 * reads, validates and sends them as it did the typed ones (shapes.ts: a list, optional).
 */

/** At most five (shared/applications/schema.ts). */
export const MAX_CHOICES = 5;
/** Results listed at once; more means the search should be narrowed. */
const SHOWN_RESULTS = 10;
/** Typing pauses this long before a search is sent. */
const SEARCH_DELAY_MS = 300;

export interface ChooserOptions {
  path: string;
  legend: Text;
  /** "Choice {n}", for the error summary's name of a chosen role. */
  choiceLabel(n: number): Text;
  /** The destinations and sectors chosen above: the search is narrowed to them when asked. */
  narrowing(): { countries: string[]; sectors: string[] };
  /** Who is applying, as far as the form says yet: for the chosen roles' notes. */
  applicant(): { applicantType?: string; homeCountry?: string };
}

/**
 * Why a chosen role cannot be proposed with what the form says above, in the matcher's words for
 * the rules the form itself decides (shared/matching/rules.ts: home country, sector, destination,
 * applicant type); the status page explains the rest (field, period, languages) once applied.
 */
export function chosenRoleNotes(
  role: Pick<RoleSummary, 'company' | 'sector' | 'applicantTypes'>,
  chosen: { countries: string[]; sectors: string[] },
  applicant: { applicantType?: string; homeCountry?: string },
): Text[] {
  const notes: Text[] = [];
  const country = role.company.country;
  if (applicant.homeCountry === country) notes.push((l) => fill(C.fitHome[l], { country: countryName(country, l) }));
  else if (!chosen.countries.includes(country)) notes.push((l) => fill(C.fitDestination[l], { country: countryName(country, l) }));
  if (!chosen.sectors.includes(role.sector)) notes.push((l) => fill(C.fitSector[l], { sector: sectorName(role.sector, l) }));
  if (applicant.applicantType && !role.applicantTypes.includes(applicant.applicantType as never)) {
    notes.push(tx(role.applicantTypes.includes('staff') ? C.fitStaffOnly : C.fitStudentsOnly));
  }
  return notes;
}

const titleOf = (role: RoleSummary, language: Language) => quote(roleTextFor(role, language).title, language);

/** A button whose accessible name is its visible word and the role's title ("Remove “Carpenter”"). */
function roleButton(label: Text, role: RoleSummary, extra: Record<string, string> = {}) {
  return h(
    'button',
    { type: 'button', class: 'secondary', ...extra },
    text(label),
    h('span', { class: 'visually-hidden' }, text((l) => ` ${titleOf(role, l)}`)),
  );
}

/** Title, then "Company · City, Country" (and the period, for search results). */
function summary(role: RoleSummary, period?: { from: string; to: string }) {
  return h(
    'div',
    { class: 'role-summary' },
    roleTitle('strong', role),
    h('span', {}, `${role.company.name} · `, text((l) => place(role, l))),
    period ? h('span', {}, text((l) => formatPeriod(period.from, period.to, l))) : null,
  );
}

export function roleChooser(form: Form, options: ChooserOptions) {
  const { path } = options;
  const chosen: RoleSummary[] = [];

  const live = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const list = h('ol', { class: 'chosen-roles' });
  const empty = bind(h('p', { class: 'chosen-empty' }), tx(C.noChoice));
  const full = bind(h('p', { class: 'help', hidden: true }), tx(C.full));
  const slot = h('p');

  // No `name`: the search and its narrowing are not part of the application.
  const search = h('input', { type: 'search', id: 'role-search', autocomplete: 'off', maxlength: 100, spellcheck: false, 'aria-describedby': 'role-search-help' });
  const narrow = h('input', { type: 'checkbox', id: 'role-search-narrow', checked: true });
  const status = h('p', { class: 'search-status', role: 'status' });
  const results = h('ul', { class: 'role-search-results', id: 'role-search-results' });
  const browse = h('a', { target: '_blank', rel: 'noopener' }, text(tx(C.browse)), ' ', text(tx(C.newTab)));
  const syncBrowse = () => browse.setAttribute('href', boardPath(currentLanguage()));
  onLanguage(syncBrowse);
  syncBrowse();

  const fieldset = h(
    'fieldset',
    { class: 'group role-chooser', 'aria-describedby': `help-${path}` },
    h('legend', {}, text(options.legend)),
    bind(h('p', { class: 'help', id: `help-${path}` }), tx(C.help)),
    bind(h('p', { class: 'subhead' }), tx(C.yourChoices)),
    list,
    empty,
    // Errors of the list as a whole ("at most 5") show here, right under it.
    slot,
    full,
    h(
      'div',
      { class: 'field' },
      h('label', { for: search.id }, text(tx(C.search))),
      bind(h('p', { class: 'help', id: 'role-search-help' }), tx(C.searchHelp)),
      search,
    ),
    h('label', { class: 'choice' }, narrow, text(tx(C.narrow))),
    status,
    results,
    h('p', {}, browse),
    live,
  );
  form.register(path, slot, [fieldset], options.legend);

  const announce = (message: Text) => {
    release(live);
    bind(live, message);
  };

  /** The chosen list, built again after each change: names and ids stay `path.0` … in order. */
  function render(initial = false) {
    release(list);
    form.unregisterUnder(path);
    list.replaceChildren(
      ...chosen.map((role, i) => {
        const up = roleButton(tx(C.up), role, { 'data-action': 'up' });
        const down = roleButton(tx(C.down), role, { 'data-action': 'down' });
        // The remove button is where the error summary leads for an error of this choice.
        const remove = roleButton(tx(C.remove), role, { 'data-action': 'remove', id: controlId(`${path}.${i}`) });
        up.disabled = i === 0;
        down.disabled = i === chosen.length - 1;
        up.addEventListener('click', () => move(i, i - 1, 'up'));
        down.addEventListener('click', () => move(i, i + 1, 'down'));
        remove.addEventListener('click', () => drop(i));
        const error = h('p');
        const notes = chosenRoleNotes(role, options.narrowing(), options.applicant());
        const item = h(
          'li',
          { 'data-role-id': role.roleId },
          summary(role),
          notes.length ? h('div', { class: 'role-fit' }, ...notes.map((note) => h('p', {}, text(note)))) : null,
          h('input', { type: 'hidden', name: `${path}.${i}`, value: role.roleId }),
          h('div', { class: 'role-actions' }, up, down, remove),
          error,
        );
        form.register(`${path}.${i}`, error, [remove], options.choiceLabel(i + 1));
        return item;
      }),
    );
    empty.hidden = chosen.length > 0;
    full.hidden = chosen.length < MAX_CHOICES;
    syncResults();
    refreshTexts();
    if (!initial) form.changed(path);
  }

  /** The buttons of chosen role `i` (after a render). */
  const buttonOf = (i: number, action: string) => list.children[i]?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);

  function move(from: number, to: number, action: 'up' | 'down') {
    const [role] = chosen.splice(from, 1);
    chosen.splice(to, 0, role!);
    render();
    // The keyboard stays with the role that moved; at the end of the list, on its other button.
    const same = buttonOf(to, action);
    (same && !same.disabled ? same : buttonOf(to, action === 'up' ? 'down' : 'up'))?.focus();
    announce((l) => fill(C.movedTo[l], { title: titleOf(role!, l), n: to + 1 }));
  }

  function drop(i: number) {
    const [role] = chosen.splice(i, 1);
    render();
    // Focus stays in the list: on the role that moved up, or the one before; none left, the search.
    (buttonOf(Math.min(i, chosen.length - 1), 'remove') ?? search).focus();
    announce((l) => fill(C.removed[l], { title: titleOf(role!, l) }));
  }

  /** Adds a role as the last choice (none twice, at most five); returns whether it was added. */
  function add(role: RoleSummary, options: { announce?: boolean } = {}): boolean {
    if (chosen.length >= MAX_CHOICES || chosen.some((r) => r.roleId === role.roleId)) return false;
    chosen.push(role);
    render();
    const n = chosen.length;
    if (options.announce !== false) announce((l) => fill(C.addedAs[l], { title: titleOf(role, l), n }));
    return true;
  }

  /* ---- The search ---- */

  /** Each listed result's add button, with the role it adds. */
  let listed: { role: BoardEntryView; button: HTMLButtonElement }[] = [];

  /** "Add as choice 3", or "Chosen", or unavailable when five are chosen (aria-disabled keeps the focus on it). */
  function syncResults() {
    for (const { role, button } of listed) {
      const isChosen = chosen.some((r) => r.roleId === role.roleId);
      const unavailable = isChosen || chosen.length >= MAX_CHOICES;
      if (unavailable) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
      button.dataset.state = isChosen ? 'chosen' : unavailable ? 'full' : 'open';
    }
  }

  const addLabel: (role: BoardEntryView) => Text = (role) => (l) =>
    chosen.some((r) => r.roleId === role.roleId) ? C.chosen[l] : chosen.length >= MAX_CHOICES ? C.fiveChosen[l] : fill(C.add[l], { n: chosen.length + 1 });

  function showResults(roles: BoardEntryView[], more: boolean) {
    release(results);
    listed = roles.slice(0, SHOWN_RESULTS).map((role) => {
      const button = roleButton(addLabel(role), role);
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-disabled') === 'true') return;
        add(role);
      });
      return { role, button };
    });
    results.replaceChildren(...listed.map(({ role, button }) => h('li', { 'data-role-id': role.roleId }, summary(role, { from: role.periodFrom, to: role.periodTo }), button)));
    syncResults();
    release(status);
    if (roles.length === 0) bind(status, tx(C.none));
    else if (more || roles.length > SHOWN_RESULTS) bind(status, (l) => fill(C.foundMore[l], { n: formatNumber(listed.length, l) }));
    else bind(status, (l) => fill(C.found[l], { n: formatNumber(roles.length, l) }));
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  async function runSearch() {
    const q = search.value.trim();
    inFlight?.abort();
    if (q.length < 2) {
      // Too short for the API: nothing listed, nothing said.
      listed = [];
      release(results);
      results.replaceChildren();
      release(status);
      status.textContent = '';
      return;
    }
    const controller = (inFlight = new AbortController());
    const query = new URLSearchParams({ q: q.slice(0, 100) });
    const { countries, sectors } = narrow.checked ? options.narrowing() : { countries: [], sectors: [] };
    // The API filters by one country and one sector; several are narrowed here, from the page.
    if (countries.length === 1) query.set('country', countries[0]!);
    if (sectors.length === 1) query.set('sector', sectors[0]!);
    release(status);
    bind(status, tx(C.searching));
    // Several countries or sectors chosen: the API takes one of each, the rest is narrowed here.
    const keep = (role: BoardEntryView) =>
      (countries.length === 0 || countries.includes(role.company.country)) && (sectors.length === 0 || sectors.includes(role.sector));
    let answer;
    try {
      // A page the API's budget cut short (a search reads a bounded part of the board) is
      // followed to the next, until there are more than can be listed: "none" only when none match.
      answer = await fetchBoard(query, { signal: controller.signal, atLeast: SHOWN_RESULTS + 1, keep });
    } catch {
      return; // a newer search replaced this one
    }
    if (answer.kind !== 'ok') {
      listed = [];
      release(results);
      results.replaceChildren();
      release(status);
      bind(status, tx(answer.kind === 'invalid' ? C.none : C.failed));
      return;
    }
    showResults(answer.body.roles, answer.body.next !== undefined);
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSearch(), SEARCH_DELAY_MS);
  };
  search.addEventListener('input', schedule);
  // Enter in the search searches now; it never sends the application.
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(timer);
    void runSearch();
  });
  narrow.addEventListener('change', () => void runSearch());

  /**
   * What is chosen above changed: the chosen roles' notes follow, and a search narrowed to it
   * is sent again (its results were for the choices before).
   */
  function refresh() {
    const focused = document.activeElement;
    render(true);
    if (focused instanceof HTMLElement && !focused.isConnected) search.focus();
    if (narrow.checked && search.value.trim().length >= 2) schedule();
  }

  render(true);
  return { element: fieldset, add, refresh };
}
