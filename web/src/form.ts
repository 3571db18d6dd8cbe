import type { Language } from '#shared/platform/i18n';
import { formToBody, type BodyShape } from './body.ts';
import { bind, h, onLanguage, release, text, tx, type Text } from './dom.ts';
import { classifyResponse, errorSlotId, errorText, type FieldError, type SubmitOutcome } from './errors.ts';
import { focusInto } from './page.ts';
import { common } from './texts.ts';

/**
 * A form that posts JSON to the API: every control is named by its body path, validated with
 * the API's own schema before sending, and its errors (from the schema or from the server's
 * problem body) are shown next to the field and in a summary that takes focus.
 *
 * One Idempotency-Key per form instance: a double click, a retry after a network error or a
 * 5xx all reuse it, so the API stores the submission at most once. It is replaced only after a
 * success (the next submission is a new one). It is kept after a 4xx too: the server validates
 * before it looks at the key, so an earlier attempt whose answer was lost may have been stored,
 * and a new key would then store a second copy.
 */

export const controlId = (path: string) => `f-${path.split('.').join('-')}`;

/** Where a path's error is shown, and what it marks invalid. */
interface Slot {
  path: string;
  element: HTMLElement;
  /** The inputs marked aria-invalid, the first one is where the summary link leads. */
  controls: HTMLElement[];
  /** The field's name in the summary ("Language 2 – Level"). */
  label: Text;
}

