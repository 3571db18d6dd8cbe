import { defineEmail } from '#shared/platform/email';
import { formatPeriod } from '#shared/platform/i18n';
import type { DateRange } from './placement-dates.ts';

export interface ReleasedForPlacementVars {
  firstName: string;
  placement: DateRange;
  /** The availability of each application closed. */
  closed: DateRange[];
  /** One of them had a proposal waiting for a decision, which ended with it. */
  proposalCancelled: boolean;
}

/**
 * To a person whose placement was confirmed while other applications of theirs for overlapping
 * dates were still open: those were closed (one person, one placement at a time). One email for
 * all of them, instead of a withdrawal confirmation each, which would read as if they had asked.
 */
export const releasedForPlacementEmail = /* @__PURE__ */ defineEmail<ReleasedForPlacementVars>({
  fi: (v) => ({
    subject: 'Muut hakemuksesi näille päiville suljettiin – Liike',
    greeting: `Hei ${v.firstName},`,
    intro: [
      'Harjoittelupaikkasi on vahvistettu. Yhdellä henkilöllä on yksi harjoittelupaikka kerrallaan, joten suljimme muut hakemuksesi, joiden päivät osuvat harjoittelun kanssa päällekkäin.',
      ...(v.proposalCancelled ? ['Yhteen niistä liittynyt, päätöstä odottanut ehdotus peruttiin.'] : []),
    ],
    facts: [['Harjoittelusi', formatPeriod(v.placement.from, v.placement.to, 'fi')], ...v.closed.map((c): [string, string] => ['Suljettu hakemus', formatPeriod(c.from, c.to, 'fi')])],
    outro: ['Suljetut hakemukset eivät ole enää mukana haussa. Jos haluat harjoitteluun muina päivinä, voit lähettää uuden hakemuksen milloin tahansa.'],
  }),
  en: (v) => ({
    subject: 'Your other applications for these dates were closed – Liike',
    greeting: `Hello ${v.firstName},`,
    intro: [
      'Your placement is confirmed. One person has one placement at a time, so we closed your other applications for dates that overlap it.',
      ...(v.proposalCancelled ? ['A proposal that was waiting for a decision on one of them was cancelled.'] : []),
    ],
    facts: [['Your placement', formatPeriod(v.placement.from, v.placement.to, 'en')], ...v.closed.map((c): [string, string] => ['Closed application', formatPeriod(c.from, c.to, 'en')])],
    outro: ['The closed applications are no longer in the search. For a placement at other dates, you can send a new application at any time.'],
  }),
  et: (v) => ({
    subject: 'Teie teised avaldused nendeks kuupäevadeks suleti – Liike',
    greeting: `Tere, ${v.firstName}!`,
    intro: [
      'Teie praktikakoht on kinnitatud. Ühel inimesel on korraga üks praktikakoht, seepärast sulgesime Teie teised avaldused, mille kuupäevad kattuvad praktika ajaga.',
      ...(v.proposalCancelled ? ['Ühe neist kohta otsust oodanud pakkumine tühistati.'] : []),
    ],
    facts: [['Teie praktika', formatPeriod(v.placement.from, v.placement.to, 'et')], ...v.closed.map((c): [string, string] => ['Suletud avaldus', formatPeriod(c.from, c.to, 'et')])],
    outro: ['Suletud avaldused ei osale enam otsingus. Kui soovite praktikale muul ajal, võite igal ajal esitada uue avalduse.'],
  }),
  lt: (v) => ({
    subject: 'Kitos Jūsų paraiškos šioms datoms uždarytos – Liike',
    greeting: `Sveiki, ${v.firstName}!`,
    intro: [
      'Jūsų praktikos vieta patvirtinta. Vienas asmuo vienu metu turi vieną praktikos vietą, todėl uždarėme kitas Jūsų paraiškas, kurių datos sutampa su praktikos laiku.',
      ...(v.proposalCancelled ? ['Sprendimo laukęs pasiūlymas pagal vieną iš jų panaikintas.'] : []),
    ],
    facts: [['Jūsų praktika', formatPeriod(v.placement.from, v.placement.to, 'lt')], ...v.closed.map((c): [string, string] => ['Uždaryta paraiška', formatPeriod(c.from, c.to, 'lt')])],
    outro: ['Uždarytos paraiškos nebedalyvauja paieškoje. Jei norite praktikos kitomis datomis, bet kada galite pateikti naują paraišką.'],
  }),
  ru: (v) => ({
    subject: 'Ваши другие заявки на эти даты закрыты – Liike',
    greeting: `Здравствуйте, ${v.firstName}!`,
    intro: [
      'Ваше место практики подтверждено. У одного человека может быть только одно место практики одновременно, поэтому мы закрыли Ваши другие заявки, даты которых пересекаются с практикой.',
      ...(v.proposalCancelled ? ['Предложение по одной из них, ожидавшее решения, отменено.'] : []),
    ],
    facts: [['Ваша практика', formatPeriod(v.placement.from, v.placement.to, 'ru')], ...v.closed.map((c): [string, string] => ['Закрытая заявка', formatPeriod(c.from, c.to, 'ru')])],
    outro: ['Закрытые заявки больше не участвуют в подборе. Если Вы хотите пройти практику в другие даты, Вы можете в любое время подать новую заявку.'],
  }),
});
