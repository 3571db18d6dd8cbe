/**
 * The round's lottery: every tie is broken by a number drawn from the round's seed, so the same
 * seed gives the same result and the seed stored with the round reproduces it.
 *
 * "Single tie-breaking": each applicant draws one number per round (not one per role), and every
 * role breaks its ties with those same numbers; likewise each role draws one number per round,
 * which applicants use to order otherwise equal roles. A number depends only on the seed and the
 * id, not on the order of the input. Lower number = drawn first = preferred.
 */

export type LotteryKind = 'applicant' | 'role';

const SALT: Record<LotteryKind, number> = { applicant: 0x2545f491, role: 0x6c8e9cf5 };

/** A 32-bit string hash (multiply-xorshift per UTF-16 unit, then the murmur3 finaliser). */
export function hash32(text: string, seed: number): number {
  let h = (seed ^ 0x9e3779b9) | 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h ^= text.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The state a kind of lottery draws from, for a seed. */
export const lotterySeed = (seed: string, kind: LotteryKind): number => hash32(seed, SALT[kind]);

/** The lottery number (0..2^32-1) of an applicant or role in the round with this seed. */
export const lotteryNumber = (seed: string, kind: LotteryKind, id: string): number =>
  hash32(id, lotterySeed(seed, kind));

/** Orders ids by their lottery number; the id itself settles the (rare) equal numbers. */
export function lotteryComparator(seed: string, kind: LotteryKind): (a: string, b: string) => number {
  const s = lotterySeed(seed, kind);
  return (a, b) => {
    const ha = hash32(a, s);
    const hb = hash32(b, s);
    if (ha !== hb) return ha - hb;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/**
 * The lottery rank (0..n-1) of each id: rank[i] is the position of ids[i] in lottery order.
 * Ranks are unique, so they can break every tie. Throws on a duplicate id.
 */
export const lotteryRanks = (ids: readonly string[], seed: string, kind: LotteryKind): Int32Array =>
  lotteryDraw(ids, seed, kind).ranks;

/** The lottery ranks, and the lottery numbers they come from (`lotteryNumber` of each id). */
export function lotteryDraw(ids: readonly string[], seed: string, kind: LotteryKind) {
  const n = ids.length;
  const s = lotterySeed(seed, kind);
  const ranks = new Int32Array(n);
  const hashes = new Float64Array(n);
  for (let i = 0; i < n; i++) hashes[i] = hash32(ids[i]!, s);
  let order: Int32Array;
  let span = 1;
  while (span < n) span *= 2;
  if (span <= 1 << 21) {
    // hash * span + i stays below 2^53, so one native numeric sort orders by (hash, index).
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = hashes[i]! * span + i;
    keys.sort();
    order = new Int32Array(n);
    for (let k = 0; k < n; k++) order[k] = keys[k]! - Math.floor(keys[k]! / span) * span;
  } else {
    order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => hashes[a]! - hashes[b]! || a - b);
  }
  // Runs of equal hashes are ordered by input position so far; order them by id instead, so the
  // result does not depend on the order of the input.
  for (let k = 0; k < n; ) {
    let end = k + 1;
    while (end < n && hashes[order[end]!] === hashes[order[k]!]) end++;
    if (end - k > 1) {
      const run = Array.from(order.subarray(k, end)).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
      for (let j = 0; j < run.length; j++) {
        if (j > 0 && ids[run[j]!] === ids[run[j - 1]!]) throw new Error(`duplicate ${kind} id: ${ids[run[j]!]}`);
        order[k + j] = run[j]!;
      }
    }
    k = end;
  }
  for (let k = 0; k < n; k++) ranks[order[k]!] = k;
  return { ranks, numbers: hashes };
}

/** A seeded pseudo-random generator (sfc32), for test and benchmark instances. */
export function createRng(seed: string) {
  let a = hash32(seed, 1);
  let b = hash32(seed, 2);
  let c = hash32(seed, 3);
  let d = 1;
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    /** Uniform in [0, 1). */
    next,
    /** Uniform integer in [0, n). */
    int: (n: number) => Math.floor(next() * n),
    /** Uniform integer in [lo, hi]. */
    between: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    /** A random subset of `list`, in random order, of size `k` (at most list.length). */
    sample: <T>(list: readonly T[], k: number): T[] => {
      const picked = new Set<number>();
      const out: T[] = [];
      while (out.length < Math.min(k, list.length)) {
        const i = Math.floor(next() * list.length);
        if (!picked.has(i)) {
          picked.add(i);
          out.push(list[i]!);
        }
      }
      return out;
    },
  };
}
export type Rng = ReturnType<typeof createRng>;
