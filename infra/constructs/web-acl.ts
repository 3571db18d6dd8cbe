import { Stack } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/**
 * Requests one client IP may send in five minutes (WAF's rate-based rules count per IP over a
 * sliding window of `RATE_WINDOW_SECONDS`). The figures are for a school whose students all reach
 * the site from one NAT address: a whole class (30) filling in the forms at the same time.
 */
export const RATE_LIMITS = {
  /**
   * Every request. A page view is about ten requests (the page, its script, style and fonts, each
   * revalidated on every visit since the pages are max-age=0, and the API calls such as
   * GET /schools), and a student views a few pages: a class at once makes some 1,000 in five
   * minutes. 3,000 leaves three times that; a single machine sending more than 10 a second for
   * five minutes is stopped well before it takes the API's own throttle (50 a second, shared by
   * everyone; infra/constructs/http-api.ts) for itself.
   */
  all: 3000,
  /**
   * POST /applications and POST /roles together. A class submitting in the same five minutes,
   * each with a correction or two (a refused POST counts too) and a retry after a network error,
   * is about 100. 300 is three times that; whatever gets through is still bounded by the API's own
   * count of what is written (60 an hour per client address, shared/platform/http/rate-limit.ts).
   */
  writes: 300,
  /**
   * Searches of the board: GET /roles with `q` or `field` (SEARCH_QUERY). Each distinct one misses
   * the CDN's cache and reads the partition the matching rounds read (shared/roles/board.ts,
   * BOARD_SEARCH_BUDGET). The form's role search asks once a pause in typing (300 ms), and a
   * student choosing five roles searches some 20 times: a class at once, some 600 in five
   * minutes, each now and then followed by a few requests for `next`. 1,500 leaves twice that,
   * and stops one machine from searching more than 5 a second; the board without a search (a
   * country and a sector, cached) still answers it.
   */
  searches: 1500,
} as const;

/** WAF's evaluation window of the rate-based rules: the default, five minutes. */
export const RATE_WINDOW_SECONDS = 300;

/** The paths whose POSTs the stricter rate rule counts: the two public writes of the API. */
export const WRITE_PATHS = ['/applications', '/roles'] as const;

/** The board's path, and what in its (decoded) query string makes a request a search. */
export const BOARD_PATH = '/roles';
export const SEARCH_QUERY = '(^|&)(q|field)=';

/**
 * The AWS managed rule groups, in evaluation order after the rate rules, and the rules of each
 * that only count (never block) because they would refuse Liike's legitimate requests.
 */
export const MANAGED_RULE_GROUPS: readonly { name: string; countOnly: Record<string, string> }[] = [
  // Addresses Amazon's threat intelligence lists as sources of bots, scans and attacks.
  { name: 'AWSManagedRulesAmazonIpReputationList', countOnly: {} },
  // Request patterns known to exploit vulnerabilities (Log4j, Java deserialisation, …).
  { name: 'AWSManagedRulesKnownBadInputsRuleSet', countOnly: {} },
  // OWASP-style protections: XSS, LFI, RFI, SSRF probes, bad bots, oversized parts of a request.
  {
    name: 'AWSManagedRulesCommonRuleSet',
    countOnly: {
      CrossSiteScripting_BODY:
        'matches markup-like text in a body. The free texts (motivation, role description, decision reasons, feedback comments) are stored as text and every page escapes what it shows (shared/platform/html.ts), so markup in them is harmless, while a text that quotes some would be refused with a bare 403 the forms cannot explain. Script in the URI, query string and cookies is still blocked.',
      SizeRestrictions_BODY:
        'blocks bodies over 8 KB. The API accepts 64 KiB (shared/platform/http/request.ts), and real ones exceed 8 KB: a role description of 4,000 Cyrillic characters is 8,000 bytes of UTF-8 before the other fields, and a decision or feedback form posted from a link page is URL-encoded, three bytes per byte of UTF-8. The API refuses what is too large itself (413).',
    },
  },
];

/** Custom response bodies, by key: what a rate-limited client gets instead of WAF's bare 403. */
const TOO_MANY = 'TooManyRequests';

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

const exactly = (field: CfnWebACL.FieldToMatchProperty, value: string, transformation = 'NONE'): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: field,
    positionalConstraint: 'EXACTLY',
    searchString: value,
    textTransformations: [{ priority: 0, type: transformation }],
  },
});

