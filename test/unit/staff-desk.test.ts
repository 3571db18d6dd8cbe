import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { functions } from '#functions/catalog';
import { LANGUAGES } from '#shared/platform/i18n';
import type { School } from '#shared/schools/registry';
import { flatFromSchool, parseSchool } from '#shared/schools/registry-schema';
import type { DeskRequest } from '#shared/sign-in/desk-handler';
import type { Identity } from '#shared/sign-in/identity';
import { auditPage, deactivatePage, resendPage, schoolFormPage, staffDeskPage } from '#shared/staff-desk/pages';
import { summarise, type Pipeline } from '#shared/staff-desk/pipeline';
import { SENT } from '#shared/staff-desk/resend';
import { staffDeskRoute } from '#shared/staff-desk/routes';
import { RESEND } from '#shared/staff-desk/texts';

/*
 * The staff desk without a stack: nobody but programme staff gets anything from any of its routes
 * (404, and not a single read or write), its pages in the five languages, a refused form's errors
 * in form order, and the pipeline's counts.
 */

const ddb = mockClient(DynamoDBDocumentClient);
const ses = mockClient(SESClient);
beforeEach(() => {
  ddb.reset();
  ses.reset();
  ddb.onAnyCommand().rejects(new Error('the desk must not touch the table for this person'));
});

const HOSTILE = '<script>alert(1)</script>';
const school: School = {
  schoolId: 'lt-siauliai',
  name: 'Šiaulių profesinio rengimo centras',
  country: 'LT',
  city: 'Šiauliai',
  coordinator: { name: 'Rasa Petraitienė', email: 'rasa@sprc.example', language: 'lt' },
};
const inactive: School = { ...school, schoolId: 'ru-pskov', name: 'Псковский колледж', nameLatin: 'Pskov College', country: 'RU', city: 'Псков', active: false, deactivatedAt: '2027-02-01T10:00:00.000Z', deputy: { name: HOSTILE, email: 'deputy@pk.example', language: 'ru' } };
const pipeline: Pipeline = summarise([], [], [], []);

const identity = (staff: boolean): Identity => ({ email: 'someone@test.example', staff, schools: [], roleIds: [], applicationIds: [], language: 'en', country: undefined });

function request(routeKey: string, staff: boolean, form: Record<string, string> = {}): DeskRequest {
  const [method, path] = routeKey.split(' ') as [string, string];
  return {
    event: { routeKey, rawPath: path.replace('{schoolId}', 'fi-sasky') } as APIGatewayProxyEventV2,
    method,
    path: path.replace('{schoolId}', 'fi-sasky'),
    params: { schoolId: 'fi-sasky' },
    form: new URLSearchParams(form),
    query: new URLSearchParams(),
    now: new Date(),
    session: { pk: 'x', sk: 'SESSION', type: 'SESSION', email: 'someone@test.example', language: 'en', createdAt: '', validUntil: '', expiresAt: 0, id: 'x' },
    identity: identity(staff),
    language: 'en',
  };
}

describe('the staff desk for anyone but programme staff', () => {
  const routes = functions.staffDesk.trigger.routes.map((r) => `${r.method} ${r.path}`);

  it('covers every route of its function', () => {
    expect(routes).toHaveLength(16);
  });

  for (const routeKey of routes) {
    it(`${routeKey}: 404, nothing read or written, nothing sent`, async () => {
      const result = await staffDeskRoute(request(routeKey, false, { schoolId: 'fi-x', name: 'X', id: crypto.randomUUID() }));
      expect(result.statusCode).toBe(404);
      expect(ddb.calls()).toHaveLength(0);
      expect(ses.calls()).toHaveLength(0);
    });
  }
});

