/**
 * Benchmark of the matching algorithm alone (pure, no AWS), on seeded, realistic instances:
 * (a) the size of the US medical residency match: 45,000 applicants, 6,400 roles, 41,000
 *     places, about 12 eligible roles per applicant;
 * (b) 150,000 applicants x 40,000 roles, as dense in time as (a);
 * (c) (b) in (a)'s time span, about 80 eligible roles per applicant (only when asked for).
 * For each: generation time; match() time and, alternating with it in the same process, the
 * floor's (a plain deferred acceptance over match()'s own eligible lists as typed arrays, no
 * rules), medians of 7 after one cold run each; a check that the floor's matching is match()'s;
 * where match()'s time goes (a CPU profile in a fresh process); peak RSS of one match() in a
 * fresh process; eligible pairs per applicant, proposals, memory around a run.
 *
 *   npx tsx bench/matching.ts            # (a) and (b)
 *   npx tsx bench/matching.ts a c        # some sizes
 *   taskset -c 0 node --expose-gc --import tsx bench/matching.ts   # one core, memory after GC
 *   npm run bench -- matching            # the same pinned to one core (bench/run.ts), saved to results
 *
 * Targets (issue 17), reported, not asserted: match() <= 4x the floor at (a) and (b) on one
 * core (CPU time of the pinned process, so other processes on a shared machine do not count;
 * wall times are reported too); peak RSS <= 400 MB at (b).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { preferenceLists } from '#shared/matching/match';
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
import { boundRow, targetRow, type TargetRow } from './results.ts';

export interface InstanceSpec {
  name: string;
  applicants: number;
  roles: number;
  places: number;
  /** Weeks over which periods start: the knob that sets how many roles each applicant fits. */
  horizonWeeks: number;
  seed: string;
  /** An older absolute target for match(), still reported (`withinTarget`). */
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

// --- The floor: plain deferred acceptance over preference lists already built ------------------

/**
 * Both sides' preferences as typed arrays, with nothing left to compute: applicant a's roles,
 * best first, are role[start[a]..start[a+1]); rank[e] is the role's rank (0 = best) of the
 * applicant of edge e among all applicants eligible for it; places[r] the role's free places.
 */
export interface PlainLists {
  places: Int32Array;
  start: Int32Array;
  role: Int32Array;
  rank: Int32Array;
}

/**
 * The same eligible preference lists as Liike's match() uses for the instance (its
 * `preferenceLists`), with each role's ranking of its applicants turned into plain ranks:
 * built once, not timed.
 */
export function plainLists(input: MatchInput): PlainLists {
  const { places, start, role, fit, lottery } = preferenceLists(input);
  const nA = input.applicants.length;
  const nR = input.roles.length;
  const nE = start[nA]!;
  // Transpose to per-role lists of edges, sort each by the role's key, number them.
  const byRoleStart = new Int32Array(nR + 1);
  for (let e = 0; e < nE; e++) byRoleStart[role[e]! + 1]!++;
  for (let r = 0; r < nR; r++) byRoleStart[r + 1]! += byRoleStart[r]!;
  const fill = byRoleStart.slice(0, nR);
  const edgeOf = new Int32Array(nE);
  const applicantOf = new Int32Array(nE);
  for (let a = 0; a < nA; a++) {
    for (let e = start[a]!; e < start[a + 1]!; e++) {
      applicantOf[e] = a;
      edgeOf[fill[role[e]!]!++] = e;
    }
  }
  const key = (e: number) => (100 - fit[e]!) * nA + lottery[applicantOf[e]!]!;
  const rank = new Int32Array(nE);
  for (let r = 0; r < nR; r++) {
    const edges = Array.from(edgeOf.subarray(byRoleStart[r]!, byRoleStart[r + 1]!)).sort((x, y) => key(x) - key(y));
    edges.forEach((e, i) => (rank[e] = i));
  }
  return { places: Int32Array.from(places), start: start.slice(0, nA + 1), role: role.slice(0, nE), rank };
}

/**
 * The floor: applicant-proposing deferred acceptance with capacities and no rules, over
 * `plainLists`. Each role keeps its held applicants in a binary heap on the role's rank of them,
 * the one it ranks lowest at the root (a min-heap on -rank), so an offer is compared with the
 * worst held one in O(1) and replaces it in O(log places). Returns each applicant's role or -1.
 */
