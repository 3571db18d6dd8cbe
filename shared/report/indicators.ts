// The report is in English: only the English names of the fields (not the other four languages').
import isced from '../vocabulary/isced-f-2013.en.json' with { type: 'json' };
import {
  AGE_BANDS,
  EDUCATION_LEVELS,
  GENDERS,
  LABOUR_STATUSES,
  SENSITIVE_ANSWERS,
  SENSITIVE_ITEMS,
  type ParticipantAtEntry,
  type SensitiveAnswers,
  type SensitiveItem,
} from '#shared/applications/participant';

/**
 * The funder's indicators from plain records, with no AWS in it: participants by each category
 * and by gender, placements by country pair, sector and field, durations, completion and result
 * indicators, response rates. Totals only; every cell of a sensitive item under 5 is "<5".
 */

/** One confirmed placement as the report sees it: no names, no contact data. */
export interface PlacementFacts {
  matchId: string;
  applicationId: string;
  applicantType: string;
  homeCountry: string;
  hostCountry: string;
  sector: string;
  /** ISCED-F 2013 detailed field of the applicant. */
  fieldOfStudy: string;
  /** ISO dates of the placement period. */
  startsOn: string;
  endsOn: string;
  participant?: ParticipantAtEntry;
}

/**
 * Where a follow-up survey stands: not yet due, asked (sent, no answer), answered, or never
 * asked (skipped: too late, erased, data missing).
 */
export type SurveyStatus = 'not_yet_due' | 'asked' | 'answered' | 'not_asked';

/**
 * The follow-up answers of a placement, as far as the report needs them (read from the
 * follow-up items of shared/follow-up/records.ts). Each answer is a plain code, counted as it comes;
 * absent means not answered. Without a status, a survey counts as due once its date passed.
 */
export interface FollowUpAnswers {
  endStatus?: SurveyStatus;
  sixMonthsStatus?: SurveyStatus;
  /** End of placement: "completed" or "interrupted". */
  completion?: string;
  /** Qualification or credits gained: "yes", "partial", "no". */
  qualification?: string;
  /** Situation at the end-of-placement follow-up. */
  situationNow?: string;
  /** Situation six months after the placement ended. */
  situationSixMonths?: string;
  /** The host company's feedback at the end (its status and coded answers; the comment is never read). */
  feedbackStatus?: SurveyStatus;
  feedbackOverall?: string;
  feedbackPreparation?: string;
  feedbackHostAgain?: string;
}

export interface ReportRecord {
  placement: PlacementFacts;
  /** The sensitive answers, if consented and given. */
  sensitive?: SensitiveAnswers;
  followUp?: FollowUpAnswers;
}

/** A count; '<5' a count under 5 in a sensitive item; 'x' a count hidden so that a '<5' cannot be worked out. */
export type Cell = number | '<5' | 'x';
export interface Row {
  key: string;
  label: string;
  cells: Cell[];
}
export interface Table {
  id: string;
  title: string;
  /** Cells of a sensitive item: every count under 5 is shown as "<5". */
  sensitive: boolean;
  columns: { key: string; label: string }[];
  rows: Row[];
}
export interface Report {
  from: string;
  to: string;
  /** The day the follow-ups were counted on: what was due by then. */
  asOf: string;
  placements: number;
  tables: Table[];
}

export const SUPPRESSION_THRESHOLD = 5;
export const NOT_GIVEN = 'not_given';
export const NO_ANSWER = 'no_answer';
export const NOT_YET_DUE = 'not_yet_due';
export const NOT_ASKED = 'not_asked';

/**
 * The cells of a sensitive table (rows of categories; column 0 the row's total, the others its
 * parts) to hide. Every count under 5 ('<5'); then, because each row adds up to its total and
 * each column to a total the report shows elsewhere (participants by gender), a row or column
 * with exactly one hidden cell would give it away by subtraction: the smallest shown cell of it
 * is hidden too ('x'), until no row or column has exactly one. (Secondary suppression; it stops
 * exact recovery, not every bound an attacker could derive.)
 */
export function suppressTable(counts: readonly (readonly number[])[]): Cell[][] {
  const hidden = counts.map((row) => row.map((n) => n < SUPPRESSION_THRESHOLD));
  const lines = [
    ...counts.map((row, r) => row.map((_, c) => [r, c] as const)),
    ...(counts[0] ?? []).map((_, c) => counts.map((_, r) => [r, c] as const)),
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => hidden[r]![c]).length !== 1) continue;
      const shown = line.filter(([r, c]) => !hidden[r]![c]);
      if (shown.length === 0) continue;
      const [r, c] = shown.reduce((a, b) => (counts[b[0]]![b[1]]! < counts[a[0]]![a[1]]! ? b : a));
      hidden[r]![c] = true;
      changed = true;
    }
  }
  return counts.map((row, r) => row.map((n, c) => (!hidden[r]![c] ? n : n < SUPPRESSION_THRESHOLD ? '<5' : 'x')));
}

