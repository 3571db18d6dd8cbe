import { formatDate, LANGUAGES, type Language, type Translations } from '#shared/platform/i18n';
import { html, type SafeHtml } from '#shared/platform/html';
import { PRIVACY_NOTICE, privacyPath } from '#shared/platform/site-paths';
import { UNCONFIRMED_LIFETIME_DAYS } from '#shared/erasure/retention';
import { staticDocument } from './document.ts';

/*
 * The privacy notice, one static page per language (/privacy/<language>/), and /privacy/ that
 * lists them. Linked from every form, every page behind an email link and every email's footer.
 * What it says follows docs/guarantees.md ("Personal data"): what is kept, who sees it, the
 * retention rules (shared/erasure/retention.ts) and the rights the status page serves.
 */

export interface PrivacySettings {
  /** Who runs the service (context `programmeOperator`); unset: a neutral wording. */
  programmeOperator?: string;
  /** Where to write (context `contactAddress`); unset: the school's coordinator. */
  contactAddress?: string;
  /** Last day a placement's personal data is kept (YYYY-MM-DD, `retentionUntil`). */
  retentionUntil: string;
}

/** Months after the end of the availability that a never-placed application is erased (shared/erasure/retention.ts). */
const NEVER_PLACED_MONTHS = 12;

interface Section {
  heading: string;
  paragraphs?: string[];
  items?: string[];
}

interface Notice {
  lead: string;
  sections: Section[];
}

type Build = (s: PrivacySettings & { retentionDate: string; days: number; months: number }) => Notice;

