import { formatCount, formatNumber, formatPeriod, languageLevels, languageName, type Language } from '#shared/platform/i18n';
import type { FieldError } from '#shared/platform/http/problem';
import type { BoardEntryView as BoardEntry, PublicRoleView as PublicRole } from './board-contract.ts';
import { roleTextFor, roleTexts } from '#shared/roles/role-text';
import type { ApplicantType, Country, Sector } from '#shared/vocabulary/codes';
import { BROAD_FIELDS, DETAILED_FIELDS, fieldsUnder, NARROW_FIELDS } from '#shared/vocabulary/isced';
import { applicantTypeName, countryName, fieldOfStudyName, sectorName } from '#shared/vocabulary/labels';
import { board as B, facts as F } from './board-texts.ts';
import { markReady } from './common.ts';
import { bind, currentLanguage, h, onLanguage, refreshTexts, release, text, tx, type Text } from './dom.ts';
import { startPage } from './page.ts';
import { applyPath, BOARD_PATH, boardPath, fetchBoard, fetchRole, place, rolePagePath, roleTitle, textLanguageNote } from './role-summary.ts';
import { fill } from './texts.ts';

/*
 * The public board of roles, `/roles/`: the open roles with a place left, filtered by a GET
 * form whose values live in the address (`?country=FI&sector=construction&lang=lt`), so a link
 * or a reload shows the same board; and one role's page, `/roles/?role=<id>`, with "Apply for
 * this role". Everything comes from the JSON API (GET /roles, GET /roles/{roleId}), which shows
 * no contact person, address or business id. The page carries no zod: the API checks the
 * filters, and its 400 is shown at the filter it names.
 */

// The vocabulary's codes in their order, from types only (codes.ts would bring zod along); a
// code added to the vocabulary and missing here is a compile error.
const COUNTRIES = Object.keys({ FI: 1, EE: 1, LT: 1, RU: 1 } satisfies Record<Country, 1>) as Country[];
const SECTORS = Object.keys({ construction: 1, wellbeing: 1, technology: 1 } satisfies Record<Sector, 1>) as Sector[];
const APPLICANT_TYPES = Object.keys({ student: 1, staff: 1 } satisfies Record<ApplicantType, 1>) as ApplicantType[];

const query = new URLSearchParams(location.search);
const roleId = query.get('role');
const { card, setTitle } = startPage(tx(roleId === null ? B.title : B.loadingRole));

/* ---------------------------------------------------------------------------------------- */
/* The list                                                                                 */
/* ---------------------------------------------------------------------------------------- */