const LABELS: Record<string, string> = {
  female: 'Female',
  male: 'Male',
  non_binary: 'Non-binary',
  prefer_not_to_say: 'Prefer not to say',
  [NOT_GIVEN]: 'Not given',
  [NO_ANSWER]: 'No answer',
  [NOT_YET_DUE]: 'Not yet due',
  [NOT_ASKED]: 'Not asked (too late, erased or data missing)',
  completed: 'Completed',
  interrupted: 'Interrupted',
  partial: 'Partly',
  very_good: 'Very good',
  good: 'Good',
  fair: 'Fair',
  poor: 'Poor',
  well: 'Well prepared',
  partly: 'Partly prepared',
  poorly: 'Poorly prepared',
  maybe: 'Maybe',
  in_education_or_training: 'In education or training',
  seeking_work: 'Seeking work',
  other: 'Other',
  under_18: 'Under 18',
  '18_29': '18–29',
  '30_54': '30–54',
  '55_plus': '55 and over',
  employed: 'Employed (incl. self-employed)',
  unemployed: 'Unemployed (incl. long-term)',
  inactive: 'Inactive',
  in_education: 'In education or training',
  isced_0_2: 'ISCED 0–2',
  isced_3_4: 'ISCED 3–4',
  isced_5_8: 'ISCED 5–8',
  yes: 'Yes',
  no: 'No',
  student: 'Student',
  staff: 'Staff',
  total: 'Total',
  count: 'Count',
};
const label = (key: string) => LABELS[key] ?? key.replaceAll('_', ' ');

const DAY_MS = 86_400_000;
/** Placement length in weeks, to one decimal; both days count, as in matching (4 weeks = 28 days). */
export const weeksOf = (p: Pick<PlacementFacts, 'startsOn' | 'endsOn'>) =>
  Math.round(((Date.parse(p.endsOn) - Date.parse(p.startsOn) + DAY_MS) / DAY_MS / 7) * 10) / 10;

export const DURATION_BANDS = [
  { key: 'up_to_4', label: 'Up to 4 weeks', max: 4 },
  { key: '5_8', label: 'Over 4, up to 8 weeks', max: 8 },
  { key: '9_12', label: 'Over 8, up to 12 weeks', max: 12 },
  { key: '13_26', label: 'Over 12, up to 26 weeks', max: 26 },
  { key: 'over_26', label: 'Over 26 weeks', max: Infinity },
] as const;
export const durationBand = (weeks: number) => DURATION_BANDS.find((b) => weeks <= b.max)!.key;

/** The day six months after an ISO date (clamped to the month's end). */
export function sixMonthsAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 6, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** Rows that are not answers go after the answers. */
const TRAILING: string[] = [NOT_GIVEN, NO_ANSWER, NOT_YET_DUE, NOT_ASKED];
const GENDER_COLUMNS = [...GENDERS, NOT_GIVEN];
const genderOf = (r: ReportRecord) => r.placement.participant?.gender ?? NOT_GIVEN;

/**
 * A table of categories by gender: one row per category (the known ones in their order, then
 * any others sorted), columns total and each gender. Known rows appear even when empty.
 */
function byGender(
  id: string,
  title: string,
  records: ReportRecord[],
  categoryOf: (r: ReportRecord) => string,
  known: readonly string[],
  sensitive = false,
): Table {
  const counts = new Map<string, Map<string, number>>();
  for (const r of records) {
    const row = counts.get(categoryOf(r)) ?? new Map<string, number>();
    const gender = genderOf(r);
    row.set(gender, (row.get(gender) ?? 0) + 1);
    counts.set(categoryOf(r), row);
  }
  const others = [...counts.keys()].filter((k) => !known.includes(k)).sort();
  const last = TRAILING.filter((k) => others.includes(k));
  const keys = [...known, ...others.filter((k) => !TRAILING.includes(k)), ...last];
  const raw = keys.map((key) => {
    const row = counts.get(key) ?? new Map<string, number>();
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    return [total, ...GENDER_COLUMNS.map((g) => row.get(g) ?? 0)];
  });
  const cells: Cell[][] = sensitive ? suppressTable(raw) : raw;
  return {
    id,
    title,
    sensitive,
    columns: [{ key: 'total', label: 'Total' }, ...GENDER_COLUMNS.map((g) => ({ key: g, label: label(g) }))],
    rows: keys.map((key, i) => ({ key, label: label(key), cells: cells[i]! })),
  };
}

