import { estonianDate } from '#shared/platform/estonian';
import type { Translations } from '#shared/platform/i18n';
import type { RoleView } from './roles.ts';

/** The company desk's words in the five languages (Estonian with "Teie", Russian with "Вы"). */
export interface CompanyDeskTexts {
  title: string;
  lead: string;
  none: string;
  status: Record<RoleView['status'], string>;
  company: string;
  places: string;
  placesLeft: (left: string, total: string) => string;
  period: string;
  /** A role waiting for verification: what to do, and until when the link works. */
  verify: (email: string, until: string) => string;
  verificationExpired: (until: string) => string;
  postAgain: string;
  /** An open role's page: change it (or close it there); a closed one's: reopen it. */
  change: string;
  reopen: string;
  close: string;
  proposals: string;
  noProposals: string;
  candidate: string;
  school: string;
  stage: string;
  placement: string;
  waitingForCoordinator: (due: string | undefined) => string;
  waitingForYou: (due: string | undefined) => string;
  ending: string;
  trainees: string;
  noTrainees: string;
  trainee: string;
  coordinator: string;
  erased: string;
  /** After closing from the desk, and when there was nothing to close. */
  closed: (title: string) => string;
  alreadyClosed: (title: string) => string;
  notOpen: (title: string) => string;
  back: string;
}

