import type { RoleItem } from '#shared/roles/store';
import { POOL, keys } from '#shared/platform/db';
import { boardFields, boardText, rolePoolKey } from '#shared/roles/board-index';
import type { RoleInput } from '#shared/roles/schema';

const day = 86_400_000;
const isoDate = (from: Date, days: number) => new Date(from.getTime() + days * day).toISOString().slice(0, 10);

type Demo = Pick<RoleInput, 'company' | 'contact' | 'title' | 'sector' | 'fieldsOfStudy' | 'places' | 'languages' | 'applicantTypes'> & {
  roleId: string;
};

/**
 * Demo host companies for the local stack: an open role in every country and sector, so an
 * application that fits is proposed at once. Fixed ids: seeding again never resets a role.
 */
const demoRoles: Demo[] = [
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000001',
    company: { name: 'Sastamalan Rakennus Oy', businessId: '2345678-0', country: 'FI', region: 'Pirkanmaa', city: 'Sastamala' },
    contact: { name: 'Pekka Järvinen', email: 'pekka.jarvinen@rakennus.example', language: 'fi' },
    title: 'Kirvesmiesharjoittelija (puurakentaminen)',
    sector: 'construction',
    fieldsOfStudy: ['073'],
    places: 3,
    languages: [{ code: 'en', level: 'A2' }],
    applicantTypes: ['student', 'staff'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000002',
    company: { name: 'Hoivakoti Kuusikko', businessId: '3456787-3', country: 'FI', region: 'Pirkanmaa', city: 'Tampere' },
    contact: { name: 'Sari Koskinen', email: 'sari.koskinen@kuusikko.example', language: 'fi' },
    title: 'Lähihoitajaharjoittelija',
    sector: 'wellbeing',
    fieldsOfStudy: ['091', '092'],
    places: 2,
    languages: [{ code: 'en', level: 'B1' }],
    applicantTypes: ['student'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000003',
    company: { name: 'Vammalan Konepaja Oy', businessId: '4567890-7', country: 'FI', region: 'Pirkanmaa', city: 'Sastamala' },
    contact: { name: 'Jari Lehtonen', email: 'jari.lehtonen@konepaja.example', language: 'fi' },
    title: 'Automaatioasentajaharjoittelija',
    sector: 'technology',
    fieldsOfStudy: ['071', '061'],
    places: 2,
    languages: [{ code: 'en', level: 'A2' }],
    applicantTypes: ['student', 'staff'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000004',
    company: { name: 'Tallinna Ehitus OÜ', businessId: '12345678', country: 'EE', region: 'Harjumaa', city: 'Tallinn' },
    contact: { name: 'Marko Tamm', email: 'marko.tamm@ehitus.example', language: 'et' },
    title: 'Ehitusviimistleja praktikant',
    sector: 'construction',
    fieldsOfStudy: ['073'],
    places: 3,
    languages: [],
    applicantTypes: ['student'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000005',
    company: { name: 'Tartu Hooldekodu', businessId: '13456782', country: 'EE', region: 'Tartumaa', city: 'Tartu' },
    contact: { name: 'Kersti Mets', email: 'kersti.mets@hooldekodu.example', language: 'et' },
    title: 'Hooldustöötaja praktikant',
    sector: 'wellbeing',
    fieldsOfStudy: ['092', '101'],
    places: 2,
    languages: [{ code: 'en', level: 'A2' }],
    applicantTypes: ['student', 'staff'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000006',
    company: { name: 'Ülemiste Tarkvara AS', businessId: '14567897', country: 'EE', region: 'Harjumaa', city: 'Tallinn' },
    contact: { name: 'Liis Kask', email: 'liis.kask@tarkvara.example', language: 'en' },
    title: 'IT support trainee',
    sector: 'technology',
    fieldsOfStudy: ['061'],
    places: 2,
    languages: [{ code: 'en', level: 'B1' }],
    applicantTypes: ['student'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000007',
    company: { name: 'UAB Vilniaus statyba', businessId: '302123455', country: 'LT', region: 'Vilniaus apskritis', city: 'Vilnius' },
    contact: { name: 'Rūta Žemaitė', email: 'ruta.zemaite@statyba.example', language: 'lt' },
    title: 'Mūrininko praktika',
    sector: 'construction',
    fieldsOfStudy: ['073'],
    places: 3,
    languages: [],
    applicantTypes: ['student', 'staff'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000008',
    company: { name: 'Kauno slaugos namai', businessId: '302234567', country: 'LT', region: 'Kauno apskritis', city: 'Kaunas' },
    contact: { name: 'Jonas Kazlauskas', email: 'jonas.kazlauskas@slauga.example', language: 'lt' },
    title: 'Slaugytojo padėjėjo praktika',
    sector: 'wellbeing',
    fieldsOfStudy: ['091'],
    places: 2,
    languages: [{ code: 'en', level: 'A2' }],
    applicantTypes: ['student'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000009',
    company: { name: 'UAB Kauno elektronika', businessId: '302345674', country: 'LT', region: 'Kauno apskritis', city: 'Kaunas' },
    contact: { name: 'Aistė Petrauskaitė', email: 'aiste.petrauskaite@elektronika.example', language: 'lt' },
    title: 'Elektroninės įrangos montuotojo praktika',
    sector: 'technology',
    fieldsOfStudy: ['071'],
    places: 2,
    languages: [{ code: 'en', level: 'A2' }],
    applicantTypes: ['student', 'staff'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000010',
    company: { name: 'ООО «Невский дом»', businessId: '7801234564', country: 'RU', region: 'Санкт-Петербург', city: 'Санкт-Петербург' },
    contact: { name: 'Игорь Васильев', email: 'igor.vasilyev@nevdom.example', language: 'ru' },
    title: 'Практикант-отделочник',
    sector: 'construction',
    fieldsOfStudy: ['073'],
    places: 2,
    languages: [],
    applicantTypes: ['student'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000011',
    company: { name: 'Центр социального обслуживания «Забота»', businessId: '1001234564', country: 'RU', region: 'Республика Карелия', city: 'Петрозаводск' },
    contact: { name: 'Наталья Морозова', email: 'natalya.morozova@zabota.example', language: 'ru' },
    title: 'Практикант — помощник социального работника',
    sector: 'wellbeing',
    fieldsOfStudy: ['092'],
    places: 2,
    languages: [{ code: 'ru', level: 'B1' }],
    applicantTypes: ['student', 'staff'],
  },
  {
    roleId: '0d6f1c9e-1a51-4f0e-9a01-000000000012',
    company: { name: 'АО «Балтийские системы»', businessId: '7802345676', country: 'RU', region: 'Санкт-Петербург', city: 'Санкт-Петербург' },
    contact: { name: 'Алексей Новиков', email: 'aleksei.novikov@baltsys.example', language: 'ru' },
    title: 'Стажёр — системный администратор',
    sector: 'technology',
    fieldsOfStudy: ['061'],
    places: 2,
    languages: [{ code: 'en', level: 'A2' }],
    applicantTypes: ['student'],
  },
];

/** The demo roles as open table items, their periods set relative to `today`. */
export function demoRoleItems(today: Date): RoleItem[] {
  const openedAt = today.toISOString();
  return demoRoles.map(({ roleId, ...role }) => ({
    ...keys.role(roleId),
    gsi1sk: rolePoolKey({ ...role, roleId }, openedAt),
    boardText: boardText(role),
    boardFields: boardFields(role.fieldsOfStudy),
    type: 'ROLE',
    roleId,
    status: 'OPEN',
    placesLeft: role.places,
    submittedAt: openedAt,
    openedAt,
    gsi1pk: POOL.roles,
    ...role,
    periodFrom: isoDate(today, 14),
    periodTo: isoDate(today, 300),
    minWeeks: 4,
    description: 'Demo role of the local stack.',
  }));
}