const NOTICE: Translations<Build> = {
  en: (s) => ({
    lead: 'This notice explains what personal data Liike keeps, why, who sees it, for how long, and what you can do about it.',
    sections: [
      {
        heading: 'Who runs Liike',
        paragraphs: [
          s.programmeOperator
            ? `Liike is run by ${s.programmeOperator}, for the exchange between partner vocational schools in Finland, Estonia, Lithuania and Russia. ${s.programmeOperator} is responsible for the personal data in it.`
            : 'Liike is run by the programme that coordinates the exchange between partner vocational schools in Finland, Estonia, Lithuania and Russia (the programme operator), which is responsible for the personal data in it.',
        ],
      },
      {
        heading: 'What we keep, and why',
        items: [
          'If you apply: your name, email address, school, field of study, the sectors, countries and dates you want, your languages, your motivation and any role preferences. We use them to find you a placement and to tell you about it.',
          'The optional questions for the funder (gender, age group, labour-market situation, education) are reported only as totals. Of your year of birth we keep only the age group. The three sensitive questions are asked only with a consent of their own, kept apart from your application, and never shown to anyone.',
          'If you post a role: the company, its registration number and place, the role, and the contact person’s name, email address and language, to propose trainees and reach the contact.',
          'Coordinators: name, email address and language, in the school registry kept by programme staff.',
          'Nothing else: there are no accounts and no tracking cookies. Signing in with an email link sets one cookie, for that session only (12 hours at most, or until you sign out); the request for the link is kept for a day. The forms remember only the language you chose, in your browser. Logs hold no names or addresses; limits on how often a form can be sent keep a hash computed from the address, not the address, and expire within hours.',
        ],
      },
      {
        heading: 'Who sees what',
        items: [
          'When a placement is proposed, your school’s coordinator sees your application (name, school, field, languages, motivation).',
          'Once the coordinator approves, the company contact sees the same.',
          'When the placement is confirmed, the applicant, the company contact and the coordinator get each other’s contact details.',
          'The funder gets totals only, never names; small numbers are hidden.',
          'The data is stored by Amazon Web Services on the programme’s behalf, in the region the programme chose (in the EU by default). Nobody else gets it.',
        ],
      },
      {
        heading: 'How long we keep it',
        items: [
          `An application that is never confirmed from the link in its receipt is deleted ${s.days} days after it was sent.`,
          `An application that does not lead to a placement: its personal data is deleted ${s.months} months after the end of the period you were available.`,
          `A placement: its records are kept until ${s.retentionDate}, as the funder requires, and then deleted.`,
          'What stays after deletion is an anonymous record for the funder’s statistics, which cannot be linked to you.',
          'A company contact’s details stay with the role for the programme’s records; ask us to remove them.',
        ],
      },
      {
        heading: 'Your rights',
        items: [
          'See your data: open the link in your receipt email and choose “Download my data”: you get everything we keep about you.',
          'Delete your data: on the same page, “Delete my data”. You can also withdraw your application there at any time.',
          s.contactAddress
            ? `To correct something, to object, or for any other question, write to ${s.contactAddress}.`
            : 'To correct something, to object, or for any other question, ask your school’s international coordinator, who passes it on to the programme.',
          'You can also complain to the data protection authority of your country (in Finland the Data Protection Ombudsman, in Estonia the Data Protection Inspectorate, in Lithuania the State Data Protection Inspectorate, in Russia Roskomnadzor).',
        ],
      },
      {
        heading: 'Contact',
        paragraphs: [
          s.contactAddress
            ? `${s.contactAddress}. You can also reply to any email from Liike.`
            : 'Your school’s international coordinator, or the programme staff through them.',
        ],
      },
    ],
  }),
  fi: (s) => ({
    lead: 'Tässä selosteessa kerrotaan, mitä henkilötietoja Liike säilyttää, miksi, kuka niitä näkee, kuinka kauan ne säilytetään ja mitä voit tehdä.',
    sections: [
      {
        heading: 'Kuka Liikettä ylläpitää',
        paragraphs: [
          s.programmeOperator
            ? `Liikettä ylläpitää ${s.programmeOperator} Suomen, Viron, Liettuan ja Venäjän ammatillisten kumppanioppilaitosten välistä vaihtoa varten. ${s.programmeOperator} vastaa palvelun henkilötiedoista.`
            : 'Liikettä ylläpitää ohjelma, joka koordinoi Suomen, Viron, Liettuan ja Venäjän ammatillisten kumppanioppilaitosten välistä vaihtoa (ohjelman ylläpitäjä). Se vastaa palvelun henkilötiedoista.',
        ],
      },
      {
        heading: 'Mitä säilytämme ja miksi',
        items: [
          'Jos haet: nimesi, sähköpostiosoitteesi, oppilaitoksesi, koulutusalasi, toivomasi toimialat, maat ja ajankohta, kielitaitosi, motivaatiosi ja mahdolliset toivepaikat. Käytämme niitä paikan löytämiseen ja sinulle tiedottamiseen.',
          'Rahoittajan vapaaehtoiset kysymykset (sukupuoli, ikäryhmä, työmarkkinatilanne, koulutus) raportoidaan vain yhteissummina. Syntymävuodestasi säilytämme vain ikäryhmän. Kolmea arkaluonteista kysymystä kysytään vain erillisellä suostumuksella; vastaukset säilytetään erillään hakemuksesta eikä niitä näytetä kenellekään.',
          'Jos ilmoitat paikan: yritys, sen Y-tunnus tai muu tunnus ja sijainti, paikan tiedot sekä yhteyshenkilön nimi, sähköpostiosoite ja kieli, jotta voimme ehdottaa harjoittelijoita ja tavoittaa yhteyshenkilön.',
          'Koordinaattorit: nimi, sähköpostiosoite ja kieli oppilaitosrekisterissä, jota ohjelman henkilöstö ylläpitää.',
          'Ei muuta: tilejä tai seurantaevästeitä ei ole. Sähköpostilinkillä kirjautuminen asettaa yhden evästeen vain kyseiseksi istunnoksi (enintään 12 tunniksi tai kunnes kirjaudut ulos); linkin pyyntö säilytetään vuorokauden. Lomakkeet muistavat selaimessasi vain valitsemasi kielen. Lokeissa ei ole nimiä eikä osoitteita; lähetysmäärien rajoitukset säilyttävät osoitteesta lasketun tiivisteen, eivät osoitetta, ja ne vanhenevat tunneissa.',
        ],
      },
      {
        heading: 'Kuka näkee mitä',
        items: [
          'Kun sinulle ehdotetaan paikkaa, oppilaitoksesi koordinaattori näkee hakemuksesi (nimi, oppilaitos, ala, kielitaito, motivaatio).',
          'Kun koordinaattori on hyväksynyt ehdotuksen, yrityksen yhteyshenkilö näkee samat tiedot.',
          'Kun paikka vahvistetaan, hakija, yrityksen yhteyshenkilö ja koordinaattori saavat toistensa yhteystiedot.',
          'Rahoittaja saa vain yhteissummia, ei koskaan nimiä; pienet luvut piilotetaan.',
          'Tiedot säilyttää ohjelman puolesta Amazon Web Services ohjelman valitsemalla alueella (oletuksena EU:ssa). Muut eivät saa niitä.',
        ],
      },
      {
        heading: 'Kuinka kauan säilytämme tietoja',
        items: [
          `Hakemus, jota ei vahvisteta vastaanottokuittauksen linkistä, poistetaan ${s.days} päivän kuluttua lähettämisestä.`,
          `Hakemus, joka ei johda paikkaan: henkilötiedot poistetaan ${s.months} kuukauden kuluttua siitä, kun ilmoittamasi ajankohta päättyi.`,
          `Vahvistettu paikka: tiedot säilytetään rahoittajan vaatimuksesta ${s.retentionDate} asti ja poistetaan sen jälkeen.`,
          'Poiston jälkeen jäljelle jää nimetön tietue rahoittajan tilastoja varten, eikä sitä voi yhdistää sinuun.',
          'Yrityksen yhteyshenkilön tiedot säilyvät paikan yhteydessä ohjelman asiakirjoja varten; voit pyytää meitä poistamaan ne.',
        ],
      },
      {
        heading: 'Oikeutesi',
        items: [
          'Tietojesi katsominen: avaa vastaanottokuittauksen linkki ja valitse ”Lataa tietoni”: saat kaikki sinusta säilytetyt tiedot.',
          'Tietojesi poistaminen: samalla sivulla ”Poista tietoni”. Siellä voit myös perua hakemuksesi milloin tahansa.',
          s.contactAddress
            ? `Tietojen korjaamiseksi, vastustamiseksi tai muissa kysymyksissä kirjoita osoitteeseen ${s.contactAddress}.`
            : 'Tietojen korjaamiseksi, vastustamiseksi tai muissa kysymyksissä käänny oppilaitoksesi kansainvälisen koordinaattorin puoleen; hän välittää asian ohjelmalle.',
          'Voit myös tehdä valituksen oman maasi tietosuojaviranomaiselle (Suomessa tietosuojavaltuutetun toimisto, Virossa Andmekaitse Inspektsioon, Liettuassa Valstybinė duomenų apsaugos inspekcija, Venäjällä Roskomnadzor).',
        ],
      },
      {
        heading: 'Yhteystiedot',
        paragraphs: [
          s.contactAddress
            ? `${s.contactAddress}. Voit myös vastata mihin tahansa Liikkeen lähettämään sähköpostiin.`
            : 'Oppilaitoksesi kansainvälinen koordinaattori, tai hänen kauttaan ohjelman henkilöstö.',
        ],
      },
    ],
  }),
  et: (s) => ({
    lead: 'Selles teates kirjeldame, milliseid isikuandmeid Liike säilitab, miks, kes neid näeb, kui kaua neid hoitakse ja mida Te saate teha.',
    sections: [
      {
        heading: 'Kes Liiket haldab',
        paragraphs: [
          s.programmeOperator
            ? `Liiket haldab ${s.programmeOperator} Soome, Eesti, Leedu ja Venemaa kutseõppeasutuste vahelise vahetuse jaoks. ${s.programmeOperator} vastutab teenuses olevate isikuandmete eest.`
            : 'Liiket haldab programm, mis koordineerib Soome, Eesti, Leedu ja Venemaa partnerkutseõppeasutuste vahelist vahetust (programmi haldaja). Programm vastutab teenuses olevate isikuandmete eest.',
        ],
      },
      {
        heading: 'Mida me säilitame ja miks',
        items: [
          'Kui Te kandideerite: Teie nimi, e-posti aadress, kool, õppevaldkond, soovitud valdkonnad, riigid ja aeg, keeleoskus, motivatsioon ja võimalikud soovitud praktikakohad. Kasutame neid Teile praktikakoha leidmiseks ja Teie teavitamiseks.',
          'Rahastaja vabatahtlikud küsimused (sugu, vanuserühm, olukord tööturul, haridus) esitatakse ainult koondarvudena. Teie sünniaastast säilitame ainult vanuserühma. Kolme delikaatset küsimust küsitakse ainult eraldi nõusolekul; vastuseid hoitakse avaldusest eraldi ega näidata kellelegi.',
          'Kui Te lisate praktikakoha: ettevõte, selle registrikood ja asukoht, praktikakoha andmed ning kontaktisiku nimi, e-posti aadress ja keel, et pakkuda praktikante ja kontaktisikuga ühendust võtta.',
          'Koordinaatorid: nimi, e-posti aadress ja keel kooliregistris, mida haldavad programmi töötajad.',
          'Muud mitte: kontosid ega jälgimisküpsiseid ei ole. E-posti lingiga sisselogimine seab ühe küpsise ainult selleks seansiks (kuni 12 tundi või kuni välja logite); lingi päringut hoitakse ööpäev. Vormid jätavad Teie brauserisse meelde ainult valitud keele. Logides ei ole nimesid ega aadresse; saatmiskordade piirangud hoiavad aadressist arvutatud räsi, mitte aadressi, ja aeguvad mõne tunni jooksul.',
        ],
      },
      {
        heading: 'Kes mida näeb',
        items: [
          'Kui Teile pakutakse praktikakohta, näeb Teie kooli koordinaator Teie avaldust (nimi, kool, valdkond, keeleoskus, motivatsioon).',
          'Kui koordinaator on pakkumise heaks kiitnud, näeb sama ka ettevõtte kontaktisik.',
          'Kui praktikakoht kinnitatakse, saavad kandidaat, ettevõtte kontaktisik ja koordinaator üksteise kontaktandmed.',
          'Rahastaja saab ainult koondarvud, mitte kunagi nimesid; väikesed arvud peidetakse.',
          'Andmeid hoiab programmi nimel Amazon Web Services programmi valitud piirkonnas (vaikimisi ELis). Teised neid ei saa.',
        ],
      },
      {
        heading: 'Kui kaua me andmeid hoiame',
        items: [
          `Avaldus, mida kinnituskirja lingi kaudu ei kinnitata, kustutatakse ${s.days} päeva pärast saatmist.`,
          `Avaldus, mis ei vii praktikani: isikuandmed kustutatakse ${s.months} kuud pärast seda, kui Teie märgitud ajavahemik lõppes.`,
          `Kinnitatud praktika: andmeid hoitakse rahastaja nõudel kuni kuupäevani ${s.retentionDate} ja seejärel kustutatakse.`,
          'Pärast kustutamist jääb alles anonüümne kirje rahastaja statistika jaoks, mida ei saa Teiega seostada.',
          'Ettevõtte kontaktisiku andmed jäävad praktikakoha juurde programmi dokumentide jaoks; võite paluda meil need eemaldada.',
        ],
      },
      {
        heading: 'Teie õigused',
        items: [
          'Oma andmete vaatamine: avage kinnituskirjas olev link ja valige „Laadige minu andmed alla“: saate kõik andmed, mida me Teie kohta hoiame.',
          'Oma andmete kustutamine: samal lehel „Kustutage minu andmed“. Seal saate ka oma avalduse igal ajal tagasi võtta.',
          s.contactAddress
            ? `Andmete parandamiseks, vastuväite esitamiseks või muude küsimuste korral kirjutage aadressile ${s.contactAddress}.`
            : 'Andmete parandamiseks, vastuväite esitamiseks või muude küsimuste korral pöörduge oma kooli rahvusvahelise koostöö koordinaatori poole, kes edastab küsimuse programmile.',
          'Samuti võite esitada kaebuse oma riigi andmekaitseasutusele (Eestis Andmekaitse Inspektsioon, Soomes Tietosuojavaltuutetun toimisto, Leedus Valstybinė duomenų apsaugos inspekcija, Venemaal Roskomnadzor).',
        ],
      },
      {
        heading: 'Kontakt',
        paragraphs: [
          s.contactAddress
            ? `${s.contactAddress}. Võite vastata ka igale Liike saadetud e-kirjale.`
            : 'Teie kooli rahvusvahelise koostöö koordinaator või tema kaudu programmi töötajad.',
        ],
      },
    ],
  }),
  lt: (s) => ({
    lead: 'Šiame pranešime paaiškinama, kokius asmens duomenis Liike saugo, kodėl, kas juos mato, kiek laiko jie saugomi ir ką Jūs galite padaryti.',
    sections: [
      {
        heading: 'Kas valdo Liike',
        paragraphs: [
          s.programmeOperator
            ? `Liike valdo ${s.programmeOperator} Suomijos, Estijos, Lietuvos ir Rusijos profesinių mokyklų partnerių mainams. ${s.programmeOperator} atsako už paslaugoje esančius asmens duomenis.`
            : 'Liike valdo programa, koordinuojanti Suomijos, Estijos, Lietuvos ir Rusijos profesinių mokyklų partnerių mainus (programos valdytojas). Ji atsako už paslaugoje esančius asmens duomenis.',
        ],
      },
      {
        heading: 'Ką saugome ir kodėl',
        items: [
          'Jei teikiate paraišką: Jūsų vardas ir pavardė, el. pašto adresas, mokykla, mokymosi sritis, pageidaujami sektoriai, šalys ir laikotarpis, kalbos, motyvacija ir pageidaujamos vietos. Juos naudojame praktikos vietai surasti ir Jus informuoti.',
          'Finansuotojo neprivalomi klausimai (lytis, amžiaus grupė, padėtis darbo rinkoje, išsilavinimas) teikiami tik kaip bendri skaičiai. Iš gimimo metų saugome tik amžiaus grupę. Trys jautrūs klausimai užduodami tik gavus atskirą sutikimą; atsakymai saugomi atskirai nuo paraiškos ir niekam nerodomi.',
          'Jei skelbiate vietą: įmonė, jos kodas ir vieta, vietos aprašymas, kontaktinio asmens vardas, pavardė, el. pašto adresas ir kalba – kad galėtume siūlyti praktikantus ir susisiekti su kontaktiniu asmeniu.',
          'Koordinatoriai: vardas, pavardė, el. pašto adresas ir kalba mokyklų registre, kurį tvarko programos darbuotojai.',
          'Nieko daugiau: paskyrų ir sekimo slapukų nėra. Prisijungus el. pašto nuoroda nustatomas vienas slapukas tik tai sesijai (ne ilgiau kaip 12 valandų arba kol atsijungsite); nuorodos užklausa saugoma parą. Formos Jūsų naršyklėje įsimena tik pasirinktą kalbą. Žurnaluose nėra vardų ir adresų; siuntimų skaičiaus ribojimai saugo iš adreso apskaičiuotą maišos reikšmę, o ne adresą, ir pasibaigia per kelias valandas.',
        ],
      },
      {
        heading: 'Kas ką mato',
        items: [
          'Kai Jums pasiūloma praktikos vieta, Jūsų mokyklos koordinatorius mato Jūsų paraišką (vardą, mokyklą, sritį, kalbas, motyvaciją).',
          'Koordinatoriui patvirtinus pasiūlymą, tą patį mato ir įmonės kontaktinis asmuo.',
          'Patvirtinus praktiką, kandidatas, įmonės kontaktinis asmuo ir koordinatorius gauna vienas kito kontaktus.',
          'Finansuotojas gauna tik bendrus skaičius, niekada vardų; maži skaičiai slepiami.',
          'Duomenis programos vardu saugo „Amazon Web Services“ programos pasirinktame regione (pagal numatytuosius nustatymus ES). Niekas kitas jų negauna.',
        ],
      },
      {
        heading: 'Kiek laiko saugome duomenis',
        items: [
          `Paraiška, nepatvirtinta per patvirtinimo laiško nuorodą, ištrinama praėjus ${s.days} dienoms nuo jos pateikimo.`,
          `Paraiška, po kurios nebuvo praktikos: asmens duomenys ištrinami praėjus ${s.months} mėnesių nuo Jūsų nurodyto laikotarpio pabaigos.`,
          `Patvirtinta praktika: duomenys finansuotojo reikalavimu saugomi iki ${s.retentionDate}, po to ištrinami.`,
          'Ištrynus lieka tik anoniminis įrašas finansuotojo statistikai, kurio negalima susieti su Jumis.',
          'Įmonės kontaktinio asmens duomenys lieka su vieta programos dokumentams; galite paprašyti mūsų juos pašalinti.',
        ],
      },
      {
        heading: 'Jūsų teisės',
        items: [
          'Susipažinti su savo duomenimis: atidarykite nuorodą patvirtinimo laiške ir pasirinkite „Atsisiųsti mano duomenis“ – gausite visus apie Jus saugomus duomenis.',
          'Ištrinti savo duomenis: tame pačiame puslapyje – „Ištrinti mano duomenis“. Ten bet kada galite ir atšaukti paraišką.',
          s.contactAddress
            ? `Norėdami ištaisyti duomenis, nesutikti su jų tvarkymu ar kitais klausimais rašykite adresu ${s.contactAddress}.`
            : 'Norėdami ištaisyti duomenis, nesutikti su jų tvarkymu ar kitais klausimais kreipkitės į savo mokyklos tarptautinių ryšių koordinatorių, kuris perduos klausimą programai.',
          'Taip pat galite pateikti skundą savo šalies duomenų apsaugos institucijai (Lietuvoje – Valstybinei duomenų apsaugos inspekcijai, Suomijoje – Tietosuojavaltuutetun toimisto, Estijoje – Andmekaitse Inspektsioon, Rusijoje – Roskomnadzor).',
        ],
      },
      {
        heading: 'Kontaktai',
        paragraphs: [
          s.contactAddress
            ? `${s.contactAddress}. Taip pat galite atsakyti į bet kurį Liike laišką.`
            : 'Jūsų mokyklos tarptautinių ryšių koordinatorius arba per jį – programos darbuotojai.',
        ],
      },
    ],
  }),
  ru: (s) => ({
    lead: 'В этом уведомлении объясняется, какие персональные данные хранит Liike, зачем, кто их видит, как долго они хранятся и что Вы можете сделать.',
    sections: [
      {
        heading: 'Кто управляет Liike',
        paragraphs: [
          s.programmeOperator
            ? `Liike управляет ${s.programmeOperator} для обмена между учебными заведениями-партнёрами профессионального образования Финляндии, Эстонии, Литвы и России. ${s.programmeOperator} отвечает за персональные данные в сервисе.`
            : 'Liike управляет программа, которая координирует обмен между учебными заведениями-партнёрами профессионального образования Финляндии, Эстонии, Литвы и России (оператор программы). Она отвечает за персональные данные в сервисе.',
        ],
      },
      {
        heading: 'Что мы храним и зачем',
        items: [
          'Если Вы подаёте заявку: имя и фамилия, адрес электронной почты, учебное заведение, направление обучения, желаемые отрасли, страны и сроки, языки, мотивация и желаемые места. Мы используем их, чтобы найти Вам место практики и сообщать Вам о ходе подбора.',
          'Необязательные вопросы для финансирующей организации (пол, возрастная группа, положение на рынке труда, образование) передаются только в виде итоговых цифр. Из года рождения мы храним только возрастную группу. Три деликатных вопроса задаются только с отдельного согласия; ответы хранятся отдельно от заявки и никому не показываются.',
          'Если Вы размещаете место: компания, её регистрационный номер и местонахождение, описание места, имя, адрес электронной почты и язык контактного лица — чтобы предлагать практикантов и связываться с контактным лицом.',
          'Координаторы: имя, адрес электронной почты и язык в реестре учебных заведений, который ведут сотрудники программы.',
          'Больше ничего: учётных записей и отслеживающих файлов cookie нет. Вход по ссылке из письма устанавливает один файл cookie только на этот сеанс (не более 12 часов или до выхода); запрос ссылки хранится сутки. Формы запоминают в Вашем браузере только выбранный язык. В журналах нет имён и адресов; ограничения на число отправок хранят не адрес, а вычисленный из него хеш и удаляются в течение нескольких часов.',
        ],
      },
      {
        heading: 'Кто что видит',
        items: [
          'Когда Вам предлагают место, координатор Вашего учебного заведения видит Вашу заявку (имя, учебное заведение, направление, языки, мотивацию).',
          'После одобрения координатором то же видит контактное лицо компании.',
          'Когда практика подтверждена, кандидат, контактное лицо компании и координатор получают контакты друг друга.',
          'Финансирующая организация получает только итоговые цифры, никогда — имена; малые числа скрываются.',
          'Данные хранит по поручению программы Amazon Web Services в регионе, выбранном программой (по умолчанию в ЕС). Больше их никто не получает.',
        ],
      },
      {
        heading: 'Как долго мы храним данные',
        items: [
          `Заявка, не подтверждённая по ссылке из письма-подтверждения, удаляется через ${s.days} дней после отправки.`,
          `Заявка, которая не привела к практике: персональные данные удаляются через ${s.months} месяцев после окончания указанного Вами периода.`,
          `Подтверждённая практика: данные хранятся по требованию финансирующей организации до ${s.retentionDate} включительно, затем удаляются.`,
          'После удаления остаётся только анонимная запись для статистики, которую невозможно связать с Вами.',
          'Данные контактного лица компании остаются при месте практики для документации программы; Вы можете попросить нас удалить их.',
        ],
      },
      {
        heading: 'Ваши права',
        items: [
          'Получить свои данные: откройте ссылку из письма-подтверждения и выберите «Скачать мои данные» — Вы получите всё, что мы о Вас храним.',
          'Удалить свои данные: на той же странице — «Удалить мои данные». Там же можно в любой момент отозвать заявку.',
          s.contactAddress
            ? `Чтобы исправить данные, возразить против их обработки или задать другой вопрос, напишите по адресу ${s.contactAddress}.`
            : 'Чтобы исправить данные, возразить против их обработки или задать другой вопрос, обратитесь к международному координатору своего учебного заведения: он передаст вопрос программе.',
          'Вы также можете подать жалобу в орган по защите данных своей страны (в России — Роскомнадзор, в Финляндии — Tietosuojavaltuutetun toimisto, в Эстонии — Andmekaitse Inspektsioon, в Литве — Valstybinė duomenų apsaugos inspekcija).',
        ],
      },
      {
        heading: 'Контакты',
        paragraphs: [
          s.contactAddress
            ? `${s.contactAddress}. Вы также можете ответить на любое письмо от Liike.`
            : 'Международный координатор Вашего учебного заведения или, через него, сотрудники программы.',
        ],
      },
    ],
  }),
};

