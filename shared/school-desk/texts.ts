import type { Translations } from '#shared/platform/i18n';
import type { FollowUpKind, FollowUpStatus } from '#shared/follow-up/records';

/** What the desk says after an action (`?done=`), once, at the top of the page it returns to. */
export const NOTICES = ['approved', 'rejected', 'held', 'changed', 'paused', 'released', 'withdrawn', 'notPaused', 'notReleased'] as const;
export type Notice = (typeof NOTICES)[number];

export interface DeskTexts {
  title: string;
  waitingHeading: string;
  waitingNone: string;
  decideBy: (date: string) => string;
  decide: string;
  applicantsHeading: string;
  applicantsNone: string;
  columns: { name: string; status: string; available: string; destinations: string };
  placementsHeading: string;
  placementsNone: string;
  placementColumns: { student: string; placement: string; dates: string; followUps: string };
  csvLink: string;
  /** The applicant's own label ("waiting for your confirmation") is not the coordinator's. */
  unconfirmed: string;
  followUpKinds: Record<FollowUpKind, string>;
  /** `NONE`: not scheduled (yet): the placement was confirmed moments ago, or before follow-ups existed. */
  followUpStatuses: Record<FollowUpStatus | 'NONE', string>;
  notices: Record<Notice, string>;
}

