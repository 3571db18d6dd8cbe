import { describe, expect, it } from 'vitest';
import { buildReport, durationBand, sixMonthsAfter, suppressTable, weeksOf, type Cell, type FollowUpAnswers, type ReportRecord, type Table } from '#shared/report/indicators';
import { renderReport, toCsv } from '#shared/report/formats';
import type { ParticipantAtEntry, SensitiveAnswers } from '#shared/applications/participant';
import { placementItem } from '#shared/report/placements';
import { previousMonth } from '#shared/report/period-report';

/*
 * The indicators on a synthetic cohort with known answers: 360 placements drawn with a seeded
 * generator (40 of them outside the period), every expected total counted here directly from
 * the generated answers, not with the report's own code.
 */

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = mulberry32(20_270_101);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const maybe = <T>(value: T, p = 0.85): T | undefined => (random() < p ? value : undefined);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const FROM = '2027-01-01';
const TO = '2027-06-30';
const AS_OF = '2027-12-15';
const COUNTRIES = ['FI', 'EE', 'LT', 'RU'];
const FIELDS = ['0732', '0713', '0922', '1013', '0714'];

interface Truth {
  record: ReportRecord;
  weeks: number;
}

function generate(n: number, inPeriod: boolean, offset: number): Truth[] {
  return Array.from({ length: n }, (_, i) => {
    const home = pick(COUNTRIES);
    const host = pick(COUNTRIES.filter((c) => c !== home));
    const startsOn = inPeriod ? addDays(FROM, Math.floor(random() * 181)) : addDays(pick(['2026-10-01', '2027-07-01']), Math.floor(random() * 60));
    const days = 7 * (1 + Math.floor(random() * 30));
    const endsOn = addDays(startsOn, days - 1); // both days count
    const hasParticipantData = random() < 0.8;
    const participant: ParticipantAtEntry | undefined = hasParticipantData
      ? Object.fromEntries(
          Object.entries({
            gender: maybe(pick(['female', 'male', 'non_binary', 'prefer_not_to_say'] as const)),
            ageBand: maybe(pick(['under_18', '18_29', '18_29', '30_54', '55_plus', 'prefer_not_to_say'] as const)),
            labourMarketStatus: maybe(pick(['employed', 'unemployed', 'inactive', 'in_education', 'in_education', 'prefer_not_to_say'] as const)),
            education: maybe(pick(['isced_0_2', 'isced_3_4', 'isced_3_4', 'isced_5_8', 'prefer_not_to_say'] as const)),
          }).filter(([, v]) => v !== undefined),
        )
      : undefined;
    // Disability common, foreign background middling, minority "yes" rare: cells on both sides of 5.
    const sensitive: SensitiveAnswers | undefined =
      random() < 0.5
        ? {
            disability: pick(['yes', 'no', 'no', 'prefer_not_to_say'] as const),
            ...(random() < 0.8 ? { foreignBackground: pick(['yes', 'no', 'no', 'no', 'no', 'prefer_not_to_say'] as const) } : {}),
            minority: random() < 0.03 ? 'yes' : pick(['no', 'no', 'no', 'prefer_not_to_say'] as const),
          }
        : undefined;
    const endStatus = endsOn > AS_OF ? 'not_yet_due' : pick(['answered', 'answered', 'asked', 'not_asked'] as const);
    const sixDue = sixMonthsAfter(endsOn) <= AS_OF;
    const sixStatus = !sixDue ? 'not_yet_due' : pick(['answered', 'asked'] as const);
    const followUp: FollowUpAnswers | undefined =
      random() < 0.1
        ? undefined // no follow-up record at all: counted by dates
        : {
            endStatus,
            sixMonthsStatus: sixStatus,
            ...(endStatus === 'answered'
              ? {
                  completion: pick(['completed', 'completed', 'completed', 'interrupted']),
                  qualification: pick(['yes', 'partial', 'no']),
                  situationNow: pick(['in_education_or_training', 'employed', 'seeking_work', 'other']),
                }
              : {}),
            ...(sixStatus === 'answered' ? { situationSixMonths: pick(['in_education_or_training', 'employed', 'seeking_work', 'other']) } : {}),
          };
    // The host company's feedback, asked at the same time as the end-of-placement survey.
    const feedbackStatus = endsOn > AS_OF ? 'not_yet_due' : pick(['answered', 'asked', 'not_asked'] as const);
    if (followUp) {
      followUp.feedbackStatus = feedbackStatus;
      if (feedbackStatus === 'answered') {
        followUp.feedbackOverall = pick(['very_good', 'good', 'good', 'fair', 'poor']);
        followUp.feedbackPreparation = pick(['well', 'partly', 'poorly']);
        followUp.feedbackHostAgain = pick(['yes', 'yes', 'maybe', 'no']);
      }
    }
    const record: ReportRecord = {
      placement: {
        matchId: `m-${offset + i}`,
        applicationId: `a-${offset + i}`,
        applicantType: random() < 0.85 ? 'student' : 'staff',
        homeCountry: home,
        hostCountry: host,
        sector: pick(['construction', 'wellbeing', 'technology']),
        fieldOfStudy: pick(FIELDS),
        startsOn,
        endsOn,
        ...(participant ? { participant } : {}),
      },
      ...(sensitive ? { sensitive } : {}),
      ...(followUp ? { followUp } : {}),
    };
    return { record, weeks: days / 7 };
  });
}

