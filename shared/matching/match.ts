import { hash32, lotteryDraw, lotteryRanks, lotterySeed } from './lottery.ts';
import {
  dayNumber,
  FIT,
  heldRank,
  languagePoints,
  overlapPoints,
  parseIsoMs,
  requiredRank,
  waitingDaysOf,
  waitingPoints,
} from './rules.ts';
import type { MatchApplicant, MatchInput, MatchResult, MatchRole, Proposal, ScoreBreakdown } from './types.ts';

/**
 * One matching round: applicant-proposing deferred acceptance (Gale & Shapley 1962) with
 * capacities, as in the hospitals/residents problem. The result is stable (no applicant and role
 * that both prefer each other to what they got, the role having a free place or a worse
 * applicant) and applicant-optimal (every applicant gets the best role it gets in any stable
 * matching). Preferences are strict: every tie is broken by the round's seeded lottery, so the
 * result is deterministic and does not depend on the order of the input.
 *
 * The rules and scores are those of `rules.ts` and `preferences.ts`; this module evaluates them
 * on typed arrays, in phases that are separate functions so each hot loop is optimised alone:
 * 1. roles: places left after the frozen allocations, attributes interned to small integers;
 * 2. index: roles by (country, sector, applicant field of study they accept, applicant type
 *    they accept), each bucket sorted by start date, so an applicant scans one bucket per
 *    destination and sector, and in it only the roles whose period can overlap its own long
 *    enough: never every applicant x role pair;
 * 3. candidates: each applicant's eligible roles, ranked by one packed numeric key, stored as
 *    flat arrays (no object per pair); the language rule is a few integer operations on levels
 *    packed 4 bits per language;
 * 4. deferred acceptance: each role holds its tentative applicants in a max-heap on its own
 *    ranking key, so the worst held applicant is found in O(1) and replaced in O(log places).
 */
export function match(input: MatchInput): MatchResult {
  const { applicants, roles } = input;
  const { table, frozenCount, applicantLot, edges } = lists(input);
  const { matched, offers } = deferredAcceptance(edges, table.cap, applicantLot);

  const proposals: Proposal[] = [];
  for (let a = 0; a < applicants.length; a++) {
    const r = matched[a]!;
    if (r < 0) continue;
    const applicant = applicants[a]!;
    const role = roles[r]!;
    proposals.push({
      applicantId: applicant.id,
      roleId: role.id,
      score: breakdown(applicant, role, edges, table, a, r),
    });
  }
  return {
    proposals,
    stats: {
      applicants: applicants.length,
      roles: roles.length,
      places: table.places,
      frozen: frozenCount,
      eligiblePairs: edges.count,
      proposals: proposals.length,
      unmatched: applicants.length - edges.frozenApplicants - proposals.length,
      offers,
    },
  };
}

/** Phases 1-3: the round's roles, lottery and every applicant's ranked list of eligible roles. */
function lists(input: MatchInput) {
  const { applicants, roles } = input;
  const nowMs = parseIsoMs(input.now);
  const table = roleTable(roles);
  const { roundApplicants, frozenCount } = frozenAndForbidden(input, table);
  const { ranks: applicantLot, numbers: applicantNumbers } = lotteryDraw(
    applicants.map((a) => a.id),
    input.seed,
    'applicant',
  );
  const roleLot = lotteryRanks(
    roles.map((r) => r.id),
    input.seed,
    'role',
  );
  const fields = applicantFields(applicants, table);
  const index = roleIndex(table, fields);
  const edges = candidates(applicants, applicantNumbers, table, index, fields.of, roleLot, roundApplicants, nowMs);
  return { table, frozenCount, applicantLot, edges };
}

/**
 * The preference lists `match` runs deferred acceptance on, as typed arrays: for the benchmark's
 * floor (a plain deferred acceptance over the same lists, bench/matching.ts), not for a round.
 * Applicant a's eligible roles, best first, are role[start[a]..start[a+1]) (indices into
 * input.roles; empty for a frozen applicant); the role ranks applicants by (100 - fit, lottery),
 * lower first, where fit[e] is the fit of edge e and lottery[a] the applicant's lottery rank.
 * places[r] is role r's places left after the frozen allocations.
 */
export function preferenceLists(input: MatchInput) {
  const { table, applicantLot, edges } = lists(input);
  return { places: table.cap, start: edges.start, role: edges.role, fit: edges.fit, lottery: applicantLot };
}

// --- 1. Roles ---------------------------------------------------------------------------------