describe('the staff desk pages', () => {
  it('show every school with its contacts, language and time zone, in five languages, escaped, phone rows labelled', () => {
    const titles = new Set<string>();
    for (const language of LANGUAGES) {
      const page = staffDeskPage(language, { email: 'staff@liike.example', schools: [inactive, school], pipeline, notice: { kind: 'added', schoolId: 'lt-siauliai' } });
      titles.add(/<h1>([^<]+)<\/h1>/.exec(page)![1]!);
      // An address breaks before its @ in a narrow column.
      expect(page).toContain('rasa<wbr>@sprc.example');
      expect(page).toContain('Europe/Vilnius');
      expect(page).toContain('Europe/Moscow');
      expect(page).toContain('Псковский колледж (Pskov College)');
      expect(page).toContain('/desk/staff/schools/lt-siauliai/deactivate');
      // The inactive school offers no deactivation, and comes last.
      expect(page).not.toContain('/desk/staff/schools/ru-pskov/deactivate');
      expect(page.indexOf('lt-siauliai')).toBeLessThan(page.indexOf('ru-pskov'));
      expect(page).not.toContain(HOSTILE);
      expect(page).toContain('&lt;script&gt;');
      for (const cell of page.match(/<td[^>]*>/g) ?? []) expect(cell).toMatch(/data-label="[^"]+"/);
      expect(page).toContain('role="status"');
    }
    expect(titles.size).toBe(LANGUAGES.length);
  });

  it('bring a refused form back with each error under its field and a summary in form order, the first field focused', () => {
    const values = { ...flatFromSchool(school), schoolId: 'LT x', 'coordinator.email': 'nope' };
    const result = parseSchool(values);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    for (const language of LANGUAGES) {
      const page = schoolFormPage(language, { email: 'staff@liike.example', values, errors });
      const summary = /<div role="alert"[^]*?<\/div>/.exec(page)![0];
      expect([...summary.matchAll(/href="#([\w-]+)"/g)].map((m) => m[1])).toEqual(['schoolId', 'coordinator-email']);
      expect(page).toMatch(/id="schoolId"[^>]*aria-invalid="true"[^>]*autofocus/);
      expect(page).toMatch(/id="coordinator-email"[^>]*aria-invalid="true"/);
      expect(page).toContain('value="nope"');
      expect(page).not.toMatch(/must be|must not/);
    }
  });

  it('show the form to change a school with its values and without an editable id', () => {
    const page = schoolFormPage('fi', { email: 'staff@liike.example', school, values: flatFromSchool(school) });
    expect(page).toContain('action="/desk/staff/schools/lt-siauliai"');
    expect(page).not.toContain('name="schoolId"');
    expect(page).toContain('value="rasa@sprc.example"');
    expect(page).toMatch(/<option value="lt" selected>/);
  });

  it('say what deactivating does before its button, and nothing to press once done', () => {
    for (const language of LANGUAGES) {
      const page = deactivatePage(language, { email: 'staff@liike.example', school, openApplications: 3 });
      expect(page).toContain('(3)');
      expect(page).toContain('class="destructive"');
      expect(deactivatePage(language, { email: 'staff@liike.example', school: inactive, openApplications: 0 })).not.toContain('<button type="submit" class="destructive"');
    }
  });

  it('list the audit trail with personal values removed marked as such', () => {
    const page = auditPage('en', {
      email: 'staff@liike.example',
      entries: [
        {
          pk: 'AUDIT#1', sk: 'AUDIT', type: 'AUDIT', auditId: '1', at: '2027-01-02T10:00:00.000Z', who: 'cli:liike', operation: 'school.update', schoolId: 'lt-siauliai',
          changes: [{ field: 'city', before: 'Kaunas', after: 'Šiauliai' }, { field: 'coordinator.email', personal: true, removed: true }],
          gsi1pk: 'AUDIT', gsi1sk: '2027-01-02T10:00:00.000Z#1',
        },
      ],
    });
    expect(page).toContain('City: Kaunas → Šiauliai');
    expect(page).toContain('Coordinator’s email: removed (personal data)');
    expect(page).toContain('cli:liike');
  });

  it('ask for any id to send a link again, say under the field why nothing was sent, and say in words what went to whom', () => {
    const seen = new Set<string>();
    for (const language of LANGUAGES) {
      const t = RESEND[language];
      const form = resendPage(language, { email: 'staff@liike.example' });
      expect(form).toContain('name="id"');
      expect(form).toContain(`>${t.label}</label>`);
      expect(form).toContain('aria-describedby="resend-id-hint"');
      expect(form).not.toContain('role="status"');
      for (const error of ['notAnId', 'notFound', 'ended', 'closed'] as const) {
        const refused = resendPage(language, { email: 'staff@liike.example', id: HOSTILE, error });
        expect(refused).not.toContain(HOSTILE);
        expect(refused).toMatch(/id="resend-id"[^>]*aria-describedby="resend-id-hint resend-id-error"[^>]*aria-invalid="true"[^>]*autofocus/);
        const summary = /<div role="alert"[^]*?<\/div>/.exec(refused)![0];
        expect(summary).toContain(`<a href="#resend-id">${t.label}</a>: ${t.errors[error]}`);
        expect(refused).toContain(`<p id="resend-id-error" style="${'margin:0 0 8px;color:#b3261e;font-weight:700'}">${t.errors[error]}</p>`);
        seen.add(t.errors[error]);
      }
      for (const sent of SENT) {
        const page = resendPage(language, { email: 'staff@liike.example', sent });
        expect(page).toContain(`<p class="notice" role="status">${t.sent[sent]}</p>`);
        expect(page).toContain('value=""');
        // Who, in words: the page has no address but the signed-in member of staff's own.
        expect(page.match(/[\w.-]+@[\w.-]+/g)).toEqual(['staff@liike.example']);
        seen.add(t.sent[sent]);
      }
    }
    // Each message its own, in each language.
    expect(seen.size).toBe(LANGUAGES.length * (4 + SENT.length));
  });
});