const inside = generate(320, true, 0);
const outside = generate(40, false, 1000);
const report = buildReport([...outside, ...inside].map((t) => t.record), { from: FROM, to: TO, asOf: AS_OF });
const table = (id: string) => report.tables.find((t) => t.id === id)!;
const cell = (t: Table, row: string, column: string): Cell | undefined => {
  const r = t.rows.find((x) => x.key === row);
  const i = t.columns.findIndex((c) => c.key === column);
  return r?.cells[i];
};
const count = (predicate: (r: ReportRecord) => boolean) => inside.filter((t) => predicate(t.record)).length;
const genderIs = (g: string) => (r: ReportRecord) => (r.placement.participant?.gender ?? 'not_given') === g;
const GENDER_COLUMNS = ['female', 'male', 'non_binary', 'prefer_not_to_say', 'not_given'];

/** Every cell of a by-gender table against a direct count. */
function expectByGender(id: string, rows: string[], valueOf: (r: ReportRecord) => string, sensitive = false) {
  const t = table(id);
  expect(t.rows.map((r) => r.key).sort()).toEqual([...rows].sort());
  let checked = 0;
  for (const row of rows) {
    // A sensitive cell is its count, "<5" when under 5, or "x" (hidden to protect another, so 5 or more).
    const check = (actual: Cell | undefined, n: number, what: string) => {
      if (!sensitive) expect(actual, what).toBe(n);
      else if (n < 5) expect(actual, what).toBe('<5');
      else expect([n, 'x'], what).toContain(actual);
    };
    check(cell(t, row, 'total'), count((r) => valueOf(r) === row), `${id} ${row} total`);
    for (const g of GENDER_COLUMNS) {
      check(cell(t, row, g), count((r) => valueOf(r) === row && genderIs(g)(r)), `${id} ${row} ${g}`);
      checked++;
    }
  }
  return checked;
}