interface RoleTable {
  n: number;
  ids: Map<string, number>;
  places: number;
  /** Places left after the frozen allocations. */
  cap: Int32Array;
  country: Int32Array;
  sector: Int32Array;
  from: Float64Array;
  to: Float64Array;
  minWeeks: Float64Array;
  /** Required languages as CSR: langStart[r]..langStart[r+1] into langCode/langLevel. */
  langStart: Int32Array;
  langCode: Int32Array;
  langLevel: Int8Array;
  /**
   * The same, packed (when `packed`): 4 bits per language id, the required level in the low 3
   * bits; `langMask` has 0b0111 in the fields of the required languages.
   */
  packed: boolean;
  langPacked: Int32Array;
  langMask: Int32Array;
  /** Accepted applicant types and fields of study (ids), as CSR like the languages. */
  typeStart: Int32Array;
  typeIds: Int32Array;
  fieldStart: Int32Array;
  fieldIds: Int32Array;
  countryId: Map<string, number>;
  sectorId: Map<string, number>;
  fieldId: Map<string, number>;
  languageId: Map<string, number>;
  typeId: Map<string, number>;
}

/** Up to 8 languages, the language check is a few integer operations (see `candidates`). */
const PACKED_LANGUAGES = 8;
const GUARDS = 0x88888888 | 0;

function intern(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) map.set(key, (id = map.size));
  return id;
}

function roleTable(roles: MatchRole[]): RoleTable {
  const n = roles.length;
  const t: RoleTable = {
    n,
    ids: new Map(),
    places: 0,
    cap: new Int32Array(n),
    country: new Int32Array(n),
    sector: new Int32Array(n),
    from: new Float64Array(n),
    to: new Float64Array(n),
    minWeeks: new Float64Array(n),
    langStart: new Int32Array(n + 1),
    langCode: new Int32Array(0),
    langLevel: new Int8Array(0),
    packed: false,
    langPacked: new Int32Array(n),
    langMask: new Int32Array(n),
    typeStart: new Int32Array(n + 1),
    typeIds: new Int32Array(0),
    fieldStart: new Int32Array(n + 1),
    fieldIds: new Int32Array(0),
    countryId: new Map(),
    sectorId: new Map(),
    fieldId: new Map(),
    languageId: new Map(),
    typeId: new Map(),
  };
  const langCode: number[] = [];
  const langLevel: number[] = [];
  const typeIds: number[] = [];
  const fieldIds: number[] = [];
  let distinctPerRole = true;
  for (let r = 0; r < n; r++) {
    const role = roles[r]!;
    if (t.ids.has(role.id)) throw new Error(`duplicate role id: ${role.id}`);
    t.ids.set(role.id, r);
    const places = Math.floor(role.places);
    t.cap[r] = places > 0 ? places : 0;
    t.places += t.cap[r]!;
    t.country[r] = intern(t.countryId, role.country);
    t.sector[r] = intern(t.sectorId, role.sector);
    t.from[r] = dayNumber(role.periodFrom);
    t.to[r] = dayNumber(role.periodTo);
    t.minWeeks[r] = role.minWeeks;
    t.langStart[r] = langCode.length;
    let packed = 0;
    let mask = 0;
    for (const l of role.languages) {
      const id = intern(t.languageId, l.code);
      const level = requiredRank(l.level);
      langCode.push(id);
      langLevel.push(level);
      if (id < PACKED_LANGUAGES) {
        if ((mask >>> (4 * id)) & 7) distinctPerRole = false;
        packed |= level << (4 * id);
        mask |= 7 << (4 * id);
      }
    }
    t.langPacked[r] = packed;
    t.langMask[r] = mask;
    t.typeStart[r] = typeIds.length;
    for (const type of role.applicantTypes) typeIds.push(intern(t.typeId, type));
    t.fieldStart[r] = fieldIds.length;
    for (const f of role.fieldsOfStudy) fieldIds.push(intern(t.fieldId, f));
  }
  t.langStart[n] = langCode.length;
  t.typeStart[n] = typeIds.length;
  t.typeIds = Int32Array.from(typeIds);
  t.fieldStart[n] = fieldIds.length;
  t.fieldIds = Int32Array.from(fieldIds);
  t.langCode = Int32Array.from(langCode);
  t.langLevel = Int8Array.from(langLevel);
  t.packed = distinctPerRole && t.languageId.size <= PACKED_LANGUAGES;
  return t;
}

/** What the round says about an applicant: frozen, or pairs it may not get. */
interface RoundApplicant {
  id: string;
  frozen: boolean;
  forbidden: Set<number> | undefined;
}

/**
 * The applicants the round says something about, keyed by (30 bits of) their applicant lottery
 * number, which `match` computes for every applicant anyway: looking them up needs no string
 * hashing, and the id is compared only on a hit.
 */