export const DESK: Translations<DeskTexts> = {
  fi: {
    title: 'Hakijat ja päätökset',
    waitingHeading: 'Päätöstäsi odottavat',
    waitingNone: 'Mikään ehdotus ei odota päätöstäsi.',
    decideBy: (d) => `Päätä viimeistään ${d}`,
    decide: 'Tarkista ja päätä',
    applicantsHeading: 'Hakijat',
    applicantsNone: 'Hakemuksia ei ole vielä.',
    columns: { name: 'Nimi', status: 'Tila', available: 'Käytettävissä', destinations: 'Kohdemaat' },
    placementsHeading: 'Vahvistetut ja päättyneet harjoittelut',
    placementsNone: 'Vahvistettuja harjoitteluja ei ole vielä.',
    placementColumns: { student: 'Opiskelija', placement: 'Yritys ja harjoittelupaikka', dates: 'Ajankohta', followUps: 'Seurantakyselyt' },
    csvLink: 'Lataa harjoittelut (CSV)',
    unconfirmed: 'Odottaa hakijan vahvistusta',
    followUpKinds: { end: 'Loppukysely', sixMonths: 'Kuuden kuukauden kysely', companyFeedback: 'Yrityksen palaute' },
    followUpStatuses: { SCHEDULED: 'ei vielä lähetetty', SENT: 'lähetetty, ei vastausta', ANSWERED: 'vastattu', SKIPPED: 'jäi lähettämättä', NONE: 'ei vielä ajastettu' },
    notices: {
      approved: 'Hyväksytty. Seuraavaksi yritystä pyydetään hyväksymään opiskelija.',
      rejected: 'Hylätty. Opiskelija palaa hakuun, eikä tätä paikkaa ehdoteta hänelle uudelleen.',
      held: 'Hylätty, ja opiskelija on tauolla: hänelle ei ehdoteta mitään ennen kuin palautat hänet hakuun.',
      changed: 'Ehdotus ei enää odota päätöstäsi: siitä on jo päätetty, se on peruttu tai se on rauennut.',
      paused: 'Opiskelija on tauolla. Hänelle kerrotaan siitä ystävällisesti sähköpostilla, ilman syytä.',
      released: 'Opiskelija on taas haussa. Seuraava kierros voi ehdottaa hänelle paikkaa heti.',
      withdrawn: 'Hakemus on peruttu. Opiskelijalle ilmoitetaan siitä sähköpostilla.',
      notPaused: 'Mikään ei muuttunut: hakemus ei enää odota haussa.',
      notReleased: 'Mikään ei muuttunut: opiskelija ei ole tauolla.',
    },
  },
  en: {
    title: 'Applicants and decisions',
    waitingHeading: 'Decisions waiting for you',
    waitingNone: 'No proposal is waiting for your decision.',
    decideBy: (d) => `Decide by ${d}`,
    decide: 'Review and decide',
    applicantsHeading: 'Applicants',
    applicantsNone: 'No applications yet.',
    columns: { name: 'Name', status: 'Status', available: 'Available', destinations: 'Destinations' },
    placementsHeading: 'Confirmed and past placements',
    placementsNone: 'No confirmed placements yet.',
    placementColumns: { student: 'Student', placement: 'Company and role', dates: 'Dates', followUps: 'Follow-up surveys' },
    csvLink: 'Download the placements (CSV)',
    unconfirmed: 'Waiting for the applicant to confirm',
    followUpKinds: { end: 'End-of-placement survey', sixMonths: 'Six-month survey', companyFeedback: 'Company feedback' },
    followUpStatuses: { SCHEDULED: 'not sent yet', SENT: 'sent, no answer yet', ANSWERED: 'answered', SKIPPED: 'not sent', NONE: 'not scheduled yet' },
    notices: {
      approved: 'Approved. The company is asked next to accept the student.',
      rejected: 'Rejected. The student goes back to the search, and this placement is not proposed to them again.',
      held: 'Rejected, and the student is paused: nothing is proposed to them until you put them back into the search.',
      changed: 'That proposal no longer waits for your decision: it was decided, cancelled or it expired meanwhile.',
      paused: 'The student is paused. They are told kindly by email, without a reason.',
      released: 'The student is back in the search. The next round may propose a placement at once.',
      withdrawn: 'The application is withdrawn. The student is told by email.',
      notPaused: 'Nothing changed: the application no longer waits in the search.',
      notReleased: 'Nothing changed: the student is not paused.',
    },
  },
  et: {
    title: 'Kandidaadid ja otsused',
    waitingHeading: 'Teie otsust ootavad',
    waitingNone: 'Ükski pakkumine ei oota Teie otsust.',
    decideBy: (d) => `Otsuse tähtaeg: ${d}`,
    decide: 'Vaadake üle ja otsustage',
    applicantsHeading: 'Kandidaadid',
    applicantsNone: 'Avaldusi veel ei ole.',
    columns: { name: 'Nimi', status: 'Olek', available: 'Saadaval', destinations: 'Sihtriigid' },
    placementsHeading: 'Kinnitatud ja lõppenud praktikad',
    placementsNone: 'Kinnitatud praktikaid veel ei ole.',
    placementColumns: { student: 'Õppija', placement: 'Ettevõte ja praktikakoht', dates: 'Aeg', followUps: 'Järelküsitlused' },
    csvLink: 'Laadige praktikad alla (CSV)',
    unconfirmed: 'Ootab kandidaadi kinnitust',
    followUpKinds: { end: 'Lõpuküsitlus', sixMonths: 'Kuue kuu küsitlus', companyFeedback: 'Ettevõtte tagasiside' },
    followUpStatuses: { SCHEDULED: 'veel saatmata', SENT: 'saadetud, vastust veel pole', ANSWERED: 'vastatud', SKIPPED: 'jäi saatmata', NONE: 'pole veel ajastatud' },
    notices: {
      approved: 'Heaks kiidetud. Järgmisena palutakse ettevõttel õppija vastu võtta.',
      rejected: 'Tagasi lükatud. Õppija naaseb otsingusse ja seda kohta talle enam ei pakuta.',
      held: 'Tagasi lükatud ja õppija on ootel: talle ei pakuta midagi enne, kui Te ta otsingusse tagasi toote.',
      changed: 'See pakkumine ei oota enam Teie otsust: vahepeal on see otsustatud, tühistatud või aegunud.',
      paused: 'Õppija on ootel. Talle teatatakse sellest sõbralikult e-kirjaga, põhjust nimetamata.',
      released: 'Õppija on taas otsingus. Järgmine voor võib talle kohe kohta pakkuda.',
      withdrawn: 'Avaldus on tagasi võetud. Õppijale teatatakse sellest e-kirjaga.',
      notPaused: 'Midagi ei muutunud: avaldus ei oota enam otsingus.',
      notReleased: 'Midagi ei muutunud: õppija ei ole ootel.',
    },
  },
  lt: {
    title: 'Kandidatai ir sprendimai',
    waitingHeading: 'Laukia Jūsų sprendimo',
    waitingNone: 'Joks pasiūlymas nelaukia Jūsų sprendimo.',
    decideBy: (d) => `Nuspręskite iki ${d}`,
    decide: 'Peržiūrėti ir nuspręsti',
    applicantsHeading: 'Kandidatai',
    applicantsNone: 'Paraiškų dar nėra.',
    columns: { name: 'Vardas ir pavardė', status: 'Būsena', available: 'Laikotarpis', destinations: 'Šalys' },
    placementsHeading: 'Patvirtintos ir pasibaigusios praktikos',
    placementsNone: 'Patvirtintų praktikų dar nėra.',
    placementColumns: { student: 'Mokinys', placement: 'Įmonė ir praktikos vieta', dates: 'Datos', followUps: 'Tolesnės apklausos' },
    csvLink: 'Atsisiųsti praktikas (CSV)',
    unconfirmed: 'Laukia kandidato patvirtinimo',
    followUpKinds: { end: 'Baigiamoji apklausa', sixMonths: 'Apklausa po šešių mėnesių', companyFeedback: 'Įmonės atsiliepimas' },
    followUpStatuses: { SCHEDULED: 'dar neišsiųsta', SENT: 'išsiųsta, atsakymo dar nėra', ANSWERED: 'atsakyta', SKIPPED: 'neišsiųsta', NONE: 'dar nesuplanuota' },
    notices: {
      approved: 'Patvirtinta. Toliau įmonės bus paprašyta priimti mokinį.',
      rejected: 'Atmesta. Mokinys grįžta į paiešką, o ši vieta jam daugiau nebus siūloma.',
      held: 'Atmesta, o mokinio paraiška sustabdyta: jam nieko nebus siūloma, kol negrąžinsite jo į paiešką.',
      changed: 'Šis pasiūlymas nebelaukia Jūsų sprendimo: per tą laiką dėl jo jau nuspręsta, jis panaikintas arba nebegalioja.',
      paused: 'Mokinio paraiška sustabdyta. Jam maloniai pranešama el. paštu, priežasties nenurodant.',
      released: 'Mokinys vėl paieškoje. Kitas etapas gali iškart pasiūlyti vietą.',
      withdrawn: 'Paraiška atšaukta. Mokiniui apie tai pranešama el. paštu.',
      notPaused: 'Niekas nepasikeitė: paraiška nebelaukia paieškoje.',
      notReleased: 'Niekas nepasikeitė: mokinio paraiška nesustabdyta.',
    },
  },
  ru: {
    title: 'Кандидаты и решения',
    waitingHeading: 'Ждут Вашего решения',
    waitingNone: 'Ни одно предложение не ждёт Вашего решения.',
    decideBy: (d) => `Решите до ${d}`,
    decide: 'Рассмотреть и решить',
    applicantsHeading: 'Кандидаты',
    applicantsNone: 'Заявок пока нет.',
    columns: { name: 'Имя', status: 'Статус', available: 'Период', destinations: 'Страны' },
    placementsHeading: 'Подтверждённые и завершённые практики',
    placementsNone: 'Подтверждённых практик пока нет.',
    placementColumns: { student: 'Учащийся', placement: 'Компания и место практики', dates: 'Даты', followUps: 'Опросы после практики' },
    csvLink: 'Скачать практики (CSV)',
    unconfirmed: 'Ожидает подтверждения кандидата',
    followUpKinds: { end: 'Итоговый опрос', sixMonths: 'Опрос через шесть месяцев', companyFeedback: 'Отзыв компании' },
    followUpStatuses: { SCHEDULED: 'ещё не отправлен', SENT: 'отправлен, ответа пока нет', ANSWERED: 'получен ответ', SKIPPED: 'не отправлялся', NONE: 'ещё не запланирован' },
    notices: {
      approved: 'Одобрено. Теперь компании будет предложено принять учащегося.',
      rejected: 'Отклонено. Учащийся возвращается в подбор, и это место ему больше не предлагается.',
      held: 'Отклонено, и заявка учащегося приостановлена: ему ничего не предлагается, пока Вы не вернёте его в подбор.',
      changed: 'Это предложение больше не ждёт Вашего решения: за это время по нему уже решили, его отменили или срок истёк.',
      paused: 'Заявка учащегося приостановлена. Ему вежливо сообщают об этом по электронной почте, без указания причины.',
      released: 'Учащийся снова в подборе. Следующий раунд может сразу предложить место.',
      withdrawn: 'Заявка отозвана. Учащемуся сообщают об этом по электронной почте.',
      notPaused: 'Ничего не изменилось: заявка больше не ждёт в подборе.',
      notReleased: 'Ничего не изменилось: заявка учащегося не приостановлена.',
    },
  },
};