describe('report indicators on a synthetic cohort of 320 participants', () => {
  it('counts only the placements that started in the period', () => {
    expect(report.placements).toBe(320);
    expect(cell(table('summary'), 'placements', 'count')).toBe(320);
    expect(cell(table('summary'), 'participants', 'count')).toBe(320);
    expect(cell(table('summary'), 'participant_data', 'count')).toBe(count((r) => r.placement.participant !== undefined && Object.keys(r.placement.participant).length > 0));
  });

  it('participants by each category and by gender', () => {
    expectByGender('gender', GENDER_COLUMNS, (r) => r.placement.participant?.gender ?? 'not_given');
    expectByGender('age_band', ['under_18', '18_29', '30_54', '55_plus', 'prefer_not_to_say', 'not_given'], (r) => r.placement.participant?.ageBand ?? 'not_given');
    expectByGender(
      'labour_market_status',
      ['employed', 'unemployed', 'inactive', 'in_education', 'prefer_not_to_say', 'not_given'],
      (r) => r.placement.participant?.labourMarketStatus ?? 'not_given',
    );
    expectByGender('education', ['isced_0_2', 'isced_3_4', 'isced_5_8', 'prefer_not_to_say', 'not_given'], (r) => r.placement.participant?.education ?? 'not_given');
    expectByGender('applicant_type', ['student', 'staff'], (r) => r.placement.applicantType);
    expectByGender('home_country', COUNTRIES, (r) => r.placement.homeCountry);
    // The gender columns add up to the total of each row.
    for (const row of table('age_band').rows) {
      expect((row.cells.slice(1) as number[]).reduce((a, b) => a + b, 0)).toBe(row.cells[0]);
    }
  });

  it('sensitive items: totals only, every cell under 5 shown as "<5"', () => {
    const rows = ['yes', 'no', 'prefer_not_to_say', 'not_given'];
    for (const item of ['disability', 'foreignBackground', 'minority'] as const) {
      expect(table(item).sensitive).toBe(true);
      expectByGender(item, rows, (r) => r.sensitive?.[item] ?? 'not_given', true);
    }
    // The cohort was drawn so that both sides of the rule occur.
    const cells = ['disability', 'foreignBackground', 'minority'].flatMap((id) => table(id).rows.flatMap((r) => r.cells));
    expect(cells).toContain('<5');
    expect(cells.some((c) => typeof c === 'number' && c >= 5)).toBe(true);
    expect(cells.some((c) => typeof c === 'number' && c < 5)).toBe(false);
    // No hidden cell can be worked out by subtraction: in every row (total = its parts) and every
    // column (adds up to the public gender totals), none or at least two cells are hidden.
    for (const item of ['disability', 'foreignBackground', 'minority']) {
      const rowsOf = table(item).rows.map((r) => r.cells);
      for (const line of [...rowsOf, ...rowsOf[0]!.map((_, c) => rowsOf.map((r) => r[c]))]) {
        expect(line.filter((c) => typeof c !== 'number').length, `${item}: ${JSON.stringify(line)}`).not.toBe(1);
      }
    }
    const minorityYes = count((r) => r.sensitive?.minority === 'yes');
    expect(minorityYes).toBeGreaterThan(0);
    expect(minorityYes).toBeLessThan(5);
    expect(cell(table('minority'), 'yes', 'total')).toBe('<5');
    // Non-sensitive tables show small counts as they are.
    expect(report.tables.filter((t) => !t.sensitive).flatMap((t) => t.rows.flatMap((r) => r.cells))).not.toContain('<5');
  });

  it('placements by country pair, sector and field', () => {
    for (const home of COUNTRIES) {
      for (const host of COUNTRIES.filter((c) => c !== home)) {
        const n = count((r) => r.placement.homeCountry === home && r.placement.hostCountry === host);
        expect(cell(table('country_pair'), `${home}-${host}`, 'count') ?? 0).toBe(n);
      }
    }
    for (const sector of ['construction', 'wellbeing', 'technology']) {
      expect(cell(table('sector'), sector, 'count')).toBe(count((r) => r.placement.sector === sector));
    }
    for (const field of FIELDS) expect(cell(table('field'), field, 'count')).toBe(count((r) => r.placement.fieldOfStudy === field));
    expect(table('field').rows.find((r) => r.key === '0732')!.label).toBe('0732 Building and civil engineering');
    const sum = (t: Table) => t.rows.reduce((a, r) => a + (r.cells[0] as number), 0);
    expect([sum(table('country_pair')), sum(table('sector')), sum(table('field'))]).toEqual([320, 320, 320]);
  });

  it('durations', () => {
    const weeks = inside.map((t) => t.weeks);
    const band = (lo: number, hi: number) => weeks.filter((w) => w > lo && w <= hi).length;
    expect(table('duration').rows.map((r) => r.cells[0])).toEqual([band(0, 4), band(4, 8), band(8, 12), band(12, 26), band(26, Infinity)]);
    const sorted = [...weeks].sort((a, b) => a - b);
    const total = weeks.reduce((a, b) => a + b, 0);
    expect(cell(table('duration_weeks'), 'total', 'weeks')).toBe(total);
    expect(cell(table('duration_weeks'), 'mean', 'weeks')).toBe(Math.round((total / 320) * 10) / 10);
    expect(cell(table('duration_weeks'), 'median', 'weeks')).toBe((sorted[159]! + sorted[160]!) / 2);
    expect(cell(table('duration_weeks'), 'min', 'weeks')).toBe(sorted[0]);
    expect(cell(table('duration_weeks'), 'max', 'weeks')).toBe(sorted[319]);
  });

  it('completion and result indicators, with no answer, not yet due and not asked', () => {
    // Status from the follow-up record; without one, due once the end date has passed.
    const endState = (r: ReportRecord, answer?: string) => {
      if (answer) return answer;
      const status = r.followUp?.endStatus;
      if (status === 'not_yet_due') return 'not_yet_due';
      if (status === 'not_asked') return 'not_asked';
      if (status) return 'no_answer';
      return r.placement.endsOn <= AS_OF ? 'no_answer' : 'not_yet_due';
    };
    const values = (f: (r: ReportRecord) => string) => [...new Set(inside.map((t) => f(t.record)))];
    const completion = (r: ReportRecord) => endState(r, r.followUp?.completion);
    expectByGender('completion', values(completion), completion);
    const qualification = (r: ReportRecord) => endState(r, r.followUp?.qualification);
    expectByGender('qualification', values(qualification), qualification);
    const now = (r: ReportRecord) => endState(r, r.followUp?.situationNow);
    expectByGender('situation_now', values(now), now);
    const six = (r: ReportRecord) => {
      if (r.followUp?.situationSixMonths) return r.followUp.situationSixMonths;
      const status = r.followUp?.sixMonthsStatus;
      if (status === 'not_yet_due') return 'not_yet_due';
      if (status) return 'no_answer';
      return sixMonthsAfter(r.placement.endsOn) <= AS_OF ? 'no_answer' : 'not_yet_due';
    };
    expectByGender('situation_six_months', values(six), six);
    expect(values(completion)).toEqual(expect.arrayContaining(['completed', 'interrupted', 'no_answer', 'not_yet_due', 'not_asked']));
    // Non-answers come after the answers.
    const keys = table('completion').rows.map((r) => r.key);
    expect(keys.slice(-3)).toEqual(['no_answer', 'not_yet_due', 'not_asked']);

    const endDue = count((r) => ['no_answer', 'completed', 'interrupted'].includes(completion(r)));
    const endAnswered = count((r) => ['completed', 'interrupted'].includes(completion(r)));
    expect(table('response_rates').rows[0]!.cells).toEqual([endDue, endAnswered, Math.round((endAnswered / endDue) * 1000) / 10]);
    const sixDue = count((r) => six(r) !== 'not_yet_due');
    const sixAnswered = count((r) => !['not_yet_due', 'no_answer'].includes(six(r)));
    expect(table('response_rates').rows[1]!.cells).toEqual([sixDue, sixAnswered, Math.round((sixAnswered / sixDue) * 1000) / 10]);
    expect(sixDue).toBeGreaterThan(0);
  });

  it("the host company's feedback: each answer counted, the reasons for none last, and its response rate", () => {
    const state = (r: ReportRecord, answer?: string) => {
      if (answer) return answer;
      const status = r.followUp?.feedbackStatus;
      if (status === 'not_yet_due') return 'not_yet_due';
      if (status === 'not_asked') return 'not_asked';
      if (status) return 'no_answer';
      return r.placement.endsOn <= AS_OF ? 'no_answer' : 'not_yet_due';
    };
    const questions = [
      ['feedback_overall', (r: ReportRecord) => state(r, r.followUp?.feedbackOverall), ['very_good', 'good', 'fair', 'poor']],
      ['feedback_preparation', (r: ReportRecord) => state(r, r.followUp?.feedbackPreparation), ['well', 'partly', 'poorly']],
      ['feedback_host_again', (r: ReportRecord) => state(r, r.followUp?.feedbackHostAgain), ['yes', 'maybe', 'no']],
    ] as const;
    for (const [id, of, answers] of questions) {
      const t = table(id);
      const keys = t.rows.map((r) => r.key);
      // The answers in their order (even when none gave one), then the reasons for none.
      expect(keys.slice(0, answers.length)).toEqual(answers);
      expect(keys.slice(answers.length)).toEqual(['no_answer', 'not_yet_due', 'not_asked'].filter((k) => keys.includes(k)));
      for (const key of keys) expect(cell(t, key, 'count'), `${id} ${key}`).toBe(count((r) => of(r) === key));
      expect(t.rows.reduce((sum, r) => sum + (r.cells[0] as number), 0)).toBe(320);
    }
    const overall = questions[0][1];
    const due = count((r) => !['not_yet_due', 'not_asked'].includes(overall(r)));
    const answered = count((r) => !['not_yet_due', 'not_asked', 'no_answer'].includes(overall(r)));
    expect(answered).toBeGreaterThan(0);
    expect(table('response_rates').rows[2]).toEqual({
      key: 'company_feedback',
      label: 'Host company feedback',
      cells: [due, answered, Math.round((answered / due) * 1000) / 10],
    });
  });

  it('renders totals only: no ids of placements or applications in any format', () => {
    for (const format of ['csv', 'json', 'md'] as const) {
      const text = renderReport(report, format);
      expect(text).not.toMatch(/\b[am]-\d+\b/);
    }
    const csv = toCsv(report).trim().split('\r\n');
    expect(csv[0]).toBe('table,row,column,value');
    expect(csv).toContain('summary,placements,count,320');
    expect(csv).toContain('minority,yes,total,<5');
    expect(renderReport(report, 'md')).toContain('## Participants from minorities');
    expect(JSON.parse(renderReport(report, 'json')).placements).toBe(320);
  });

  it('an empty period gives empty tables, not errors', () => {
    const empty = buildReport([], { from: FROM, to: TO, asOf: AS_OF });
    expect(empty.placements).toBe(0);
    expect(empty.tables.find((t) => t.id === 'response_rates')!.rows).toHaveLength(3);
    expect(empty.tables.find((t) => t.id === 'disability')!.rows.every((r) => r.cells.every((c) => c === '<5'))).toBe(true);
    expect(renderReport(empty, 'md')).toContain('(none)');
  });
});