class RoundApplicants {
  private readonly byNumber = new Map<number, RoundApplicant[]>();
  /**
   * One bit per low 18 bits of a key present: most applicants are neither frozen nor refused
   * anything, and a bit (32 KB, stays in cache) answers for them without a map lookup.
   */
  private readonly present = new Int32Array(1 << 13);
  private readonly lotterySeed: number;
  size = 0;
  constructor(seed: string) {
    this.lotterySeed = lotterySeed(seed, 'applicant');
  }
  static key = (lotteryNumber: number) => lotteryNumber & 0x3fffffff;
  entry(id: string): RoundApplicant {
    const key = RoundApplicants.key(hash32(id, this.lotterySeed));
    let list = this.byNumber.get(key);
    if (!list) this.byNumber.set(key, (list = []));
    this.present[(key >>> 5) & 0x1fff]! |= 1 << (key & 31);
    let entry = list.find((e) => e.id === id);
    if (!entry) {
      list.push((entry = { id, frozen: false, forbidden: undefined }));
      this.size++;
    }
    return entry;
  }
  find(id: string, lotteryNumber: number): RoundApplicant | undefined {
    const key = RoundApplicants.key(lotteryNumber);
    if ((this.present[(key >>> 5) & 0x1fff]! & (1 << (key & 31))) === 0) return undefined;
    const list = this.byNumber.get(key);
    if (list === undefined) return undefined;
    for (const e of list) if (e.id === id) return e;
    return undefined;
  }
}

/**
 * Frozen allocations take their places, and their applicants are not matched again; forbidden
 * pairs are never proposed.
 */
function frozenAndForbidden(input: MatchInput, t: RoleTable) {
  const roundApplicants = new RoundApplicants(input.seed);
  let frozenCount = 0;
  const seen = new Set<string>();
  for (const f of input.frozen) {
    roundApplicants.entry(f.applicantId).frozen = true;
    const r = t.ids.get(f.roleId);
    const key = `${f.applicantId}\u0000${f.roleId}`;
    if (r === undefined || seen.has(key)) continue;
    seen.add(key);
    frozenCount++;
    if (t.cap[r]! > 0) t.cap[r]!--;
  }
  for (const f of input.forbidden) {
    const r = t.ids.get(f.roleId);
    if (r === undefined) continue;
    const entry = roundApplicants.entry(f.applicantId);
    (entry.forbidden ??= new Set()).add(r);
  }
  return { roundApplicants, frozenCount };
}

// --- 2. Index ---------------------------------------------------------------------------------

/**
 * The applicants' fields of study, interned: `of[a]` is applicant a's field id, and
 * `accepts[f]` the applicant field ids that the role field f accepts: the same code, or the 3-
 * or 2-digit field it falls in (`fieldAccepted`). The index files each role under every
 * applicant field it accepts, so an applicant looks up one bucket per destination and sector.
 */
function applicantFields(applicants: MatchApplicant[], t: RoleTable) {
  const ids = new Map<string, number>();
  const of = new Int32Array(applicants.length);
  for (let a = 0; a < applicants.length; a++) of[a] = intern(ids, applicants[a]!.fieldOfStudy);
  const accepts: number[][] = Array.from({ length: t.fieldId.size }, () => []);
  for (const [code, g] of ids) {
    if (typeof code !== 'string') continue;
    const f4 = t.fieldId.get(code) ?? -1;
    let f3 = t.fieldId.get(code.slice(0, 3)) ?? -1;
    let f2 = t.fieldId.get(code.slice(0, 2)) ?? -1;
    if (f3 === f4) f3 = -1;
    if (f2 === f4 || f2 === f3) f2 = -1;
    if (f4 >= 0) accepts[f4]!.push(g);
    if (f3 >= 0) accepts[f3]!.push(g);
    if (f2 >= 0) accepts[f2]!.push(g);
  }
  return { of, count: ids.size, accepts };
}

interface RoleIndex {
  /**
   * Bucket of key ((country * nS + sector) * nF + applicant field) * nT + applicant type: a
   * dense array, or a map if that would be too large.
   */
  dense: Int32Array | null;
  sparse: Map<number, number> | null;
  nS: number;
  nF: number;
  nT: number;
  /** CSR: bucket b holds slots start[b]..start[b+1], sorted by the role's start date. */
  start: Int32Array;
  role: Int32Array;
  /** The role's period, minimum weeks and packed languages, copied per slot for a sequential scan. */
  from: Float64Array;
  to: Float64Array;
  minWeeks: Float64Array;
  lang: Int32Array;
  /** Longest period (to - from, days) in the bucket. */
  maxLength: Float64Array;
  /**
   * A coarse index on start dates, to find where to start scanning without a binary search:
   * bucket b's cells cover `cellDays[b]` days each from `firstFrom[b]`; cell c of bucket b is
   * `cell[cellStart[b] + c]`, the first slot starting on or after the cell's first day.
   */
  firstFrom: Float64Array;
  cellDays: Float64Array;
  cellStart: Int32Array;
  cell: Int32Array;
}

