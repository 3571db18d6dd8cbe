import type { HttpMethod, Route } from '#functions/catalog';

/*
 * Which origin CloudFront sends a path to: the site's bucket or the API. Pure (no CDK), so the
 * local server (local/api-server.ts) decides with the same code as the distribution is built
 * from (static-site.ts): a path CloudFront sends to the API gets the API's answer locally too,
 * an unknown one API Gateway's 404, and every other path the site's pages.
 */

/** The API's answers under one path pattern: the catalog methods, and whether CloudFront may keep them. */
export interface ApiPattern {
  methods: HttpMethod[];
  /** Its GET/HEAD routes are edge-cached (`Route.edgeCached`): kept as their Cache-Control says. */
  edgeCached: boolean;
}

/**
 * CloudFront path patterns that send catalog routes to the API, one or two per first path
 * segment: `/desk` for the route `/desk` itself, `/desk/*` for every route below it. So the
 * behaviors stay well under CloudFront's quota of 25 per distribution however many routes a
 * feature adds under its segment; a path below that no route serves gets the API's 404.
 * Sorted, so behaviors are stable across catalog edits. A pattern whose GET routes are not all
 * edge-cached or all not is refused: one cache policy serves them all.
 */
export function apiPathPatterns(routes: readonly Route[]): Map<string, ApiPattern> {
  const patterns = new Map<string, { methods: Set<HttpMethod>; cached: Set<boolean> }>();
  for (const { path, method, edgeCached } of routes) {
    const [, segment = '', ...below] = path.split('/');
    const pattern = below.length ? `/${segment}/*` : `/${segment}`;
    const entry = patterns.get(pattern) ?? { methods: new Set(), cached: new Set() };
    entry.methods.add(method);
    if (method !== 'POST') entry.cached.add(edgeCached === true);
    patterns.set(pattern, entry);
  }
  for (const [pattern, { cached }] of patterns) {
    if (cached.size > 1) throw new Error(`the GET routes under ${pattern} must all be edgeCached or none (one cache policy serves them)`);
  }
  return new Map(
    [...patterns].sort(([a], [b]) => a.localeCompare(b)).map(([p, { methods, cached }]) => [p, { methods: [...methods].sort(), edgeCached: cached.has(true) }]),
  );
}

/**
 * Pages of the site whose path an API pattern would otherwise take: the board's page `/roles/`
 * (web/, the list and `?role=<id>`) under the board API's `/roles/*` (GET /roles/{roleId}). Each
 * gets an exact behavior to the bucket, like the default one, placed before the API's: CloudFront
 * takes the first pattern that matches in order, and `/roles/*` matches `/roles/` too.
 */
export const SITE_PAGES_UNDER_API: readonly string[] = ['/roles/'];

/** CloudFront path-pattern matching: `*` any characters (none too), `?` one, case-sensitive. */
export function matchesPathPattern(pattern: string, path: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(path);
}

/** One of the distribution's additional behaviors: its pattern, and where it sends a request. */
export type EdgeBehavior = { pattern: string; origin: 'site' } | { pattern: string; origin: 'api'; api: ApiPattern };

/**
 * The distribution's additional behaviors in CloudFront's order (the first pattern that matches
 * wins): the site's pages under an API segment, then the API's patterns. Any path none matches
 * takes the default behavior, the site.
 */
export const edgeBehaviors = (patterns: Map<string, ApiPattern>): EdgeBehavior[] => [
  ...SITE_PAGES_UNDER_API.map((pattern): EdgeBehavior => ({ pattern, origin: 'site' })),
  ...[...patterns].map(([pattern, api]): EdgeBehavior => ({ pattern, origin: 'api', api })),
];

/** Where CloudFront sends a request for `path` (its path as received, before any decoding). */
export const edgeOrigin = (path: string, behaviors: readonly EdgeBehavior[]): 'site' | 'api' =>
  behaviors.find((b) => matchesPathPattern(b.pattern, path))?.origin ?? 'site';