describe('placement records', () => {
  // The applicant is available all year and the role runs all year: the record takes the match's dates.
  const ctx = (periodFrom: string, periodTo: string) =>
    ({
      match: { matchId: 'm-1', applicationId: 'a-1', roleId: 'r-1', placement: { from: periodFrom, to: periodTo } },
      application: { applicantType: 'student', homeCountry: 'EE', fieldOfStudy: '0732', availableFrom: '2027-01-01', availableTo: '2027-12-31', minWeeks: 4 },
      role: { sector: 'construction', company: { country: 'FI' }, periodFrom: '2027-01-01', periodTo: '2027-12-31', minWeeks: 4 },
    }) as never;

  it('start on the period’s first day, or on the day of confirmation when that is later', () => {
    const onTime = placementItem(ctx('2027-03-01', '2027-06-30'), '2027-02-10T09:00:00.000Z');
    expect(onTime).toMatchObject({ startsOn: '2027-03-01', endsOn: '2027-06-30', gsi1sk: '2027-03-01#m-1' });
    // Confirmed on 3 April for a period from 1 March: it counts in April (March's report was sent on 1 April).
    const late = placementItem(ctx('2027-03-01', '2027-06-30'), '2027-04-03T15:00:00.000Z');
    expect(late).toMatchObject({ startsOn: '2027-04-03', endsOn: '2027-06-30', gsi1sk: '2027-04-03#m-1' });
    expect(previousMonth(new Date('2027-05-01T06:00:00Z'))).toMatchObject({ from: '2027-04-01', to: '2027-04-30' });
  });

  it('last as matching counts them: both days, so 28 days are 4 weeks and fall in "up to 4 weeks"', () => {
    expect(weeksOf({ startsOn: '2027-03-01', endsOn: '2027-03-28' })).toBe(4);
    expect(durationBand(weeksOf({ startsOn: '2027-03-01', endsOn: '2027-03-28' }))).toBe('up_to_4');
    expect(durationBand(weeksOf({ startsOn: '2027-03-01', endsOn: '2027-03-29' }))).toBe('5_8');
  });
});

