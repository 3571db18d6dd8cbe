import type { Translations } from '#shared/platform/i18n';

/*
 * The texts of the public board of roles (`/roles/`) and of choosing roles in the application
 * form, in the five languages. Kept apart from texts.ts so that each page carries only the
 * tables it uses (every table is its own export: esbuild drops the unused ones). Country,
 * sector, applicant-type, field and language names come from shared/ as everywhere else. A
 * role's own title and description are never here: they stay as the company wrote them.
 * `{name}` marks a value filled in by `fill` (texts.ts).
 */

type Table = Translations<string>;

/** Labels of a role's facts, shared by the board, the role's page and the chosen roles in the form. */
export const facts = {
  sector: { fi: 'Toimiala', en: 'Sector', et: 'Valdkond', lt: 'Sektorius', ru: 'Отрасль' },
  fields: { fi: 'Koulutusalat', en: 'Fields of study', et: 'Õppevaldkonnad', lt: 'Mokymosi sritys', ru: 'Направления обучения' },
  applicantTypes: { fi: 'Kuka voi hakea', en: 'Who can apply', et: 'Kes saavad kandideerida', lt: 'Kas gali teikti paraišką', ru: 'Кто может подать заявку' },
  period: { fi: 'Ajankohta', en: 'When', et: 'Aeg', lt: 'Laikas', ru: 'Сроки' },
  minWeeks: { fi: 'Lyhin jakso', en: 'Shortest placement', et: 'Lühim praktika', lt: 'Trumpiausia praktika', ru: 'Минимальный срок' },
  placesLeft: { fi: 'Vapaita paikkoja', en: 'Places left', et: 'Vabu kohti', lt: 'Liko vietų', ru: 'Осталось мест' },
  placesOf: { fi: '{left}/{places}', en: '{left} of {places}', et: '{left}/{places}', lt: '{left} iš {places}', ru: '{left} из {places}' },
  languages: { fi: 'Vaadittu kielitaito', en: 'Languages needed', et: 'Nõutav keeleoskus', lt: 'Reikalaujamos kalbos', ru: 'Требуемые языки' },
  noLanguages: { fi: 'Ei kielivaatimusta', en: 'No language requirement', et: 'Keelenõue puudub', lt: 'Kalbų reikalavimų nėra', ru: 'Требований к языкам нет' },
  company: { fi: 'Yritys', en: 'Company', et: 'Ettevõte', lt: 'Įmonė', ru: 'Компания' },
  where: { fi: 'Sijainti', en: 'Where', et: 'Asukoht', lt: 'Vieta', ru: 'Где' },
  /** The language a company wrote a title or description in (a language's name follows). */
  textLanguage: { fi: 'Tekstin kieli: {language}', en: 'Language of the text: {language}', et: 'Teksti keel: {language}', lt: 'Teksto kalba: {language}', ru: 'Язык текста: {language}' },
} satisfies Record<string, Table>;

