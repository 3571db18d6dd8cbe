/**
 * Benchmark of the matching algorithm alone (pure, no AWS), on seeded, realistic instances:
 * (a) the size of the US medical residency match: 45,000 applicants, 6,400 roles, 41,000
 *     places, about 12 eligible roles per applicant;
 * (b) 150,000 applicants x 40,000 roles, as dense in time as (a);
 * (c) (b) in (a)'s time span, about 80 eligible roles per applicant (only when asked for).
 * For each: generation time, match() time (median of 3 runs after one warm-up run), eligible
 * pairs per applicant as measured, proposals, memory around a run.
 *
 *   npx tsx bench/matching.ts            # (a) and (b)
 *   npx tsx bench/matching.ts a c        # some sizes
 *   taskset -c 0 node --expose-gc --import tsx bench/matching.ts   # one core, memory after GC
 *   npm run bench -- matching            # the same pinned to one core (bench/run.ts), saved to results
 *
 * Targets: match() <= 200 ms for (a) on one core, <= 1 s for (b); reported, not asserted.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { isDetailedField } from '#shared/vocabulary/isced';
import { createRng, match, type Rng } from '#shared/matching/index';
import type {
  ApplicantType,
  Country,
  LanguageLevel,
  MatchApplicant,
  MatchInput,
  MatchRole,
  Pair,
  Sector,
} from '#shared/matching/types';
import { COUNTRIES, SECTORS } from '#shared/vocabulary/codes';

export interface InstanceSpec {
  name: string;
  applicants: number;
  roles: number;
  places: number;
  /** Weeks over which periods start: the knob that sets how many roles each applicant fits. */
  horizonWeeks: number;
  seed: string;
  /** Target for match(), reported against. */
  targetMs?: number;
}

export const SIZES: Record<'a' | 'b' | 'c', InstanceSpec> = {
  // Periods start over 100 weeks: about 12 eligible roles per applicant.
  a: {
    name: '45k x 6.4k, 41k places (residency match size)',
    applicants: 45_000,
    roles: 6_400,
    places: 41_000,
    horizonWeeks: 100,
    seed: 'bench-a',
    targetMs: 200,
  },
  // Same places per applicant as (a) (150,000 * 41/45), and the same roles per cell of time, so
  // about as many eligible roles per applicant: 6.25 times the roles over 6.25 times the weeks.
  b: {
    name: '150k x 40k, 137k places',
    applicants: 150_000,
    roles: 40_000,
    places: 136_667,
    horizonWeeks: 625,
    seed: 'bench-b',
    targetMs: 1000,
  },
  // (b) squeezed into (a)'s 100 weeks: a much denser market, about 80 eligible roles each.
  // Not run by default: `npx tsx bench/matching.ts c`.
  c: {
    name: '150k x 40k, 137k places, dense',
    applicants: 150_000,
    roles: 40_000,
    places: 136_667,
    horizonWeeks: 100,
    seed: 'bench-c',
    targetMs: 1000,
  },
};

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 12);
const HOME_LANGUAGE: Record<Country, string> = { FI: 'fi', EE: 'et', LT: 'lt', RU: 'ru' };
const COUNTRY_WEIGHT: Record<Country, number> = { FI: 0.35, EE: 0.2, LT: 0.25, RU: 0.2 };
const SECTOR_PREFIXES: Record<Sector, string[]> = {
  construction: ['071', '072', '073'],
  technology: ['061', '071'],
  wellbeing: ['091', '092', '101', '102'],
};
const ALL_DETAILED = Array.from({ length: 1100 }, (_, i) => String(i).padStart(4, '0')).filter(isDetailedField);
const SECTOR_FIELDS: Record<Sector, string[]> = Object.fromEntries(
  SECTORS.map((s) => [s, ALL_DETAILED.filter((f) => SECTOR_PREFIXES[s].some((p) => f.startsWith(p)))]),
) as Record<Sector, string[]>;
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