describe('secondary suppression of sensitive tables', () => {
  it('hides the smallest shown cell of any row or column that would give a "<5" away', () => {
    // Columns: total, female, male. 18 participants; "yes" is 1 (a woman).
    const counts = [
      [1, 1, 0], // yes
      [7, 2, 5], // no
      [5, 0, 5], // prefer not to say
      [5, 5, 0], // not given
    ];
    const cells = suppressTable(counts);
    for (const line of [...cells, ...cells[0]!.map((_, c) => cells.map((r) => r[c]))]) {
      expect(line.filter((c) => typeof c !== 'number').length, JSON.stringify(cells)).not.toBe(1);
    }
    // Under 5 is always "<5"; what else is hidden is "x"; nothing shown differs from its count.
    cells.forEach((row, r) =>
      row.forEach((c, i) => {
        if (counts[r]![i]! < 5) expect(c).toBe('<5');
        else expect([counts[r]![i], 'x']).toContain(c);
      }),
    );
    expect(cells.flat()).toContain('x');
  });

  it('hides nothing more when nothing is under 5, and nothing at all in an empty table', () => {
    expect(suppressTable([[10, 5, 5], [12, 6, 6]])).toEqual([[10, 5, 5], [12, 6, 6]]);
    expect(suppressTable([])).toEqual([]);
  });
});
