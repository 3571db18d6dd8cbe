import { describe, expect, it } from 'vitest';
import {
  BUSINESS_ID_RULES,
  businessIdProblem,
  isEstonianRegistryCode,
  isFinnishBusinessId,
  isLithuanianCompanyCode,
  isRussianOgrn,
  isRussianOrganisationInn,
  twoPassMod11,
} from '#shared/roles/business-id';
import { roleSchema } from '#shared/roles/schema';
import { COUNTRIES } from '#shared/vocabulary/codes';
import { BUSINESS_IDS, validRole } from '../support/fixtures.ts';

/*
 * Each country's registration number with its check digit: real numbers of well-known companies,
 * as published in their registers and annual reports, pass; near misses (one digit off, two
 * digits swapped, a digit too many or too few, the wrong form) fail.
 */

/** Every number with one digit changed: the last digit, and each other digit in turn. */
const oneDigitOff = (id: string) =>
  [...id].flatMap((c, i) => (/\d/.test(c) ? [`${id.slice(0, i)}${(Number(c) + 1) % 10}${id.slice(i + 1)}`] : []));
/** Every number with two neighbouring (different) digits swapped. */
const swapped = (id: string) =>
  [...id].flatMap((c, i) => {
    const next = id[i + 1];
    return /\d/.test(c) && next && /\d/.test(next) && c !== next ? [`${id.slice(0, i)}${next}${c}${id.slice(i + 2)}`] : [];
  });

describe('Finland: Y-tunnus', () => {
  const real = ['0112038-9' /* Nokia Oyj */, '1927400-1' /* KONE Oyj */, '0109862-8' /* Fiskars Oyj Abp */];

  it('accepts real Business IDs', () => {
    for (const id of real) expect(isFinnishBusinessId(id), id).toBe(true);
  });

  it('refuses a changed check digit and any single wrong digit', () => {
    for (const id of real) for (const miss of oneDigitOff(id)) expect(isFinnishBusinessId(miss), miss).toBe(false);
  });

  it('refuses what is not written as seven digits, a hyphen and one digit', () => {
    for (const id of ['01120389', '112038-9', '0112038-', '0112038 9', '0112038–9', 'FI01120389', ' 0112038-9', '０112038-9']) {
      expect(isFinnishBusinessId(id), id).toBe(false);
    }
  });

  it('never issues a number whose remainder is 1', () => {
    // 3456789: weighted sum 210, remainder 1, so no check digit makes it valid.
    for (let d = 0; d <= 9; d++) expect(isFinnishBusinessId(`3456789-${d}`)).toBe(false);
  });
});

describe('Estonia: registrikood', () => {
  // Eesti Energia AS (its check digit needs the second pass), Bolt Technology OÜ, Telia Eesti AS.
  const real = ['10421629', '12417834', '10234957'];

  it('accepts real registry codes, the second pass of the check included', () => {
    for (const id of real) expect(isEstonianRegistryCode(id), id).toBe(true);
    // 1042162: first pass 76 mod 11 = 10, second pass 108 mod 11 = 9.
    expect(twoPassMod11([1, 0, 4, 2, 1, 6, 2])).toBe(9);
  });

  it('refuses near misses', () => {
    for (const id of real) {
      const lastOff = `${id.slice(0, -1)}${(Number(id.at(-1)) + 1) % 10}`;
      for (const miss of [lastOff, ...swapped(id)]) expect(isEstonianRegistryCode(miss), miss).toBe(false);
    }
    expect(isEstonianRegistryCode('1042162')).toBe(false);
    expect(isEstonianRegistryCode('104216290')).toBe(false);
  });

  it('refuses a first digit no register uses (1 companies, 7 state, 8 associations, 9 foundations)', () => {
    // 32345674 has a valid check digit but starts with 3.
    expect(twoPassMod11([3, 2, 3, 4, 5, 6, 7])).toBe(4);
    expect(isEstonianRegistryCode('32345674')).toBe(false);
  });
});

describe('Lithuania: įmonės kodas', () => {
  // AB „Lietuvos geležinkeliai“, Telia Lietuva AB, UAB „Maxima LT“.
  const real = ['110053842', '121215434', '123033512'];

  it('accepts real company codes', () => {
    for (const id of real) expect(isLithuanianCompanyCode(id), id).toBe(true);
  });

  it('refuses near misses', () => {
    for (const id of real) {
      const lastOff = `${id.slice(0, -1)}${(Number(id.at(-1)) + 1) % 10}`;
      for (const miss of [lastOff, ...swapped(id)]) expect(isLithuanianCompanyCode(miss), miss).toBe(false);
    }
    for (const id of ['11005384', '1100538420', 'LT110053842', '110 053 842']) expect(isLithuanianCompanyCode(id), id).toBe(false);
  });

  it('uses the second pass when the first gives 10', () => {
    // 05000000: first pass 5·2 = 10, so weights 3, 4, 5, …: 5·4 = 20, remainder 9.
    expect(twoPassMod11([0, 5, 0, 0, 0, 0, 0, 0])).toBe(9);
    expect(isLithuanianCompanyCode('050000009')).toBe(true);
    expect(isLithuanianCompanyCode('050000000')).toBe(false);
  });
});