export interface ApplicantTexts {
  back: string;
  status: string;
  available: string;
  destinations: string;
  sectors: string;
  email: string;
  applied: string;
  proposalWaiting: string;
  companyDeciding: string;
  placementHeading: string;
  pauseHeading: string;
  pauseText: string;
  pauseButton: string;
  pausedSince: (date: string) => string;
  releaseText: string;
  releaseButton: string;
  undeliverable: string;
  withdrawHeading: string;
  withdrawText: string;
  withdrawLink: string;
  withdrawnOn: (date: string) => string;
  withdrawalReason: string;
}

export const APPLICANT: Translations<ApplicantTexts> = {
  fi: {
    back: 'Takaisin hakijoihin',
    status: 'Tila',
    available: 'Käytettävissä',
    destinations: 'Kohdemaat toivejärjestyksessä',
    sectors: 'Alat',
    email: 'Sähköposti',
    applied: 'Hakenut',
    proposalWaiting: 'Harjoittelupaikkaehdotus odottaa päätöstäsi.',
    companyDeciding: 'Hyväksyit ehdotuksen. Seuraavaksi yritys päättää.',
    placementHeading: 'Harjoittelupaikka',
    pauseHeading: 'Tauko',
    pauseText:
      'Tauon aikana opiskelijalle ei ehdoteta harjoittelupaikkoja. Hänelle kerrotaan sähköpostilla, että hakemus on tauolla, ilman syytä. Voit palauttaa hänet hakuun täältä milloin tahansa.',
    pauseButton: 'Laita opiskelija tauolle',
    pausedSince: (d) => `Tauolla ${d} alkaen.`,
    releaseText: 'Kun palautat opiskelijan hakuun, seuraava kierros voi ehdottaa hänelle paikkaa heti.',
    releaseButton: 'Palauta opiskelija hakuun',
    undeliverable:
      'Hakijan sähköpostiosoitteeseen ei voi toimittaa viestejä, joten hakemus on pysäytetty. Tavoita opiskelija oppilaitoksessa: hänen on haettava uudelleen toimivalla osoitteella.',
    withdrawHeading: 'Hakemuksen peruminen',
    withdrawText: 'Opiskelijan puolesta, esimerkiksi kun hän kertoo, ettei voi lähteä. Päätöstä odottava ehdotus perutaan samalla.',
    withdrawLink: 'Peru hakemus',
    withdrawnOn: (d) => `Peruttu ${d}.`,
    withdrawalReason: 'Perustelu (peruttu työpöydältä)',
  },
  en: {
    back: 'Back to the applicants',
    status: 'Status',
    available: 'Available',
    destinations: 'Destinations, most wanted first',
    sectors: 'Sectors',
    email: 'Email',
    applied: 'Applied',
    proposalWaiting: 'A placement proposal is waiting for your decision.',
    companyDeciding: 'You approved the proposal. The company decides next.',
    placementHeading: 'The placement',
    pauseHeading: 'Pause',
    pauseText:
      'While paused, the student is not proposed to any placement. They are told by email that their application is paused, without a reason. You can put them back into the search here at any time.',
    pauseButton: 'Pause the student',
    pausedSince: (d) => `Paused since ${d}.`,
    releaseText: 'Once you put the student back into the search, the next round may propose a placement at once.',
    releaseButton: 'Put back into the search',
    undeliverable:
      'Mail to the applicant’s address cannot be delivered, so the application is held. Please reach the student at school: they need to apply again with an address that works.',
    withdrawHeading: 'Withdrawing the application',
    withdrawText: 'On the student’s behalf, for example when they tell you they cannot go. A proposal waiting for a decision is cancelled with it.',
    withdrawLink: 'Withdraw the application',
    withdrawnOn: (d) => `Withdrawn on ${d}.`,
    withdrawalReason: 'Reason (withdrawn from the desk)',
  },
  et: {
    back: 'Tagasi kandidaatide juurde',
    status: 'Olek',
    available: 'Saadaval',
    destinations: 'Sihtriigid eelistuse järjekorras',
    sectors: 'Valdkonnad',
    email: 'E-post',
    applied: 'Kandideeris',
    proposalWaiting: 'Praktikapakkumine ootab Teie otsust.',
    companyDeciding: 'Te kiitsite pakkumise heaks. Järgmisena otsustab ettevõte.',
    placementHeading: 'Praktikakoht',
    pauseHeading: 'Ootele panek',
    pauseText:
      'Ootel olles ei pakuta õppijale praktikakohti. Talle teatatakse e-kirjaga, et avaldus on ootel, põhjust nimetamata. Saate ta siit igal ajal otsingusse tagasi tuua.',
    pauseButton: 'Pange õppija ootele',
    pausedSince: (d) => `Ootele pandud: ${d}.`,
    releaseText: 'Kui toote õppija otsingusse tagasi, võib järgmine voor talle kohe kohta pakkuda.',
    releaseButton: 'Tooge otsingusse tagasi',
    undeliverable:
      'Kandidaadi e-posti aadressile ei saa kirju kätte toimetada, seetõttu on avaldus peatatud. Võtke õppijaga koolis ühendust: ta peab uuesti kandideerima töötava aadressiga.',
    withdrawHeading: 'Avalduse tagasivõtmine',
    withdrawText: 'Õppija nimel, näiteks kui ta ütleb, et ei saa minna. Otsust ootav pakkumine tühistatakse samal ajal.',
    withdrawLink: 'Võtke avaldus tagasi',
    withdrawnOn: (d) => `Tagasi võetud: ${d}.`,
    withdrawalReason: 'Põhjendus (tagasi võetud töölaualt)',
  },
  lt: {
    back: 'Atgal į kandidatų sąrašą',
    status: 'Būsena',
    available: 'Laikotarpis',
    destinations: 'Šalys pagal pageidavimą',
    sectors: 'Sektoriai',
    email: 'El. paštas',
    applied: 'Paraiška pateikta',
    proposalWaiting: 'Praktikos vietos pasiūlymas laukia Jūsų sprendimo.',
    companyDeciding: 'Pasiūlymą patvirtinote. Toliau sprendžia įmonė.',
    placementHeading: 'Praktikos vieta',
    pauseHeading: 'Sustabdymas',
    pauseText:
      'Kol paraiška sustabdyta, mokiniui nesiūlomos praktikos vietos. Jam el. paštu pranešama, kad paraiška sustabdyta, priežasties nenurodant. Čia bet kada galite grąžinti jį į paiešką.',
    pauseButton: 'Sustabdyti mokinio paraišką',
    pausedSince: (d) => `Sustabdyta nuo ${d}.`,
    releaseText: 'Grąžinus mokinį į paiešką, kitas etapas gali iškart pasiūlyti jam vietą.',
    releaseButton: 'Grąžinti į paiešką',
    undeliverable:
      'Į kandidato el. pašto adresą laiškų pristatyti neįmanoma, todėl paraiška sustabdyta. Susisiekite su mokiniu mokykloje: jam reikia pateikti paraišką iš naujo nurodant veikiantį adresą.',
    withdrawHeading: 'Paraiškos atšaukimas',
    withdrawText: 'Mokinio vardu, pavyzdžiui, kai jis praneša, kad negali vykti. Kartu panaikinamas sprendimo laukiantis pasiūlymas.',
    withdrawLink: 'Atšaukti paraišką',
    withdrawnOn: (d) => `Atšaukta ${d}.`,
    withdrawalReason: 'Priežastis (atšaukta darbo vietoje)',
  },
  ru: {
    back: 'Назад к списку кандидатов',
    status: 'Статус',
    available: 'Период',
    destinations: 'Страны в порядке предпочтения',
    sectors: 'Отрасли',
    email: 'Электронная почта',
    applied: 'Заявка подана',
    proposalWaiting: 'Предложение места практики ждёт Вашего решения.',
    companyDeciding: 'Вы одобрили предложение. Теперь решает компания.',
    placementHeading: 'Место практики',
    pauseHeading: 'Приостановка',
    pauseText:
      'Пока заявка приостановлена, учащемуся не предлагаются места практики. Ему сообщают по электронной почте, что заявка приостановлена, без указания причины. Вернуть его в подбор можно здесь в любое время.',
    pauseButton: 'Приостановить заявку учащегося',
    pausedSince: (d) => `Приостановлена с ${d}.`,
    releaseText: 'Когда Вы вернёте учащегося в подбор, следующий раунд может сразу предложить ему место.',
    releaseButton: 'Вернуть в подбор',
    undeliverable:
      'Письма на адрес кандидата не доставляются, поэтому заявка остановлена. Свяжитесь с учащимся в учебном заведении: ему нужно подать заявку заново с рабочим адресом.',
    withdrawHeading: 'Отзыв заявки',
    withdrawText: 'От имени учащегося, например, если он сообщил, что не сможет поехать. Предложение, ожидающее решения, при этом отменяется.',
    withdrawLink: 'Отозвать заявку',
    withdrawnOn: (d) => `Отозвана ${d}.`,
    withdrawalReason: 'Причина (отозвана через личный кабинет)',
  },
};