describe('the pipeline', () => {
  it('counts applications per home country, open roles, pending decisions and placements per host country and sector', () => {
    const result = summarise(
      [
        { country: 'FI', statuses: ['SUBMITTED', 'SUBMITTED', 'PLACED'] },
        { country: 'FI', statuses: ['WITHDRAWN'] },
        { country: 'RU', statuses: ['UNCONFIRMED', 'PROPOSED'] },
      ],
      [
        { roleId: 'r1', company: { country: 'EE' }, sector: 'wellbeing', placesLeft: 2, status: 'OPEN' },
        { roleId: 'r2', company: { country: 'EE' }, sector: 'wellbeing', placesLeft: 0, status: 'OPEN' },
        { roleId: 'r3', company: { country: 'LT' }, sector: 'technology', placesLeft: 1, status: 'OPEN' },
      ],
      [
        { roleId: 'r1', status: 'PROPOSED' },
        { roleId: 'r2', status: 'APPROVED' },
        { roleId: 'gone', status: 'PROPOSED' },
      ],
      [{ hostCountry: 'EE', sector: 'wellbeing' }, { hostCountry: 'FI', sector: 'construction' }],
    );
    expect(result.applications.find((a) => a.country === 'FI')!.counts).toEqual({ UNCONFIRMED: 0, SUBMITTED: 2, PROPOSED: 0, PLACED: 1, WITHDRAWN: 1 });
    expect(result.applications.find((a) => a.country === 'RU')!.counts).toMatchObject({ UNCONFIRMED: 1, PROPOSED: 1 });
    expect(result.market).toHaveLength(12);
    expect(result.market.find((c) => c.country === 'EE' && c.sector === 'wellbeing')).toEqual({
      country: 'EE', sector: 'wellbeing', openRoles: 2, placesLeft: 2, waitingCoordinator: 1, waitingCompany: 1, placements: 1,
    });
    expect(result.market.find((c) => c.country === 'LT' && c.sector === 'technology')).toMatchObject({ openRoles: 1, placesLeft: 1 });
    expect(result.pendingElsewhere).toEqual({ waitingCoordinator: 1, waitingCompany: 0 });
  });
});
