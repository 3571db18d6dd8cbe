import { lotteryRanks } from './lottery.ts';
import { dayNumber, FIT, fitScore, heldRank, parseIsoMs, requiredRank, waitingDaysOf, waitingPoints } from './rules.ts';
import type { MatchInput, MatchResult, Proposal } from './types.ts';

/**
 * One matching round: applicant-proposing deferred acceptance (Gale & Shapley 1962) with
 * capacities, as in the hospital/residents problem. The result is stable (no applicant and role
 * that both prefer each other to what they got) and applicant-optimal (every applicant gets the
 * best role it can get in any stable matching). Preferences are strict: every tie is broken by
 * the round's seeded lottery, so the result is deterministic and independent of input order.
 *
 * The rules and scores are those of `rules.ts` and `preferences.ts`; this module evaluates them
 * on typed arrays, for speed:
 * - candidates: roles are indexed by (country, sector, accepted field code), so an applicant
 *   only looks at the roles in its destinations and sectors that accept its field or one of its
 *   two prefixes, never at every role;
 * - each applicant's eligible roles are ranked by one packed numeric key and stored in flat
 *   arrays (no object per pair);
 * - each role holds its tentative applicants in a max-heap on its own ranking key, so the worst
 *   held applicant is found in O(1) and replaced in O(log places).
 */