function roleIndex(t: RoleTable, fields: ReturnType<typeof applicantFields>): RoleIndex {
  const nS = t.sectorId.size;
  const nF = fields.count;
  const filed = new Int32Array(nF).fill(-1);
  const nT = t.typeId.size;
  const nKeys = t.countryId.size * nS * nF * nT;
  const dense = nKeys <= 1 << 22 ? new Int32Array(nKeys).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const count: number[] = [];
  const roleBuckets: number[][] = new Array(t.n);
  let minFrom = Infinity;
  for (let r = 0; r < t.n; r++) {
    const buckets: number[] = [];
    roleBuckets[r] = buckets;
    // A role without a place, or with an invalid period or minimum, can match nobody.
    if (t.cap[r] === 0 || !(t.to[r]! >= t.from[r]!) || t.minWeeks[r] !== t.minWeeks[r]) continue;
    if (t.from[r]! < minFrom) minFrom = t.from[r]!;
    const base = (t.country[r]! * nS + t.sector[r]!) * nF;
    for (let i = t.fieldStart[r]!; i < t.fieldStart[r + 1]!; i++) {
      for (const g of fields.accepts[t.fieldIds[i]!]!) {
        // a role listing both 07 and 071 is filed once under 0713
        if (filed[g] === r) continue;
        filed[g] = r;
        for (let k = t.typeStart[r]!; k < t.typeStart[r + 1]!; k++) {
          const key = (base + g) * nT + t.typeIds[k]!;
          let b = dense ? dense[key]! : (sparse!.get(key) ?? -1);
          if (b < 0) {
            b = count.length;
            count.push(0);
            if (dense) dense[key] = b;
            else sparse!.set(key, b);
          }
          // once per bucket, even if the role lists a type twice
          if (buckets.includes(b)) continue;
          buckets.push(b);
          count[b]!++;
        }
      }
    }
  }
  const nB = count.length;
  const start = new Int32Array(nB + 1);
  for (let b = 0; b < nB; b++) start[b + 1] = start[b]! + count[b]!;
  const nSlots = start[nB]!;
  const slotKey = new Float64Array(nSlots);
  const fill = start.slice(0, nB);
  let roleSpan = 1;
  while (roleSpan < t.n) roleSpan *= 2;
  for (let r = 0; r < t.n; r++) for (const b of roleBuckets[r]!) slotKey[fill[b]!++] = (t.from[r]! - minFrom) * roleSpan + r;
  const index: RoleIndex = {
    dense,
    sparse,
    nS,
    nF,
    nT,
    start,
    role: new Int32Array(nSlots),
    from: new Float64Array(nSlots),
    to: new Float64Array(nSlots),
    minWeeks: new Float64Array(nSlots),
    lang: new Int32Array(nSlots),
    maxLength: new Float64Array(nB),
    firstFrom: new Float64Array(nB),
    cellDays: new Float64Array(nB),
    cellStart: new Int32Array(nB + 1),
    cell: new Int32Array(0),
  };
  const cells: number[] = [];
  for (let b = 0; b < nB; b++) {
    const lo = start[b]!;
    const hi = start[b + 1]!;
    slotKey.subarray(lo, hi).sort();
    let longest = 0;
    for (let j = lo; j < hi; j++) {
      const r = slotKey[j]! - Math.floor(slotKey[j]! / roleSpan) * roleSpan;
      index.role[j] = r;
      index.from[j] = t.from[r]!;
      index.to[j] = t.to[r]!;
      index.minWeeks[j] = t.minWeeks[r]!;
      index.lang[j] = t.langPacked[r]!;
      if (t.to[r]! - t.from[r]! > longest) longest = t.to[r]! - t.from[r]!;
    }
    index.maxLength[b] = longest;
    // about two cells per role, a week at least
    const first = index.from[lo]!;
    const span = index.from[hi - 1]! - first + 1;
    const cellDays = Math.max(7, Math.ceil(span / (2 * (hi - lo))));
    index.firstFrom[b] = first;
    index.cellDays[b] = cellDays;
    index.cellStart[b] = cells.length;
    for (let c = 0, j = lo; c * cellDays < span; c++) {
      while (index.from[j]! < first + c * cellDays) j++;
      cells.push(j);
    }
  }
  index.cellStart[nB] = cells.length;
  index.cell = Int32Array.from(cells);
  return index;
}

// --- 3. Candidates ----------------------------------------------------------------------------

