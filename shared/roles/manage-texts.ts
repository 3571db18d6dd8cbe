import { estonianDate } from '#shared/platform/estonian';
import type { Language, Translations } from '#shared/platform/i18n';
import { MAX_DESCRIPTION as CHARS, MAX_MIN_WEEKS as WEEKS, MAX_PLACES as PLACES_MAX } from './schema.ts';

/*
 * The words of a role's management page (manage-page.ts), shown on the company's desk and behind
 * the management link in its emails alike, and of that link in every email to the company
 * contact (Estonian with "Teie", Russian with "Вы", as everywhere).
 */

export type ManageNotice = 'changed' | 'searching' | 'unchanged' | 'reopened' | 'closed';

export interface ManageTexts {
  title: string;
  status: Record<'PENDING_VERIFICATION' | 'OPEN' | 'CLOSED', string>;
  role: string;
  company: string;
  places: string;
  placesNow: (left: string, total: string, taken: string) => string;
  period: string;
  changeHeading: string;
  changeExplain: string;
  description: string;
  /** Where the description's language is named: the company's own words stay as written. */
  descriptionHint: (languageName: string) => string;
  /** A role written in two languages: each description's label, with its language ("in Finnish", role-text.ts). */
  descriptionIn: (inLanguage: string) => string;
  descriptionsHint: string;
  placesHint: (taken: number) => string;
  periodHint: string;
  periodFrom: string;
  periodTo: string;
  minWeeks: string;
  minWeeksHint: string;
  languages: string;
  languagesHint: string;
  languageRow: (n: number) => string;
  language: string;
  level: string;
  fields: string;
  fieldsHint: string;
  fieldRow: (n: number) => string;
  all: string;
  choose: string;
  save: string;
  fixHeading: string;
  closeHeading: string;
  closeExplain: string;
  closeNote: string;
  closeButton: string;
  /** The second step of closing: closing withdraws the proposals waiting at once, so it is asked. */
  closeConfirm: string;
  closeConfirmButton: string;
  keepOpen: string;
  reopenHeading: string;
  reopenExplain: string;
  reopenButton: string;
  ended: (periodTo: string) => string;
  postNew: string;
  pending: string;
  notices: Record<ManageNotice, string>;
  errors: {
    required: string;
    tooLong: string;
    taken: (n: number) => string;
    number: (min: number, max: number) => string;
    date: string;
    afterStart: string;
    ended: string;
    longerThanPeriod: string;
    twice: string;
    language: string;
    level: string;
    field: string;
    atLeastOneField: string;
    descriptionRequired: string;
    characters: string;
    check: string;
  };
}

/** "1 paikka on", "3 kohta on", "5 vietų jau užimta", "5 мест": the places taken, as each language counts them. */
const PLACES: Translations<(n: number) => string> = {
  fi: (n) => (n === 1 ? '1 paikka on' : `${n} paikkaa on`),
  en: (n) => (n === 1 ? '1 place is' : `${n} places are`),
  et: (n) => (n === 1 ? '1 koht on' : `${n} kohta on`),
  lt: (n) => {
    const [ten, hundred] = [n % 10, n % 100];
    if (ten === 1 && hundred !== 11) return `${n} vieta jau užimta`;
    if (ten >= 2 && (hundred < 11 || hundred > 19)) return `${n} vietos jau užimtos`;
    return `${n} vietų jau užimta`;
  },
  ru: (n) => {
    const [ten, hundred] = [n % 10, n % 100];
    if (ten === 1 && hundred !== 11) return `${n} место`;
    if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return `${n} места`;
    return `${n} мест`;
  },
};