describe('Russia: ОГРН and ИНН of an organisation', () => {
  // ПАО Сбербанк, ПАО «Газпром», ООО «Яндекс»: ОГРН and ИНН.
  const ogrn = ['1027700132195', '1027700070518', '1027700229193'];
  const inn = ['7707083893', '7736050003', '7736207543'];

  it('accepts real ОГРН (13 digits: mod 11, then mod 10)', () => {
    for (const id of ogrn) expect(isRussianOgrn(id), id).toBe(true);
  });

  it('accepts real ИНН of organisations (10 digits, weighted)', () => {
    for (const id of inn) expect(isRussianOrganisationInn(id), id).toBe(true);
  });

  it('refuses near misses', () => {
    for (const id of ogrn) expect(isRussianOgrn(`${id.slice(0, -1)}${(Number(id.at(-1)) + 1) % 10}`), id).toBe(false);
    for (const id of inn) for (const miss of [...oneDigitOff(id), ...swapped(id)]) expect(isRussianOrganisationInn(miss), miss).toBe(false);
    // A personal ИНН (12 digits) and an individual entrepreneur's ОГРНИП (15 digits, starting 3) are not an organisation's.
    expect(isRussianOrganisationInn('500100732259')).toBe(false);
    expect(isRussianOgrn('385768585948949')).toBe(false);
    // An ОГРН starts with 1 or 5.
    expect(isRussianOgrn('2027700132195')).toBe(false);
  });

  it('either number is accepted for a Russian company', () => {
    for (const id of [...ogrn, ...inn]) expect(businessIdProblem('RU', id), id).toBeUndefined();
    expect(businessIdProblem('RU', '7707083894')).toBe(BUSINESS_ID_RULES.RU.message);
  });
});

describe('the role schema', () => {
  it('checks company.businessId against company.country, naming the field and the expected form', () => {
    const body = validRole({ company: { name: 'Nokia Oyj', businessId: '0112038-9', country: 'EE', region: 'Harjumaa', city: 'Tallinn' } });
    const result = roleSchema().safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['company', 'businessId'], message: BUSINESS_ID_RULES.EE.message })]);
    expect(BUSINESS_ID_RULES.EE.message).toMatch(/registry code .* 8 digits/);
    expect(BUSINESS_ID_RULES.FI.message).toMatch(/1234567-1/);
  });

  it('accepts the fixtures’ numbers, one per country', () => {
    for (const country of COUNTRIES) {
      const body = validRole({ company: { name: 'Testi', businessId: BUSINESS_IDS[country], country, region: 'R', city: 'C' } });
      expect(roleSchema().safeParse(body).success, country).toBe(true);
    }
  });
});

describe('the local demo companies', () => {
  it('have registration numbers and contact names the forms would accept', async () => {
    const { demoRoleItems } = await import('#local/demo-roles');
    const { isPersonName } = await import('#shared/platform/validation');
    for (const role of demoRoleItems(new Date())) {
      expect(businessIdProblem(role.company.country, role.company.businessId), role.company.name).toBeUndefined();
      expect(isPersonName(role.contact.name), role.contact.name).toBe(true);
    }
  });

  it('write their titles and descriptions as their companies would: the company’s language, most with a second one', async () => {
    const { demoRoleItems, OLD_DEMO_DESCRIPTION } = await import('#local/demo-roles');
    const { roleTextShown } = await import('#shared/roles/role-text');
    const OWN = { FI: 'fi', EE: 'et', LT: 'lt', RU: 'ru' } as const;
    const roles = demoRoleItems(new Date());
    for (const { pk: _pk, sk: _sk, type: _type, roleId, status: _s, placesLeft: _p, submittedAt: _at, openedAt: _o, gsi1pk: _g, gsi1sk: _k, boardText: _t, boardFields: _f, ...input } of roles) {
      // What the role form would accept (the second language differs from the first, lengths, …).
      const parsed = roleSchema().safeParse(input);
      expect(parsed.success, `${roleId}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(input.description, roleId).not.toBe(OLD_DEMO_DESCRIPTION);
      // The company's own language; the Estonian software house writes in English (its contact's).
      expect(input.language, roleId).toBe(input.contact.language === 'en' ? 'en' : OWN[input.company.country]);
    }
    // Most have a second language, so the board names a text's language and offers the other.
    expect(roles.filter((r) => r.translation).length).toBeGreaterThanOrEqual(roles.length - 2);
    // A Lithuanian reader of a Finnish role with English: the English title, said to be English.
    const carpenter = roles.find((r) => r.company.name === 'Sastamalan Rakennus Oy')!;
    expect(roleTextShown(carpenter, 'lt')).toMatchObject({ title: 'Carpenter trainee (timber construction)', titleLanguage: 'en' });
    expect(roleTextShown(carpenter, 'fi')).toEqual({ title: 'Kirvesmiesharjoittelija (puurakentaminen)', description: carpenter.description });
  });
});
