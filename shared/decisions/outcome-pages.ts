import { html } from '#shared/platform/html';
import type { Language, Translations } from '#shared/platform/i18n';
import { layout, paragraphs } from '#shared/platform/page-layout';

/** What a decision link's form did; shown right after the POST. */
export type DecisionOutcome = 'approved' | 'rejected' | 'held' | 'accepted' | 'declined' | 'withdrawn' | 'roleClosed';

/** Why a link has nothing left to decide: the match moved on since the email was sent. */
export type ProposalChange = 'withdrawn' | 'roleClosed' | 'expired' | 'decided' | 'released';

interface DoneText {
  outcomes: Record<DecisionOutcome, { title: string; body: string[] }>;
  close: string;
}

const DONE: Translations<DoneText> = {
  fi: {
    outcomes: {
      approved: {
        title: 'Kiitos – hyväksyit ehdotuksen',
        body: [
          'Seuraavaksi yritystä pyydetään hyväksymään hakija. Kun yritys hyväksyy, harjoittelujakso vahvistetaan ja saat sähköpostin, jossa ovat jakson tiedot ja yhteystiedot.',
          'Jos yritys kieltäytyy, hakija palaa hakuun automaattisesti.',
        ],
      },
      held: {
        title: 'Hylkäsit ehdotuksen ja opiskelija on tauolla',
        body: [
          'Kiitos päätöksestäsi. Opiskelijalle ei ehdoteta paikkoja ennen kuin palautat hänet hakuun tai hänen ajankohtansa päättyy. Saat sähköpostiisi linkin, jolla palautat hänet.',
          'Hakijalle kerrotaan ystävällisesti, että hakemus on tauolla. Perusteluasi ei lähetetä hänelle, mutta se sisältyy tietoihin, jotka hän voi ladata itsestään.',
        ],
      },
      rejected: {
        title: 'Hylkäsit ehdotuksen',
        body: [
          'Kiitos päätöksestäsi. Hakija palaa hakuun automaattisesti, eikä tätä paikkaa ehdoteta hänelle uudelleen.',
          'Hakijalle kerrotaan, että haku jatkuu. Perusteluasi ei lähetetä hänelle, mutta se sisältyy tietoihin, jotka hän voi ladata itsestään.',
        ],
      },
      accepted: {
        title: 'Harjoittelujakso on vahvistettu',
        body: [
          'Kiitos! Hyväksyit hakijan, ja harjoittelujakso on nyt vahvistettu.',
          'Sinä, hakija ja oppilaitoksen koordinaattori saatte kukin sähköpostin, jossa ovat päivämäärät ja yhteystiedot. Ota yhteyttä hakijaan ja sopikaa ensimmäisestä päivästä.',
        ],
      },
      declined: {
        title: 'Kieltäydyit hakijasta',
        body: [
          'Kiitos, että ilmoitit. Paikka palaa hakuun, ja ehdotamme muita hakijoita, kun sopiva löytyy.',
          'Hakijalle kerrotaan ystävällisesti, että haku jatkuu. Perusteluasi ei lähetetä hänelle, mutta se sisältyy tietoihin, jotka hän voi ladata itsestään.',
        ],
      },
      withdrawn: {
        title: 'Hakemuksesi on peruttu',
        body: [
          'Hakemuksesi ei ole enää mukana haussa, ja päätöstä odottaneet ehdotukset on peruttu. Saat vahvistuksen myös sähköpostiisi.',
          'Voit hakea uudelleen milloin tahansa lähettämällä uuden hakemuksen.',
        ],
      },
      roleClosed: {
        title: 'Harjoittelupaikka on suljettu',
        body: [
          'Emme ehdota tähän paikkaan enää hakijoita. Päätöstä odottaneet ehdotukset on peruttu, ja niiden hakijat ovat palanneet hakuun.',
          'Sulkeminen ei vaikuta jo vahvistettuihin harjoittelujaksoihin. Saat vahvistuksen myös sähköpostiisi.',
        ],
      },
    },
    close: 'Voit nyt sulkea tämän sivun.',
  },
  en: {
    outcomes: {
      approved: {
        title: 'Thank you – you approved the proposal',
        body: [
          'The company is asked next to accept the applicant. When they do, the placement is confirmed, and you receive an email with the details and contacts.',
          'If the company declines, the applicant goes back to the search automatically.',
        ],
      },
      held: {
        title: 'You rejected the proposal and paused the student',
        body: [
          'Thank you for your decision. No placement is proposed to the student until you release them, or their availability ends. You will get a link by email to release them.',
          'The applicant is told kindly that the application is paused. Your reason is not sent to them, but it is in the data they can download about themselves.',
        ],
      },
      rejected: {
        title: 'You rejected the proposal',
        body: [
          'Thank you for your decision. The applicant goes back to the search automatically, and this placement is not proposed to them again.',
          'The applicant is told that the search continues; your reason is not sent to them, but it is in the data they can download about themselves.',
        ],
      },
      accepted: {
        title: 'The placement is confirmed',
        body: [
          'Thank you! You accepted the applicant, and the placement is now confirmed.',
          'You, the applicant and the school’s coordinator each receive an email with the dates and contacts. Please get in touch with the applicant to agree on the first day.',
        ],
      },
      declined: {
        title: 'You declined the applicant',
        body: [
          'Thank you for letting us know. The place goes back to the search, and we will propose other applicants when we find a good fit.',
          'The applicant is told kindly that the search continues; your reason is not sent to them, but it is in the data they can download about themselves.',
        ],
      },
      withdrawn: {
        title: 'Your application has been withdrawn',
        body: [
          'Your application is no longer in the search, and any proposals that were waiting have been cancelled. You will also receive a confirmation by email.',
          'You can apply again at any time by sending a new application.',
        ],
      },
      roleClosed: {
        title: 'The role is closed',
        body: [
          'We will not propose any more applicants for this role. Proposals that were still waiting have been cancelled, and those applicants are back in the search.',
          'Placements already confirmed are not affected. You will also receive a confirmation by email.',
        ],
      },
    },
    close: 'You can close this page now.',
  },
  et: {
    outcomes: {
      approved: {
        title: 'Aitäh – kiitsite pakkumise heaks',
        body: [
          'Järgmisena palutakse ettevõttel kandidaat vastu võtta. Kui ettevõte seda teeb, praktika kinnitatakse ja saate e-kirja andmete ja kontaktidega.',
          'Kui ettevõte keeldub, naaseb kandidaat automaatselt otsingusse.',
        ],
      },
      held: {
        title: 'Lükkasite pakkumise tagasi ja panite õppija ootele',
        body: [
          'Täname otsuse eest. Õppijale ei pakuta praktikakohti enne, kui Te ta otsingusse tagasi toote või tema ajavahemik lõpeb. Saate e-kirjaga lingi, millega ta tagasi tuua.',
          'Kandidaadile teatatakse sõbralikult, et avaldus on ootel. Teie põhjendust talle ei saadeta, kuid see on andmetes, mille ta saab enda kohta alla laadida.',
        ],
      },
      rejected: {
        title: 'Lükkasite pakkumise tagasi',
        body: [
          'Täname otsuse eest. Kandidaat naaseb automaatselt otsingusse ja seda kohta talle enam ei pakuta.',
          'Kandidaadile teatatakse, et otsing jätkub; Teie põhjendust talle ei saadeta, kuid see on andmetes, mille ta saab enda kohta alla laadida.',
        ],
      },
      accepted: {
        title: 'Praktika on kinnitatud',
        body: [
          'Aitäh! Võtsite kandidaadi vastu ja praktika on nüüd kinnitatud.',
          'Teie, kandidaat ja kooli koordinaator saate kõik e-kirja kuupäevade ja kontaktidega. Palun võtke kandidaadiga ühendust, et leppida kokku esimene päev.',
        ],
      },
      declined: {
        title: 'Keeldusite kandidaadist',
        body: [
          'Täname teatamast. Koht naaseb otsingusse ja pakume teisi kandidaate, kui leiame sobiva.',
          'Kandidaadile teatatakse sõbralikult, et otsing jätkub; Teie põhjendust talle ei saadeta, kuid see on andmetes, mille ta saab enda kohta alla laadida.',
        ],
      },
      withdrawn: {
        title: 'Teie avaldus on tagasi võetud',
        body: [
          'Teie avaldus ei osale enam otsingus ja otsust oodanud pakkumised on tühistatud. Saate kinnituse ka e-postiga.',
          'Võite igal ajal uuesti kandideerida, esitades uue avalduse.',
        ],
      },
      roleClosed: {
        title: 'Praktikakoht on suletud',
        body: [
          'Me ei paku sellele praktikakohale enam kandidaate. Otsust oodanud pakkumised on tühistatud ja nende kandidaadid on tagasi otsingus.',
          'Juba kinnitatud praktikaid see ei mõjuta. Saate kinnituse ka e-postiga.',
        ],
      },
    },
    close: 'Võite selle lehe nüüd sulgeda.',
  },
  lt: {
    outcomes: {
      approved: {
        title: 'Ačiū – pritarėte pasiūlymui',
        body: [
          'Toliau įmonės bus paprašyta priimti kandidatą. Kai ji tai padarys, praktika bus patvirtinta, ir gausite el. laišką su duomenimis ir kontaktais.',
          'Jei įmonė atsisakys, kandidatas automatiškai grįš į paiešką.',
        ],
      },
      held: {
        title: 'Atmetėte pasiūlymą ir sustabdėte mokinį',
        body: [
          'Dėkojame už sprendimą. Mokiniui nebus siūlomos praktikos vietos, kol jo negrąžinsite į paiešką arba nesibaigs jo laikotarpis. El. paštu gausite nuorodą, kuria galėsite jį grąžinti.',
          'Kandidatui maloniai pranešama, kad paraiška sustabdyta. Jūsų priežastis jam nesiunčiama, tačiau ji yra duomenyse, kuriuos jis gali atsisiųsti apie save.',
        ],
      },
      rejected: {
        title: 'Atmetėte pasiūlymą',
        body: [
          'Dėkojame už sprendimą. Kandidatas automatiškai grįš į paiešką, ir ši vieta jam nebebus siūloma.',
          'Kandidatui bus pranešta, kad paieška tęsiama; Jūsų nurodyta priežastis jam nesiunčiama, tačiau ji yra duomenyse, kuriuos jis gali atsisiųsti apie save.',
        ],
      },
      accepted: {
        title: 'Praktika patvirtinta',
        body: [
          'Ačiū! Priėmėte kandidatą, ir praktika dabar patvirtinta.',
          'Jūs, kandidatas ir mokyklos koordinatorius gausite el. laiškus su datomis ir kontaktais. Susisiekite su kandidatu ir susitarkite dėl pirmosios dienos.',
        ],
      },
      declined: {
        title: 'Atsisakėte kandidato',
        body: [
          'Dėkojame, kad pranešėte. Vieta grįš į paiešką, ir, radę tinkamų kandidatų, juos pasiūlysime.',
          'Kandidatui bus maloniai pranešta, kad paieška tęsiama; Jūsų nurodyta priežastis jam nesiunčiama, tačiau ji yra duomenyse, kuriuos jis gali atsisiųsti apie save.',
        ],
      },
      withdrawn: {
        title: 'Jūsų paraiška atšaukta',
        body: [
          'Jūsų paraiška nebedalyvauja paieškoje, o sprendimo laukę pasiūlymai panaikinti. Patvirtinimą gausite ir el. paštu.',
          'Bet kada galite vėl dalyvauti pateikę naują paraišką.',
        ],
      },
      roleClosed: {
        title: 'Praktikos vieta uždaryta',
        body: [
          'Į šią praktikos vietą daugiau kandidatų nebesiūlysime. Sprendimo laukę pasiūlymai panaikinti, o jų kandidatai grąžinti į paiešką.',
          'Jau patvirtintoms praktikoms tai įtakos neturi. Patvirtinimą gausite ir el. paštu.',
        ],
      },
    },
    close: 'Dabar galite uždaryti šį puslapį.',
  },
  ru: {
    outcomes: {
      approved: {
        title: 'Спасибо — Вы одобрили предложение',
        body: [
          'Следующим шагом компании будет предложено принять кандидата. Когда она это сделает, практика будет подтверждена, и Вы получите письмо с данными и контактами.',
          'Если компания откажет, кандидат автоматически вернётся в поиск.',
        ],
      },
      held: {
        title: 'Вы отклонили предложение и приостановили учащегося',
        body: [
          'Спасибо за решение. Места практики не будут предлагаться, пока Вы не вернёте заявку в подбор или не закончится указанный в ней период. Ссылку для возврата Вы получите по почте.',
          'Кандидату вежливо сообщат, что заявка приостановлена. Ваша причина ему не отправляется, но она есть в данных, которые он может скачать о себе.',
        ],
      },
      rejected: {
        title: 'Вы отклонили предложение',
        body: [
          'Спасибо за решение. Кандидат автоматически вернётся в поиск, и это место ему больше предлагаться не будет.',
          'Кандидату сообщат, что поиск продолжается; указанную Вами причину ему не отправят, но она есть в данных, которые он может скачать о себе.',
        ],
      },
      accepted: {
        title: 'Практика подтверждена',
        body: [
          'Спасибо! Вы приняли кандидата, и практика теперь подтверждена.',
          'Вы, кандидат и координатор учебного заведения получите письма с датами и контактами. Пожалуйста, свяжитесь с кандидатом, чтобы договориться о первом дне.',
        ],
      },
      declined: {
        title: 'Вы отказали кандидату',
        body: [
          'Спасибо, что сообщили. Место вернётся в поиск, и мы предложим других кандидатов, когда найдём подходящих.',
          'Кандидату деликатно сообщат, что поиск продолжается; указанную Вами причину ему не отправят, но она есть в данных, которые он может скачать о себе.',
        ],
      },
      withdrawn: {
        title: 'Ваша заявка отозвана',
        body: [
          'Ваша заявка больше не участвует в поиске, а предложения, ожидавшие решения, отменены. Подтверждение придёт и по электронной почте.',
          'Вы можете в любое время подать новую заявку.',
        ],
      },
      roleClosed: {
        title: 'Место практики закрыто',
        body: [
          'Мы больше не будем предлагать кандидатов на это место. Предложения, ожидавшие решения, отменены, а их кандидаты вернулись в поиск.',
          'На уже подтверждённые практики это не влияет. Подтверждение придёт и по электронной почте.',
        ],
      },
    },
    close: 'Эту страницу можно закрыть.',
  },
};