export function plainDeferredAcceptance({ places, start, role, rank }: PlainLists): Int32Array {
  const nA = start.length - 1;
  const nR = places.length;
  const heapStart = new Int32Array(nR + 1);
  for (let r = 0; r < nR; r++) heapStart[r + 1] = heapStart[r]! + places[r]!;
  const heapRank = new Int32Array(heapStart[nR]!);
  const heapApplicant = new Int32Array(heapStart[nR]!);
  const held = new Int32Array(nR);
  const next = start.slice(0, nA);
  const matched = new Int32Array(nA).fill(-1);
  for (let first = 0; first < nA; first++) {
    let a = first;
    while (a >= 0) {
      let bumped = -1;
      const end = start[a + 1]!;
      let e = next[a]!;
      for (; e < end; e++) {
        const r = role[e]!;
        const k = rank[e]!;
        const base = heapStart[r]!;
        const size = held[r]!;
        if (size < places[r]!) {
          let i = size;
          while (i > 0) {
            const parent = (i - 1) >> 1;
            if (heapRank[base + parent]! > k) break;
            heapRank[base + i] = heapRank[base + parent]!;
            heapApplicant[base + i] = heapApplicant[base + parent]!;
            i = parent;
          }
          heapRank[base + i] = k;
          heapApplicant[base + i] = a;
          held[r] = size + 1;
          matched[a] = r;
          break;
        }
        if (k < heapRank[base]!) {
          bumped = heapApplicant[base]!;
          matched[bumped] = -1;
          let i = 0;
          for (;;) {
            const left = 2 * i + 1;
            if (left >= size) break;
            let child = left;
            if (left + 1 < size && heapRank[base + left + 1]! > heapRank[base + left]!) child = left + 1;
            if (heapRank[base + child]! < k) break;
            heapRank[base + i] = heapRank[base + child]!;
            heapApplicant[base + i] = heapApplicant[base + child]!;
            i = child;
          }
          heapRank[base + i] = k;
          heapApplicant[base + i] = a;
          matched[a] = r;
          break;
        }
      }
      next[a] = e < end ? e + 1 : end;
      a = bumped;
    }
  }
  return matched;
}

/**
 * Whether match()'s proposals are the floor's matching: both are the applicant-optimal stable
 * matching of the same strict preferences, which is unique, so they must be the same set of pairs.
 */
function sameAsFloor(input: MatchInput, proposals: { applicantId: string; roleId: string }[], floor: Int32Array) {
  const roleIndex = new Map(input.roles.map((r, i) => [r.id, i]));
  const applicantIndex = new Map(input.applicants.map((a, i) => [a.id, i]));
  let pairs = 0;
  for (let a = 0; a < floor.length; a++) if (floor[a]! >= 0) pairs++;
  const differing = proposals.filter((p) => floor[applicantIndex.get(p.applicantId)!] !== roleIndex.get(p.roleId)).length;
  return { floorPairs: pairs, liikeProposals: proposals.length, differing, same: differing === 0 && pairs === proposals.length };
}

// --- Peak memory, in a process of its own ------------------------------------------------------

/**
 * Peak RSS of one match() run, measured in a fresh child process: it generates the instance,
 * collects the generator's garbage (--expose-gc), resets the kernel's RSS high-water mark
 * (`echo 5 > /proc/self/clear_refs`, Linux ≥ 4.0) and runs match() once; the peak it reports
 * (`process.resourceUsage().maxRSS`, which the reset also lowers) is the input held in memory, as
 * a round holds the pool it read, plus everything match() allocates, and not the generator's
 * garbage. `reset` says whether the reset worked (if not, the figure includes the generator).
 */
