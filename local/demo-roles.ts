import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RoleItem } from '#shared/roles/store';
import { POOL, keys } from '#shared/platform/db';
import { boardFields, boardText, rolePoolKey } from '#shared/roles/board-index';
import type { RoleInput } from '#shared/roles/schema';

const day = 86_400_000;
const isoDate = (from: Date, days: number) => new Date(from.getTime() + days * day).toISOString().slice(0, 10);

type Demo = Pick<RoleInput, 'company' | 'contact' | 'title' | 'sector' | 'fieldsOfStudy' | 'places' | 'languages' | 'applicantTypes' | 'translation'> &
  Required<Pick<RoleInput, 'language' | 'description'>> & {
    roleId: string;
  };

/**
 * Demo host companies for the local stack: an open role in every country and sector, so an
 * application that fits is proposed at once. Fixed ids: seeding again never resets a role.
 * Each is written as its company would: title and description in the company's language (the
 * Estonian software house works in English), most with a second language (English, or Estonian
 * for the English one), so the board shows a text's language named and the reader's own text.
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
    language: 'fi',
    description: 'Puurunkoisten pientalojen runko- ja sisävalmistustyöt työmaillamme Sastamalassa kokeneen kirvesmiehen rinnalla. Työaika ma–pe klo 7–15.30; turvavarusteet saat meiltä.',
    translation: {
      language: 'en',
      title: 'Carpenter trainee (timber construction)',
      description: 'Framing and interior finishing of timber-frame houses on our sites in Sastamala, alongside an experienced carpenter. Monday to Friday 7:00–15:30; we provide the safety gear.',
    },
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
    language: 'fi',
    description: 'Ikäihmisten arjen tukeminen tehostetun palveluasumisen yksikössä Tampereella: hygienia, ruokailu, ulkoilu ja viriketoiminta ohjaajan kanssa. Aamu- ja iltavuoroja.',
    translation: {
      language: 'en',
      title: 'Practical nurse trainee',
      description: 'Supporting older residents\' daily life in a 24-hour assisted living unit in Tampere: personal care, meals, outdoor walks and activities, with a supervisor. Morning and evening shifts.',
    },
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
    language: 'fi',
    description: 'Tuotantolinjojen automaation asennus- ja huoltotöitä konepajassa: anturit, ohjauskeskukset ja vianetsintä. Päivätyötä ma–pe.',
    translation: {
      language: 'en',
      title: 'Automation technician trainee',
      description: 'Installing and servicing automation on the production lines of our machine shop: sensors, control cabinets and fault finding. Day work, Monday to Friday.',
    },
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
    language: 'et',
    description: 'Kortermajade siseviimistlus Tallinnas: pahteldamine, värvimine ja plaatimine kogenud meistri juhendamisel. Tööaeg E–R kell 8–16.30.',
    translation: {
      language: 'en',
      title: 'Construction finisher trainee',
      description: 'Interior finishing of apartment buildings in Tallinn: filling, painting and tiling, guided by an experienced foreman. Monday to Friday 8:00–16:30.',
    },
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
    language: 'et',
    description: 'Eakate igapäevane hooldus Tartu hooldekodus: pesemine, söötmine, liikumisel abistamine ja vaba aja tegevused. Vahetustega töö.',
    translation: {
      language: 'en',
      title: 'Care worker trainee',
      description: 'Daily care of older residents in a Tartu care home: washing, meals, help with moving about, and leisure activities. Shift work.',
    },
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
    language: 'en',
    description: 'First-line IT support in our Tallinn office: setting up laptops, answering the helpdesk queue and keeping the equipment list. The team works in English.',
    translation: {
      language: 'et',
      title: 'IT-toe praktikant',
      description: 'Esmatasandi IT-tugi meie Tallinna kontoris: sülearvutite seadistamine, kasutajatoe pöördumistele vastamine ja seadmete arvestus. Meeskonna töökeel on inglise keel.',
    },
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
    language: 'lt',
    description: 'Gyvenamųjų namų mūro darbai Vilniuje: plytų ir blokelių mūrijimas, skiedinio ruošimas, darbas su patyrusiu meistru. Darbo laikas I–V 7–16 val.',
    translation: {
      language: 'en',
      title: 'Bricklayer trainee',
      description: 'Masonry on residential buildings in Vilnius: laying bricks and blocks, mixing mortar, working with an experienced bricklayer. Monday to Friday 7:00–16:00.',
    },
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
    language: 'lt',
    description: 'Pagalba slaugytojams Kauno slaugos namuose: gyventojų higiena, maitinimas, pasivaikščiojimai ir laisvalaikis. Darbas pamainomis.',
    translation: {
      language: 'en',
      title: 'Nursing assistant trainee',
      description: 'Helping the nurses of a Kaunas nursing home: residents\' hygiene, meals, walks and leisure. Shift work.',
    },
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
    language: 'lt',
    description: 'Spausdintinių plokščių surinkimas ir litavimas, gaminių bandymai mūsų Kauno gamykloje. Darbas viena pamaina, I–V.',
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
    language: 'ru',
    description: 'Внутренняя отделка квартир в новостройках Санкт-Петербурга: шпаклёвка, покраска и укладка плитки под руководством мастера. Пн–пт с 8:00 до 17:00.',
    translation: {
      language: 'en',
      title: 'Finishing worker trainee',
      description: 'Interior finishing of flats in new buildings in St Petersburg: filling, painting and tiling under a foreman. Monday to Friday 8:00–17:00.',
    },
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
    language: 'ru',
    description: 'Помощь пожилым людям на дому в Петрозаводске вместе с социальным работником: покупки, уборка, сопровождение к врачу, общение.',
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
    language: 'ru',
    description: 'Поддержка пользователей и обслуживание серверной в офисе в Санкт-Петербурге: настройка рабочих мест, резервное копирование, учёт оборудования.',
    translation: {
      language: 'en',
      title: 'Trainee system administrator',
      description: 'User support and upkeep of the server room in our St Petersburg office: setting up workstations, backups and keeping track of equipment.',
    },
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
  }));
}

/** What the demo roles said before they had texts of their own: an older `.data/` may still hold it. */
export const OLD_DEMO_DESCRIPTION = 'Demo role of the local stack.';

