import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { ddb } from '#shared/platform/db';
import { validApplication, validRole } from '../support/fixtures.ts';
import { api, emailsTo } from '../support/stack.ts';

// Every body below carries this marker, so after the table runs we can prove none was stored.
const MARKER = `marker-${crypto.randomUUID()}`;
const daysFromToday = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

type Body = Record<string, unknown>;
const app = (change: (b: Body) => void): Body => {
  const body = validApplication({ motivation: MARKER, email: `${MARKER}@test.example` }) as Body;
  change(body);
  return body;
};
const role = (change: (b: Body) => void): Body => {
  const body = validRole({ description: MARKER }) as Body;
  (body.contact as Body).email = `${MARKER}@test.example`;
  change(body);
  return body;
};

/** A JSON body whose "INVALID" string holds a byte that is no UTF-8 (0xFF) instead. */
function notUtf8(body: Body): Uint8Array {
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  const at = bytes.indexOf('INVALID');
  bytes[at] = 0xff;
  return bytes;
}

interface Case {
  name: string;
  route: '/applications' | '/roles';
  body: Body | string | Uint8Array;
  contentType?: string;
  status: number;
  /** The field the error must name. */
  path: string;
}

const cases: Case[] = [
  { name: 'missing firstName', route: '/applications', body: app((b) => delete b.firstName), status: 422, path: 'firstName' },
  { name: 'missing consent', route: '/applications', body: app((b) => delete b.consent), status: 422, path: 'consent' },
  { name: 'consent false', route: '/applications', body: app((b) => (b.consent = { dataProcessing: false })), status: 422, path: 'consent.dataProcessing' },
  { name: 'unknown top-level field', route: '/applications', body: app((b) => (b.favouriteColour = 'blue')), status: 422, path: 'favouriteColour' },
  { name: 'unknown nested field', route: '/applications', body: app((b) => (b.consent = { dataProcessing: true, marketing: true })), status: 422, path: 'consent.marketing' },
  { name: 'applicantType wrong', route: '/applications', body: app((b) => (b.applicantType = 'teacher')), status: 422, path: 'applicantType' },
  { name: 'firstName a number', route: '/applications', body: app((b) => (b.firstName = 42)), status: 422, path: 'firstName' },
  { name: 'firstName empty', route: '/applications', body: app((b) => (b.firstName = '   ')), status: 422, path: 'firstName' },
  { name: 'lastName over 100 chars', route: '/applications', body: app((b) => (b.lastName = 'Ж'.repeat(101))), status: 422, path: 'lastName' },
  { name: 'name with a control character', route: '/applications', body: app((b) => (b.lastName = 'Smith\u0007')), status: 422, path: 'lastName' },
  { name: 'bad email', route: '/applications', body: app((b) => (b.email = 'not-an-email')), status: 422, path: 'email' },
  { name: 'language not offered', route: '/applications', body: app((b) => (b.language = 'de')), status: 422, path: 'language' },
  { name: 'unknown school', route: '/applications', body: app((b) => (b.schoolId = 'xx-nowhere')), status: 422, path: 'schoolId' },
  { name: 'fieldOfStudy not 4 digits', route: '/applications', body: app((b) => (b.fieldOfStudy = '073')), status: 422, path: 'fieldOfStudy' },
  { name: 'fieldOfStudy not an ISCED code', route: '/applications', body: app((b) => (b.fieldOfStudy = '9999')), status: 422, path: 'fieldOfStudy' },
  { name: 'no sectors', route: '/applications', body: app((b) => (b.sectors = [])), status: 422, path: 'sectors' },
  { name: 'unknown sector', route: '/applications', body: app((b) => (b.sectors = ['farming'])), status: 422, path: 'sectors.0' },
  { name: 'sector twice', route: '/applications', body: app((b) => (b.sectors = ['construction', 'construction'])), status: 422, path: 'sectors.1' },
  { name: 'four destinations', route: '/applications', body: app((b) => (b.destinations = ['FI', 'EE', 'LT', 'RU'])), status: 422, path: 'destinations' },
  { name: 'destination outside the network', route: '/applications', body: app((b) => (b.destinations = ['SE'])), status: 422, path: 'destinations.0' },
  { name: 'home country as destination', route: '/applications', body: app((b) => (b.destinations = ['FI', 'RU'])), status: 422, path: 'destinations.1' },
  { name: 'availableFrom not a date', route: '/applications', body: app((b) => (b.availableFrom = '01.03.2027')), status: 422, path: 'availableFrom' },
  { name: 'availableFrom in the past', route: '/applications', body: app((b) => (b.availableFrom = daysFromToday(-2))), status: 422, path: 'availableFrom' },
  { name: 'availableTo before availableFrom', route: '/applications', body: app((b) => ((b.availableFrom = daysFromToday(40)), (b.availableTo = daysFromToday(30)))), status: 422, path: 'availableTo' },
  { name: 'minWeeks longer than available', route: '/applications', body: app((b) => ((b.availableTo = daysFromToday(44)), (b.minWeeks = 8))), status: 422, path: 'minWeeks' },
  { name: 'minWeeks not an integer', route: '/applications', body: app((b) => (b.minWeeks = 2.5)), status: 422, path: 'minWeeks' },
  { name: 'minWeeks a string', route: '/applications', body: app((b) => (b.minWeeks = '8')), status: 422, path: 'minWeeks' },
  { name: 'CEFR level wrong', route: '/applications', body: app((b) => (b.languages = [{ code: 'en', level: 'B3' }])), status: 422, path: 'languages.0.level' },
  { name: 'language code unknown', route: '/applications', body: app((b) => (b.languages = [{ code: 'qq', level: 'B1' }])), status: 422, path: 'languages.0.code' },
  { name: 'seven languages', route: '/applications', body: app((b) => (b.languages = ['en', 'fi', 'et', 'lt', 'ru', 'de', 'sv'].map((code) => ({ code, level: 'A1' })))), status: 422, path: 'languages' },
  { name: 'role preference not an id', route: '/applications', body: app((b) => (b.rolePreferences = ['role-1'])), status: 422, path: 'rolePreferences.0' },
  { name: 'motivation over 2000 chars', route: '/applications', body: app((b) => ((b.motivation = 'a'.repeat(2001)), (b.lastName = MARKER))), status: 422, path: 'motivation' },
  { name: 'body is an array', route: '/applications', body: '[]', status: 422, path: '' },
  { name: 'malformed JSON', route: '/applications', body: `{"firstName": "${MARKER}",`, status: 400, path: '' },
  { name: 'wrong content type', route: '/applications', body: JSON.stringify(app(() => undefined)), contentType: 'text/plain', status: 415, path: 'content-type' },
  { name: 'form-encoded body', route: '/applications', body: `firstName=${MARKER}`, contentType: 'application/x-www-form-urlencoded', status: 415, path: 'content-type' },
  { name: 'body over 64 KiB', route: '/applications', body: JSON.stringify(app((b) => (b.padding = 'x'.repeat(70_000)))), status: 413, path: '' },
  { name: 'role: company country outside the network', route: '/roles', body: role((b) => ((b.company as Body).country = 'DE')), status: 422, path: 'company.country' },
  { name: 'role: missing contact email', route: '/roles', body: role((b) => delete (b.contact as Body).email), status: 422, path: 'contact.email' },
  { name: 'role: places 0', route: '/roles', body: role((b) => (b.places = 0)), status: 422, path: 'places' },
  { name: 'role: places 51', route: '/roles', body: role((b) => (b.places = 51)), status: 422, path: 'places' },
  { name: 'role: field of study of 5 digits', route: '/roles', body: role((b) => (b.fieldsOfStudy = ['07321'])), status: 422, path: 'fieldsOfStudy.0' },
  { name: 'role: unknown broad field', route: '/roles', body: role((b) => (b.fieldsOfStudy = ['99'])), status: 422, path: 'fieldsOfStudy.0' },
  { name: 'role: periodTo before periodFrom', route: '/roles', body: role((b) => ((b.periodFrom = daysFromToday(50)), (b.periodTo = daysFromToday(10)))), status: 422, path: 'periodTo' },
  { name: 'role: five required languages', route: '/roles', body: role((b) => (b.languages = ['en', 'fi', 'et', 'lt', 'ru'].map((code) => ({ code, level: 'A1' })))), status: 422, path: 'languages' },
  { name: 'role: no applicant types', route: '/roles', body: role((b) => (b.applicantTypes = [])), status: 422, path: 'applicantTypes' },
  { name: 'role: unknown field', route: '/roles', body: role((b) => (b.salary = 3000)), status: 422, path: 'salary' },
  { name: 'role: title over 200 chars', route: '/roles', body: role((b) => (b.title = 't'.repeat(201))), status: 422, path: 'title' },
  { name: 'role: empty body', route: '/roles', body: '', status: 400, path: '' },
  { name: 'body declared in another charset', route: '/applications', body: JSON.stringify(app(() => undefined)), contentType: 'application/json; charset=iso-8859-1', status: 415, path: 'content-type' },
  { name: 'body bytes not UTF-8', route: '/applications', body: notUtf8(app((b) => (b.firstName = 'INVALID'))), status: 400, path: '' },
  { name: 'name with a right-to-left override', route: '/applications', body: app((b) => (b.firstName = 'Anna\u202efdp.exe')), status: 422, path: 'firstName' },
  { name: 'name with a zero-width space', route: '/applications', body: app((b) => (b.lastName = 'Smir\u200bnova')), status: 422, path: 'lastName' },
  { name: 'name with a line separator', route: '/applications', body: app((b) => (b.lastName = 'Smir\u2028nova')), status: 422, path: 'lastName' },
  { name: 'role: title with a bidi isolate', route: '/roles', body: role((b) => (b.title = 'Welder\u2067 call +358 40 000 000\u2069')), status: 422, path: 'title' },
  { name: 'role: description with a right-to-left override', route: '/roles', body: role((b) => (b.description = `${MARKER} \u202etxet`)), status: 422, path: 'description' },
  { name: 'role: null', route: '/roles', body: 'null', status: 422, path: '' },
];

describe('bad requests get a clear 4xx naming the field, and write nothing', () => {
  it.each(cases)('$name → $status at "$path"', async (c) => {
    const response = await api(c.route, {
      method: 'POST',
      headers: { 'content-type': c.contentType ?? 'application/json' },
      body: typeof c.body === 'string' || c.body instanceof Uint8Array ? c.body : JSON.stringify(c.body),
    });
    expect(response.status).toBe(c.status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { status: number; title: string; errors?: { path: string; message: string }[] };
    expect(problem.status).toBe(c.status);
    expect(problem.title).toBeTruthy();
    if (c.status !== 413) expect(problem.errors?.map((e) => e.path)).toContain(c.path);
  });

  afterAll(async () => {
    // Test-only Scan: nothing any case sent may have reached the table or the mail store.
    let found = 0;
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await ddb.send(new ScanCommand({ TableName: process.env.TABLE_NAME!, ExclusiveStartKey }));
      found += (page.Items ?? []).filter((item) => JSON.stringify(item).includes(MARKER)).length;
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    expect(found).toBe(0);
    expect(await emailsTo(MARKER)).toHaveLength(0);
  });
});