const weighted = <T extends string>(rng: Rng, weights: Record<T, number>): T => {
  let x = rng.next();
  const entries = Object.entries(weights) as [T, number][];
  for (const [k, w] of entries) if ((x -= w) < 0) return k;
  return entries[entries.length - 1]![0];
};
/** Zipf-like pick: popular fields first. */
const popular = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(list.length * rng.next() ** 1.6)]!;
const uuid = (rng: Rng): string => {
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(16)];
    return s;
  };
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(4)]}${hex(3)}-${hex(12)}`;
};
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A seeded, realistic pool: few countries and sectors, fields clustered by sector. */
export function generateInstance(spec: InstanceSpec): MatchInput {
  const rng = createRng(spec.seed);
  const start = NOW + 14 * DAY;

  const roles: MatchRole[] = [];
  const cells = new Map<string, MatchRole[]>();
  for (let i = 0; i < spec.roles; i++) {
    const country = weighted(rng, COUNTRY_WEIGHT);
    const sector = rng.pick(SECTORS);
    const fields = new Set<string>();
    const nFields = rng.between(1, 3);
    while (fields.size < nFields) {
      const f = popular(rng, SECTOR_FIELDS[sector]);
      const x = rng.next();
      fields.add(x < 0.8 ? f : x < 0.98 ? f.slice(0, 3) : f.slice(0, 2));
    }
    const lengthWeeks = rng.between(4, 16);
    const from = start + rng.int(spec.horizonWeeks * 7) * DAY;
    const languages: LanguageLevel[] = [];
    const x = rng.next();
    if (x >= 0.3) languages.push({ code: 'en', level: rng.pick(['A2', 'B1', 'B2'] as const) });
    if (x >= 0.75) languages.push({ code: HOME_LANGUAGE[country], level: rng.pick(['A2', 'B1'] as const) });
    const t = rng.next();
    const applicantTypes: ApplicantType[] = t < 0.7 ? ['student'] : t < 0.8 ? ['staff'] : ['student', 'staff'];
    const role: MatchRole = {
      id: uuid(rng),
      country,
      sector,
      fieldsOfStudy: [...fields],
      places: 1,
      periodFrom: isoDate(from),
      periodTo: isoDate(from + (lengthWeeks * 7 - 1) * DAY),
      minWeeks: rng.between(4, Math.min(8, lengthWeeks)),
      languages,
      applicantTypes,
    };
    roles.push(role);
    const cell = `${country}/${sector}`;
    const list = cells.get(cell);
    if (list) list.push(role);
    else cells.set(cell, [role]);
  }
  // Places: one each, the rest spread with a skew towards a fifth of the roles (bigger employers).
  const big = roles.filter(() => rng.chance(0.2));
  for (let left = spec.places - spec.roles; left > 0; ) {
    const role = rng.chance(0.5) ? rng.pick(big) : rng.pick(roles);
    if (role.places < 50) {
      role.places++;
      left--;
    }
  }

  const applicants: MatchApplicant[] = [];
  for (let i = 0; i < spec.applicants; i++) {
    const homeCountry = weighted(rng, COUNTRY_WEIGHT);
    const primary = rng.pick(SECTORS);
    const others = SECTORS.filter((s) => s !== primary);
    const y = rng.next();
    const sectors = y < 0.65 ? [primary] : y < 0.95 ? [primary, rng.pick(others)] : [primary, ...others];
    const abroad = COUNTRIES.filter((c) => c !== homeCountry);
    const z = rng.next();
    const destinations = rng.sample(abroad, z < 0.45 ? 1 : z < 0.8 ? 2 : 3);
    const lengthWeeks = rng.between(6, 20);
    const from = start + rng.int(spec.horizonWeeks * 7) * DAY;
    const languages: LanguageLevel[] = [{ code: HOME_LANGUAGE[homeCountry], level: 'C2' }];
    if (rng.chance(0.9)) languages.push({ code: 'en', level: LEVELS[rng.between(1, 5)]! });
    if (rng.chance(0.3)) {
      const code = HOME_LANGUAGE[rng.pick(abroad)];
      languages.push({ code, level: LEVELS[rng.between(0, 4)]! });
    }
    const rolePreferences: string[] = [];
    if (rng.chance(0.15)) {
      const cell = cells.get(`${destinations[0]}/${primary}`) ?? [];
      for (const r of rng.sample(cell, rng.between(1, 3))) rolePreferences.push(r.id);
    }
    applicants.push({
      id: uuid(rng),
      applicantType: rng.chance(0.85) ? 'student' : 'staff',
      homeCountry,
      fieldOfStudy: popular(rng, SECTOR_FIELDS[primary]),
      sectors,
      destinations,
      availableFrom: isoDate(from),
      availableTo: isoDate(from + (lengthWeeks * 7 - 1) * DAY),
      minWeeks: rng.between(4, Math.min(10, lengthWeeks)),
      languages,
      rolePreferences,
      submittedAt: new Date(NOW - rng.int(120 * DAY)).toISOString(),
    });
  }

  // Frozen: 4% of applicants hold a confirmed or pending place; forbidden: 3% have 1-2 refusals.
  const frozen: Pair[] = [];
  const taken = new Map<MatchRole, number>();
  const forbidden: Pair[] = [];
  for (const a of applicants) {
    const cell = cells.get(`${a.destinations[0]}/${a.sectors[0]}`) ?? [];
    if (cell.length === 0) continue;
    if (rng.chance(0.04)) {
      const role = rng.pick(cell);
      if ((taken.get(role) ?? 0) < role.places) {
        taken.set(role, (taken.get(role) ?? 0) + 1);
        frozen.push({ applicantId: a.id, roleId: role.id });
      }
    } else if (rng.chance(0.03)) {
      for (const role of rng.sample(cell, rng.between(1, 2))) forbidden.push({ applicantId: a.id, roleId: role.id });
    }
  }
  const input: MatchInput = { applicants, roles, frozen, forbidden, seed: `${spec.seed}-round`, now: new Date(NOW).toISOString() };
  // Through JSON, as the pool arrives from the table: flat strings, fresh objects.
  return JSON.parse(JSON.stringify(input)) as MatchInput;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const ms = (x: number) => Math.round(x * 10) / 10;
const gc = (globalThis as { gc?: () => void }).gc;

export async function benchSize(spec: InstanceSpec): Promise<Record<string, unknown>> {
  gc?.();
  const t0 = performance.now();
  const input = generateInstance(spec);
  const generationMs = performance.now() - t0;

  const timed = () => {
    gc?.();
    const cpu = process.cpuUsage();
    const before = performance.now();
    match(input);
    const wallMs = performance.now() - before;
    const used = process.cpuUsage(cpu);
    return { wallMs, cpuMs: (used.user + used.system) / 1000 };
  };
  const medianOf = (runs: { wallMs: number; cpuMs: number }[]) =>
    [...runs].sort((x, y) => x.wallMs - y.wallMs)[Math.floor(runs.length / 2)]!;
  // The first run pays for compiling (a round in a fresh process); the next three, after that
  // warm-up, are the figure asked for; five more show the steady state once the JIT is done.
  const cold = timed();
  const runs = [timed(), timed(), timed()];
  const median = medianOf(runs);
  const steady = medianOf([timed(), timed(), timed(), timed(), timed()]);

  // Memory around one more run, from a collected heap when run with --expose-gc.
  gc?.();
  const memBefore = process.memoryUsage();
  const { stats } = match(input);
  const memAfter = process.memoryUsage();
  const pool = stats.proposals + stats.unmatched; // applicants to match (not frozen)
  return {
    size: spec.name,
    applicants: stats.applicants,
    roles: stats.roles,
    places: stats.places,
    frozen: stats.frozen,
    forbidden: input.forbidden.length,
    horizonWeeks: spec.horizonWeeks,
    generationMs: ms(generationMs),
    matchMsMedian: ms(median.wallMs),
    matchCpuMsOfMedian: ms(median.cpuMs),
    matchMsRuns: runs.map((r) => ms(r.wallMs)),
    matchMsFirstRun: ms(cold.wallMs),
    matchMsSteady: ms(steady.wallMs),
    targetMs: spec.targetMs,
    withinTarget: spec.targetMs === undefined ? undefined : median.wallMs <= spec.targetMs,
    eligiblePairs: stats.eligiblePairs,
    eligiblePerApplicant: Math.round((stats.eligiblePairs / pool) * 100) / 100,
    proposals: stats.proposals,
    unmatched: stats.unmatched,
    offers: stats.offers,
    memory: {
      gcBeforeMeasuring: gc !== undefined,
      rssBeforeMB: mb(memBefore.rss),
      rssAfterMB: mb(memAfter.rss),
      heapUsedBeforeMB: mb(memBefore.heapUsed),
      heapUsedAfterMB: mb(memAfter.heapUsed),
      arrayBuffersBeforeMB: mb(memBefore.arrayBuffers),
      arrayBuffersAfterMB: mb(memAfter.arrayBuffers),
      processPeakRssMB: mb(process.resourceUsage().maxRSS * 1024),
    },
  };
}

export async function benchMatching(sizes: (keyof typeof SIZES)[] = ['a', 'b']): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {
    node: process.version,
    // npm run bench pins this benchmark to one core when taskset is there (bench/run.ts).
    cores: process.env.LIIKE_BENCH_PINNED ? `one (taskset, ${process.env.LIIKE_BENCH_PINNED})` : 'not pinned',
  };
  for (const key of sizes) out[key] = await benchSize(SIZES[key]);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2).filter((a): a is keyof typeof SIZES => a in SIZES);
  const result = await benchMatching(args.length > 0 ? args : undefined);
  console.log(JSON.stringify(result, null, 2));
}