export interface FormOptions {
  endpoint: string;
  shape: BodyShape;
  submitLabel: Text;
  /** The shared zod schema (and any cross-field check), as field errors. */
  validate(body: Record<string, unknown>): FieldError[];
  /** Shown instead of the form after 201. */
  confirmation(body: Record<string, unknown>, response: unknown): HTMLElement;
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; an http:// preview address is not one.
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class Form {
  readonly element: HTMLFormElement;
  private readonly slots = new Map<string, Slot>();
  /** Errors shown now, by slot path. */
  private readonly shown = new Map<string, FieldError[]>();
  private readonly touched = new Set<string>();
  /**
   * What the summary lists: the errors of the last submit, in the form's order. Kept as they were
   * until the next submit; an entry whose field has been fixed meanwhile is only marked resolved.
   */
  private summaryEntries: { path: string; errors: FieldError[] }[] = [];
  /** A pointer (finger, mouse button) is down: layout changes wait until its tap or click is done. */
  private pointerDown = false;
  private pending: (() => void)[] = [];
  private readonly summary: HTMLElement;
  private readonly status: HTMLElement;
  private readonly submit: HTMLButtonElement;
  private idempotencyKey = newIdempotencyKey();
  private inFlight = false;

  constructor(private readonly options: FormOptions) {
    // novalidate: the schema's messages, in the page's language, replace the browser's bubbles.
    this.element = h('form', { novalidate: true, method: 'post', action: options.endpoint });
    this.summary = h('div', { class: 'error-summary', id: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
    this.status = h('div', { class: 'form-status', role: 'alert' });
    this.submit = h('button', { type: 'submit', class: 'submit' });
    bind(this.submit, options.submitLabel);
    this.element.append(this.summary);
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.element.addEventListener('input', (event) => this.touch(event.target));
    this.element.addEventListener('change', (event) => this.touch(event.target));
    this.element.addEventListener('focusout', (event) => {
      const name = (event.target as HTMLInputElement).name;
      if (name && this.touched.has(name)) this.afterTap(() => this.revalidate(name));
    });
    // Leaving a field by tapping another one (a radio button below it) blurs the field between
    // the tap's press and its release: an error that appears or goes away then moves the page
    // under the finger, and the tap lands on something else. So what a blur changes is shown
    // after the tap: once the pointer is up and its click is dispatched.
    document.addEventListener('pointerdown', () => (this.pointerDown = true), true);
    const released = () => {
      this.pointerDown = false;
      setTimeout(() => this.flush(), 0);
    };
    document.addEventListener('pointerup', released, true);
    document.addEventListener('pointercancel', released, true);
    onLanguage(() => this.renderSummary(false));
  }

  /**
   * Runs `change` once no tap or click is under way: in the next task (a touch's click is
   * dispatched in the same task as the blur it causes), or after the pointer's release.
   */
  private afterTap(change: () => void) {
    this.pending.push(change);
    if (!this.pointerDown) setTimeout(() => this.flush(), 0);
  }

  private flush() {
    if (this.pointerDown) return;
    const pending = this.pending;
    this.pending = [];
    for (const change of pending) change();
  }

  /** Appends the status line and the submit button, after the page has added its fields. */
  finish(): HTMLFormElement {
    this.element.append(this.status, this.submit);
    return this.element;
  }

  /** Makes `element` the place where errors of `path` (and of paths under it without a slot) appear. */
  register(path: string, element: HTMLElement, controls: HTMLElement[], label: Text) {
    element.id = errorSlotId(path);
    element.classList.add('error');
    element.hidden = true;
    this.slots.set(path, { path, element, controls, label });
  }

  /** Forgets the slots of rows that are rebuilt (their errors are found again on submit). */
  unregisterUnder(prefix: string) {
    for (const path of [...this.slots.keys()]) {
      if (path.startsWith(`${prefix}.`)) {
        this.slots.delete(path);
        this.shown.delete(path);
      }
    }
    this.renderSummary(false);
  }

  /**
   * A value the page changed by script rather than through a control's own input (the chosen
   * roles, reordered or removed): checked again at once, as a choice is, when it shows an error.
   */
  changed(path: string) {
    this.touched.add(path);
    const slot = this.slotFor(path);
    if (slot && this.shown.has(slot.path)) this.revalidate(path);
  }

  /** The nearest registered slot for a path: `languages.3` without a row goes to `languages`. */
  private slotFor(path: string): Slot | undefined {
    const segments = path.split('.');
    for (let n = segments.length; n > 0; n--) {
      const slot = this.slots.get(segments.slice(0, n).join('.'));
      if (slot) return slot;
    }
    return undefined;
  }

  private body() {
    const entries = [...new FormData(this.element)].map(([k, v]) => [k, String(v)] as [string, string]);
    return formToBody(entries, this.options.shape);
  }

  private touch(target: EventTarget | null) {
    const name = (target as HTMLInputElement | null)?.name;
    if (!name) return;
    this.touched.add(name);
    // A choice that shows an error is checked again as it changes, so a fix clears it at once;
    // typed text waits for the field to be left (no error flashing while typing).
    const control = target as HTMLInputElement;
    const choice = control.tagName === 'SELECT' || control.type === 'checkbox' || control.type === 'radio';
    const slot = this.slotFor(name);
    if (choice && slot && this.shown.has(slot.path)) this.revalidate(name);
  }

  /**
   * Groups errors by the slot that shows them; errors without any slot go to the summary only.
   * One message per path: zod reports every failed check (empty, and not a school id); the
   * schemas' own messages (lower case: "is not a school id") say more than zod's defaults
   * ("Too small: …"), so they win.
   */
  private bySlot(errors: FieldError[]) {
    const first = new Map<string, FieldError>();
    for (const error of errors) {
      const seen = first.get(error.path);
      if (!seen || (/^[A-Z]/.test(seen.message) && /^[a-z]/.test(error.message))) first.set(error.path, error);
    }
    const grouped = new Map<string, FieldError[]>();
    for (const error of first.values()) {
      const key = this.slotFor(error.path)?.path ?? '';
      grouped.set(key, [...(grouped.get(key) ?? []), error]);
    }
    return grouped;
  }

  /**
   * After a touched field loses focus: its own slot (and its groups') shows what the schema says
   * now; slots already showing an error are refreshed too (a fixed date clears the other date's
   * error), but no untouched field gets a new one.
   */
  private revalidate(name: string) {
    const grouped = this.bySlot(this.options.validate(this.body()));
    const segments = name.split('.');
    const own = new Set(segments.map((_, i) => segments.slice(0, i + 1).join('.')));
    for (const path of new Set([...own, ...this.shown.keys()])) {
      if (path === '' || !this.slots.has(path)) continue;
      this.setSlot(path, grouped.get(path) ?? []);
    }
    this.renderSummary(false);
  }

  private setSlot(path: string, errors: FieldError[]) {
    const slot = this.slots.get(path);
    if (!slot) return;
    release(slot.element);
    if (errors.length === 0) {
      this.shown.delete(path);
      slot.element.hidden = true;
      slot.element.textContent = '';
      for (const control of slot.controls) {
        control.removeAttribute('aria-invalid');
        describe(control, slot.element.id, false);
      }
      return;
    }
    this.shown.set(path, errors);
    bind(slot.element, (l) => errors.map((e) => errorText(e, l)).join(' '));
    slot.element.hidden = false;
    for (const control of slot.controls) {
      control.setAttribute('aria-invalid', 'true');
      describe(control, slot.element.id, true);
    }
  }

  /** Shows exactly these errors (after a submit), with the summary focused. */
  showErrors(errors: FieldError[]) {
    this.pending = []; // a blur's check from before the submit would only repeat this
    const grouped = this.bySlot(errors);
    for (const path of new Set([...this.shown.keys(), ...this.slots.keys()])) this.setSlot(path, grouped.get(path) ?? []);
    this.shown.delete('');
    if (grouped.has('')) this.shown.set('', grouped.get('')!);
    this.summaryEntries = [...this.shown.entries()]
      .filter(([, list]) => list.length > 0)
      .map(([path, list]) => ({ path, errors: list }))
      .sort((a, b) => this.compareFormOrder(a.path, b.path));
    this.renderSummary(true);
  }

  /**
   * The order of two error paths in the form, as a reader meets them: by the place the summary's
   * link leads to (a group's own fieldset comes before its fields); errors of no field last.
   */
  private compareFormOrder(a: string, b: string): number {
    const anchor = (path: string) => {
      const slot = this.slots.get(path);
      return slot ? (slot.controls[0] ?? slot.element) : undefined;
    };
    const [x, y] = [anchor(a), anchor(b)];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    if (x === y) return 0;
    const position = x.compareDocumentPosition(y);
    return position & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY) ? -1 : 1;
  }

  /**
   * The summary, as the last submit found the errors. Between submits it keeps its entries and
   * its size, whatever is fixed: a summary that shrinks when a field is left moves the page
   * under the finger (see `afterTap`). A fixed entry is struck through and says so to screen
   * readers; the next submit lists what is still wrong.
   */
  private renderSummary(focus: boolean) {
    release(this.summary);
    const entries = this.summaryEntries;
    if (entries.length === 0 || (!focus && this.summary.hidden)) {
      this.summary.hidden = true;
      this.summary.replaceChildren();
      return;
    }
    const list = h('ul');
    for (const { path, errors } of entries) {
      const slot = this.slots.get(path);
      const resolved = path !== '' && !this.shown.has(path);
      const describe: Text = (l: Language) => {
        const messages = errors.map((e) => errorText(e, l)).join(' ');
        return slot ? `${slot.label(l)}: ${messages}` : messages;
      };
      // Out of the flow (visually hidden): it adds no height to the entry.
      const done = resolved ? h('span', { class: 'visually-hidden' }, text((l) => ` (${common.fixed[l]})`)) : null;
      if (!slot) {
        list.append(h('li', { class: resolved ? 'resolved' : null }, text(describe), done));
        continue;
      }
      const target = focusTarget(slot);
      const link = h('a', { href: `#${target?.id ?? slot.element.id}` }, text(describe), done);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        if (target) {
          target.focus();
          target.scrollIntoView({ block: 'center' });
        }
      });
      list.append(h('li', { class: resolved ? 'resolved' : null }, link));
    }
    this.summary.replaceChildren(h('h2', {}, text(tx(common.errorSummary))), list);
    this.summary.hidden = false;
    if (focus) focusInto(this.summary);
  }