interface Edges {
  /** CSR: applicant a's eligible roles, best first, are role[start[a]..start[a+1]]. */
  start: Int32Array;
  role: Int32Array;
  /** Fit total of each edge. */
  fit: Uint8Array;
  count: number;
  frozenApplicants: number;
  /** Per applicant, for the score breakdown. */
  from: Float64Array;
  to: Float64Array;
  waitingDays: Float64Array;
  /** The levels held, packed as `CandidateCollector.collect` packs them (when the table is). */
  heldPacked: Int32Array;
}

const SMALL_SORT = 32;
const MEDIUM_SORT = 1024;
const GAPS = [701, 301, 132, 57, 23, 10, 4, 1];

function candidates(
  applicants: MatchApplicant[],
  applicantNumbers: Float64Array,
  t: RoleTable,
  x: RoleIndex,
  fieldOf: Int32Array,
  roleLot: Int32Array,
  roundApplicants: RoundApplicants,
  nowMs: number,
): Edges {
  const c = new CandidateCollector(applicants.length, applicantNumbers, t, x, fieldOf, roleLot, roundApplicants, nowMs);
  for (let a = 0; a < applicants.length; a++) c.collect(applicants[a]!, a);
  return c.edges();
}

/**
 * Builds the applicants' ranked lists of eligible roles. Split into small methods (per
 * applicant, per bucket, per list) so the JIT optimises each early and alone.
 */
class CandidateCollector {
  private readonly roleByLot: Int32Array;
  /** A power of two ≥ the number of roles: the size of the lottery field of a packed key. */
  private readonly lotSpan: number;
  private readonly start: Int32Array;
  private role: Int32Array<ArrayBuffer>;
  private fit: Uint8Array<ArrayBuffer>;
  private nE = 0;
  private frozen = 0;
  private readonly from: Float64Array;
  private readonly to: Float64Array;
  private readonly waitingDays: Float64Array;
  private readonly heldPacked: Int32Array;
  // Per-applicant scratch, reset after each applicant.
  private keys = new Float64Array(64);
  private n = 0;
  private readonly held: Int8Array;
  private heldIds = new Int32Array(8);
  private listedIds = new Int32Array(8);
  private sectorIds = new Int32Array(4);
  /** 1 + rank of a role the current applicant listed, else 0. */
  private readonly explicitRank: Int32Array;

  constructor(
    private readonly nA: number,
    private readonly applicantNumbers: Float64Array,
    private readonly t: RoleTable,
    private readonly x: RoleIndex,
    private readonly fieldOf: Int32Array,
    private readonly roleLot: Int32Array,
    private readonly roundApplicants: RoundApplicants,
    private readonly nowMs: number,
  ) {
    const nR = t.n;
    this.roleByLot = new Int32Array(nR);
    for (let r = 0; r < nR; r++) this.roleByLot[roleLot[r]!] = r;
    let lotSpan = 1;
    while (lotSpan < nR) lotSpan *= 2;
    this.lotSpan = lotSpan;
    this.start = new Int32Array(nA + 1);
    this.role = new Int32Array(Math.max(16, nA * 8));
    this.fit = new Uint8Array(this.role.length);
    this.from = new Float64Array(nA);
    this.to = new Float64Array(nA);
    this.waitingDays = new Float64Array(nA);
    this.heldPacked = new Int32Array(nA);
    this.held = new Int8Array(t.languageId.size);
    this.explicitRank = new Int32Array(nR);
  }

  edges(): Edges {
    this.start[this.nA] = this.nE;
    return {
      start: this.start,
      role: this.role,
      fit: this.fit,
      count: this.nE,
      frozenApplicants: this.frozen,
      from: this.from,
      to: this.to,
      waitingDays: this.waitingDays,
      heldPacked: this.heldPacked,
    };
  }

