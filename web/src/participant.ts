import { EDUCATION_LEVELS, GENDERS, LABOUR_STATUSES, PREFER_NOT, SENSITIVE_ANSWERS, SENSITIVE_ITEMS } from '#shared/applications/participant';
import { bind, h, tx, type Text } from './dom.ts';
import { checkbox, field, section, select, type Option } from './controls.ts';
import type { Form } from './form.ts';
import { participant as P } from './texts.ts';

/** The form's texts for each answer code; "prefer not to say" is one text for every item. */
const names: Record<string, Text> = {
  [PREFER_NOT]: tx(P.preferNot),
  female: tx(P.female),
  male: tx(P.male),
  non_binary: tx(P.nonBinary),
  employed: tx(P.employed),
  unemployed: tx(P.unemployed),
  inactive: tx(P.inactive),
  in_education: tx(P.inEducation),
  isced_0_2: tx(P.isced02),
  isced_3_4: tx(P.isced34),
  isced_5_8: tx(P.isced58),
  yes: tx(P.yes),
  no: tx(P.no),
};
const options = (codes: readonly string[]): Option[] => codes.map((code) => [code, names[code]!] as const);
const optional = { optional: true };

/** Years from 10 years ago back to the schema's earliest, after "prefer not to say". */
function birthYears(): Option[] {
  const latest = new Date().getFullYear() - 10;
  const years = Array.from({ length: latest - 1920 + 1 }, (_, i) => String(latest - i));
  return [[PREFER_NOT, names[PREFER_NOT]!], ...years.map((y) => [y, () => y] as const)];
}

/**
 * "About you (for the funder's statistics)": every item optional, each with "prefer not to
 * say"; the sensitive items only after their own consent (disabled, so not sent, until then).
 */
export function participantSection(form: Form) {
  const sensitive = SENSITIVE_ITEMS.map((item) => {
    const control = select(options(SENSITIVE_ANSWERS));
    control.disabled = true;
    return { control, node: field(form, `participant.sensitive.${item}`, tx(P[item]), control, optional) };
  });
  const sensitiveBox = h('div', { class: 'sensitive', hidden: true }, ...sensitive.map((s) => s.node));
  const consent = checkbox(form, 'consent.sensitiveData', tx(P.sensitiveConsent), { help: tx(P.sensitiveHelp) });
  consent.querySelector('input')!.addEventListener('change', (event) => {
    const on = (event.target as HTMLInputElement).checked;
    sensitiveBox.hidden = !on;
    for (const s of sensitive) s.control.disabled = !on;
  });
  return section(
    tx(P.section),
    bind(h('p', { class: 'help' }), tx(P.intro)),
    field(form, 'participant.gender', tx(P.gender), select(options(GENDERS)), optional),
    field(form, 'participant.birthYear', tx(P.birthYear), select(birthYears()), { ...optional, help: tx(P.birthYearHelp) }),
    field(form, 'participant.labourMarketStatus', tx(P.labour), select(options(LABOUR_STATUSES)), optional),
    field(form, 'participant.education', tx(P.education), select(options(EDUCATION_LEVELS)), optional),
    consent,
    sensitiveBox,
  );
}