export interface WithdrawTexts {
  title: string;
  lead: (name: string) => string;
  consequences: string[];
  reasonLabel: string;
  reasonHint: string;
  reasonRequired: string;
  confirm: string;
  cancel: string;
  notWithdrawable: string;
}

export const WITHDRAW: Translations<WithdrawTexts> = {
  fi: {
    title: 'Perutaanko hakemus?',
    lead: (name) => `Olet perumassa hakemusta opiskelijan puolesta: ${name}.`,
    consequences: [
      'Hakemus poistuu hausta pysyvästi, ja päätöstä odottava ehdotus perutaan.',
      'Opiskelijalle ilmoitetaan sähköpostilla, että hakemus on peruttu. Hän voi hakea uudelleen milloin tahansa.',
      'Perumista ei voi jälkikäteen perua.',
    ],
    reasonLabel: 'Perustelu',
    reasonHint: 'Pakollinen. Se säilytetään hakemuksen tiedoissa. Sitä ei lähetetä opiskelijalle, mutta se sisältyy tietoihin, jotka hän voi ladata itsestään.',
    reasonRequired: 'Kirjoita perustelu.',
    confirm: 'Peru hakemus',
    cancel: 'Älä peru',
    notWithdrawable: 'Tätä hakemusta ei voi enää perua: harjoittelupaikka on vahvistettu tai hakemus on jo peruttu.',
  },
  en: {
    title: 'Withdraw the application?',
    lead: (name) => `You are withdrawing an application on the student’s behalf: ${name}.`,
    consequences: [
      'It leaves the search for good, and a proposal waiting for a decision is cancelled.',
      'The student is told by email that the application was withdrawn. They can apply again at any time.',
      'A withdrawal cannot be undone.',
    ],
    reasonLabel: 'Reason',
    reasonHint: 'Required. It is kept with the application. It is not sent to the student, but it is in the data they can download about themselves.',
    reasonRequired: 'Please write a reason.',
    confirm: 'Withdraw the application',
    cancel: 'Do not withdraw',
    notWithdrawable: 'This application can no longer be withdrawn: a placement has been confirmed, or it was withdrawn already.',
  },
  et: {
    title: 'Kas võtta avaldus tagasi?',
    lead: (name) => `Te võtate avalduse tagasi õppija nimel: ${name}.`,
    consequences: [
      'Avaldus lahkub otsingust jäädavalt ja otsust ootav pakkumine tühistatakse.',
      'Õppijale teatatakse e-kirjaga, et avaldus on tagasi võetud. Ta võib igal ajal uuesti kandideerida.',
      'Tagasivõtmist ei saa tühistada.',
    ],
    reasonLabel: 'Põhjendus',
    reasonHint: 'Kohustuslik. See säilitatakse avalduse juures. Seda ei saadeta õppijale, kuid see on andmetes, mille ta saab enda kohta alla laadida.',
    reasonRequired: 'Palun kirjutage põhjendus.',
    confirm: 'Võtke avaldus tagasi',
    cancel: 'Ärge võtke tagasi',
    notWithdrawable: 'Seda avaldust ei saa enam tagasi võtta: praktikakoht on kinnitatud või avaldus on juba tagasi võetud.',
  },
  lt: {
    title: 'Atšaukti paraišką?',
    lead: (name) => `Atšaukiate paraišką mokinio vardu: ${name}.`,
    consequences: [
      'Paraiška visam laikui pašalinama iš paieškos, o sprendimo laukiantis pasiūlymas panaikinamas.',
      'Mokiniui el. paštu pranešama, kad paraiška atšaukta. Jis bet kada gali pateikti paraišką iš naujo.',
      'Atšaukimo negalima atšaukti.',
    ],
    reasonLabel: 'Priežastis',
    reasonHint: 'Privaloma. Ji saugoma kartu su paraiška. Ji nesiunčiama mokiniui, tačiau yra duomenyse, kuriuos jis gali atsisiųsti apie save.',
    reasonRequired: 'Įrašykite priežastį.',
    confirm: 'Atšaukti paraišką',
    cancel: 'Neatšaukti',
    notWithdrawable: 'Šios paraiškos nebegalima atšaukti: praktikos vieta patvirtinta arba paraiška jau atšaukta.',
  },
  ru: {
    title: 'Отозвать заявку?',
    lead: (name) => `Вы отзываете заявку от имени учащегося: ${name}.`,
    consequences: [
      'Заявка навсегда выходит из подбора, а предложение, ожидающее решения, отменяется.',
      'Учащемуся сообщают по электронной почте, что заявка отозвана. Он может подать новую заявку в любое время.',
      'Отзыв нельзя отменить.',
    ],
    reasonLabel: 'Причина',
    reasonHint: 'Обязательно. Причина хранится вместе с заявкой. Учащемуся она не отправляется, но входит в данные, которые он может скачать о себе.',
    reasonRequired: 'Пожалуйста, укажите причину.',
    confirm: 'Отозвать заявку',
    cancel: 'Не отзывать',
    notWithdrawable: 'Эту заявку больше нельзя отозвать: место практики подтверждено или заявка уже отозвана.',
  },
};

/** The CSV's header row, in the desk's language (the follow-up columns take `followUpKinds`). */
export const CSV_COLUMNS: Translations<{ student: string; company: string; role: string; country: string; city: string; from: string; to: string }> = {
  fi: { student: 'Opiskelija', company: 'Yritys', role: 'Harjoittelupaikka', country: 'Maa', city: 'Kaupunki', from: 'Ensimmäinen päivä', to: 'Viimeinen päivä' },
  en: { student: 'Student', company: 'Company', role: 'Role', country: 'Country', city: 'City', from: 'First day', to: 'Last day' },
  et: { student: 'Õppija', company: 'Ettevõte', role: 'Praktikakoht', country: 'Riik', city: 'Linn', from: 'Esimene päev', to: 'Viimane päev' },
  lt: { student: 'Mokinys', company: 'Įmonė', role: 'Praktikos vieta', country: 'Šalis', city: 'Miestas', from: 'Pirmoji diena', to: 'Paskutinė diena' },
  ru: { student: 'Учащийся', company: 'Компания', role: 'Место практики', country: 'Страна', city: 'Город', from: 'Первый день', to: 'Последний день' },
};