/** The board page: the list with its filters, and one role's page. */
export const board = {
  title: { fi: 'Avoimet harjoittelupaikat', en: 'Open roles', et: 'Vabad praktikakohad', lt: 'Laisvos praktikos vietos', ru: 'Свободные места практики' },
  lead: {
    fi: 'Paikat, joita yritykset Suomessa, Virossa, Liettuassa ja Venäjällä tarjoavat nyt ja joissa on vielä tilaa. Voit hakea paikkaa sen omalta sivulta tai valita hakemukseesi enintään viisi toivepaikkaa.',
    en: 'Roles that companies in Finland, Estonia, Lithuania and Russia offer now, each with a place left. Apply to one from its page, or choose up to five of them in your application.',
    et: 'Praktikakohad, mida ettevõtted Soomes, Eestis, Leedus ja Venemaal praegu pakuvad ja kus on veel vaba koht. Kandideerige kohale selle lehelt või valige avalduses kuni viis soovitud kohta.',
    lt: 'Vietos, kurias dabar siūlo įmonės Suomijoje, Estijoje, Lietuvoje ir Rusijoje ir kuriose dar yra laisvų vietų. Paraišką vietai galite pateikti iš jos puslapio arba paraiškoje pasirinkti iki penkių vietų.',
    ru: 'Места, которые компании Финляндии, Эстонии, Литвы и России предлагают сейчас и где ещё есть свободные места. Подайте заявку на место с его страницы или выберите в заявке до пяти желаемых мест.',
  },
  filters: { fi: 'Rajaa paikkoja', en: 'Find roles', et: 'Otsige praktikakohti', lt: 'Ieškoti vietų', ru: 'Поиск мест' },
  country: { fi: 'Maa', en: 'Host country', et: 'Sihtriik', lt: 'Šalis', ru: 'Страна практики' },
  field: { fi: 'Koulutusala', en: 'Field of study', et: 'Õppevaldkond', lt: 'Mokymosi sritis', ru: 'Направление обучения' },
  fieldHelp: {
    fi: 'Näyttää myös paikat, jotka hyväksyvät koko laajemman alan.',
    en: 'Also shows the roles that accept the whole broader field.',
    et: 'Näitab ka kohti, kuhu sobib kogu laiem valdkond.',
    lt: 'Rodomos ir vietos, kurioms tinka visa platesnė sritis.',
    ru: 'Показываются и места, открытые для всего более широкого направления.',
  },
  applicantType: { fi: 'Hakijana', en: 'Applying as', et: 'Kandideerija', lt: 'Paraišką teikia', ru: 'Кто подаёт заявку' },
  from: { fi: 'Aikaisintaan', en: 'From', et: 'Alates', lt: 'Nuo', ru: 'С' },
  to: { fi: 'Viimeistään', en: 'Until', et: 'Kuni', lt: 'Iki', ru: 'По' },
  periodHelp: {
    fi: 'Paikat, joiden ajankohta osuu näiden päivien väliin.',
    en: 'Roles whose period overlaps these dates.',
    et: 'Kohad, mille aeg kattub nende kuupäevadega.',
    lt: 'Vietos, kurių laikotarpis sutampa su šiomis datomis.',
    ru: 'Места, сроки которых пересекаются с этими датами.',
  },
  q: { fi: 'Nimike, yritys tai kaupunki', en: 'Title, company or city', et: 'Ametinimetus, ettevõte või linn', lt: 'Pavadinimas, įmonė ar miestas', ru: 'Название, компания или город' },
  allOf: { fi: '(kaikki)', en: '(all)', et: '(kõik)', lt: '(visos)', ru: '(все)' },
  any: { fi: '(kaikki)', en: '(any)', et: '(kõik)', lt: '(nesvarbu)', ru: '(не важно)' },
  show: { fi: 'Näytä paikat', en: 'Show roles', et: 'Näidake kohti', lt: 'Rodyti vietas', ru: 'Показать места' },
  clear: { fi: 'Tyhjennä rajaukset', en: 'Clear the filters', et: 'Tühjendage valikud', lt: 'Išvalyti filtrus', ru: 'Сбросить фильтры' },
  results: { fi: 'Paikat', en: 'Roles', et: 'Praktikakohad', lt: 'Vietos', ru: 'Места' },
  loading: { fi: 'Ladataan paikkoja…', en: 'Loading roles…', et: 'Laadin praktikakohti…', lt: 'Įkeliamos vietos…', ru: 'Загрузка мест…' },
  found: { fi: 'Löytyneitä paikkoja: {n}.', en: 'Roles found: {n}.', et: 'Leitud praktikakohti: {n}.', lt: 'Rasta vietų: {n}.', ru: 'Найдено мест: {n}.' },
  foundMore: {
    fi: 'Näytetään {n} paikkaa. Lisää löytyy painikkeella ”Lisää paikkoja”.',
    en: 'Roles shown: {n}. There are more: press “More roles”.',
    et: 'Näidatakse praktikakohti: {n}. Neid on veel: vajutage „Rohkem kohti“.',
    lt: 'Rodoma vietų: {n}. Yra daugiau: spauskite „Daugiau vietų“.',
    ru: 'Показано мест: {n}. Есть ещё: нажмите «Ещё места».',
  },
  added: { fi: 'Uusia paikkoja: {n}, näytetään yhteensä {total}.', en: 'Added {n}; {total} shown.', et: 'Lisati {n}, kokku {total}.', lt: 'Pridėta: {n}, iš viso rodoma: {total}.', ru: 'Добавлено: {n}, всего показано: {total}.' },
  more: { fi: 'Lisää paikkoja', en: 'More roles', et: 'Rohkem kohti', lt: 'Daugiau vietų', ru: 'Ещё места' },
  none: {
    fi: 'Näillä rajauksilla ei löytynyt avoimia paikkoja. Kokeile väljempiä rajauksia.',
    en: 'No open role matches these filters. Try fewer or wider ones.',
    et: 'Nende valikutega avatud praktikakohti ei leitud. Proovige vähem või laiemaid valikuid.',
    lt: 'Pagal šiuos filtrus laisvų vietų nerasta. Pabandykite mažiau arba platesnių filtrų.',
    ru: 'По этим фильтрам свободных мест нет. Попробуйте меньше фильтров или более широкие.',
  },
  noneAtAll: {
    fi: 'Avoimia paikkoja ei juuri nyt ole. Voit silti hakea: Liike ehdottaa sinulle paikkaa, kun sopiva avautuu.',
    en: 'There are no open roles just now. You can still apply: Liike proposes a role to you when one that fits opens.',
    et: 'Praegu vabu praktikakohti pole. Kandideerida saate siiski: Liike pakub Teile kohta, kui sobiv avaneb.',
    lt: 'Šiuo metu laisvų vietų nėra. Vis tiek galite teikti paraišką: Liike pasiūlys vietą, kai atsiras tinkama.',
    ru: 'Сейчас свободных мест нет. Вы всё равно можете подать заявку: Liike предложит место, когда откроется подходящее.',
  },
  seeAll: { fi: 'Näytä kaikki avoimet paikat', en: 'See all open roles', et: 'Näidake kõiki vabu kohti', lt: 'Rodyti visas laisvas vietas', ru: 'Показать все свободные места' },
  failed: {
    fi: 'Paikkoja ei voitu ladata. Tarkista verkkoyhteys ja yritä uudelleen.',
    en: 'The roles could not be loaded. Check your connection and try again.',
    et: 'Praktikakohti ei õnnestunud laadida. Kontrollige ühendust ja proovige uuesti.',
    lt: 'Nepavyko įkelti vietų. Patikrinkite ryšį ir bandykite dar kartą.',
    ru: 'Не удалось загрузить места. Проверьте подключение и попробуйте ещё раз.',
  },
  retry: { fi: 'Yritä uudelleen', en: 'Try again', et: 'Proovige uuesti', lt: 'Bandyti dar kartą', ru: 'Попробовать ещё раз' },
  badFilters: {
    fi: 'Tarkista merkityt rajaukset.',
    en: 'Please check the marked filters.',
    et: 'Palun kontrollige märgitud valikuid.',
    lt: 'Patikrinkite pažymėtus filtrus.',
    ru: 'Проверьте отмеченные фильтры.',
  },
  // What a 400 says about one filter (a hand-edited address, a one-letter search).
  badOption: { fi: 'Valitse jokin luettelon vaihtoehdoista.', en: 'Choose one of the options in the list.', et: 'Valige üks loendi valikutest.', lt: 'Pasirinkite vieną iš sąrašo variantų.', ru: 'Выберите один из вариантов списка.' },
  badDate: { fi: 'Anna päivämäärä.', en: 'Enter a date.', et: 'Sisestage kuupäev.', lt: 'Įveskite datą.', ru: 'Укажите дату.' },
  badTo: {
    fi: 'Ei voi olla ennen alkupäivää.',
    en: 'Cannot be before the first date.',
    et: 'Ei saa olla enne alguskuupäeva.',
    lt: 'Negali būti ankstesnė už pradžios datą.',
    ru: 'Не может быть раньше начальной даты.',
  },
  badQ: { fi: 'Kirjoita vähintään 2 merkkiä (enintään 100).', en: 'Type at least 2 characters (at most 100).', et: 'Sisestage vähemalt 2 märki (kuni 100).', lt: 'Įveskite bent 2 simbolius (ne daugiau kaip 100).', ru: 'Введите не менее 2 символов (не более 100).' },
  badCursor: {
    fi: 'Lista on muuttunut sivun latauksen jälkeen. Aloita alusta.',
    en: 'The list has changed since the page was loaded. Please start again from the top.',
    et: 'Nimekiri on pärast lehe laadimist muutunud. Alustage palun otsast.',
    lt: 'Sąrašas pasikeitė nuo puslapio įkėlimo. Pradėkite iš naujo.',
    ru: 'Список изменился после загрузки страницы. Начните сначала.',
  },
  // One role's page.
  loadingRole: { fi: 'Ladataan paikkaa…', en: 'Loading the role…', et: 'Laadin praktikakohta…', lt: 'Įkeliama vieta…', ru: 'Загрузка места…' },
  notOpen: { fi: 'Tämä paikka ei ole (enää) haettavana', en: 'This role is not open (any more)', et: 'See praktikakoht ei ole (enam) avatud', lt: 'Ši vieta (jau) neatvira', ru: 'Это место (уже) закрыто' },
  notOpenText: {
    fi: 'Yritys on ehkä täyttänyt tai sulkenut paikan, tai linkki on virheellinen. Muita paikkoja on yhä haettavana.',
    en: 'The company may have filled or closed it, or the link is wrong. Other roles are still open.',
    et: 'Ettevõte on koha võib-olla täitnud või sulgenud, või on link vale. Teised praktikakohad on endiselt avatud.',
    lt: 'Įmonė galbūt ją užpildė ar uždarė, arba nuoroda neteisinga. Kitos vietos vis dar laisvos.',
    ru: 'Возможно, компания уже заняла или закрыла его, или ссылка неверна. Другие места по-прежнему открыты.',
  },
  roleFailed: {
    fi: 'Paikkaa ei voitu ladata. Tarkista verkkoyhteys ja yritä uudelleen.',
    en: 'The role could not be loaded. Check your connection and try again.',
    et: 'Praktikakohta ei õnnestunud laadida. Kontrollige ühendust ja proovige uuesti.',
    lt: 'Nepavyko įkelti vietos. Patikrinkite ryšį ir bandykite dar kartą.',
    ru: 'Не удалось загрузить место. Проверьте подключение и попробуйте ещё раз.',
  },
  backToBoard: { fi: 'Kaikki avoimet paikat', en: 'All open roles', et: 'Kõik vabad praktikakohad', lt: 'Visos laisvos vietos', ru: 'Все свободные места' },
  about: { fi: 'Paikan kuvaus', en: 'About the role', et: 'Praktikakoha kirjeldus', lt: 'Apie vietą', ru: 'О месте' },
  noDescription: {
    fi: 'Yritys ei kirjoittanut paikalle kuvausta.',
    en: 'The company wrote no description for this role.',
    et: 'Ettevõte ei lisanud praktikakohale kirjeldust.',
    lt: 'Įmonė šiai vietai aprašymo nepateikė.',
    ru: 'Компания не добавила описание этого места.',
  },
  details: { fi: 'Tiedot', en: 'Details', et: 'Andmed', lt: 'Duomenys', ru: 'Подробности' },
  ownWords: {
    fi: 'Nimike ja kuvaus ovat yrityksen omin sanoin; Liike ei käännä niitä.',
    en: 'The title and description are the company’s own words; Liike does not translate them.',
    et: 'Ametinimetus ja kirjeldus on ettevõtte enda sõnad; Liike neid ei tõlgi.',
    lt: 'Pavadinimas ir aprašymas – pačios įmonės žodžiai; Liike jų neverčia.',
    ru: 'Название и описание — слова самой компании; Liike их не переводит.',
  },
  showIn: { fi: 'Näytä teksti kielellä: {language}', en: 'Show the text in {language}', et: 'Näidake teksti {language} keeles', lt: 'Rodyti tekstą kalba: {language}', ru: 'Показать текст на языке: {language}' },
  apply: { fi: 'Hae tätä paikkaa', en: 'Apply for this role', et: 'Kandideerige sellele kohale', lt: 'Teikti paraišką šiai vietai', ru: 'Подать заявку на это место' },
  applyWho: {
    fi: 'Paikasta tulee hakemuksesi ensimmäinen toive. Lomakkeen täyttäminen vie noin 10 minuuttia.',
    en: 'The role becomes the first choice of your application. The form takes about 10 minutes.',
    et: 'Praktikakoht saab Teie avalduse esimeseks eelistuseks. Vormi täitmine võtab umbes 10 minutit.',
    lt: 'Vieta taps pirmuoju jūsų paraiškos pasirinkimu. Formos pildymas užtrunka apie 10 minučių.',
    ru: 'Место станет первым приоритетом Вашей заявки. Заполнение формы займёт около 10 минут.',
  },
} satisfies Record<string, Table>;