export const MANAGE: Translations<ManageTexts> = /* @__PURE__ */ (() => ({
  fi: {
    title: 'Muuta tai sulje harjoittelupaikka',
    status: { PENDING_VERIFICATION: 'Odottaa vahvistusta', OPEN: 'Avoinna', CLOSED: 'Suljettu' },
    role: 'Harjoittelupaikka',
    company: 'Yritys',
    places: 'Paikat',
    placesNow: (left, total, taken) => `${left} / ${total} vapaana, ${taken} varattu`,
    period: 'Jakso',
    changeHeading: 'Muuta paikan tietoja',
    changeExplain:
      'Jo tehdyt ehdotukset pysyvät ennallaan: koordinaattori ja sinä päätätte siitä, mitä ehdotettiin. Kun lisäät paikkoja tai laajennat sitä, kuka sopii (pidempi jakso, lyhyempi vähimmäisaika, vähemmän tai matalampia kielivaatimuksia, lisää aloja), etsimme hakijoita heti uudelleen.',
    description: 'Kuvaus',
    descriptionHint: (name) => `Kielellä ${name}, kuten paikka on kirjoitettu. Näytetään jokaisen ehdotuksen yhteydessä. Enintään ${CHARS} merkkiä.`,
    descriptionIn: (inLanguage) => `Kuvaus ${inLanguage}`,
    descriptionsHint: `Paikka on kirjoitettu kahdella kielellä, ja lukija näkee kuvauksen omalla kielellään (tai englanniksi). Kun muutat yhtä kuvausta, muuta toinenkin sanomaan samaa. Kumpikin enintään ${CHARS} merkkiä.`,
    placesHint: (taken) => (taken > 0 ? `1–${PLACES_MAX}, ja vähintään ${taken}: ehdotuksiin ja vahvistettuihin harjoitteluihin jo varatut paikat.` : `1–${PLACES_MAX}.`),
    periodHint: 'Aika, jonka kuluessa harjoittelija voi olla yrityksessänne. Jakso ei saa olla jo päättynyt.',
    periodFrom: 'Alkaa',
    periodTo: 'Päättyy',
    minWeeks: 'Lyhin hyväksyttävä jakso (viikkoa)',
    minWeeksHint: `1–${WEEKS} viikkoa; jakson pitää mahtua yllä oleville päiville.`,
    languages: 'Vaadittu kielitaito',
    languagesHint: 'Enintään 4 kieltä, joita harjoittelijan on osattava, ja vähimmäistaso. Jätä rivi tyhjäksi poistaaksesi kielen.',
    languageRow: (n) => `Kieli ${n}`,
    language: 'Kieli',
    level: 'Taso',
    fields: 'Hyväksytyt koulutusalat',
    fieldsHint: '1–10 alaa. Laaja ala, esim. ”073 … (kaikki)”, hyväksyy kaikki sen alla olevat alat. Jätä rivi tyhjäksi poistaaksesi alan.',
    fieldRow: (n) => `Ala ${n}`,
    all: '(kaikki)',
    choose: '– Valitse –',
    save: 'Tallenna muutokset',
    fixHeading: 'Mitään ei tallennettu. Korjaa nämä kohdat:',
    closeHeading: 'Sulje harjoittelupaikka',
    closeExplain:
      'Kun suljet paikan, emme enää ehdota siihen hakijoita. Päätöstä odottavat ehdotukset perutaan, ja niiden hakijat palaavat hakuun. Sulkeminen ei vaikuta jo vahvistettuihin harjoittelujaksoihin.',
    closeNote: 'Voit avata paikan myöhemmin uudelleen tältä sivulta, kunhan sen jakso ei ole päättynyt.',
    closeButton: 'Sulje harjoittelupaikka',
    closeConfirm: 'Haluatko varmasti sulkea paikan nyt? Päätöstä odottavat ehdotukset perutaan heti.',
    closeConfirmButton: 'Kyllä, sulje paikka',
    keepOpen: 'Älä sulje',
    reopenHeading: 'Avaa paikka uudelleen',
    reopenExplain:
      'Paikka on suljettu, joten siihen ei ehdoteta hakijoita. Kun avaat sen uudelleen, etsimme siihen heti hakijoita. Vapaita ovat paikat, joita vahvistetut harjoittelut tai päätöstä odottavat ehdotukset eivät ole varanneet.',
    reopenButton: 'Avaa paikka uudelleen',
    ended: (to) => `Paikan jakso päättyi ${to}, joten sitä ei voi avata uudelleen. Jos tarvitset taas harjoittelijoita, ilmoita uusi paikka.`,
    postNew: 'Ilmoita harjoittelupaikka',
    pending: 'Paikka ei ole vielä avoinna: se odottaa, että yhteyshenkilö vahvistaa osoitteensa sähköpostimme linkillä. Paikkaa voi muuttaa, kun se on avoinna.',
    notices: {
      changed: 'Muutokset on tallennettu. Jo tehdyt ehdotukset pysyvät ennallaan.',
      searching: 'Muutokset on tallennettu. Etsimme paikkaan nyt lisää hakijoita; jo tehdyt ehdotukset pysyvät ennallaan.',
      unchanged: 'Mitään ei muutettu: paikan tiedot olivat jo nämä.',
      reopened: 'Paikka on taas avoinna. Etsimme siihen nyt hakijoita.',
      closed: 'Paikka on suljettu. Siihen ei enää ehdoteta hakijoita, päätöstä odottavat ehdotukset perutaan, ja vahvistetut harjoittelijat pysyvät.',
    },
    errors: {
      required: 'Täytä tämä kohta.',
      tooLong: 'Teksti on liian pitkä.',
      taken: (n) => `${PLACES.fi(n)} jo varattu ehdotuksiin tai vahvistettuihin harjoitteluihin, joten paikkoja ei voi olla vähemmän.`,
      number: (min, max) => `Kirjoita kokonaisluku ${min}–${max}.`,
      date: 'Kirjoita päivämäärä.',
      afterStart: 'Päättymispäivän pitää olla alkamispäivän jälkeen.',
      ended: 'Tämä päivä on jo mennyt: jakso ei saa olla päättynyt.',
      longerThanPeriod: 'Tämä on pidempi kuin jakso.',
      twice: 'Tämä on valittu kahdesti.',
      language: 'Valitse kieli.',
      level: 'Valitse taso.',
      field: 'Valitse ala.',
      atLeastOneField: 'Valitse vähintään yksi ala.',
      descriptionRequired: 'Paikalla on kuvaus myös toisella kielellä, joten tämä kuvaus tarvitaan.',
      characters: 'Poista näkymättömät tai muut kuin tekstimerkit.',
      check: 'Tarkista tämä kohta.',
    },
  },
  en: {
    title: 'Change or close the role',
    status: { PENDING_VERIFICATION: 'Pending verification', OPEN: 'Open', CLOSED: 'Closed' },
    role: 'Role',
    company: 'Company',
    places: 'Places',
    placesNow: (left, total, taken) => `${left} of ${total} free, ${taken} taken`,
    period: 'Period',
    changeHeading: 'Change the role',
    changeExplain:
      'Proposals already made stay as they are: the coordinator and you decide on what was proposed. When you add places or widen who fits (a longer period, a shorter minimum, fewer or lower language requirements, more fields), we look for applicants again at once.',
    description: 'Description',
    descriptionHint: (name) => `In ${name}, as the role was written. Shown with each proposal. Up to ${CHARS} characters.`,
    descriptionIn: (inLanguage) => `Description ${inLanguage}`,
    descriptionsHint: `The role is written in two languages, and readers see the description in theirs (or in English). When you change one, change the other to say the same. Up to ${CHARS} characters each.`,
    placesHint: (taken) => (taken > 0 ? `1 to ${PLACES_MAX}, and at least ${taken}: the places already taken by proposals and confirmed placements.` : `1 to ${PLACES_MAX}.`),
    periodHint: 'The period in which a trainee can be with you. It must not have ended.',
    periodFrom: 'Starts',
    periodTo: 'Ends',
    minWeeks: 'Shortest placement you accept (weeks)',
    minWeeksHint: `1 to ${WEEKS} weeks; it must fit between the dates above.`,
    languages: 'Required languages',
    languagesHint: 'Up to 4 languages the trainee must know, with the minimum level. Leave a row empty to remove its language.',
    languageRow: (n) => `Language ${n}`,
    language: 'Language',
    level: 'Level',
    fields: 'Accepted fields of study',
    fieldsHint: '1 to 10 fields. A broad field such as “073 … (all)” accepts every field under it. Leave a row empty to remove its field.',
    fieldRow: (n) => `Field ${n}`,
    all: '(all)',
    choose: '– Choose –',
    save: 'Save the changes',
    fixHeading: 'Nothing was saved. Please fix these:',
    closeHeading: 'Close the role',
    closeExplain:
      'When you close the role, we stop proposing applicants for it. Proposals still waiting for a decision are cancelled, and those applicants go back to the search. Placements already confirmed are not affected.',
    closeNote: 'You can reopen it later from this page, as long as its period has not ended.',
    closeButton: 'Close the role',
    closeConfirm: 'Close the role now? The proposals waiting for a decision are withdrawn at once.',
    closeConfirmButton: 'Yes, close the role',
    keepOpen: 'Keep it open',
    reopenHeading: 'Reopen the role',
    reopenExplain:
      'The role is closed, so no applicants are proposed for it. When you reopen it, we look for applicants at once. Its free places are those not taken by confirmed placements or by proposals still waiting for a decision.',
    reopenButton: 'Reopen the role',
    ended: (to) => `The role’s period ended on ${to}, so it cannot be reopened. If you need trainees again, post a new role.`,
    postNew: 'Post a role',
    pending: 'The role is not open yet: it is waiting for the contact to verify their address with the link in our email. It can be changed once it is open.',
    notices: {
      changed: 'Your changes are saved. Proposals already made stay as they are.',
      searching: 'Your changes are saved. We are now looking for more applicants for the role; proposals already made stay as they are.',
      unchanged: 'Nothing was changed: the role already said this.',
      reopened: 'The role is open again. We are now looking for applicants for it.',
      closed: 'The role is closed. No more applicants will be proposed for it; proposals waiting for a decision are being cancelled, and confirmed trainees stay.',
    },
    errors: {
      required: 'Please fill this in.',
      tooLong: 'The text is too long.',
      taken: (n) => `${PLACES.en(n)} already taken by proposals or confirmed placements, so there cannot be fewer places.`,
      number: (min, max) => `Enter a whole number from ${min} to ${max}.`,
      date: 'Enter a date.',
      afterStart: 'The end must be after the start.',
      ended: 'This day has passed: the period must not have ended.',
      longerThanPeriod: 'This is longer than the period.',
      twice: 'This is chosen twice.',
      language: 'Choose a language.',
      level: 'Choose a level.',
      field: 'Choose a field.',
      atLeastOneField: 'Choose at least one field.',
      descriptionRequired: 'The role has a description in its second language too, so it needs this one.',
      characters: 'Remove the invisible or non-text characters.',
      check: 'Please check this.',
    },
  },
  et: {
    title: 'Muutke või sulgege praktikakoht',
    status: { PENDING_VERIFICATION: 'Ootab kinnitamist', OPEN: 'Avatud', CLOSED: 'Suletud' },
    role: 'Praktikakoht',
    company: 'Ettevõte',
    places: 'Kohad',
    placesNow: (left, total, taken) => `${left} / ${total} vaba, ${taken} võetud`,
    period: 'Periood',
    changeHeading: 'Muutke praktikakohta',
    changeExplain:
      'Juba tehtud pakkumised jäävad samaks: koordinaator ja Teie otsustate selle üle, mida pakuti. Kui lisate kohti või laiendate seda, kes sobib (pikem periood, lühem miinimum, vähem või madalamad keelenõuded, rohkem valdkondi), otsime kohe uuesti kandidaate.',
    description: 'Kirjeldus',
    descriptionHint: (name) => `Keeles: ${name}, nagu praktikakoht on kirjutatud. Näidatakse iga pakkumisega. Kuni ${CHARS} tähemärki.`,
    descriptionIn: (inLanguage) => `Kirjeldus ${inLanguage}`,
    descriptionsHint: `Praktikakoht on kirjutatud kahes keeles ja lugejad näevad kirjeldust oma keeles (või inglise keeles). Kui muudate üht kirjeldust, muutke ka teist, et need ütleksid sama. Kumbki kuni ${CHARS} tähemärki.`,
    placesHint: (taken) => (taken > 0 ? `1–${PLACES_MAX} ja vähemalt ${taken}: pakkumiste ja kinnitatud praktikatega juba võetud kohad.` : `1–${PLACES_MAX}.`),
    periodHint: 'Ajavahemik, mil praktikant saab Teie juures olla. See ei tohi olla lõppenud.',
    periodFrom: 'Algab',
    periodTo: 'Lõpeb',
    minWeeks: 'Lühim sobiv praktika (nädalates)',
    minWeeksHint: `1–${WEEKS} nädalat; peab mahtuma ülal toodud kuupäevade vahele.`,
    languages: 'Nõutav keeleoskus',
    languagesHint: 'Kuni 4 keelt, mida praktikant peab oskama, ja miinimumtase. Keele eemaldamiseks jätke rida tühjaks.',
    languageRow: (n) => `Keel ${n}`,
    language: 'Keel',
    level: 'Tase',
    fields: 'Sobivad õppevaldkonnad',
    fieldsHint: '1–10 valdkonda. Lai valdkond, nt „073 … (kõik)“, hõlmab kõiki selle alamvaldkondi. Valdkonna eemaldamiseks jätke rida tühjaks.',
    fieldRow: (n) => `Valdkond ${n}`,
    all: '(kõik)',
    choose: '– Valige –',
    save: 'Salvestage muudatused',
    fixHeading: 'Midagi ei salvestatud. Palun parandage need kohad:',
    closeHeading: 'Sulgege praktikakoht',
    closeExplain:
      'Kui praktikakoha sulgete, ei paku me sellele enam kandidaate. Otsust ootavad pakkumised tühistatakse ja nende kandidaadid naasevad otsingusse. Juba kinnitatud praktikaid see ei mõjuta.',
    closeNote: 'Saate selle hiljem sellelt lehelt uuesti avada, kui selle periood pole lõppenud.',
    closeButton: 'Sulgege praktikakoht',
    closeConfirm: 'Kas sulgete praktikakoha kohe? Otsust ootavad ettepanekud võetakse kohe tagasi.',
    closeConfirmButton: 'Jah, sulgege praktikakoht',
    keepOpen: 'Jätke avatuks',
    reopenHeading: 'Avage praktikakoht uuesti',
    reopenExplain:
      'Praktikakoht on suletud, seega sellele kandidaate ei pakuta. Kui avate selle uuesti, otsime kohe kandidaate. Vabad on kohad, mida kinnitatud praktikad ega otsust ootavad pakkumised pole võtnud.',
    reopenButton: 'Avage praktikakoht uuesti',
    ended: (to) => `Praktikakoha periood lõppes ${estonianDate(to, 'adessive')}, seega seda ei saa uuesti avada. Kui vajate jälle praktikante, lisage uus praktikakoht.`,
    postNew: 'Lisage praktikakoht',
    pending: 'Praktikakoht ei ole veel avatud: see ootab, et kontaktisik kinnitaks oma aadressi meie e-kirjas oleva lingiga. Seda saab muuta, kui see on avatud.',
    notices: {
      changed: 'Muudatused on salvestatud. Juba tehtud pakkumised jäävad samaks.',
      searching: 'Muudatused on salvestatud. Otsime nüüd praktikakohale rohkem kandidaate; juba tehtud pakkumised jäävad samaks.',
      unchanged: 'Midagi ei muudetud: praktikakoha andmed olid juba sellised.',
      reopened: 'Praktikakoht on jälle avatud. Otsime sellele nüüd kandidaate.',
      closed: 'Praktikakoht on suletud. Sellele ei pakuta enam kandidaate, otsust ootavad pakkumised tühistatakse ja kinnitatud praktikandid jäävad.',
    },
    errors: {
      required: 'Palun täitke see väli.',
      tooLong: 'Tekst on liiga pikk.',
      taken: (n) => `${PLACES.et(n)} juba võetud pakkumiste või kinnitatud praktikatega, seega kohti ei saa olla vähem.`,
      number: (min, max) => `Sisestage täisarv vahemikus ${min}–${max}.`,
      date: 'Sisestage kuupäev.',
      afterStart: 'Lõpp peab olema pärast algust.',
      ended: 'See päev on möödas: periood ei tohi olla lõppenud.',
      longerThanPeriod: 'See on pikem kui periood.',
      twice: 'See on valitud kaks korda.',
      language: 'Valige keel.',
      level: 'Valige tase.',
      field: 'Valige valdkond.',
      atLeastOneField: 'Valige vähemalt üks valdkond.',
      descriptionRequired: 'Praktikakohal on kirjeldus ka teises keeles, seega on see kirjeldus vajalik.',
      characters: 'Eemaldage nähtamatud või mittetekstilised märgid.',
      check: 'Palun kontrollige seda välja.',
    },
  },
  lt: {
    title: 'Keisti arba uždaryti praktikos vietą',
    status: { PENDING_VERIFICATION: 'Laukia patvirtinimo', OPEN: 'Atvira', CLOSED: 'Uždaryta' },
    role: 'Praktikos vieta',
    company: 'Įmonė',
    places: 'Vietos',
    placesNow: (left, total, taken) => `laisvos ${left} iš ${total}, užimtos ${taken}`,
    period: 'Laikotarpis',
    changeHeading: 'Keisti praktikos vietą',
    changeExplain:
      'Jau pateikti pasiūlymai lieka tokie, kokie yra: koordinatorius ir Jūs sprendžiate dėl to, kas buvo pasiūlyta. Kai pridedate vietų arba išplečiate, kas tinka (ilgesnis laikotarpis, trumpesnis minimumas, mažiau ar žemesni kalbos reikalavimai, daugiau sričių), iš karto vėl ieškome kandidatų.',
    description: 'Aprašymas',
    descriptionHint: (name) => `Kalba: ${name}, kaip vieta buvo aprašyta. Rodoma su kiekvienu pasiūlymu. Iki ${CHARS} simbolių.`,
    descriptionIn: (inLanguage) => `Aprašymas ${inLanguage}`,
    descriptionsHint: `Vieta aprašyta dviem kalbomis, ir skaitytojai mato aprašymą savo kalba (arba anglų kalba). Pakeitę vieną aprašymą, pakeiskite ir kitą, kad jie sakytų tą patį. Kiekvienas iki ${CHARS} simbolių.`,
    placesHint: (taken) => (taken > 0 ? `Nuo 1 iki ${PLACES_MAX} ir ne mažiau kaip ${taken}: vietos, jau užimtos pasiūlymų ir patvirtintų praktikų.` : `Nuo 1 iki ${PLACES_MAX}.`),
    periodHint: 'Laikotarpis, kai praktikantas gali būti pas Jus. Jis neturi būti pasibaigęs.',
    periodFrom: 'Pradžia',
    periodTo: 'Pabaiga',
    minWeeks: 'Trumpiausia priimtina praktika (savaitėmis)',
    minWeeksHint: `Nuo 1 iki ${WEEKS} savaičių; turi tilpti tarp aukščiau nurodytų datų.`,
    languages: 'Reikalaujamos kalbos',
    languagesHint: 'Iki 4 kalbų, kurias praktikantas turi mokėti, ir minimalus lygis. Norėdami pašalinti kalbą, palikite eilutę tuščią.',
    languageRow: (n) => `Kalba ${n}`,
    language: 'Kalba',
    level: 'Lygis',
    fields: 'Tinkamos mokymosi sritys',
    fieldsHint: 'Nuo 1 iki 10 sričių. Plati sritis, pvz., „073 … (visos)“, apima visas jai priklausančias sritis. Norėdami pašalinti sritį, palikite eilutę tuščią.',
    fieldRow: (n) => `Sritis ${n}`,
    all: '(visos)',
    choose: '– Pasirinkite –',
    save: 'Išsaugoti pakeitimus',
    fixHeading: 'Niekas neišsaugota. Pataisykite šias vietas:',
    closeHeading: 'Uždaryti praktikos vietą',
    closeExplain:
      'Uždarius praktikos vietą, kandidatų į ją nebesiūlysime. Sprendimo laukiantys pasiūlymai bus panaikinti, o jų kandidatai grįš į paiešką. Jau patvirtintoms praktikoms tai įtakos neturi.',
    closeNote: 'Vėliau galėsite ją vėl atidaryti šiame puslapyje, jei jos laikotarpis nebus pasibaigęs.',
    closeButton: 'Uždaryti praktikos vietą',
    closeConfirm: 'Ar tikrai uždaryti praktikos vietą dabar? Sprendimo laukiantys pasiūlymai bus iškart atšaukti.',
    closeConfirmButton: 'Taip, uždaryti vietą',
    keepOpen: 'Palikti atvirą',
    reopenHeading: 'Vėl atidaryti praktikos vietą',
    reopenExplain:
      'Praktikos vieta uždaryta, todėl kandidatų į ją nesiūlome. Vėl ją atidarius, iš karto ieškosime kandidatų. Laisvos yra vietos, kurių neužima patvirtintos praktikos ar sprendimo laukiantys pasiūlymai.',
    reopenButton: 'Vėl atidaryti praktikos vietą',
    ended: (to) => `Praktikos vietos laikotarpis baigėsi ${to}, todėl jos vėl atidaryti negalima. Jei vėl reikės praktikantų, paskelbkite naują praktikos vietą.`,
    postNew: 'Paskelbti praktikos vietą',
    pending: 'Praktikos vieta dar neatidaryta: ji laukia, kol kontaktinis asmuo patvirtins savo adresą nuoroda iš mūsų laiško. Ją bus galima keisti, kai ji bus atidaryta.',
    notices: {
      changed: 'Pakeitimai išsaugoti. Jau pateikti pasiūlymai lieka tokie, kokie yra.',
      searching: 'Pakeitimai išsaugoti. Dabar ieškome daugiau kandidatų į šią vietą; jau pateikti pasiūlymai lieka tokie, kokie yra.',
      unchanged: 'Niekas nepakeista: praktikos vietos duomenys jau buvo tokie.',
      reopened: 'Praktikos vieta vėl atidaryta. Dabar ieškome į ją kandidatų.',
      closed: 'Praktikos vieta uždaryta. Kandidatų į ją nebesiūlysime, sprendimo laukiantys pasiūlymai atšaukiami, o patvirtinti praktikantai lieka.',
    },
    errors: {
      required: 'Užpildykite šį lauką.',
      tooLong: 'Tekstas per ilgas.',
      taken: (n) => `${PLACES.lt(n)} pasiūlymų ar patvirtintų praktikų, todėl vietų negali būti mažiau.`,
      number: (min, max) => `Įveskite sveikąjį skaičių nuo ${min} iki ${max}.`,
      date: 'Įveskite datą.',
      afterStart: 'Pabaiga turi būti vėliau nei pradžia.',
      ended: 'Ši diena jau praėjo: laikotarpis neturi būti pasibaigęs.',
      longerThanPeriod: 'Tai ilgiau nei laikotarpis.',
      twice: 'Tai pasirinkta du kartus.',
      language: 'Pasirinkite kalbą.',
      level: 'Pasirinkite lygį.',
      field: 'Pasirinkite sritį.',
      atLeastOneField: 'Pasirinkite bent vieną sritį.',
      descriptionRequired: 'Praktikos vieta turi aprašymą ir antrąja kalba, todėl šis aprašymas būtinas.',
      characters: 'Pašalinkite nematomus ar ne teksto simbolius.',
      check: 'Patikrinkite šį lauką.',
    },
  },
  ru: {
    title: 'Изменить или закрыть место практики',
    status: { PENDING_VERIFICATION: 'Ожидает подтверждения', OPEN: 'Открыто', CLOSED: 'Закрыто' },
    role: 'Место практики',
    company: 'Компания',
    places: 'Места',
    placesNow: (left, total, taken) => `свободно ${left} из ${total}, занято ${taken}`,
    period: 'Период',
    changeHeading: 'Изменить место практики',
    changeExplain:
      'Уже сделанные предложения остаются как есть: координатор и Вы решаете по тому, что было предложено. Когда Вы добавляете места или расширяете круг подходящих кандидатов (более длинный период, меньший минимальный срок, меньше или ниже требования к языкам, больше направлений), мы сразу снова ищем кандидатов.',
    description: 'Описание',
    descriptionHint: (name) => `Язык: ${name}, как место было описано. Показывается с каждым предложением. До ${CHARS} символов.`,
    descriptionIn: (inLanguage) => `Описание ${inLanguage}`,
    descriptionsHint: `Место описано на двух языках, и читатели видят описание на своём языке (или на английском). Изменив одно описание, измените и другое, чтобы они говорили одно и то же. Каждое до ${CHARS} символов.`,
    placesHint: (taken) => (taken > 0 ? `От 1 до ${PLACES_MAX} и не меньше ${taken}: места, уже занятые предложениями и подтверждёнными практиками.` : `От 1 до ${PLACES_MAX}.`),
    periodHint: 'Период, в который практикант может находиться у Вас. Он не должен быть уже закончен.',
    periodFrom: 'Начало',
    periodTo: 'Окончание',
    minWeeks: 'Минимальный срок практики (в неделях)',
    minWeeksHint: `От 1 до ${WEEKS} недель; срок должен уместиться между датами выше.`,
    languages: 'Требуемые языки',
    languagesHint: 'До 4 языков, которые практикант должен знать, и минимальный уровень. Чтобы убрать язык, оставьте строку пустой.',
    languageRow: (n) => `Язык ${n}`,
    language: 'Язык',
    level: 'Уровень',
    fields: 'Подходящие направления обучения',
    fieldsHint: 'От 1 до 10 направлений. Широкое направление, например «073 … (все)», включает все входящие в него. Чтобы убрать направление, оставьте строку пустой.',
    fieldRow: (n) => `Направление ${n}`,
    all: '(все)',
    choose: '– Выберите –',
    save: 'Сохранить изменения',
    fixHeading: 'Ничего не сохранено. Исправьте, пожалуйста:',
    closeHeading: 'Закрыть место практики',
    closeExplain:
      'Когда Вы закроете место, мы перестанем предлагать на него кандидатов. Предложения, ожидающие решения, будут отменены, а их кандидаты вернутся в поиск. На уже подтверждённые практики это не влияет.',
    closeNote: 'Позже Вы сможете снова открыть его на этой странице, пока его период не закончился.',
    closeButton: 'Закрыть место практики',
    closeConfirm: 'Закрыть место практики сейчас? Предложения, ожидающие решения, будут сразу отозваны.',
    closeConfirmButton: 'Да, закрыть место',
    keepOpen: 'Оставить открытым',
    reopenHeading: 'Снова открыть место практики',
    reopenExplain:
      'Место закрыто, поэтому кандидаты на него не предлагаются. Когда Вы снова откроете его, мы сразу начнём искать кандидатов. Свободны места, не занятые подтверждёнными практиками или предложениями, ожидающими решения.',
    reopenButton: 'Снова открыть место практики',
    ended: (to) => `Период места практики закончился ${to}, поэтому его нельзя снова открыть. Если Вам снова нужны практиканты, разместите новое место.`,
    postNew: 'Разместить место практики',
    pending: 'Место ещё не открыто: оно ждёт, пока контактное лицо подтвердит свой адрес по ссылке из нашего письма. Его можно будет изменить, когда оно откроется.',
    notices: {
      changed: 'Изменения сохранены. Уже сделанные предложения остаются как есть.',
      searching: 'Изменения сохранены. Теперь мы ищем на это место больше кандидатов; уже сделанные предложения остаются как есть.',
      unchanged: 'Ничего не изменено: данные места уже были такими.',
      reopened: 'Место снова открыто. Теперь мы ищем на него кандидатов.',
      closed: 'Место закрыто. Кандидаты на него больше не предлагаются, предложения, ожидающие решения, отменяются, а подтверждённые практиканты остаются.',
    },
    errors: {
      required: 'Заполните это поле.',
      tooLong: 'Текст слишком длинный.',
      taken: (n) => `Уже занято ${PLACES.ru(n)} — предложениями или подтверждёнными практиками, поэтому мест не может быть меньше.`,
      number: (min, max) => `Введите целое число от ${min} до ${max}.`,
      date: 'Введите дату.',
      afterStart: 'Окончание должно быть позже начала.',
      ended: 'Этот день уже прошёл: период не должен быть закончен.',
      longerThanPeriod: 'Это дольше, чем период.',
      twice: 'Это выбрано дважды.',
      language: 'Выберите язык.',
      level: 'Выберите уровень.',
      field: 'Выберите направление.',
      atLeastOneField: 'Выберите хотя бы одно направление.',
      descriptionRequired: 'У места есть описание и на втором языке, поэтому это описание обязательно.',
      characters: 'Удалите невидимые или нетекстовые символы.',
      check: 'Проверьте это поле.',
    },
  },
}))();