/**
 * A one-column table of counts: the known keys in their order (shown even when empty), then the
 * others largest first (ties by key), the reasons for no answer last.
 */
function counted(
  id: string,
  title: string,
  records: ReportRecord[],
  keyOf: (r: ReportRecord) => string,
  labelOf: (key: string) => string,
  known: readonly string[] = [],
): Table {
  const counts = new Map<string, number>(known.map((k) => [k, 0]));
  for (const r of records) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
  const others = [...counts.keys()]
    .filter((k) => !known.includes(k) && !TRAILING.includes(k))
    .sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  const keys = [...known, ...others, ...TRAILING.filter((k) => counts.has(k))];
  return {
    id,
    title,
    sensitive: false,
    columns: [{ key: 'count', label: 'Placements' }],
    rows: keys.map((key) => ({ key, label: labelOf(key), cells: [counts.get(key)!] })),
  };
}

const fieldName = (code: string) => (isced.detailed as Record<string, string>)[code] ?? '';
const median = (sorted: number[]) =>
  sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** What a follow-up question counts as for one placement: its answer, or why there is none. */
function answerOf(answer: string | undefined, status: SurveyStatus | undefined, dueOn: string, asOf: string) {
  if (answer !== undefined) return answer;
  switch (status) {
    case 'not_yet_due':
      return NOT_YET_DUE;
    case 'not_asked':
      return NOT_ASKED;
    case 'asked':
    case 'answered':
      return NO_ANSWER;
    case undefined:
      return dueOn <= asOf ? NO_ANSWER : NOT_YET_DUE;
  }
}

const SENSITIVE_TITLES: Record<SensitiveItem, string> = {
  disability: 'Participants with disabilities (sensitive: totals only, counts under 5 shown as "<5", "x" hidden to protect them)',
  foreignBackground: 'Participants with a foreign background or third-country nationals (sensitive: totals only, counts under 5 shown as "<5", "x" hidden to protect them)',
  minority: 'Participants from minorities (sensitive: totals only, counts under 5 shown as "<5", "x" hidden to protect them)',
};