/** The API's filters, as the address and the form name them. */
const FILTERS = ['q', 'country', 'sector', 'field', 'applicantType', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

/** The filters in an address (only the API's own, only when given). */
function filtersIn(search: string): URLSearchParams {
  const all = new URLSearchParams(search);
  const filters = new URLSearchParams();
  for (const name of FILTERS) {
    const value = all.get(name)?.trim();
    if (value) filters.set(name, value);
  }
  return filters;
}

/** The board's address for these filters, in the page's language. */
function addressOf(filters: URLSearchParams): string {
  const search = new URLSearchParams(filters);
  search.set('lang', currentLanguage());
  return `${BOARD_PATH}?${search}`;
}

function showBoard() {
  const controls = {} as Record<Filter, HTMLInputElement | HTMLSelectElement>;
  const slots = {} as Record<Filter, HTMLElement>;

  const selectOf = (options: readonly (readonly [string, Text])[]) => {
    const element = h('select');
    element.append(bind(h('option', { value: '' }), tx(B.any)));
    for (const [value, label] of options) element.append(bind(h('option', { value }), label));
    return element;
  };
  /** One labelled filter with its help and the place a 400 about it is shown. */
  const filterField = (name: Filter, label: Text, control: HTMLInputElement | HTMLSelectElement, help?: Text) => {
    control.id = `filter-${name}`;
    control.name = name;
    const wrapper = h('div', { class: 'field' }, h('label', { for: control.id }, text(label)));
    if (help) {
      wrapper.append(bind(h('p', { class: 'help', id: `${control.id}-help` }), help));
      control.setAttribute('aria-describedby', `${control.id}-help`);
    }
    const slot = h('p', { class: 'error', id: `${control.id}-error`, hidden: true });
    wrapper.append(control, slot);
    controls[name] = control;
    slots[name] = slot;
    return wrapper;
  };
  // Fields grouped by broad field; a broad or narrow field also finds the roles under it, and
  // the API finds the broader roles that accept a detailed field.
  const fieldSelect = () => {
    const element = selectOf([]);
    const name = (code: string): Text => (l) => fieldOfStudyName(code, l);
    const all = (code: string): Text => (l) => `${fieldOfStudyName(code, l)} ${B.allOf[l]}`;
    for (const broad of BROAD_FIELDS) {
      const group = bind(h('optgroup'), name(broad), 'label');
      group.append(bind(h('option', { value: broad }), all(broad)));
      for (const narrow of fieldsUnder(NARROW_FIELDS, broad)) {
        group.append(bind(h('option', { value: narrow }), all(narrow)));
        for (const detailed of fieldsUnder(DETAILED_FIELDS, narrow)) group.append(bind(h('option', { value: detailed }), name(detailed)));
      }
      element.append(group);
    }
    return element;
  };

  const submit = h('button', { type: 'submit' }, text(tx(B.show)));
  const clear = h('a', { href: BOARD_PATH, class: 'clear-filters' }, text(tx(B.clear)));
  const period = h(
    'fieldset',
    { class: 'group', 'aria-describedby': 'filter-period-help' },
    h('legend', {}, text(tx(F.period))),
    bind(h('p', { class: 'help', id: 'filter-period-help' }), tx(B.periodHelp)),
    h('div', { class: 'cols' }, filterField('from', tx(B.from), h('input', { type: 'date' })), filterField('to', tx(B.to), h('input', { type: 'date' }))),
  );
  const form = h(
    'form',
    { method: 'get', action: BOARD_PATH, role: 'search', 'aria-labelledby': 'filters-title', novalidate: true },
    filterField('q', tx(B.q), h('input', { type: 'search', maxlength: 100, autocomplete: 'off' })),
    h(
      'div',
      { class: 'cols' },
      filterField('country', tx(B.country), selectOf(COUNTRIES.map((c) => [c, (l) => countryName(c, l)] as const))),
      filterField('sector', tx(F.sector), selectOf(SECTORS.map((s) => [s, (l) => sectorName(s, l)] as const))),
    ),
    filterField('field', tx(B.field), fieldSelect(), tx(B.fieldHelp)),
    filterField('applicantType', tx(B.applicantType), selectOf(APPLICANT_TYPES.map((t) => [t, (l) => applicantTypeName(t, l)] as const))),
    period,
    h('div', { class: 'filter-actions' }, submit, clear),
  );
  // On a phone the seven filters would push the roles a screen down: there they start folded
  // (unless the address has filters, which the reader may want to change), on a wider screen open.
  const filterBox = h(
    'details',
    { class: 'filters', open: innerWidth >= 600 || filtersIn(location.search).toString() !== '' },
    h('summary', {}, bind(h('h2', { id: 'filters-title' }), tx(B.filters))),
    form,
  );

  const status = h('p', { class: 'board-status', role: 'status' });
  const problem = h('div', { class: 'board-problem', role: 'alert' });
  const list = h('ul', { class: 'board-list', 'aria-labelledby': 'results-title' });
  const more = h('button', { type: 'button', class: 'secondary more', hidden: true }, text(tx(B.more)));
  const after = h('div', { class: 'board-after' });
  const resultsTitle = bind(h('h2', { id: 'results-title', tabindex: '-1' }), tx(B.results));
  card.append(
    bind(h('p', { class: 'lead' }), tx(B.lead)),
    filterBox,
    h('section', { class: 'results', 'aria-labelledby': 'results-title' }, resultsTitle, status, problem, list, after, more),
  );

  const fill_ = (filters: URLSearchParams) => {
    for (const name of FILTERS) controls[name].value = filters.get(name) ?? '';
  };
  const fromControls = () => {
    const filters = new URLSearchParams();
    for (const name of FILTERS) {
      const value = controls[name].value.trim();
      if (value) filters.set(name, value);
    }
    return filters;
  };
  const syncClear = () => clear.setAttribute('href', boardPath(currentLanguage()));
  onLanguage(syncClear);
  syncClear();

  /** Status line, problem box and errors at the filters: each set from scratch by a load. */
  const say = (message: Text | null) => {
    release(status);
    if (message) bind(status, message);
    else status.textContent = '';
  };
  const showProblem = (message: Text | null, action?: HTMLElement) => {
    release(problem);
    problem.replaceChildren(...(message ? [bind(h('p'), message), ...(action ? [action] : [])] : []));
  };
  const setErrors = (errors: FieldError[]) => {
    for (const name of FILTERS) {
      const error = errors.find((e) => e.path === name);
      const slot = slots[name];
      const control = controls[name];
      release(slot);
      slot.hidden = !error;
      const described = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
      if (error) {
        bind(slot, (l) => filterErrorText(name, error, l));
        control.setAttribute('aria-invalid', 'true');
        described.add(slot.id);
      } else {
        slot.textContent = '';
        control.removeAttribute('aria-invalid');
        described.delete(slot.id);
      }
      if (described.size) control.setAttribute('aria-describedby', [...described].join(' '));
      else control.removeAttribute('aria-describedby');
    }
  };

  let filters = filtersIn(location.search);
  let next: string | undefined;
  let shown = 0;
  let inFlight: AbortController | undefined;

  /** Loads the first page for `filters` (`append`: the page after the last one shown). */
  async function load(append: boolean) {
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    const request = new URLSearchParams(filters);
    if (append && next) request.set('cursor', next);
    list.setAttribute('aria-busy', 'true');
    more.disabled = true;
    if (!append) say(tx(B.loading));
    let answer;
    try {
      // Follows `next` past pages the API's budget left empty (role-summary.ts): a page, not "none".
      answer = await fetchBoard(request, { signal: controller.signal });
    } catch {
      return; // replaced by a newer load
    } finally {
      if (inFlight === controller) {
        list.removeAttribute('aria-busy');
        more.disabled = false;
      }
    }
    showProblem(null);
    release(after);
    after.replaceChildren();
    if (answer.kind === 'ok') {
      setErrors([]);
      const { roles } = answer.body;
      next = answer.body.next;
      more.hidden = !next;
      if (!append) {
        release(list);
        list.replaceChildren();
        shown = 0;
      }
      const cards = roles.map(roleCard);
      list.append(...cards);
      shown += roles.length;
      const total = shown;
      if (append) {
        say((l) => fill(B.added[l], { n: formatNumber(roles.length, l), total: formatNumber(total, l) }));
        // The keyboard goes on where the new roles begin, not back to the top.
        cards[0]?.querySelector('a')?.focus();
      } else if (total === 0) {
        const filtered = [...filters.keys()].length > 0;
        say(tx(filtered ? B.none : B.noneAtAll));
        if (filtered) after.append(allRolesLink());
      } else say((l) => fill((next ? B.foundMore : B.found)[l], { n: formatNumber(total, l) }));
    } else if (answer.kind === 'invalid') {
      const named = answer.errors.filter((e) => (FILTERS as readonly string[]).includes(e.path));
      if (append && answer.errors.some((e) => e.path === 'cursor')) {
        // The cursor is the API's: a cursor it no longer takes means the list moved under it.
        more.hidden = true;
        say(null);
        showProblem(tx(B.badCursor), allRolesLink(tx(B.retry), filters));
        return;
      }
      setErrors(named);
      release(list);
      list.replaceChildren();
      more.hidden = true;
      say(null);
      showProblem(tx(B.badFilters));
      const first = named[0];
      if (first) controls[first.path as Filter].focus();
    } else {
      say(null);
      const retry = h('button', { type: 'button', class: 'secondary' }, text(tx(B.retry)));
      retry.addEventListener('click', () => void load(append));
      showProblem(tx(B.failed), retry);
      if (!append) {
        release(list);
        list.replaceChildren();
        more.hidden = true;
      }
    }
  }

  /** A link to the board with `to` as its filters (none: every open role), loaded in place. */
  function allRolesLink(label: Text = tx(B.seeAll), to = new URLSearchParams()) {
    const link = h('a', { href: addressOf(to) }, text(label));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      go(to);
      // The link goes with the list it was in: the keyboard goes to the new list's heading.
      resultsTitle.focus();
    });
    return h('p', {}, link);
  }

  /** Shows the board for `to`, with the address saying so (a new history entry). */
  function go(to: URLSearchParams) {
    filters = to;
    fill_(filters);
    history.pushState(null, '', addressOf(filters));
    void load(false);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(fromControls());
  });
  clear.addEventListener('click', (event) => {
    event.preventDefault();
    go(new URLSearchParams());
    controls.q.focus();
  });
  more.addEventListener('click', () => void load(true));
  // Back and forward between filtered boards.
  addEventListener('popstate', () => {
    filters = filtersIn(location.search);
    fill_(filters);
    void load(false);
  });

  fill_(filters);
  void load(false).then(markReady);
}