/** The start page's link to the board. */
export const homeBoard = {
  link: { fi: 'Selaa avoimia paikkoja', en: 'Browse open roles', et: 'Sirvige vabu praktikakohti', lt: 'Peržiūrėti laisvas vietas', ru: 'Посмотреть свободные места' },
  who: {
    fi: 'Mitä yritykset tarjoavat nyt: maan, toimialan ja koulutusalan mukaan.',
    en: 'What companies offer now, by country, sector and field of study.',
    et: 'Mida ettevõtted praegu pakuvad: riigi, valdkonna ja õppevaldkonna järgi.',
    lt: 'Ką įmonės siūlo dabar: pagal šalį, sektorių ir mokymosi sritį.',
    ru: 'Что компании предлагают сейчас: по стране, отрасли и направлению обучения.',
  },
} satisfies Record<string, Table>;

/** Choosing roles in the application form, and the role an applicant came from. */
export const chooser = {
  help: {
    fi: 'Vapaaehtoinen: enintään viisi avointa paikkaa, toivotuin ensin. Liike ehdottaa niitä ennen muita, kun ne sopivat sinulle.',
    en: 'Optional: up to five open roles, most wanted first. Liike proposes them before others when they fit you.',
    et: 'Vabatahtlik: kuni viis avatud kohta, soovitum esimesena. Liike pakub neid enne teisi, kui need Teile sobivad.',
    lt: 'Neprivaloma: iki penkių laisvų vietų, labiausiai pageidaujama pirmoji. Liike jas pasiūlys pirmiau už kitas, jei jos jums tinka.',
    ru: 'Необязательно: до пяти свободных мест, самое желаемое первым. Liike предложит их раньше других, если они Вам подходят.',
  },
  browse: { fi: 'Selaa kaikkia avoimia paikkoja', en: 'Browse all open roles', et: 'Sirvige kõiki vabu praktikakohti', lt: 'Peržiūrėti visas laisvas vietas', ru: 'Посмотреть все свободные места' },
  newTab: { fi: '(avautuu uuteen välilehteen)', en: '(opens in a new tab)', et: '(avaneb uuel vahelehel)', lt: '(atsidaro naujame skirtuke)', ru: '(откроется в новой вкладке)' },
  search: { fi: 'Hae paikkaa nimikkeen, yrityksen tai kaupungin mukaan', en: 'Find a role by its title, company or city', et: 'Otsige praktikakohta ametinimetuse, ettevõtte või linna järgi', lt: 'Ieškokite vietos pagal pavadinimą, įmonę ar miestą', ru: 'Найдите место по названию, компании или городу' },
  searchHelp: {
    fi: 'Kirjoita vähintään 2 merkkiä. Tulokset näkyvät alla.',
    en: 'Type at least 2 characters. The roles found appear below.',
    et: 'Sisestage vähemalt 2 märki. Leitud kohad ilmuvad allpool.',
    lt: 'Įveskite bent 2 simbolius. Rastos vietos bus parodytos žemiau.',
    ru: 'Введите не менее 2 символов. Найденные места появятся ниже.',
  },
  narrow: {
    fi: 'Vain yllä valitsemissani maissa ja toimialoilla',
    en: 'Only in the countries and sectors I chose above',
    et: 'Ainult ülal valitud riikides ja valdkondades',
    lt: 'Tik aukščiau pasirinktose šalyse ir sektoriuose',
    ru: 'Только в выбранных выше странах и отраслях',
  },
  searching: { fi: 'Haetaan…', en: 'Searching…', et: 'Otsin…', lt: 'Ieškoma…', ru: 'Поиск…' },
  found: { fi: 'Löytyneitä paikkoja: {n}.', en: 'Roles found: {n}.', et: 'Leitud praktikakohti: {n}.', lt: 'Rasta vietų: {n}.', ru: 'Найдено мест: {n}.' },
  foundMore: {
    fi: 'Näytetään {n} ensimmäistä: tarkenna hakua.',
    en: 'Showing the first {n}: type more to narrow the search.',
    et: 'Näidatakse esimesed {n}: täpsustage otsingut.',
    lt: 'Rodomos pirmosios {n}: patikslinkite paiešką.',
    ru: 'Показаны первые {n}: уточните поиск.',
  },
  none: {
    fi: 'Hakuasi vastaavaa avointa paikkaa ei löytynyt.',
    en: 'No open role matches your search.',
    et: 'Otsingule vastavat avatud praktikakohta ei leitud.',
    lt: 'Pagal jūsų paiešką laisvų vietų nerasta.',
    ru: 'По Вашему запросу свободных мест не найдено.',
  },
  failed: {
    fi: 'Haku ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.',
    en: 'The search did not work. Check your connection and try again.',
    et: 'Otsing ebaõnnestus. Kontrollige ühendust ja proovige uuesti.',
    lt: 'Paieška nepavyko. Patikrinkite ryšį ir bandykite dar kartą.',
    ru: 'Поиск не удался. Проверьте подключение и попробуйте ещё раз.',
  },
  add: { fi: 'Lisää {n}. toiveeksi', en: 'Add as choice {n}', et: 'Lisage {n}. eelistuseks', lt: 'Pridėti kaip pasirinkimą Nr. {n}', ru: 'Добавить как приоритет {n}' },
  chosen: { fi: 'Valittu', en: 'Chosen', et: 'Valitud', lt: 'Pasirinkta', ru: 'Выбрано' },
  /** A result's button once five are chosen. */
  fiveChosen: { fi: 'Viisi valittu', en: 'Five chosen', et: 'Viis on valitud', lt: 'Pasirinktos penkios', ru: 'Выбрано пять' },
  full: {
    fi: 'Viisi valittu: poista yksi lisätäksesi toisen.',
    en: 'Five chosen: remove one to add another.',
    et: 'Viis on valitud: teise lisamiseks eemaldage üks.',
    lt: 'Pasirinktos penkios: norėdami pridėti kitą, vieną pašalinkite.',
    ru: 'Выбрано пять: чтобы добавить другое, удалите одно.',
  },
  fitHome: {
    fi: 'Paikka on koulusi maassa ({country}): harjoittelu on aina ulkomailla, joten sitä ei voi ehdottaa sinulle.',
    en: 'It is in your school’s country ({country}): placements are abroad, so it cannot be proposed to you.',
    et: 'See asub Teie kooli riigis ({country}): praktika toimub alati välismaal, seega seda ei saa Teile pakkuda.',
    lt: 'Ji yra jūsų mokyklos šalyje ({country}): praktika visada vyksta užsienyje, todėl jos jums pasiūlyti negalima.',
    ru: 'Оно находится в стране Вашего учебного заведения ({country}): практика проходит за рубежом, поэтому его нельзя Вам предложить.',
  },
  fitDestination: {
    fi: '{country} ei ole yllä valitsemiesi maiden joukossa: lisää se, jotta paikkaa voidaan ehdottaa sinulle.',
    en: '{country} is not among the countries you chose above: add it, so that this role can be proposed to you.',
    et: '{country} ei ole ülal valitud riikide hulgas: lisage see, et seda kohta saaks Teile pakkuda.',
    lt: '{country} nėra tarp aukščiau pasirinktų šalių: pridėkite ją, kad šią vietą būtų galima jums pasiūlyti.',
    ru: '{country} нет среди стран, выбранных выше: добавьте её, чтобы это место можно было Вам предложить.',
  },
  fitSector: {
    fi: 'Sen toimiala ({sector}) ei ole yllä valitsemiesi joukossa: valitse se, jotta paikkaa voidaan ehdottaa sinulle.',
    en: 'Its sector ({sector}) is not among those you chose above: tick it, so that this role can be proposed to you.',
    et: 'Selle valdkond ({sector}) ei ole ülal valitute hulgas: märkige see, et seda kohta saaks Teile pakkuda.',
    lt: 'Jos sektorius ({sector}) nėra tarp aukščiau pasirinktų: pažymėkite jį, kad šią vietą būtų galima jums pasiūlyti.',
    ru: 'Её отрасли ({sector}) нет среди выбранных выше: отметьте её, чтобы это место можно было Вам предложить.',
  },
  fitStaffOnly: {
    fi: 'Paikka on vain henkilöstölle.',
    en: 'This role is open to staff only.',
    et: 'See koht on ainult töötajatele.',
    lt: 'Ši vieta skirta tik darbuotojams.',
    ru: 'Это место только для сотрудников.',
  },
  fitStudentsOnly: {
    fi: 'Paikka on vain opiskelijoille.',
    en: 'This role is open to students only.',
    et: 'See koht on ainult õpilastele.',
    lt: 'Ši vieta skirta tik besimokantiesiems.',
    ru: 'Это место только для учащихся.',
  },
  yourChoices: { fi: 'Valitsemasi paikat, toivotuin ensin', en: 'Your choices, most wanted first', et: 'Teie valitud kohad, soovitum esimesena', lt: 'Jūsų pasirinktos vietos, labiausiai pageidaujama pirmoji', ru: 'Ваш выбор, самое желаемое первым' },
  noChoice: {
    fi: 'Et ole valinnut paikkoja.',
    en: 'No role chosen.',
    et: 'Ühtegi kohta pole valitud.',
    lt: 'Nepasirinkta nė viena vieta.',
    ru: 'Места не выбраны.',
  },
  up: { fi: 'Ylös', en: 'Up', et: 'Üles', lt: 'Aukštyn', ru: 'Выше' },
  down: { fi: 'Alas', en: 'Down', et: 'Alla', lt: 'Žemyn', ru: 'Ниже' },
  remove: { fi: 'Poista', en: 'Remove', et: 'Eemaldage', lt: 'Pašalinti', ru: 'Удалить' },
  addedAs: { fi: '{title} lisättiin {n}. toiveeksi.', en: '{title} added as choice {n}.', et: '{title} lisati {n}. eelistuseks.', lt: '{title} pridėta kaip pasirinkimas Nr. {n}.', ru: '{title}: добавлено как приоритет {n}.' },
  movedTo: { fi: '{title} on nyt {n}. toive.', en: '{title} is now choice {n}.', et: '{title} on nüüd {n}. eelistus.', lt: '{title} dabar yra pasirinkimas Nr. {n}.', ru: '{title}: теперь приоритет {n}.' },
  removed: { fi: '{title} poistettiin toiveistasi.', en: '{title} removed from your choices.', et: '{title} eemaldati Teie valikutest.', lt: '{title} pašalinta iš jūsų pasirinkimų.', ru: '{title}: удалено из Вашего выбора.' },
  // The role the applicant came from (/apply/?role=<id>).
  applyingFor: {
    fi: 'Haet paikkaa {title} yrityksessä {company}.',
    en: 'You are applying for {title} at {company}.',
    et: 'Kandideerite kohale {title} ettevõttes {company}.',
    lt: 'Teikiate paraišką vietai {title} įmonėje {company}.',
    ru: 'Вы подаёте заявку на место {title} в компании {company}.',
  },
  applyingForMore: {
    fi: 'Se on alla ensimmäinen toiveesi, ja sen maa ja toimiala on valittu. Voit muuttaa niitä.',
    en: 'It is your first choice below, with its country and sector chosen. You can change them.',
    et: 'See on allpool Teie esimene eelistus ning selle riik ja valdkond on valitud. Saate neid muuta.',
    lt: 'Ji nurodyta žemiau kaip pirmasis pasirinkimas, jos šalis ir sektorius pažymėti. Galite juos pakeisti.',
    ru: 'Оно указано ниже первым приоритетом, его страна и отрасль выбраны. Их можно изменить.',
  },
  roleGone: {
    fi: 'Paikka, jonka kautta tulit, ei ole enää haettavana. Voit silti hakea.',
    en: 'The role you came from is not open any more. You can still apply.',
    et: 'Praktikakoht, mille kaudu Te tulite, ei ole enam avatud. Kandideerida saate siiski.',
    lt: 'Vieta, iš kurios atėjote, jau neatvira. Paraišką pateikti vis tiek galite.',
    ru: 'Место, с которого Вы перешли, уже закрыто. Подать заявку всё равно можно.',
  },
  roleFailed: {
    fi: 'Paikkaa, jonka kautta tulit, ei voitu ladata. Voit silti hakea.',
    en: 'The role you came from could not be loaded. You can still apply.',
    et: 'Praktikakohta, mille kaudu Te tulite, ei õnnestunud laadida. Kandideerida saate siiski.',
    lt: 'Nepavyko įkelti vietos, iš kurios atėjote. Paraišką pateikti vis tiek galite.',
    ru: 'Не удалось загрузить место, с которого Вы перешли. Подать заявку всё равно можно.',
  },
} satisfies Record<string, Table>;
