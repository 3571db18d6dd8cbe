import { hasNonLatinLetters, latinForm } from '#shared/vocabulary/transliteration';
import { h, tx } from './dom.ts';
import { field, group, input } from './controls.ts';
import { controlId, type Form } from './form.ts';
import { latinName as T } from './texts.ts';

/**
 * The name in Latin letters, as in the passport: asked only when the name has letters of another
 * script (Cyrillic, Greek, …), pre-filled by ICAO 9303 as the name is typed, and left alone once
 * the applicant has written it themselves (until they leave it empty and change the name). Hidden, its fieldset is
 * disabled, so the body carries no Latin name for a name already in Latin letters.
 */
export function latinNameFields(form: Form): HTMLFieldSetElement {
  const attributes = { autocomplete: 'off', autocapitalize: 'words', spellcheck: 'false', maxlength: 100 };
  const fieldset = group(
    form,
    null,
    tx(T.legend),
    tx(T.help),
    h(
      'div',
      { class: 'cols' },
      field(form, 'firstNameLatin', tx(T.firstName), input('text', attributes)),
      field(form, 'lastNameLatin', tx(T.lastName), input('text', attributes)),
    ),
  ) as HTMLFieldSetElement;
  fieldset.classList.add('latin-name');
  fieldset.hidden = true;
  fieldset.disabled = true;
  return fieldset;
}

/** Wires the Latin fields to the name fields, once both are on the page. */
export function prefillLatinNames(fieldset: HTMLFieldSetElement) {
  const pairs = (['firstName', 'lastName'] as const).map((name) => ({
    name: document.getElementById(controlId(name)) as HTMLInputElement,
    latin: document.getElementById(controlId(`${name}Latin`)) as HTMLInputElement,
    edited: false,
  }));
  const update = () => {
    const needed = pairs.some(({ name }) => hasNonLatinLetters(name.value));
    fieldset.hidden = !needed;
    fieldset.disabled = !needed;
    for (const pair of pairs) {
      // Emptied and left so while the name changed: the transliteration may help again.
      if (pair.edited && pair.latin.value.trim() === '') pair.edited = false;
      if (!pair.edited) pair.latin.value = latinForm(pair.name.value) ?? '';
    }
  };
  for (const pair of pairs) {
    pair.name.addEventListener('input', update);
    // Typed by the applicant: theirs from now on. Not refilled when emptied here: a phone user
    // correcting it deletes it letter by letter, and the next letters must not join a refill.
    pair.latin.addEventListener('input', () => {
      pair.edited = true;
    });
  }
  update();
}