/** After a decision form: what happened and what happens next; nothing more to click. */
export function decisionDonePage(language: Language, vars: { outcome: DecisionOutcome }): string {
  const t = DONE[language];
  const { title, body } = t.outcomes[vars.outcome];
  const [first = '', ...rest] = body;
  return layout({ language, title, body: html`<p class="lead">${first}</p>${paragraphs(rest)}<p class="muted">${t.close}</p>` });
}

interface ChangedText {
  title: string;
  lead: string;
  changes: Record<ProposalChange, string>;
  nothing: string;
}

const CHANGED: Translations<ChangedText> = {
  fi: {
    title: 'Tilanne on muuttunut',
    lead: 'Tilanne on muuttunut sen jälkeen, kun sähköposti lähetettiin, joten tämän linkin kautta ei ole enää mitään päätettävää.',
    changes: {
      withdrawn: 'Hakija on perunut hakemuksensa.',
      roleClosed: 'Yritys on sulkenut harjoittelupaikan.',
      expired: 'Päätösaika on päättynyt, joten ehdotus on rauennut ja hakija on palannut hakuun.',
      decided: 'Ehdotuksesta on jo päätetty: työpöydällä, toisesta linkistä tai sijaisen toimesta. Kirjaudu sisään nähdäksesi, missä se on nyt.',
      released: 'Ehdotus on peruttu – esimerkiksi siksi, että hakijalle on jo vahvistettu toinen paikka.',
    },
    nothing: 'Sinun ei tarvitse tehdä mitään. Voit sulkea tämän sivun.',
  },
  en: {
    title: 'The situation has changed',
    lead: 'Something has changed since we sent the email, so there is nothing left to decide through this link.',
    changes: {
      withdrawn: 'The applicant has withdrawn their application.',
      roleClosed: 'The company has closed the role.',
      expired: 'The time to decide has passed, so the proposal has expired and the applicant is back in the search.',
      decided: 'This proposal has already been decided: on a desk, through another link, or by a stand-in. Sign in to see where it stands now.',
      released: 'The proposal has been cancelled, for example because another placement has been confirmed for the applicant.',
    },
    nothing: 'You do not need to do anything. You can close this page.',
  },
  et: {
    title: 'Olukord on muutunud',
    lead: 'Pärast e-kirja saatmist on olukord muutunud, seega ei ole selle lingi kaudu enam midagi otsustada.',
    changes: {
      withdrawn: 'Kandidaat on oma avalduse tagasi võtnud.',
      roleClosed: 'Ettevõte on praktikakoha sulgenud.',
      expired: 'Otsustamise aeg on möödas, seega pakkumine on aegunud ja kandidaat on tagasi otsingus.',
      decided: 'Selle pakkumise kohta on juba otsustatud: töölaual, teise lingi kaudu või asendaja poolt. Selle praeguse seisu nägemiseks logige sisse.',
      released: 'Pakkumine on tühistatud, näiteks seetõttu, et kandidaadile on juba kinnitatud teine koht.',
    },
    nothing: 'Te ei pea midagi tegema. Võite selle lehe sulgeda.',
  },
  lt: {
    title: 'Aplinkybės pasikeitė',
    lead: 'Išsiuntus laišką aplinkybės pasikeitė, todėl per šią nuorodą nebėra ką spręsti.',
    changes: {
      withdrawn: 'Kandidatas atšaukė savo paraišką.',
      roleClosed: 'Įmonė uždarė praktikos vietą.',
      expired: 'Sprendimo laikas baigėsi, todėl pasiūlymas nebegalioja, o kandidatas grąžintas į paiešką.',
      decided: 'Dėl šio pasiūlymo jau nuspręsta: darbo vietoje, per kitą nuorodą arba pavaduojančio asmens. Prisijunkite, kad pamatytumėte jo būseną dabar.',
      released: 'Pasiūlymas panaikintas, pavyzdžiui, todėl, kad kandidatui jau patvirtinta kita vieta.',
    },
    nothing: 'Jums nieko daryti nereikia. Galite uždaryti šį puslapį.',
  },
  ru: {
    title: 'Ситуация изменилась',
    lead: 'После отправки письма ситуация изменилась, поэтому по этой ссылке больше нечего решать.',
    changes: {
      withdrawn: 'Кандидат отозвал свою заявку.',
      roleClosed: 'Компания закрыла место практики.',
      expired: 'Срок для решения истёк, поэтому предложение больше не действует, а кандидат вернулся в поиск.',
      decided: 'Решение по этому предложению уже принято: в личном кабинете, по другой ссылке или заместителем. Войдите, чтобы увидеть, где оно сейчас.',
      released: 'Предложение отменено — например, потому что кандидату уже подтверждено другое место.',
    },
    nothing: 'От Вас ничего не требуется. Эту страницу можно закрыть.',
  },
};

/** The match moved on since the email (withdrawn, closed, expired, decided elsewhere): no form. */
export function proposalChangedPage(language: Language, vars: { change: ProposalChange }): string {
  const t = CHANGED[language];
  return layout({
    language,
    title: t.title,
    body: html`<p class="lead">${t.lead}</p><p class="notice">${t.changes[vars.change]}</p><p>${t.nothing}</p>`,
  });
}