/** What the API said about a filter, in the reader's language. */
function filterErrorText(name: Filter, _error: FieldError, language: Language): string {
  switch (name) {
    case 'q':
      return B.badQ[language];
    case 'from':
      return B.badDate[language];
    case 'to':
      return /before/.test(_error.message) ? B.badTo[language] : B.badDate[language];
    case 'country':
    case 'sector':
    case 'field':
    case 'applicantType':
      return B.badOption[language];
  }
}

/** "Sector: Construction" as a term and its value. */
const fact = (term: Text, value: Text | Node) => h('div', {}, h('dt', {}, text(term)), h('dd', {}, typeof value === 'function' ? text(value) : value));

/** A role in the list: what a reader decides by; the description is on its page. */
function roleCard(role: BoardEntry): HTMLElement {
  const link = roleTitle('a', role);
  bind(link, (l) => rolePagePath(role.roleId, l), 'href');
  return h(
    'li',
    { class: 'role-card' },
    h('h3', {}, link),
    textLanguageNote(role),
    h('p', { class: 'role-company' }, h('strong', {}, role.company.name), ' · ', text((l) => place(role, l))),
    h(
      'dl',
      { class: 'role-facts' },
      fact(tx(F.sector), (l) => sectorName(role.sector, l)),
      fact(tx(F.period), (l) => formatPeriod(role.periodFrom, role.periodTo, l)),
      fact(tx(F.placesLeft), (l) => formatNumber(role.placesLeft, l)),
      fact(tx(F.languages), (l) => (role.languages.length ? languageLevels(role.languages, l) : F.noLanguages[l])),
    ),
  );
}