export function peakRssInChild(key: keyof typeof SIZES): Record<string, number | boolean> {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--peak-rss', key],
    { encoding: 'utf8', env: process.env, maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`peak RSS child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, number | boolean>;
}

function measurePeakRss(key: keyof typeof SIZES) {
  const input = generateInstance(SIZES[key]);
  gc?.();
  gc?.();
  const rssBeforeMB = mb(process.memoryUsage().rss);
  let reset = false;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    reset = true;
  } catch {
    // not Linux, or not allowed: the peak then includes the generator's
  }
  const inputPeakMB = mb(process.resourceUsage().maxRSS * 1024);
  const { stats } = match(input);
  const peakMB = mb(process.resourceUsage().maxRSS * 1024);
  return { reset, gc: gc !== undefined, rssBeforeMatchMB: rssBeforeMB, peakBeforeMatchMB: inputPeakMB, peakMB, proposals: stats.proposals };
}

// --- Where match() spends its time, in a process of its own -------------------------------------

/**
 * A CPU profile of match() (node:inspector, the same profiler as `node --cpu-prof`): a fresh
 * process generates the instance, runs match() twice to compile it, then profiles five runs;
 * share of self time (%) per function, largest first. For a MISS, this is where the time goes.
 */
export function profileInChild(key: keyof typeof SIZES): Record<string, number> {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--profile', key],
    { encoding: 'utf8', env: process.env, maxBuffer: 1 << 24 },
  );
  if (child.status !== 0) throw new Error(`profile child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, number>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function profileMatch(key: keyof typeof SIZES) {
  const input = generateInstance(SIZES[key]);
  match(input);
  match(input);
  gc?.();
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  const runs = 5;
  for (let i = 0; i < runs; i++) match(input);
  const { profile } = (await post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodeById.get(id)!.callFrame;
    // the profiler's own messages and idle time are not match()'s
    if (['(idle)', '(program)', 'dispatch'].includes(frame.functionName) && !frame.url) return;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'}${file ? ` (${file})` : ''}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((x, y) => x + y, 0);
  const top = [...self].sort((x, y) => y[1] - x[1]).filter(([, t]) => t / total >= 0.005);
  return Object.fromEntries(top.slice(0, 16).map(([name, t]) => [name, Math.round((t / total) * 1000) / 10]));
}

// --- One size ------------------------------------------------------------------------------------

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

export async function benchSize(spec: InstanceSpec, key?: keyof typeof SIZES): Promise<Record<string, unknown>> {
  gc?.();
  const t0 = performance.now();
  const input = generateInstance(spec);
  const generationMs = performance.now() - t0;
  const lists = plainLists(input);

  const timed = <T>(run: () => T) => {
    gc?.();
    const cpu = process.cpuUsage();
    const before = performance.now();
    const out = run();
    const wallMs = performance.now() - before;
    const used = process.cpuUsage(cpu);
    return { wallMs, cpuMs: (used.user + used.system) / 1000, out };
  };
  // The first run of each pays for compiling (a round in a fresh process). Then match() and the
  // floor alternate, so both see the same load on a shared machine; medians of 7 each.
  const cold = timed(() => match(input));
  const coldFloor = timed(() => plainDeferredAcceptance(lists));
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  const floorRuns: number[] = [];
  const floorCpuRuns: number[] = [];
  for (let i = 0; i < 7; i++) {
    const m = timed(() => match(input));
    runs.push(m.wallMs);
    cpuRuns.push(m.cpuMs);
    const f = timed(() => plainDeferredAcceptance(lists));
    floorRuns.push(f.wallMs);
    floorCpuRuns.push(f.cpuMs);
  }
  const matchMs = median(runs);
  const floorMs = median(floorRuns);
  const matchCpuMs = median(cpuRuns);
  const floorCpuMs = median(floorCpuRuns);
  const { proposals, stats } = cold.out;
  const check = sameAsFloor(input, proposals, coldFloor.out);

  // Memory around one more run, in this process (the generator's garbage included).
  gc?.();
  const memBefore = process.memoryUsage();
  match(input);
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
    matchMsMedian: ms(matchMs),
    matchCpuMsMedian: ms(matchCpuMs),
    matchMsRuns: runs.map(ms),
    matchMsFirstRun: ms(cold.wallMs),
    floorMsMedian: ms(floorMs),
    floorMsRuns: floorRuns.map(ms),
    floorMsFirstRun: ms(coldFloor.wallMs),
    floorCpuMsMedian: ms(floorCpuMs),
    ratioToFloor: Math.round((matchMs / floorMs) * 100) / 100,
    cpuRatioToFloor: Math.round((matchCpuMs / floorCpuMs) * 100) / 100,
    // Share (%) of match()'s time per function, self time (fresh process, five runs profiled).
    ...(key ? { profileSelfPercent: profileInChild(key) } : {}),
    floorSameAsMatch: check,
    targetMs: spec.targetMs,
    withinTarget: spec.targetMs === undefined ? undefined : matchMs <= spec.targetMs,
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
      ...(key ? { freshProcess: peakRssInChild(key) } : {}),
    },
  };
}

export async function benchMatching(sizes: (keyof typeof SIZES)[] = ['a', 'b']): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {
    node: process.version,
    // npm run bench pins this benchmark to one core when taskset is there (bench/run.ts).
    cores: process.env.LIIKE_BENCH_PINNED ? `one (taskset, ${process.env.LIIKE_BENCH_PINNED})` : 'not pinned',
  };
  const targets: TargetRow[] = [];
  const floorIs = 'plain deferred acceptance over the same eligible lists as typed arrays (no rules), same run';
  for (const key of sizes) {
    const r = await benchSize(SIZES[key], key);
    out[key] = r;
    const label = key === 'a' ? '45k x 6.4k' : key === 'b' ? '150k x 40k' : '150k x 40k dense';
    // CPU time (user + system) of the process, pinned to one core: on a shared machine a run's
    // wall time also counts the time other processes held the core (both wall figures are above).
    targets.push(
      targetRow(`match() at ${label}, one core, CPU ms, median of 7`, r.matchCpuMsMedian as number, r.floorCpuMsMedian as number, 4, 'ms', floorIs),
    );
    if (key === 'b') {
      const peak = (r.memory as { freshProcess: { peakMB: number } }).freshProcess.peakMB;
      targets.push(boundRow('match() peak RSS at 150k x 40k, fresh process, input included', peak, 400, 'MB', 'bound (issue 17)'));
    }
  }
  out.targets = targets;
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === '--peak-rss') {
  console.log(JSON.stringify(measurePeakRss(process.argv[3] as keyof typeof SIZES)));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === '--profile') {
  console.log(JSON.stringify(await profileMatch(process.argv[3] as keyof typeof SIZES)));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2).filter((a): a is keyof typeof SIZES => a in SIZES);
  const result = await benchMatching(args.length > 0 ? args : undefined);
  console.log(JSON.stringify(result, null, 2));
}
