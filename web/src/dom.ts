import type { Language, Translations } from '#shared/platform/i18n';

/**
 * The few DOM helpers the pages need: an element builder, and texts bound to the page's
 * language, so switching the language rewrites every text in place and keeps what was typed.
 */

/** A text in the current language; evaluated again whenever the language or the page changes. */
export type Text = (language: Language) => string;

/** A translation table as a text. */
export const tx =
  (table: Translations<string>): Text =>
  (language) =>
    table[language];

interface Binding {
  node: Node;
  attribute?: string;
  text: Text;
}

let bindings: Binding[] = [];
let language: Language = 'en';
const listeners: ((language: Language) => void)[] = [];

export const currentLanguage = () => language;

function apply(binding: Binding) {
  const value = binding.text(language);
  if (binding.attribute) (binding.node as Element).setAttribute(binding.attribute, value);
  else binding.node.textContent = value;
}

/** Binds a node's text (or one of its attributes) to a text; returns the node. */
export function bind<N extends Node>(node: N, text: Text, attribute?: string): N {
  const binding: Binding = attribute ? { node, attribute, text } : { node, text };
  bindings.push(binding);
  apply(binding);
  return node;
}

/** A text node in the current language. */
export const text = (t: Text) => bind(document.createTextNode(''), t);

/** Rewrites every bound text (after a language switch or a renumbering). */
export function refreshTexts() {
  for (const binding of bindings) apply(binding);
}

/** Forgets the bindings inside a subtree that leaves the page (a removed row, a replaced form). */
export function release(root: Node) {
  bindings = bindings.filter((b) => !root.contains(b.node));
}

export function setLanguage(next: Language) {
  language = next;
  document.documentElement.lang = next;
  refreshTexts();
  for (const listener of listeners) listener(next);
}

export const onLanguage = (listener: (language: Language) => void) => listeners.push(listener);

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | null>;

/** `h('p', { class: 'hint' }, 'text', child)`: attributes `false`/`null`/`undefined` are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

let counter = 0;
/** A page-unique id for label/description wiring. */
export const uid = (prefix: string) => `${prefix}-${++counter}`;