  /** Appends applicant a's eligible roles, best first. */
  collect(app: MatchApplicant, a: number): void {
    const t = this.t;
    this.start[a] = this.nE;
    const aFrom = dayNumber(app.availableFrom);
    const aTo = dayNumber(app.availableTo);
    const waitingDays = waitingDaysOf(app.submittedAt, this.nowMs);
    this.from[a] = aFrom;
    this.to[a] = aTo;
    this.waitingDays[a] = waitingDays;
    const special = this.roundApplicants.size > 0 ? this.roundApplicants.find(app.id, this.applicantNumbers[a]!) : undefined;
    if (special?.frozen) {
      this.frozen++;
      return;
    }
    const type = t.typeId.get(app.applicantType);
    const aMin = app.minWeeks;
    // No role accepts the type, or no period can overlap the applicant's long enough.
    if (type === undefined || !(aTo >= aFrom) || aMin !== aMin) return;
    const field = this.fieldOf[a]!;
    const home = t.countryId.get(app.homeCountry) ?? -1;

    // Levels held, by language id; and packed, 4 bits per language with the top bit set as a
    // guard: subtracting a role's packed requirements borrows from a guard exactly where a level
    // is short.
    const held = this.held;
    let nHeld = 0;
    for (const l of app.languages) {
      const id = t.languageId.get(l.code);
      if (id !== undefined) {
        const lv = heldRank(l.level);
        if (lv > held[id]!) held[id] = lv;
        if (nHeld === this.heldIds.length) this.heldIds = growInt32(this.heldIds, nHeld * 2);
        this.heldIds[nHeld++] = id;
      }
    }
    let heldPacked = GUARDS;
    if (t.packed) for (let k = 0; k < nHeld; k++) heldPacked |= held[this.heldIds[k]!]! << (4 * this.heldIds[k]!);
    this.heldPacked[a] = heldPacked;
    const listed = app.rolePreferences;
    let nListed = 0;
    for (let k = 0; k < listed.length; k++) {
      const r = t.ids.get(listed[k]!);
      if (r !== undefined && this.explicitRank[r] === 0) {
        this.explicitRank[r] = k + 1;
        if (nListed === this.listedIds.length) this.listedIds = growInt32(this.listedIds, nListed * 2);
        this.listedIds[nListed++] = r;
      }
    }
    const nExplicit = listed.length + 1;
    const nDest = app.destinations.length;
    if (!Number.isSafeInteger((nExplicit + 1) * nDest * 128 * this.lotSpan)) throw new Error(`too many preferences: ${app.id}`);

    const sectors = this.sectorIds;
    let nSectors = 0;
    for (const s of app.sectors) {
      const sid = t.sectorId.get(s);
      if (sid === undefined || this.sectorIds.subarray(0, nSectors).includes(sid)) continue;
      if (nSectors === sectors.length) this.sectorIds = growInt32(sectors, nSectors * 2);
      this.sectorIds[nSectors++] = sid;
    }

    this.n = 0;
    const { nS, nF, nT, dense, sparse } = this.x;
    for (let d = 0; d < nDest; d++) {
      const c = t.countryId.get(app.destinations[d]!);
      if (c === undefined || c === home || seenBefore(app.destinations, d)) continue;
      for (let si = 0; si < nSectors; si++) {
        const key = ((c * nS + this.sectorIds[si]!) * nF + field) * nT + type;
        const b = dense !== null ? dense[key]! : (sparse!.get(key) ?? -1);
        if (b >= 0) {
          // Packed key, lower = preferred: (explicit rank, destination rank, 100 - fit, role
          // lottery); the last two fields' sizes are powers of two, so decoding is exact.
          this.scan(b, a, aFrom, aTo, aMin, heldPacked, special?.forbidden, waitingPoints(waitingDays), nExplicit * nDest + d, nDest);
        }
      }
    }
    this.store();

    for (let k = 0; k < nHeld; k++) held[this.heldIds[k]!] = 0;
    for (let k = 0; k < nListed; k++) this.explicitRank[this.listedIds[k]!] = 0;
  }