/* ---------------------------------------------------------------------------------------- */
/* One role                                                                                 */
/* ---------------------------------------------------------------------------------------- */

async function showRole(id: string) {
  const status = bind(h('p', { role: 'status' }), tx(B.loadingRole));
  card.append(status);
  const answer = await fetchRole(id);
  release(status);
  status.remove();
  if (answer.kind === 'ok') rolePage(answer.body);
  else if (answer.kind === 'failed') {
    setTitle(tx(B.title));
    const retry = h('button', { type: 'button', class: 'secondary' }, text(tx(B.retry)));
    retry.addEventListener('click', () => location.reload());
    card.append(h('div', { class: 'board-problem', role: 'alert' }, bind(h('p'), tx(B.roleFailed)), retry), backLink());
  } else {
    // Unknown, closed, full or never opened: the API says 404 for each, and so does the page.
    setTitle(tx(B.notOpen));
    card.append(bind(h('p', { class: 'lead' }), tx(B.notOpenText)), backLink());
  }
  markReady();
}

/**
 * Back to the board: to the filtered list the reader came from when they came from one (its
 * address, in the page's language now), else to the whole board.
 */
function backLink() {
  let from: URL | undefined;
  try {
    const referrer = new URL(document.referrer);
    if (referrer.origin === location.origin && referrer.pathname === BOARD_PATH && !referrer.searchParams.has('role')) from = referrer;
  } catch {
    /* no referrer */
  }
  const link = h('a', { href: BOARD_PATH }, text(tx(B.backToBoard)));
  const sync = () => link.setAttribute('href', from ? addressOf(filtersIn(from.search)) : boardPath(currentLanguage()));
  onLanguage(sync);
  sync();
  return h('p', { class: 'back' }, link);
}