/** The management link in every email to a role's contact: its words, the same in each. */
export interface ManageLinkText {
  label: string;
  note: string;
}

export const MANAGE_LINK: Translations<ManageLinkText> = {
  fi: {
    label: 'Muuta tai sulje tämä harjoittelupaikka',
    note: 'Voit muuttaa paikan kuvausta, paikkojen määrää, jaksoa, kielivaatimuksia ja koulutusaloja tai sulkea paikan. Linkki on henkilökohtainen: älä välitä tätä viestiä.',
  },
  en: {
    label: 'Change or close this role',
    note: 'You can change the description, the number of places, the period, the required languages and the fields of study, or close the role. The link is personal: please do not forward this email.',
  },
  et: {
    label: 'Muutke või sulgege see praktikakoht',
    note: 'Saate muuta kirjeldust, kohtade arvu, perioodi, keelenõudeid ja õppevaldkondi või praktikakoha sulgeda. Link on isiklik: palun ärge edastage seda e-kirja.',
  },
  lt: {
    label: 'Keisti arba uždaryti šią praktikos vietą',
    note: 'Galite pakeisti aprašymą, vietų skaičių, laikotarpį, kalbos reikalavimus ir mokymosi sritis arba uždaryti vietą. Nuoroda asmeninė: prašome šio laiško nepersiųsti.',
  },
  ru: {
    label: 'Изменить или закрыть это место практики',
    note: 'Вы можете изменить описание, количество мест, период, требования к языкам и направления обучения или закрыть место. Ссылка личная: пожалуйста, не пересылайте это письмо.',
  },
};