  /**
   * Scans one bucket for applicant a: the roles whose period can overlap the applicant's by its
   * minimum, then the remaining rules; adds the eligible ones' keys. `unlistedDest` is
   * (number of listed roles + 1) * nDest + destination rank: the key prefix of an unlisted role.
   */
  private scan(
    b: number,
    a: number,
    aFrom: number,
    aTo: number,
    aMin: number,
    heldPacked: number,
    forbidden: Set<number> | undefined,
    wait: number,
    unlistedDest: number,
    nDest: number,
  ): void {
    const { start: bStart, role: bRole, from: bFrom, to: bTo, minWeeks: bMin, lang: bLang, maxLength } = this.x;
    const { firstFrom, cellDays, cellStart, cell } = this.x;
    const { packed, langMask } = this.t;
    const { explicitRank, roleLot, lotSpan } = this;
    const d = unlistedDest % nDest;
    // Any eligible role starts by lastFrom and ends on or after firstTo (overlap ≥ 7 aMin).
    const lastFrom = aTo + 1 - 7 * aMin;
    const firstTo = aFrom - 1 + 7 * aMin;
    // first slot whose role can still end on or after firstTo: from the start-date cells
    const end = bStart[b + 1]!;
    const earliest = firstTo - maxLength[b]!;
    const c = Math.floor((earliest - firstFrom[b]!) / cellDays[b]!);
    const cells = cellStart[b + 1]! - cellStart[b]!;
    let lo = c <= 0 ? bStart[b]! : c >= cells ? end : cell[cellStart[b]! + c]!;
    while (lo < end && bFrom[lo]! < earliest) lo++;
    let n = this.n;
    let keys = this.keys;
    for (let j = lo; j < end; j++) {
      const rFrom = bFrom[j]!;
      if (rFrom > lastFrom) break;
      // languages first when packed: one subtraction on the slot's copy, no read by role
      const diff = (heldPacked - bLang[j]!) | 0;
      if (packed && (diff & GUARDS) !== GUARDS) continue;
      const rTo = bTo[j]!;
      if (rTo < firstTo) continue;
      // period: inclusive overlap of at least the larger minimum
      const rMin = bMin[j]!;
      const days = (aTo < rTo ? aTo : rTo) - (aFrom > rFrom ? aFrom : rFrom) + 1;
      const required = aMin > rMin ? aMin : rMin;
      if (!(days >= required * 7)) continue;
      const r = bRole[j]!;
      // languages: each required one at its level or above; margin = levels above, summed
      let margin: number;
      let requiresAny: boolean;
      if (packed) {
        const m = diff & langMask[r]!;
        const pairs = (m & 0x0f0f0f0f) + ((m >>> 4) & 0x0f0f0f0f);
        margin = Math.imul(pairs, 0x01010101) >>> 24;
        requiresAny = langMask[r] !== 0;
      } else {
        margin = this.languageMargin(r);
        if (margin < 0) continue;
        requiresAny = this.t.langStart[r + 1]! > this.t.langStart[r]!;
      }
      if (forbidden !== undefined && forbidden.has(r)) continue;
      // fit: the formulas of rules.ts
      const spare = Math.floor(days / 7) - required;
      const total =
        (spare < FIT.overlapCapWeeks ? spare : FIT.overlapCapWeeks) * FIT.overlapPointsPerWeek +
        (!requiresAny
          ? FIT.languageNeutralPoints
          : (margin < FIT.languageCapLevels ? margin : FIT.languageCapLevels) * FIT.languagePointsPerLevel) +
        wait;
      const e = explicitRank[r]!;
      const prefix = e === 0 ? unlistedDest : (e - 1) * nDest + d;
      if (n === keys.length) this.keys = keys = growFloat64(keys, n * 2);
      keys[n++] = (prefix * 128 + (100 - total)) * lotSpan + roleLot[r]!;
    }
    this.n = n;
  }

  /** Sum of levels above the required ones, or -1 if one is short (when not packed). */
  private languageMargin(r: number): number {
    const { langStart, langCode, langLevel } = this.t;
    let margin = 0;
    for (let k = langStart[r]!, le = langStart[r + 1]!; k < le; k++) {
      const lv = this.held[langCode[k]!]!;
      const need = langLevel[k]!;
      if (lv < need) return -1;
      margin += lv - need;
    }
    return margin;
  }

  /** Ranks the current applicant's keys (unique) and appends its roles and fits. */
  private store(): void {
    const n = this.n;
    const keys = this.keys;
    let nE = this.nE;
    if (nE + n > this.role.length) {
      this.role = growInt32(this.role, Math.max(this.role.length * 2, nE + n));
      this.fit = growUint8(this.fit, this.role.length);
    }
    if (n <= SMALL_SORT) {
      for (let i = 1; i < n; i++) {
        const key = keys[i]!;
        let j = i - 1;
        while (j >= 0 && keys[j]! > key) {
          keys[j + 1] = keys[j]!;
          j--;
        }
        keys[j + 1] = key;
      }
    } else if (n <= MEDIUM_SORT) {
      // Shell sort in place (Ciura's gaps): no subarray object per applicant.
      for (const gap of GAPS) {
        for (let i = gap; i < n; i++) {
          const key = keys[i]!;
          let j = i - gap;
          while (j >= 0 && keys[j]! > key) {
            keys[j + gap] = keys[j]!;
            j -= gap;
          }
          keys[j + gap] = key;
        }
      }
    } else keys.subarray(0, n).sort();
    const { role, fit, roleByLot, lotSpan } = this;
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      const high = Math.floor(key / lotSpan); // exact: lotSpan is a power of two
      role[nE] = roleByLot[key - high * lotSpan]!;
      fit[nE] = 100 - (high - Math.floor(high / 128) * 128);
      nE++;
    }
    this.nE = nE;
  }
}

/** Whether list[d] is also list[k] for some k < d (its bucket was scanned, at the better rank). */
function seenBefore(list: readonly string[], d: number): boolean {
  for (let k = 0; k < d; k++) if (list[k] === list[d]) return true;
  return false;
}

// One function per array type, so each call site stays monomorphic.
function growInt32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
function growFloat64(array: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(size);
  bigger.set(array);
  return bigger;
}
function growUint8(array: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const bigger = new Uint8Array(size);
  bigger.set(array);
  return bigger;
}

// --- 4. Deferred acceptance -------------------------------------------------------------------