export function match(input: MatchInput): MatchResult {
  const { applicants, roles } = input;
  const nA = applicants.length;
  const nR = roles.length;
  const nowMs = parseIsoMs(input.now);

  // --- Roles: ids, places left after the frozen allocations ---------------------------------
  const roleIndex = new Map<string, number>();
  const cap = new Int32Array(nR);
  let places = 0;
  for (let r = 0; r < nR; r++) {
    const role = roles[r]!;
    if (roleIndex.has(role.id)) throw new Error(`duplicate role id: ${role.id}`);
    roleIndex.set(role.id, r);
    const p = Math.floor(role.places);
    cap[r] = p > 0 ? p : 0;
    places += cap[r]!;
  }
  const frozenApplicants = new Set<string>();
  let frozenCount = 0;
  if (input.frozen.length > 0) {
    const seen = new Set<string>();
    for (const f of input.frozen) {
      frozenApplicants.add(f.applicantId);
      const r = roleIndex.get(f.roleId);
      const key = `${f.applicantId}\u0000${f.roleId}`;
      if (r === undefined || seen.has(key)) continue;
      seen.add(key);
      frozenCount++;
      if (cap[r]! > 0) cap[r]!--;
    }
  }
  const forbiddenByApplicant = new Map<string, Set<number>>();
  for (const f of input.forbidden) {
    const r = roleIndex.get(f.roleId);
    if (r === undefined) continue;
    let set = forbiddenByApplicant.get(f.applicantId);
    if (!set) forbiddenByApplicant.set(f.applicantId, (set = new Set()));
    set.add(r);
  }

  // --- Lottery ranks (single tie-breaking on each side) -----------------------------------------
  const applicantLot = lotteryRanks(
    applicants.map((a) => a.id),
    input.seed,
    'applicant',
  );
  const roleLot = lotteryRanks(
    roles.map((r) => r.id),
    input.seed,
    'role',
  );
  const roleByLot = new Int32Array(nR);
  for (let r = 0; r < nR; r++) roleByLot[roleLot[r]!] = r;

  // --- Interned role attributes ----------------------------------------------------------------
  const countryId = new Map<string, number>();
  const sectorId = new Map<string, number>();
  const fieldId = new Map<string, number>();
  const languageId = new Map<string, number>();
  const typeId = new Map<string, number>();
  const intern = (map: Map<string, number>, key: string) => {
    let id = map.get(key);
    if (id === undefined) map.set(key, (id = map.size));
    return id;
  };
  const rCountry = new Int32Array(nR);
  const rSector = new Int32Array(nR);
  const rFrom = new Float64Array(nR);
  const rTo = new Float64Array(nR);
  const rMin = new Float64Array(nR);
  const rLangStart = new Int32Array(nR + 1);
  const rTypeStart = new Int32Array(nR + 1);
  const rLangCode: number[] = [];
  const rLangLevel: number[] = [];
  const rTypes: number[] = [];
  const rFields: number[][] = new Array(nR);
  for (let r = 0; r < nR; r++) {
    const role = roles[r]!;
    rCountry[r] = intern(countryId, role.country);
    rSector[r] = intern(sectorId, role.sector);
    rFrom[r] = dayNumber(role.periodFrom);
    rTo[r] = dayNumber(role.periodTo);
    rMin[r] = role.minWeeks;
    rLangStart[r] = rLangCode.length;
    for (const l of role.languages) {
      rLangCode.push(intern(languageId, l.code));
      rLangLevel.push(requiredRank(l.level));
    }
    rTypeStart[r] = rTypes.length;
    for (const t of role.applicantTypes) rTypes.push(intern(typeId, t));
    rFields[r] = role.fieldsOfStudy.map((f) => intern(fieldId, f));
  }
  rLangStart[nR] = rLangCode.length;
  rTypeStart[nR] = rTypes.length;
  const langCode = Int32Array.from(rLangCode);
  const langLevel = Int8Array.from(rLangLevel);
  const types = Int32Array.from(rTypes);

  // --- Index: (country, sector, field) -> roles with a place left, as CSR buckets ---------------
  // Within a bucket roles are sorted by start date, and each bucket knows its longest period, so
  // an applicant scans only the roles whose period can overlap its own by its minimum length.
  const nS = sectorId.size;
  const nF = fieldId.size;
  const nKeys = countryId.size * nS * nF;
  const dense = nKeys <= 1 << 22;
  const denseBucket = dense ? new Int32Array(nKeys).fill(-1) : undefined;
  const sparseBucket = dense ? undefined : new Map<number, number>();
  const bucketOf = (key: number): number =>
    denseBucket ? denseBucket[key]! : (sparseBucket!.get(key) ?? -1);
  const bucketCount: number[] = [];
  const roleKeys: number[][] = new Array(nR);
  let minFrom = Infinity;
  for (let r = 0; r < nR; r++) {
    const keys: number[] = [];
    roleKeys[r] = keys;
    // A role without a place, or with an invalid period, can match nobody.
    if (cap[r] === 0 || !(rTo[r]! >= rFrom[r]!) || rMin[r] !== rMin[r]) continue;
    if (rFrom[r]! < minFrom) minFrom = rFrom[r]!;
    const base = (rCountry[r]! * nS + rSector[r]!) * nF;
    for (const f of rFields[r]!) {
      const key = base + f;
      let b = bucketOf(key);
      if (b < 0) {
        b = bucketCount.length;
        bucketCount.push(0);
        if (denseBucket) denseBucket[key] = b;
        else sparseBucket!.set(key, b);
      }
      keys.push(b);
      bucketCount[b]!++;
    }
  }
  const nB = bucketCount.length;
  const bucketStart = new Int32Array(nB + 1);
  for (let b = 0; b < nB; b++) bucketStart[b + 1] = bucketStart[b]! + bucketCount[b]!;
  const nSlots = bucketStart[nB]!;
  const slotKey = new Float64Array(nSlots);
  const fill = bucketStart.slice(0, nB);
  for (let r = 0; r < nR; r++) for (const b of roleKeys[r]!) slotKey[fill[b]!++] = (rFrom[r]! - minFrom) * nR + r;
  const bucketRoles = new Int32Array(nSlots);
  const bucketFrom = new Float64Array(nSlots);
  const bucketTo = new Float64Array(nSlots);
  const bucketMaxLength = new Float64Array(nB);
  for (let b = 0; b < nB; b++) {
    const from = bucketStart[b]!;
    const to = bucketStart[b + 1]!;
    slotKey.subarray(from, to).sort();
    let longest = 0;
    for (let j = from; j < to; j++) {
      const r = slotKey[j]! % nR;
      bucketRoles[j] = r;
      bucketFrom[j] = rFrom[r]!;
      bucketTo[j] = rTo[r]!;
      if (rTo[r]! - rFrom[r]! > longest) longest = rTo[r]! - rFrom[r]!;
    }
    bucketMaxLength[b] = longest;
  }

  // --- Candidates: each applicant's eligible roles, ranked, as CSR edges ------------------------
  const appStart = new Int32Array(nA + 1);
  let edgeRole = new Int32Array(Math.max(16, nA * 8));
  let edgeFit = new Uint8Array(edgeRole.length);
  let nE = 0;
  let scratch = new Float64Array(64);
  const stamp = new Int32Array(nR).fill(-1);
  const held = new Int8Array(languageId.size);
  const explicitRank = new Int32Array(nR); // rank + 1 of a role the current applicant listed, else 0
  const fieldBuckets = new Int32Array(3);
  let frozenApplicantsInInput = 0;

  for (let a = 0; a < nA; a++) {
    appStart[a] = nE;
    const app = applicants[a]!;
    if (frozenApplicants.size > 0 && frozenApplicants.has(app.id)) {
      frozenApplicantsInInput++;
      continue;
    }
    const type = typeId.get(app.applicantType);
    if (type === undefined) continue;
    const code = app.fieldOfStudy;
    const f4 = fieldId.get(code) ?? -1;
    let f3 = fieldId.get(code.slice(0, 3)) ?? -1;
    let f2 = fieldId.get(code.slice(0, 2)) ?? -1;
    if (f3 === f4) f3 = -1;
    if (f2 === f4 || f2 === f3) f2 = -1;
    fieldBuckets[0] = f4;
    fieldBuckets[1] = f3;
    fieldBuckets[2] = f2;
    const home = countryId.get(app.homeCountry) ?? -1;
    const aFrom = dayNumber(app.availableFrom);
    const aTo = dayNumber(app.availableTo);
    const aMin = app.minWeeks;
    if (!(aTo >= aFrom) || aMin !== aMin) continue; // no period can overlap enough
    // Any eligible role starts by \`lastFrom\` and ends on or after \`firstTo\` (overlap ≥ 7 aMin).
    const lastFrom = aTo + 1 - 7 * aMin;
    const firstTo = aFrom - 1 + 7 * aMin;
    const wait = waitingPoints(waitingDaysOf(app.submittedAt, nowMs));
    for (const l of app.languages) {
      const id = languageId.get(l.code);
      if (id !== undefined) {
        const lv = heldRank(l.level);
        if (lv > held[id]!) held[id] = lv;
      }
    }
    const listed = app.rolePreferences;
    for (let k = 0; k < listed.length; k++) {
      const r = roleIndex.get(listed[k]!);
      if (r !== undefined && explicitRank[r] === 0) explicitRank[r] = k + 1;
    }
    const forbidden = forbiddenByApplicant.size > 0 ? forbiddenByApplicant.get(app.id) : undefined;
    // Packed key, lower = preferred: (explicit rank, destination rank, -fit, role lottery).
    const nExplicit = listed.length + 1;
    const nDest = app.destinations.length;
    if (!Number.isSafeInteger((nExplicit + 1) * nDest * 101 * nR)) throw new Error(`preference key overflow for ${app.id}`);
    let n = 0;

    for (let d = 0; d < nDest; d++) {
      const c = countryId.get(app.destinations[d]!);
      if (c === undefined || c === home) continue;
      for (const s of app.sectors) {
        const sid = sectorId.get(s);
        if (sid === undefined) continue;
        const base = (c * nS + sid) * nF;
        for (let fi = 0; fi < 3; fi++) {
          const f = fieldBuckets[fi]!;
          if (f < 0) continue;
          const b = bucketOf(base + f);
          if (b < 0) continue;
          // first role that can end by firstTo: binary search on the start date
          let lo = bucketStart[b]!;
          let hi = bucketStart[b + 1]!;
          const earliest = firstTo - bucketMaxLength[b]!;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (bucketFrom[mid]! < earliest) lo = mid + 1;
            else hi = mid;
          }
          for (let j = lo, end = bucketStart[b + 1]!; j < end; j++) {
            if (bucketFrom[j]! > lastFrom) break;
            if (bucketTo[j]! < firstTo) continue;
            const r = bucketRoles[j]!;
            if (stamp[r] === a) continue;
            stamp[r] = a;
            // applicant type
            let typeOk = false;
            for (let t = rTypeStart[r]!, te = rTypeStart[r + 1]!; t < te; t++) if (types[t] === type) typeOk = true;
            if (!typeOk) continue;
            // period: inclusive overlap of at least the larger minimum
            const days = Math.min(aTo, rTo[r]!) - Math.max(aFrom, rFrom[r]!) + 1;
            const required = aMin > rMin[r]! ? aMin : rMin[r]!;
            if (!(days >= required * 7)) continue;
            // languages
            let margin = 0;
            const ls = rLangStart[r]!;
            const le = rLangStart[r + 1]!;
            let t = ls;
            for (; t < le; t++) {
              const lv = held[langCode[t]!]!;
              const need = langLevel[t]!;
              if (lv < need) break;
              margin += lv - need;
            }
            if (t < le) continue;
            if (forbidden !== undefined && forbidden.has(r)) continue;
            // fit (same formulas as fitScore)
            const spare = Math.floor(days / 7) - required;
            const total =
              (spare < FIT.overlapCapWeeks ? spare : FIT.overlapCapWeeks) * FIT.overlapPointsPerWeek +
              (le === ls
                ? FIT.languageNeutralPoints
                : (margin < FIT.languageCapLevels ? margin : FIT.languageCapLevels) * FIT.languagePointsPerLevel) +
              wait;
            const e = explicitRank[r]!;
            const key = (((e === 0 ? nExplicit : e) * nDest + d) * 101 + (100 - total)) * nR + roleLot[r]!;
            if (n === scratch.length) {
              const bigger = new Float64Array(n * 2);
              bigger.set(scratch);
              scratch = bigger;
            }
            scratch[n++] = key;
          }
        }
      }
    }

    // rank and store
    if (n > 1) {
      if (n <= 24) {
        for (let i = 1; i < n; i++) {
          const k = scratch[i]!;
          let j = i - 1;
          while (j >= 0 && scratch[j]! > k) {
            scratch[j + 1] = scratch[j]!;
            j--;
          }
          scratch[j + 1] = k;
        }
      } else scratch.subarray(0, n).sort();
    }
    if (nE + n > edgeRole.length) {
      const size = Math.max(edgeRole.length * 2, nE + n);
      const roleArr = new Int32Array(size);
      roleArr.set(edgeRole.subarray(0, nE));
      edgeRole = roleArr;
      const fitArr = new Uint8Array(size);
      fitArr.set(edgeFit.subarray(0, nE));
      edgeFit = fitArr;
    }
    for (let i = 0; i < n; i++) {
      const key = scratch[i]!;
      const lot = key % nR;
      edgeRole[nE] = roleByLot[lot]!;
      edgeFit[nE] = 100 - (((key - lot) / nR) % 101);
      nE++;
    }

    // reset the per-applicant scratch
    for (const l of app.languages) {
      const id = languageId.get(l.code);
      if (id !== undefined) held[id] = 0;
    }
    for (let k = 0; k < listed.length; k++) {
      const r = roleIndex.get(listed[k]!);
      if (r !== undefined) explicitRank[r] = 0;
    }
  }
  appStart[nA] = nE;

  // --- Deferred acceptance ------------------------------------------------------------------------
  const heapStart = new Int32Array(nR + 1);
  for (let r = 0; r < nR; r++) heapStart[r + 1] = heapStart[r]! + cap[r]!;
  const heapKey = new Float64Array(heapStart[nR]!);
  const heapApp = new Int32Array(heapStart[nR]!);
  const heapSize = new Int32Array(nR);
  const next = appStart.slice(0, nA);
  let offers = 0;

  for (let first = 0; first < nA; first++) {
    // `cur` proposes down its list until held; a displaced applicant continues the same way.
    let cur = first;
    while (cur >= 0) {
      const lot = applicantLot[cur]!;
      const end = appStart[cur + 1]!;
      let p = next[cur]!;
      let displaced = -1;
      let placed = false;
      while (p < end) {
        const r = edgeRole[p]!;
        // The role's key for this applicant, lower = preferred: (-fit, applicant lottery).
        const key = (100 - edgeFit[p]!) * nA + lot;
        p++;
        offers++;
        const base = heapStart[r]!;
        const size = heapSize[r]!;
        if (size < cap[r]!) {
          // a free place: sift up
          let i = size;
          while (i > 0) {
            const parent = (i - 1) >> 1;
            if (heapKey[base + parent]! >= key) break;
            heapKey[base + i] = heapKey[base + parent]!;
            heapApp[base + i] = heapApp[base + parent]!;
            i = parent;
          }
          heapKey[base + i] = key;
          heapApp[base + i] = cur;
          heapSize[r] = size + 1;
          placed = true;
          break;
        }
        if (key < heapKey[base]!) {
          // full, but better than the worst held: displace it, sift down
          displaced = heapApp[base]!;
          let i = 0;
          for (;;) {
            const left = 2 * i + 1;
            if (left >= size) break;
            let child = left;
            if (left + 1 < size && heapKey[base + left + 1]! > heapKey[base + left]!) child = left + 1;
            if (heapKey[base + child]! <= key) break;
            heapKey[base + i] = heapKey[base + child]!;
            heapApp[base + i] = heapApp[base + child]!;
            i = child;
          }
          heapKey[base + i] = key;
          heapApp[base + i] = cur;
          placed = true;
          break;
        }
      }
      next[cur] = p;
      cur = placed ? displaced : -1;
    }
  }

  // --- Proposals -----------------------------------------------------------------------------------
  const matched = new Int32Array(nA).fill(-1);
  for (let r = 0; r < nR; r++) {
    for (let i = heapStart[r]!, e = heapStart[r]! + heapSize[r]!; i < e; i++) matched[heapApp[i]!] = r;
  }
  const proposals: Proposal[] = [];
  for (let a = 0; a < nA; a++) {
    const r = matched[a]!;
    if (r < 0) continue;
    const applicant = applicants[a]!;
    const role = roles[r]!;
    proposals.push({ applicantId: applicant.id, roleId: role.id, score: fitScore(applicant, role, nowMs) });
  }

  return {
    proposals,
    stats: {
      applicants: nA,
      roles: nR,
      places,
      frozen: frozenCount,
      eligiblePairs: nE,
      proposals: proposals.length,
      unmatched: nA - frozenApplicantsInInput - proposals.length,
      offers,
    },
  };
}