/** For an email about a closed role: the same link reopens it. */
export const REOPEN_LINK: Translations<ManageLinkText> = {
  fi: { label: 'Avaa tämä harjoittelupaikka uudelleen', note: 'Jos tarvitset harjoittelijoita vielä tälle jaksolle, voit avata paikan uudelleen tästä, kunhan jakso ei ole päättynyt.' },
  en: { label: 'Reopen this role', note: 'If you need trainees for this period after all, you can reopen the role here as long as its period has not ended.' },
  et: { label: 'Avage see praktikakoht uuesti', note: 'Kui vajate sellele perioodile siiski praktikante, saate praktikakoha siit uuesti avada, kui periood pole lõppenud.' },
  lt: { label: 'Vėl atidaryti šią praktikos vietą', note: 'Jei šiam laikotarpiui vis dėlto reikės praktikantų, čia galėsite vietą vėl atidaryti, kol laikotarpis nepasibaigė.' },
  ru: { label: 'Снова открыть это место практики', note: 'Если Вам всё же понадобятся практиканты на этот период, здесь можно снова открыть место, пока период не закончился.' },
};

/** The management link as an email's second, quieter action (shared/platform/email.ts, secondaryAction). */
export const manageRoleAction = (language: Language, url: string, text: Translations<ManageLinkText> = MANAGE_LINK) => ({ ...text[language], url });