function rolePage(role: PublicRole) {
  const texts = roleTexts(role);
  /** The text the reader asked for with "Show the text in …"; otherwise the one that fits them. */
  let chosen: Language | null = null;
  const shown = (l: Language) => texts.find((t) => t.language === chosen) ?? roleTextFor(role, l);
  // The description, from the shown text, or from the other one when the shown one has none.
  const described = (l: Language) => (shown(l).description ? shown(l) : texts.find((t) => t.description));

  setTitle((l) => shown(l).title);
  const heading = document.getElementById('title')!;
  bind(heading, (l) => shown(l).language, 'lang');

  const children: Node[] = [textLanguageNote(role, (l) => shown(l).language)];
  children.push(bind(h('p', { class: 'muted own-words' }), (l) => (texts.some((t) => t.language !== l) ? B.ownWords[l] : '')));
  if (texts.length > 1) {
    const other = (l: Language) => texts.find((t) => t.language !== shown(l).language)!.language;
    const toggle = h('button', { type: 'button', class: 'secondary' });
    bind(toggle, (l) => fill(B.showIn[l], { language: languageName(other(l), l) }));
    bind(toggle, (l) => other(l), 'data-language');
    toggle.addEventListener('click', () => {
      chosen = other(currentLanguage());
      refreshTexts();
    });
    children.push(h('p', { class: 'text-toggle' }, toggle));
  }

  const description = h('div', { class: 'role-description' });
  bind(description, (l) => described(l)?.description ?? B.noDescription[l]);
  bind(description, (l) => described(l)?.language ?? l, 'lang');
  children.push(
    bind(h('h2'), tx(B.about)),
    // Said only when the description is in another language than the title above it.
    textLanguageNote(role, (l) => {
      const language = described(l)?.language ?? l;
      return language === shown(l).language ? l : language;
    }),
    description,
  );

  const fields = h('ul', {}, ...role.fieldsOfStudy.map((code) => bind(h('li'), (l) => fieldOfStudyName(code, l))));
  const languages = role.languages.length
    ? h('ul', {}, ...role.languages.map((skill) => bind(h('li'), (l) => languageLevels([skill], l))))
    : text(tx(F.noLanguages));
  children.push(
    bind(h('h2'), tx(B.details)),
    h(
      'dl',
      { class: 'facts' },
      fact(tx(F.company), () => role.company.name),
      fact(tx(F.where), (l) => [role.company.city, role.company.region, countryName(role.company.country, l)].filter(Boolean).join(', ')),
      fact(tx(F.sector), (l) => sectorName(role.sector, l)),
      fact(tx(F.fields), fields),
      fact(tx(F.applicantTypes), (l) => role.applicantTypes.map((t) => applicantTypeName(t, l)).join(', ')),
      fact(tx(F.period), (l) => formatPeriod(role.periodFrom, role.periodTo, l)),
      fact(tx(F.minWeeks), (l) => formatCount(role.minWeeks, 'week', l)),
      fact(tx(F.placesLeft), (l) => fill(F.placesOf[l], { left: formatNumber(role.placesLeft, l), places: formatNumber(role.places, l) })),
      fact(tx(F.languages), languages),
    ),
  );

  const apply = h('a', { class: 'action apply-action' }, h('strong', {}, text(tx(B.apply))), h('span', {}, text(tx(B.applyWho))));
  bind(apply, (l) => applyPath(role.roleId, l), 'href');
  children.push(apply, backLink());
  card.append(...children);
}

// Last: everything above is defined by now.
if (roleId === null) showBoard();
else void showRole(roleId);