/** The indicators for placements that started between `from` and `to` (inclusive). */
export function buildReport(all: ReportRecord[], period: { from: string; to: string; asOf: string }): Report {
  const records = all.filter((r) => r.placement.startsOn >= period.from && r.placement.startsOn <= period.to);
  const p = (r: ReportRecord) => r.placement;
  const participant = (r: ReportRecord) => r.placement.participant ?? {};
  const weeks = records.map((r) => weeksOf(p(r))).sort((a, b) => a - b);
  const { asOf } = period;
  const end = (r: ReportRecord, answer: string | undefined) => answerOf(answer, r.followUp?.endStatus, p(r).endsOn, asOf);
  const sixMonths = (r: ReportRecord) =>
    answerOf(r.followUp?.situationSixMonths, r.followUp?.sixMonthsStatus, sixMonthsAfter(p(r).endsOn), asOf);
  const endDue = (r: ReportRecord) => end(r, r.followUp?.completion);
  const feedback = (r: ReportRecord, answer: string | undefined) => answerOf(answer, r.followUp?.feedbackStatus, p(r).endsOn, asOf);
  const feedbackDue = (r: ReportRecord) => feedback(r, r.followUp?.feedbackOverall);
  const feedbackQuestions = [
    ['feedback_overall', 'Host company feedback: the placement overall', feedbackDue, ['very_good', 'good', 'fair', 'poor']],
    ['feedback_preparation', "Host company feedback: the participant's preparation", (r: ReportRecord) => feedback(r, r.followUp?.feedbackPreparation), ['well', 'partly', 'poorly']],
    ['feedback_host_again', 'Host company feedback: would host again', (r: ReportRecord) => feedback(r, r.followUp?.feedbackHostAgain), ['yes', 'maybe', 'no']],
  ] as const;
  const followUpQuestions = [
    ['completion', 'Completion (end-of-placement follow-up)', endDue],
    ['qualification', 'Qualification or credits gained', (r: ReportRecord) => end(r, r.followUp?.qualification)],
    ['situation_now', 'Situation at the end of the placement', (r: ReportRecord) => end(r, r.followUp?.situationNow)],
    ['situation_six_months', 'Situation six months after the placement', sixMonths],
  ] as const;

  const responseRow = (key: string, text: string, answerOfRecord: (r: ReportRecord) => string): Row => {
    const due = records.filter((r) => ![NOT_YET_DUE, NOT_ASKED].includes(answerOfRecord(r))).length;
    const answered = records.filter((r) => ![NOT_YET_DUE, NOT_ASKED, NO_ANSWER].includes(answerOfRecord(r))).length;
    return { key, label: text, cells: [due, answered, due === 0 ? 0 : round1((answered / due) * 100)] };
  };

  const tables: Table[] = [
    {
      id: 'summary',
      title: 'Summary',
      sensitive: false,
      columns: [{ key: 'count', label: 'Count' }],
      rows: [
        { key: 'placements', label: 'Placements started in the period', cells: [records.length] },
        { key: 'participants', label: 'Participants', cells: [new Set(records.map((r) => p(r).applicationId)).size] },
        {
          key: 'participant_data',
          label: 'Participants who gave participant data',
          cells: [records.filter((r) => r.placement.participant && Object.keys(r.placement.participant).length > 0).length],
        },
      ],
    },
    byGender('gender', 'Participants by gender', records, genderOf, GENDER_COLUMNS),
    byGender('age_band', 'Participants by age at entry and gender', records, (r) => participant(r).ageBand ?? NOT_GIVEN, [...AGE_BANDS, NOT_GIVEN]),
    byGender(
      'labour_market_status',
      'Participants by labour-market status at entry and gender',
      records,
      (r) => participant(r).labourMarketStatus ?? NOT_GIVEN,
      [...LABOUR_STATUSES, NOT_GIVEN],
    ),
    byGender(
      'education',
      'Participants by highest completed education (ISCED 2011) and gender',
      records,
      (r) => participant(r).education ?? NOT_GIVEN,
      [...EDUCATION_LEVELS, NOT_GIVEN],
    ),
    byGender('applicant_type', 'Participants by type and gender', records, (r) => p(r).applicantType, ['student', 'staff']),
    byGender('home_country', 'Participants by home country and gender', records, (r) => p(r).homeCountry, []),
    ...SENSITIVE_ITEMS.map((item) =>
      byGender(item, SENSITIVE_TITLES[item], records, (r) => r.sensitive?.[item] ?? NOT_GIVEN, [...SENSITIVE_ANSWERS, NOT_GIVEN], true),
    ),
    counted('country_pair', 'Placements by country pair (home → host)', records, (r) => `${p(r).homeCountry}-${p(r).hostCountry}`, (k) => k.replace('-', ' → ')),
    counted('sector', 'Placements by sector', records, (r) => p(r).sector, label),
    counted('field', 'Placements by field of study (ISCED-F 2013)', records, (r) => p(r).fieldOfStudy, (k) => `${k} ${fieldName(k)}`.trim()),
    {
      id: 'duration',
      title: 'Placements by duration',
      sensitive: false,
      columns: [{ key: 'count', label: 'Placements' }],
      rows: DURATION_BANDS.map((band) => ({ key: band.key, label: band.label, cells: [weeks.filter((w) => durationBand(w) === band.key).length] })),
    },
    {
      id: 'duration_weeks',
      title: 'Duration in weeks',
      sensitive: false,
      columns: [{ key: 'weeks', label: 'Weeks' }],
      rows: [
        { key: 'total', label: 'Total', cells: [round1(weeks.reduce((a, b) => a + b, 0))] },
        { key: 'mean', label: 'Mean', cells: [weeks.length ? round1(weeks.reduce((a, b) => a + b, 0) / weeks.length) : 0] },
        { key: 'median', label: 'Median', cells: [round1(median(weeks))] },
        { key: 'min', label: 'Shortest', cells: [weeks[0] ?? 0] },
        { key: 'max', label: 'Longest', cells: [weeks.at(-1) ?? 0] },
      ],
    },
    ...followUpQuestions.map(([id, title, of]) => byGender(id, `${title}, by gender`, records, of, [], false)),
    ...feedbackQuestions.map(([id, title, of, known]) => counted(id, title, records, of, label, known)),
    {
      id: 'response_rates',
      title: 'Follow-up response rates',
      sensitive: false,
      columns: [
        { key: 'due', label: 'Due' },
        { key: 'answered', label: 'Answered' },
        { key: 'rate_percent', label: 'Response rate %' },
      ],
      rows: [
        responseRow('end_of_placement', 'End-of-placement follow-up', endDue),
        responseRow('six_months', 'Six-month follow-up', sixMonths),
        responseRow('company_feedback', 'Host company feedback', feedbackDue),
      ],
    },
  ];
  return { from: period.from, to: period.to, asOf, placements: records.length, tables };
}