/** Applicant-proposing deferred acceptance with capacities: each applicant's role or -1. */
function deferredAcceptance(edges: Edges, cap: Int32Array, applicantLot: Int32Array) {
  const nA = applicantLot.length;
  const nR = cap.length;
  const { start, role, fit } = edges;
  const heapStart = new Int32Array(nR + 1);
  for (let r = 0; r < nR; r++) heapStart[r + 1] = heapStart[r]! + cap[r]!;
  const heapKey = new Float64Array(heapStart[nR]!);
  const heapApp = new Int32Array(heapStart[nR]!);
  const heapSize = new Int32Array(nR);
  const next = start.slice(0, nA);
  let offers = 0;

  for (let first = 0; first < nA; first++) {
    // `cur` proposes down its list until a role holds it; whoever it displaces goes on the same way.
    let cur = first;
    while (cur >= 0) {
      const lot = applicantLot[cur]!;
      const end = start[cur + 1]!;
      let p = next[cur]!;
      let displaced = -1;
      let held = false;
      while (p < end) {
        const r = role[p]!;
        // The role's key for this applicant, lower = preferred: (100 - fit, applicant lottery).
        const key = (100 - fit[p]!) * nA + lot;
        p++;
        offers++;
        const base = heapStart[r]!;
        const size = heapSize[r]!;
        if (size < cap[r]!) {
          // a free place: insert, sift up
          let i = size;
          while (i > 0) {
            const parent = (i - 1) >> 1;
            if (heapKey[base + parent]! > key) break;
            heapKey[base + i] = heapKey[base + parent]!;
            heapApp[base + i] = heapApp[base + parent]!;
            i = parent;
          }
          heapKey[base + i] = key;
          heapApp[base + i] = cur;
          heapSize[r] = size + 1;
          held = true;
          break;
        }
        if (key < heapKey[base]!) {
          // full, but preferred to the worst held: displace it, sift down
          displaced = heapApp[base]!;
          let i = 0;
          for (;;) {
            const left = 2 * i + 1;
            if (left >= size) break;
            let child = left;
            if (left + 1 < size && heapKey[base + left + 1]! > heapKey[base + left]!) child = left + 1;
            if (heapKey[base + child]! < key) break;
            heapKey[base + i] = heapKey[base + child]!;
            heapApp[base + i] = heapApp[base + child]!;
            i = child;
          }
          heapKey[base + i] = key;
          heapApp[base + i] = cur;
          held = true;
          break;
        }
      }
      next[cur] = p;
      cur = held ? displaced : -1;
    }
  }

  const matched = new Int32Array(nA).fill(-1);
  for (let r = 0; r < nR; r++) {
    for (let i = heapStart[r]!, e = heapStart[r]! + heapSize[r]!; i < e; i++) matched[heapApp[i]!] = r;
  }
  return { matched, offers };
}

// --- Proposals --------------------------------------------------------------------------------

/** The score breakdown of a matched pair, as `fitScore` computes it, from the parsed arrays. */
function breakdown(
  applicant: MatchApplicant,
  role: MatchRole,
  edges: Edges,
  t: RoleTable,
  a: number,
  r: number,
): ScoreBreakdown {
  const days = Math.min(edges.to[a]!, t.to[r]!) - Math.max(edges.from[a]!, t.from[r]!) + 1;
  const overlapWeeks = days > 0 ? Math.floor(days / 7) : 0;
  const required = Math.max(applicant.minWeeks, t.minWeeks[r]!);
  const requiresAny = t.langStart[r + 1]! > t.langStart[r]!;
  let languageMargin = 0;
  if (t.packed) {
    // The pair is eligible, so no level is short: the margin is the sum of the nibbles as in `scan`.
    const m = ((edges.heldPacked[a]! - t.langPacked[r]!) | 0) & t.langMask[r]!;
    languageMargin = Math.imul((m & 0x0f0f0f0f) + ((m >>> 4) & 0x0f0f0f0f), 0x01010101) >>> 24;
  } else {
    for (const req of role.languages) {
      let best = 0;
      for (const l of applicant.languages) if (l.code === req.code) best = Math.max(best, heldRank(l.level));
      languageMargin += Math.max(0, best - requiredRank(req.level));
    }
  }
  const waitingDays = edges.waitingDays[a]!;
  const overlap = overlapPoints(overlapWeeks - required);
  const language = languagePoints(requiresAny, languageMargin);
  const waiting = waitingPoints(waitingDays);
  const preferenceRank = applicant.rolePreferences.indexOf(role.id);
  return {
    overlap,
    language,
    waiting,
    total: overlap + language + waiting,
    overlapWeeks,
    languageMargin,
    waitingDays,
    destinationRank: applicant.destinations.indexOf(role.country),
    rolePreferenceRank: preferenceRank < 0 ? null : preferenceRank,
  };
}