export const TEXTS: Translations<CompanyDeskTexts> = {
  fi: {
    title: 'Harjoittelupaikkasi',
    lead: 'Tällä osoitteella ilmoitetut harjoittelupaikat, uusin ensin.',
    none: 'Tällä osoitteella ei ole ilmoitettu harjoittelupaikkoja.',
    status: { PENDING_VERIFICATION: 'Odottaa vahvistusta', OPEN: 'Avoinna', CLOSED: 'Suljettu' },
    company: 'Yritys',
    places: 'Paikat',
    placesLeft: (left, total) => `${left} / ${total} vapaana`,
    period: 'Jakso',
    verify: (email, until) =>
      `Lähetimme vahvistusviestin osoitteeseen ${email}. Avaa sen linkki ja paina siellä painiketta, niin paikka avautuu: vasta sitten siihen ehdotetaan hakijoita. Linkki toimii 7 päivää, ${until} asti.`,
    verificationExpired: (until) => `Vahvistuslinkki vanheni ${until}, joten tämä paikka ei avaudu. Jos tarvitset yhä harjoittelijoita, ilmoita paikka uudelleen.`,
    postAgain: 'Ilmoita harjoittelupaikka',
    change: 'Muuta harjoittelupaikkaa',
    reopen: 'Avaa uudelleen',
    close: 'Sulje harjoittelupaikka',
    proposals: 'Päätöstä odottavat ehdotukset',
    noProposals: 'Päätöstä odottavia ehdotuksia ei ole.',
    candidate: 'Hakija',
    school: 'Oppilaitos',
    stage: 'Vaihe',
    placement: 'Harjoittelun ajat',
    waitingForCoordinator: (due) => `Odottaa oppilaitoksen koordinaattorin päätöstä${due ? ` (viimeistään ${due})` : ''}`,
    waitingForYou: (due) => `Odottaa päätöstäsi${due ? ` viimeistään ${due}` : ''}: päätä sähköpostissa saamasi linkin kautta`,
    ending: 'Perutaan, koska paikka on suljettu',
    trainees: 'Vahvistetut harjoittelijat',
    noTrainees: 'Vahvistettuja harjoittelijoita ei vielä ole.',
    trainee: 'Harjoittelija',
    coordinator: 'Oppilaitoksen koordinaattori',
    erased: 'Henkilötiedot poistettu',
    closed: (title) =>
      `Harjoittelupaikka ${title} on suljettu. Siihen ei enää ehdoteta hakijoita, päätöstä odottavat ehdotukset perutaan, ja vahvistetut harjoittelijat pysyvät.`,
    alreadyClosed: (title) => `Harjoittelupaikka ${title} oli jo suljettu. Mitään ei muutettu.`,
    notOpen: (title) => `Harjoittelupaikka ${title} ei ole vielä avoinna, joten suljettavaa ei ole: se odottaa osoitteesi vahvistusta. Ilman vahvistusta se ei koskaan avaudu.`,
    back: 'Takaisin harjoittelupaikkoihisi',
  },
  en: {
    title: 'Your roles',
    lead: 'The roles posted with this address, newest first.',
    none: 'No roles have been posted with this address.',
    status: { PENDING_VERIFICATION: 'Pending verification', OPEN: 'Open', CLOSED: 'Closed' },
    company: 'Company',
    places: 'Places',
    placesLeft: (left, total) => `${left} of ${total} free`,
    period: 'Period',
    verify: (email, until) =>
      `We sent a verification email to ${email}. Open its link and press the button there to open the role: only then are candidates proposed for it. The link works for 7 days, until ${until}.`,
    verificationExpired: (until) => `The verification link expired on ${until}, so this role will not open. If you still need trainees, post the role again.`,
    postAgain: 'Post a role',
    change: 'Change the role',
    reopen: 'Reopen the role',
    close: 'Close the role',
    proposals: 'Proposals waiting for a decision',
    noProposals: 'No proposals are waiting for a decision.',
    candidate: 'Candidate',
    school: 'School',
    stage: 'Stage',
    placement: 'Placement dates',
    waitingForCoordinator: (due) => `Waiting for the school's coordinator${due ? ` (until ${due})` : ''}`,
    waitingForYou: (due) => `Waiting for you${due ? `: decide by ${due}` : ''}, with the link in our email`,
    ending: 'Being cancelled: the role is closed',
    trainees: 'Confirmed trainees',
    noTrainees: 'No confirmed trainees yet.',
    trainee: 'Trainee',
    coordinator: "School's coordinator",
    erased: 'Personal data deleted',
    closed: (title) =>
      `The role ${title} is closed. No more candidates will be proposed for it; proposals waiting for a decision are being cancelled, and confirmed trainees stay.`,
    alreadyClosed: (title) => `The role ${title} was already closed. Nothing was changed.`,
    notOpen: (title) => `The role ${title} is not open yet, so there is nothing to close: it is waiting for your address to be verified. Without that it never opens.`,
    back: 'Back to your roles',
  },
  et: {
    title: 'Teie praktikakohad',
    lead: 'Selle aadressiga lisatud praktikakohad, uusimad eespool.',
    none: 'Selle aadressiga pole praktikakohti lisatud.',
    status: { PENDING_VERIFICATION: 'Ootab kinnitamist', OPEN: 'Avatud', CLOSED: 'Suletud' },
    company: 'Ettevõte',
    places: 'Kohad',
    placesLeft: (left, total) => `${left} / ${total} vaba`,
    period: 'Periood',
    verify: (email, until) =>
      `Saatsime kinnituskirja aadressile ${email}. Avage selle link ja vajutage seal nuppu, et praktikakoht avada: alles siis pakume sellele kandidaate. Link töötab 7 päeva, kuni ${estonianDate(until, 'terminative')}.`,
    verificationExpired: (until) => `Kinnituslink aegus ${estonianDate(until, 'adessive')}, seega see praktikakoht ei avane. Kui vajate endiselt praktikante, lisage praktikakoht uuesti.`,
    postAgain: 'Lisage praktikakoht',
    change: 'Muutke praktikakohta',
    reopen: 'Avage uuesti',
    close: 'Sulgege praktikakoht',
    proposals: 'Otsust ootavad pakkumised',
    noProposals: 'Otsust ootavaid pakkumisi pole.',
    candidate: 'Kandidaat',
    school: 'Kool',
    stage: 'Etapp',
    placement: 'Praktika ajad',
    waitingForCoordinator: (due) => `Ootab kooli koordinaatori otsust${due ? ` (kuni ${estonianDate(due, 'terminative')})` : ''}`,
    waitingForYou: (due) => `Ootab Teie otsust${due ? ` hiljemalt ${estonianDate(due, 'translative')}` : ''}: otsustage meie e-kirjas oleva lingi kaudu`,
    ending: 'Tühistatakse, sest praktikakoht on suletud',
    trainees: 'Kinnitatud praktikandid',
    noTrainees: 'Kinnitatud praktikante veel pole.',
    trainee: 'Praktikant',
    coordinator: 'Kooli koordinaator',
    erased: 'Isikuandmed kustutatud',
    closed: (title) =>
      `Praktikakoht ${title} on suletud. Sellele ei pakuta enam kandidaate, otsust ootavad pakkumised tühistatakse ja kinnitatud praktikandid jäävad.`,
    alreadyClosed: (title) => `Praktikakoht ${title} oli juba suletud. Midagi ei muudetud.`,
    notOpen: (title) => `Praktikakoht ${title} ei ole veel avatud, seega pole midagi sulgeda: see ootab Teie aadressi kinnitamist. Ilma selleta see ei avane.`,
    back: 'Tagasi Teie praktikakohtade juurde',
  },
  lt: {
    title: 'Jūsų praktikos vietos',
    lead: 'Šiuo adresu paskelbtos praktikos vietos, naujausios pirmiau.',
    none: 'Šiuo adresu nepaskelbta jokių praktikos vietų.',
    status: { PENDING_VERIFICATION: 'Laukia patvirtinimo', OPEN: 'Atvira', CLOSED: 'Uždaryta' },
    company: 'Įmonė',
    places: 'Vietos',
    placesLeft: (left, total) => `laisvos ${left} iš ${total}`,
    period: 'Laikotarpis',
    verify: (email, until) =>
      `Išsiuntėme patvirtinimo laišką adresu ${email}. Atidarykite jame esančią nuorodą ir paspauskite ten mygtuką, kad praktikos vieta atsidarytų: tik tada jai siūlysime kandidatus. Nuoroda galioja 7 dienas, iki ${until}.`,
    verificationExpired: (until) => `Patvirtinimo nuoroda nebegalioja nuo ${until}, todėl ši praktikos vieta neatsidarys. Jei vis dar reikia praktikantų, paskelbkite vietą iš naujo.`,
    postAgain: 'Paskelbti praktikos vietą',
    change: 'Keisti praktikos vietą',
    reopen: 'Vėl atidaryti',
    close: 'Uždaryti praktikos vietą',
    proposals: 'Sprendimo laukiantys pasiūlymai',
    noProposals: 'Sprendimo laukiančių pasiūlymų nėra.',
    candidate: 'Kandidatas',
    school: 'Mokykla',
    stage: 'Etapas',
    placement: 'Praktikos datos',
    waitingForCoordinator: (due) => `Laukiama mokyklos koordinatoriaus sprendimo${due ? ` (iki ${due})` : ''}`,
    waitingForYou: (due) => `Laukiama Jūsų sprendimo${due ? ` iki ${due}` : ''}: nuspręskite per nuorodą mūsų laiške`,
    ending: 'Atšaukiamas, nes praktikos vieta uždaryta',
    trainees: 'Patvirtinti praktikantai',
    noTrainees: 'Patvirtintų praktikantų dar nėra.',
    trainee: 'Praktikantas',
    coordinator: 'Mokyklos koordinatorius',
    erased: 'Asmens duomenys ištrinti',
    closed: (title) =>
      `Praktikos vieta ${title} uždaryta. Kandidatų į ją nebesiūlysime, sprendimo laukiantys pasiūlymai atšaukiami, o patvirtinti praktikantai lieka.`,
    alreadyClosed: (title) => `Praktikos vieta ${title} jau buvo uždaryta. Niekas nepakeista.`,
    notOpen: (title) => `Praktikos vieta ${title} dar neatidaryta, todėl nėra ko uždaryti: ji laukia Jūsų adreso patvirtinimo. Be jo ji niekada neatsidarys.`,
    back: 'Atgal į Jūsų praktikos vietas',
  },
  ru: {
    title: 'Ваши места практики',
    lead: 'Места практики, размещённые с этого адреса, сначала новые.',
    none: 'С этого адреса не размещено ни одного места практики.',
    status: { PENDING_VERIFICATION: 'Ожидает подтверждения', OPEN: 'Открыто', CLOSED: 'Закрыто' },
    company: 'Компания',
    places: 'Места',
    placesLeft: (left, total) => `свободно ${left} из ${total}`,
    period: 'Период',
    verify: (email, until) =>
      `Мы отправили письмо для подтверждения на адрес ${email}. Откройте ссылку из него и нажмите там кнопку, чтобы открыть место: только после этого мы будем предлагать на него кандидатов. Ссылка действует 7 дней, до ${until}.`,
    verificationExpired: (until) => `Срок действия ссылки для подтверждения истёк ${until}, поэтому это место не откроется. Если Вам всё ещё нужны практиканты, разместите место снова.`,
    postAgain: 'Разместить место практики',
    change: 'Изменить место практики',
    reopen: 'Открыть снова',
    close: 'Закрыть место практики',
    proposals: 'Предложения, ожидающие решения',
    noProposals: 'Предложений, ожидающих решения, нет.',
    candidate: 'Кандидат',
    school: 'Учебное заведение',
    stage: 'Этап',
    placement: 'Даты практики',
    waitingForCoordinator: (due) => `Ожидает решения координатора учебного заведения${due ? ` (до ${due})` : ''}`,
    waitingForYou: (due) => `Ожидает Вашего решения${due ? ` до ${due}` : ''}: решите по ссылке из нашего письма`,
    ending: 'Отменяется: место закрыто',
    trainees: 'Подтверждённые практиканты',
    noTrainees: 'Подтверждённых практикантов пока нет.',
    trainee: 'Практикант',
    coordinator: 'Координатор учебного заведения',
    erased: 'Персональные данные удалены',
    closed: (title) =>
      `Место практики ${title} закрыто. Кандидаты на него больше не предлагаются, предложения, ожидающие решения, отменяются, а подтверждённые практиканты остаются.`,
    alreadyClosed: (title) => `Место практики ${title} уже было закрыто. Ничего не изменено.`,
    notOpen: (title) => `Место практики ${title} ещё не открыто, поэтому закрывать нечего: оно ожидает подтверждения Вашего адреса. Без подтверждения оно никогда не откроется.`,
    back: 'Назад к Вашим местам практики',
  },
};