  private setStatus(message: Text | null) {
    release(this.status);
    if (message) bind(this.status, message);
    else this.status.textContent = '';
    this.status.classList.toggle('shown', message !== null);
  }

  private async send() {
    // A second click or Enter while the first request is out does nothing (the button is disabled too).
    if (this.inFlight) return;
    this.setStatus(null);
    const body = this.body();
    const errors = this.options.validate(body);
    if (errors.length > 0) {
      this.showErrors(errors);
      return;
    }
    // Everything the summary listed is fixed: it goes now, as the form is sent.
    this.summaryEntries = [];
    this.renderSummary(false);
    this.inFlight = true;
    this.submit.disabled = true;
    this.element.setAttribute('aria-busy', 'true');
    release(this.submit);
    bind(this.submit, tx(common.sending));
    let outcome: SubmitOutcome | 'network';
    try {
      const response = await fetch(this.options.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': this.idempotencyKey },
        body: JSON.stringify(body),
      });
      outcome = classifyResponse(response.status, await response.json().catch(() => null));
    } catch {
      outcome = 'network';
    } finally {
      this.inFlight = false;
      this.submit.disabled = false;
      this.element.removeAttribute('aria-busy');
      release(this.submit);
      bind(this.submit, this.options.submitLabel);
    }
    if (outcome === 'network') return this.setStatus(tx(common.networkError));
    switch (outcome.kind) {
      case 'created': {
        this.idempotencyKey = newIdempotencyKey();
        const confirmation = this.options.confirmation(body, outcome.body);
        release(this.element);
        this.element.replaceWith(confirmation);
        // Focus on the page's heading (now the confirmation's title), read first by screen readers.
        focusInto(confirmation.querySelector<HTMLElement>('h1, h2') ?? document.querySelector<HTMLElement>('h1') ?? confirmation);
        return;
      }
      case 'invalid':
        this.showErrors(outcome.errors);
        return;
      case 'already-sent':
        return this.setStatus(tx(common.alreadySent));
      case 'in-progress':
        return this.setStatus(tx(common.inProgress));
      case 'rejected':
        return this.setStatus(tx(common.rejected));
      case 'too-many':
        return this.setStatus(tx(common.tooMany));
      case 'server-error':
        return this.setStatus(tx(common.serverError));
    }
  }
}

/**
 * Where a summary link takes the keyboard: the slot's first control that can take focus, or for
 * a group (a fieldset of radios, rows or choices) the first control inside it.
 */
function focusTarget(slot: Slot): HTMLElement | undefined {
  const focusable = (e: Element) => e.matches('input, select, textarea, button') && e.id !== '';
  return (
    slot.controls.find(focusable) ??
    slot.controls.flatMap((c) => [...c.querySelectorAll<HTMLElement>('input[id], select[id], textarea[id], button[id]')]).find(focusable)
  );
}

/** Adds or removes one id in an element's aria-describedby list. */
function describe(element: HTMLElement, id: string, on: boolean) {
  const ids = new Set((element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size) element.setAttribute('aria-describedby', [...ids].join(' '));
  else element.removeAttribute('aria-describedby');
}
