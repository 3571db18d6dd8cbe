import type { School } from '#shared/schools/registry';

/**
 * Demo registry for the local stack: two partner schools per country, each with an
 * international coordinator and a deputy who read email in the country's language.
 * Addresses use the reserved `.example` domain; they reach only the local mail viewer.
 */
export const demoSchools: School[] = [
  {
    schoolId: 'fi-sasky',
    name: 'Sastamalan koulutuskuntayhtymä SASKY',
    country: 'FI',
    city: 'Sastamala',
    coordinator: { name: 'Anna Virtanen', email: 'anna.virtanen@sasky.example', language: 'fi' },
    deputy: { name: 'Mikko Laine', email: 'mikko.laine@sasky.example', language: 'fi' },
  },
  {
    schoolId: 'fi-tredu',
    name: 'Tampereen seudun ammattiopisto Tredu',
    country: 'FI',
    city: 'Tampere',
    coordinator: { name: 'Liisa Mäkinen', email: 'liisa.makinen@tredu.example', language: 'fi' },
    deputy: { name: 'Jukka Heikkilä', email: 'jukka.heikkila@tredu.example', language: 'fi' },
  },
  {
    schoolId: 'ee-polytech',
    name: 'Tallinna Polütehnikum',
    country: 'EE',
    city: 'Tallinn',
    coordinator: { name: 'Kadri Tamm', email: 'kadri.tamm@polytech.example', language: 'et' },
    deputy: { name: 'Andres Saar', email: 'andres.saar@polytech.example', language: 'et' },
  },
  {
    schoolId: 'ee-tartu-khk',
    name: 'Tartu Kutsehariduskeskus',
    country: 'EE',
    city: 'Tartu',
    coordinator: { name: 'Maarja Kask', email: 'maarja.kask@khk.example', language: 'et' },
    deputy: { name: 'Toomas Põder', email: 'toomas.poder@khk.example', language: 'et' },
  },
  {
    schoolId: 'lt-vilnius-src',
    name: 'Vilniaus statybininkų rengimo centras',
    country: 'LT',
    city: 'Vilnius',
    coordinator: { name: 'Rūta Kazlauskienė', email: 'ruta.kazlauskiene@vsrc.example', language: 'lt' },
    deputy: { name: 'Tomas Petrauskas', email: 'tomas.petrauskas@vsrc.example', language: 'lt' },
  },
  {
    schoolId: 'lt-kaunas-tpmc',
    name: 'Kauno technikos profesinio mokymo centras',
    country: 'LT',
    city: 'Kaunas',
    coordinator: { name: 'Eglė Jankauskaitė', email: 'egle.jankauskaite@ktpmc.example', language: 'lt' },
    deputy: { name: 'Mindaugas Žukauskas', email: 'mindaugas.zukauskas@ktpmc.example', language: 'lt' },
  },
  {
    schoolId: 'ru-spb-construction',
    name: 'Санкт-Петербургский колледж строительства',
    nameLatin: 'St Petersburg College of Construction',
    country: 'RU',
    city: 'Санкт-Петербург',
    coordinator: { name: 'Ольга Иванова', email: 'olga.ivanova@spbcc.example', language: 'ru' },
    deputy: { name: 'Дмитрий Смирнов', email: 'dmitry.smirnov@spbcc.example', language: 'ru' },
  },
  {
    schoolId: 'ru-petrozavodsk',
    name: 'Петрозаводский колледж технологий и предпринимательства',
    nameLatin: 'Petrozavodsk College of Technology and Entrepreneurship',
    country: 'RU',
    city: 'Петрозаводск',
    coordinator: { name: 'Елена Кузнецова', email: 'elena.kuznetsova@ptk.example', language: 'ru' },
    deputy: { name: 'Сергей Попов', email: 'sergey.popov@ptk.example', language: 'ru' },
  },
];