const render = (notice: Notice): SafeHtml => html`<p class="lead">${notice.lead}</p>
${notice.sections.map(
  (section) => html`<h2>${section.heading}</h2>
${(section.paragraphs ?? []).map((p) => html`<p>${p}</p>`)}
${section.items ? html`<ul>${section.items.map((item) => html`<li>${item}</li>`)}</ul>` : ''}`,
)}`;

/** What the notice says in one language (for tests and for the page). */
export function privacyNotice(language: Language, settings: PrivacySettings): Notice {
  const retentionDate = formatDate(settings.retentionUntil, language);
  return NOTICE[language]({ ...settings, retentionDate, days: UNCONFIRMED_LIFETIME_DAYS, months: NEVER_PLACED_MONTHS });
}

/** The pages: `privacy/<language>/index.html` for each language and `privacy/index.html`, which lists them. */
export function privacyPages(settings: PrivacySettings, css: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const language of LANGUAGES) {
    const page = staticDocument({
      language,
      title: PRIVACY_NOTICE[language],
      css,
      body: render(privacyNotice(language, settings)),
      languageLinks: privacyPath,
    });
    pages.set(`${privacyPath(language).slice(1)}index.html`, page);
  }
  const list = html`<ul class="language-list">${LANGUAGES.map(
    (language) => html`<li lang="${language}"><a hreflang="${language}" href="${privacyPath(language)}">${PRIVACY_NOTICE[language]}</a></li>`,
  )}</ul>`;
  pages.set('privacy/index.html', staticDocument({ language: 'en', title: LANGUAGES.map((l) => PRIVACY_NOTICE[l]).join(' · '), css, body: list }));
  return pages;
}