/**
 * Seeds the demo roles. Only added if missing, so a restart never gives back places that
 * proposals took. A demo role an older version seeded with the placeholder description gets its
 * texts (and its search text), once; a description changed since (on the desk) stays. Its pool
 * key is the backfill's to fix (shared/roles/backfill.ts), which `npm start` runs next.
 */
export async function seedDemoRoles(ddb: DynamoDBDocumentClient, TableName: string, today: Date) {
  for (const Item of demoRoleItems(today)) {
    try {
      await ddb.send(new PutCommand({ TableName, Item, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      try {
        await ddb.send(
          new UpdateCommand({
            TableName,
            Key: { pk: Item.pk, sk: Item.sk },
            UpdateExpression: `SET #language = :language, #description = :description, boardText = :boardText${Item.translation ? ', #translation = :translation' : ''}`,
            ConditionExpression: '#description = :placeholder',
            // Each through a #name: DynamoDB refuses reserved words (`language`, `translation`).
            ExpressionAttributeNames: { '#language': 'language', '#description': 'description', ...(Item.translation ? { '#translation': 'translation' } : {}) },
            ExpressionAttributeValues: {
              ':language': Item.language,
              ':description': Item.description,
              ':boardText': Item.boardText,
              ':placeholder': OLD_DEMO_DESCRIPTION,
              ...(Item.translation ? { ':translation': Item.translation } : {}),
            },
          }),
        );
      } catch (updateError) {
        if (!(updateError instanceof ConditionalCheckFailedException)) throw updateError;
      }
    }
  }
}