/** Metric names of the rules, as CloudWatch's `Rule` dimension of AWS/WAFV2 names them. */
export const RULE_METRICS = {
  writes: 'RateLimitWrites',
  searches: 'RateLimitSearches',
  all: 'RateLimitAll',
} as const;

/**
 * The web ACL in front of the CloudFront distribution (scope CLOUDFRONT, so it must be created in
 * us-east-1: infra/edge-stack.ts). Allows by default; blocks clients over a rate per IP (with a
 * 429 that says when to retry) and what AWS's managed rule groups recognise as attacks. Every
 * rule has CloudWatch metrics and sampled requests (the console shows three hours of them).
 */
export class EdgeWebAcl extends Construct {
  readonly webAcl: CfnWebACL;
  /** The web ACL's name, also its metric name: the `WebACL` dimension of its metrics. */
  readonly name: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // The stack's name (one edge stack per account, as for every Liike stack): name and metric
    // name are the same, so the alarm's `WebACL` dimension is right whichever of them it is.
    this.name = Stack.of(this).stackName;
    const rateRule = (name: string, priority: number, limit: number, scopeDown?: CfnWebACL.StatementProperty): CfnWebACL.RuleProperty => ({
      name,
      priority,
      statement: {
        rateBasedStatement: {
          aggregateKeyType: 'IP',
          limit,
          evaluationWindowSec: RATE_WINDOW_SECONDS,
          ...(scopeDown ? { scopeDownStatement: scopeDown } : {}),
        },
      },
      action: {
        block: {
          customResponse: {
            responseCode: 429,
            customResponseBodyKey: TOO_MANY,
            responseHeaders: [{ name: 'retry-after', value: String(RATE_WINDOW_SECONDS) }],
          },
        },
      },
      visibilityConfig: visibility(name),
    });

    const writes: CfnWebACL.StatementProperty = {
      andStatement: {
        statements: [
          exactly({ method: {} }, 'POST'),
          // A percent-encoded path is compared decoded, as API Gateway would route it.
          { orStatement: { statements: WRITE_PATHS.map((path) => exactly({ uriPath: {} }, path, 'URL_DECODE')) } },
        ],
      },
    };

    const searches: CfnWebACL.StatementProperty = {
      andStatement: {
        statements: [
          exactly({ uriPath: {} }, BOARD_PATH, 'URL_DECODE'),
          // Decoded, as API Gateway passes the parameters: `%71=` is `q=` to the board too.
          {
            regexMatchStatement: {
              fieldToMatch: { queryString: {} },
              regexString: SEARCH_QUERY,
              textTransformations: [{ priority: 0, type: 'URL_DECODE' }],
            },
          },
        ],
      },
    };

    const rules: CfnWebACL.RuleProperty[] = [
      // The stricter limits first: a request one blocks is not counted again by the general one.
      rateRule(RULE_METRICS.writes, 0, RATE_LIMITS.writes, writes),
      rateRule(RULE_METRICS.searches, 1, RATE_LIMITS.searches, searches),
      rateRule(RULE_METRICS.all, 2, RATE_LIMITS.all),
      ...MANAGED_RULE_GROUPS.map(({ name, countOnly }, i): CfnWebACL.RuleProperty => ({
        name,
        priority: 10 + i,
        statement: {
          managedRuleGroupStatement: {
            vendorName: 'AWS',
            name,
            ...(Object.keys(countOnly).length
              ? { ruleActionOverrides: Object.keys(countOnly).map((rule) => ({ name: rule, actionToUse: { count: {} } })) }
              : {}),
          },
        },
        // The group's own actions apply (apart from the overrides above).
        overrideAction: { none: {} },
        visibilityConfig: visibility(name),
      })),
    ];

    this.webAcl = new CfnWebACL(this, 'Resource', {
      name: this.name,
      scope: 'CLOUDFRONT',
      description: 'Liike: rate limits per client IP and AWS managed rules, in front of the site and the API',
      defaultAction: { allow: {} },
      rules,
      customResponseBodies: {
        [TOO_MANY]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            type: 'about:blank',
            title: 'Too many requests',
            status: 429,
            detail: `Too many requests from this network address; try again in ${RATE_WINDOW_SECONDS / 60} minutes.`,
            errors: [],
          }),
        },
      },
      visibilityConfig: visibility(this.name),
    });
  }
}
