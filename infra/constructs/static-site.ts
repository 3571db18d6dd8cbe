import { Aws, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { Route } from '#functions/catalog';
import { ORIGIN_VERIFY_HEADER } from '#shared/platform/http/origin';
import { NOT_FOUND_FILE, NOT_FOUND_HEADER, NOT_FOUND_METADATA, SITE_PAGES } from '../../web/site-map.ts';
import { apiPathPatterns, edgeBehaviors, matchesPathPattern, SITE_PAGES_UNDER_API, type ApiPattern } from './edge-paths.ts';

// Which path goes where is decided in edge-paths.ts (pure: the local server reads it too).
export { apiPathPatterns, matchesPathPattern, SITE_PAGES_UNDER_API, type ApiPattern } from './edge-paths.ts';

/**
 * The site bucket's name. Fixed (per account and region, as the stack names already are) so the
 * site stack names the bucket without a cross-stack reference: the upload's IAM policy then reads
 * `arn:…:s3:::liike-site-<account>-<region>/*`, and CDK's upload handler, which does not delete
 * from a bucket it sees tagged as CDK-owned, empties it when the site stack is deleted.
 */
export const SITE_BUCKET_NAME = `liike-site-${Aws.ACCOUNT_ID}-${Aws.REGION}`;

/**
 * Viewer-request function of the static pages (CloudFront Functions, JavaScript runtime 2.0),
 * made from the site's page list (web/site-map.ts). A page's directory gets its `index.html`
 * (`/apply/` → `/apply/index.html`; S3 has no directory indexes behind origin access control),
 * and a page's directory without its slash is redirected to it (`/apply` → `/apply/`, query kept
 * as received) so that the page's relative URLs resolve inside it. Files under `/assets/` pass
 * unchanged. Any other path is no page: it is answered with the site's 404 page (`/404.html`),
 * whose status `NOT_FOUND_STATUS_FUNCTION` sets. A redirect goes only to a page of the list, so
 * never to another host.
 */
export const DIRECTORY_INDEX_FUNCTION = `
var PAGES = ${JSON.stringify(Object.fromEntries(SITE_PAGES.map((page) => [page, 1])))};
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.indexOf('/assets/') === 0) return request;
  if (PAGES[uri] === 1) {
    request.uri = uri + 'index.html';
    return request;
  }
  if (uri.slice(-10) === 'index.html' && PAGES[uri.slice(0, -10)] === 1) return request;
  if (PAGES[uri + '/'] === 1) {
    var query = [];
    for (var name in request.querystring) {
      var entry = request.querystring[name];
      var values = entry.multiValue ? entry.multiValue : [entry];
      for (var i = 0; i < values.length; i++) query.push(values[i].value === '' ? name : name + '=' + values[i].value);
    }
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: uri + '/' + (query.length ? '?' + query.join('&') : '') } },
    };
  }
  request.uri = '/${NOT_FOUND_FILE}';
  return request;
}
`.trim();

/**
 * Viewer-response function of the static pages: the 404 page is an object in S3 like any other,
 * so S3 answers it with 200; it is uploaded with the user metadata of NOT_FOUND_METADATA
 * (infra/site-stack.ts), which S3 returns as a header, and this turns that 200 into a 404 (and
 * drops the header). Only a 200: a 304 to a browser revalidating stays a 304.
 *
 * Why not CloudFront's custom error responses: they apply to every behavior of the distribution,
 * so they would replace the API's own 403 and 404 answers (an unknown link's page, problem+json)
 * with the site's page. Nor S3's error document: it belongs to S3's website endpoint, which
 * origin access control cannot sign for (the bucket stays private). These two functions run on
 * the site's default behavior only: API paths never reach them.
 */
export const NOT_FOUND_STATUS_FUNCTION = `
function handler(event) {
  var response = event.response;
  var marker = response.headers['${NOT_FOUND_HEADER}'];
  if (!marker) return response;
  delete response.headers['${NOT_FOUND_HEADER}'];
  if (marker.value === '${NOT_FOUND_METADATA['liike-status']}' && response.statusCode === 200) {
    response.statusCode = 404;
    response.statusDescription = 'Not Found';
  }
  return response;
}
`.trim();

/**
 * Content security policy of the static pages: scripts, styles, fonts and images from the site
 * itself, API calls to the same origin, nothing inline, no framing, forms post only here.
 */
export const SITE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Fallback policy for API responses. The link pages send their own stricter-than-default CSP
 * and referrer policy (shared/links/link-handler.ts), which this does not override.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Origin errors CloudFront must not keep. It keeps a 4xx or 5xx for its error caching minimum TTL
 * (10 seconds by default) and ignores `no-store` on all but a 404, 410, 414 or 501, so without
 * this one 503 of the board (DynamoDB throttled it once) would answer every reader of that filter
 * for 10 seconds, and a failing page would stay failed after the fault is gone. A 400 or 403 is
 * the same for the same request, so keeping it a while costs nothing.
 */
export const UNCACHED_ERRORS = [500, 502, 503, 504] as const;

const HSTS = { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true };


export interface StaticSiteProps {
  /** The HTTP API that serves `apiRoutes` on the site's domain. */
  api: IHttpApi;
  /** Every HTTP route of the function catalog: each gets a behavior to the API. */
  apiRoutes: readonly Route[];
  /**
   * The secret CloudFront sends to the API in `x-origin-verify` (ORIGIN_VERIFY_HEADER), which
   * every API handler requires (shared/platform/http/origin.ts): a token resolved at deploy time,
   * never a literal (infra/stateless-stack.ts says where it comes from).
   */
  originVerify: string;
  /** ARN of the CLOUDFRONT-scope WAF web ACL in front of the distribution (infra/edge-stack.ts). */
  webAclArn: string;
}

/**
 * The public front door: a private S3 bucket with the built web pages, served by CloudFront
 * through origin access control, and the API on the same domain (one or two behaviors per first
 * path segment of the catalog's routes, every viewer header but Host forwarded, uncached but for
 * the public board's answers). Same origin means no CORS.
 * The pages themselves are uploaded by the site stack (`infra/site-stack.ts`).
 */
export class StaticSite extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  /** The API's path patterns and the catalog methods under each (see `apiPathPatterns`). */
  readonly apiPathPatterns: Map<string, ApiPattern>;

  constructor(scope: Construct, id: string, props: StaticSiteProps) {
    super(scope, id);

    // Server access logs of the site bucket, kept 90 days (cdk-nag's S1 accepts a log destination
    // without logs of its own). Requires the feature flag
    // @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy (cdk.json): log delivery by bucket policy.
    this.logBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Only built, public pages, rebuilt from source on every deploy: no versioning; deleting the
    // site stack empties it (see SITE_BUCKET_NAME), so it goes with this stack.
    this.bucket = new Bucket(this, 'Bucket', {
      bucketName: SITE_BUCKET_NAME,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const directoryIndex = new CloudFrontFunction(this, 'DirectoryIndex', {
      comment: 'Liike: /x/ -> /x/index.html, /x -> 301 /x/, no page -> /404.html',
      code: FunctionCode.fromInline(DIRECTORY_INDEX_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });
    const notFoundStatus = new CloudFrontFunction(this, 'NotFoundStatus', {
      comment: 'Liike: the 404 page is answered with status 404',
      code: FunctionCode.fromInline(NOT_FOUND_STATUS_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });

    const siteHeaders = new ResponseHeadersPolicy(this, 'SiteHeaders', {
      comment: 'Liike static pages: security headers',
      securityHeadersBehavior: {
        strictTransportSecurity: HSTS,
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: SITE_CSP, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true },
        ],
      },
    });

    const apiHeaders = new ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: 'Liike API and link pages: security headers; the origin CSP and referrer policy win',
      securityHeadersBehavior: {
        strictTransportSecurity: HSTS,
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: false },
        contentSecurityPolicy: { contentSecurityPolicy: API_CSP, override: false },
      },
    });

    // The $default stage is served at the root of the API's own host name.
    const stack = Stack.of(props.api);
    const apiOrigin = new HttpOrigin(`${props.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      // The API's own host name is public: without this header (which CloudFront sets over any
      // a viewer sent), a request that went around the distribution, and so around the web ACL,
      // is refused by every handler.
      customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originVerify },
    });
    // The public API answers that are the same for every reader (the board, GET /roles and
    // /roles/{roleId}): kept as long as their Cache-Control says (the board says 60 s, `no-store`
    // on a bad query), 60 s if one said nothing, never over 5 minutes. The key is the path and
    // every query string (the filters and the cursor), no cookie and no header: nothing else
    // changes the answer. A POST on the same path (POST /roles) is never cached by CloudFront.
    const publicApiCache = new CachePolicy(this, 'PublicApiCache', {
      comment: 'Liike: public API answers (the board), as their Cache-Control says, at most 5 minutes',
      defaultTtl: Duration.seconds(60),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(300),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      headerBehavior: CacheHeaderBehavior.none(),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const apiBehavior = ({ methods, edgeCached }: ApiPattern): BehaviorOptions => ({
      origin: apiOrigin,
      // GET/HEAD-only paths refuse other methods at the edge; POST needs CloudFront's full set.
      allowedMethods: methods.every((m) => m === 'GET' || m === 'HEAD') ? AllowedMethods.ALLOW_GET_HEAD : AllowedMethods.ALLOW_ALL,
      // A plain-HTTP POST must fail rather than be redirected (and lose its body).
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      // Never cached, but for the public answers above. Either way query strings, cookies and
      // every header (Idempotency-Key, Content-Type) reach the API, except Host: API Gateway
      // routes by its own host name.
      cachePolicy: edgeCached ? publicApiCache : CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: apiHeaders,
      compress: true,
    });
    this.apiPathPatterns = apiPathPatterns(props.apiRoutes);

    // A page an API pattern would take must be one the bucket gets back by an exact behavior.
    const patterns = [...this.apiPathPatterns.keys()];
    for (const page of SITE_PAGES) {
      const taken = patterns.find((pattern) => matchesPathPattern(pattern, page));
      if (taken && !SITE_PAGES_UNDER_API.includes(page)) throw new Error(`the site page ${page} would go to the API (${taken}): list it in SITE_PAGES_UNDER_API`);
    }

    const siteBehavior: BehaviorOptions = {
      origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: siteHeaders,
      functionAssociations: [
        { function: directoryIndex, eventType: FunctionEventType.VIEWER_REQUEST },
        { function: notFoundStatus, eventType: FunctionEventType.VIEWER_RESPONSE },
      ],
      compress: true,
    };

    // No custom error pages: they apply to every behavior and would replace the API's own
    // 403/404 answers (an unknown link token) with a static page. The site's own 404 page is
    // served by the default behavior's two functions instead (NOT_FOUND_STATUS_FUNCTION).
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Liike: web pages and API',
      defaultRootObject: 'index.html',
      defaultBehavior: siteBehavior,
      // Error caching only, no page (the answer passes as the origin gave it): see UNCACHED_ERRORS.
      errorResponses: UNCACHED_ERRORS.map((httpStatus) => ({ httpStatus, ttl: Duration.seconds(0) })),
      // In this order (CloudFront takes the first pattern that matches): the site's pages under
      // an API segment, then the API's patterns.
      additionalBehaviors: Object.fromEntries(
        edgeBehaviors(this.apiPathPatterns).map((b) => [b.pattern, b.origin === 'site' ? siteBehavior : apiBehavior(b.api)] as const),
      ),
      httpVersion: HttpVersion.HTTP2_AND_3,
      // The users are in Europe: edge locations of Europe and North America suffice.
      priceClass: PriceClass.PRICE_CLASS_100,
      // Rate limits per client IP and AWS's managed rules, before any request reaches the bucket or the API.
      webAclId: props.webAclArn,
    });

    const acknowledge = (id: string, reason: string) => Validations.of(this.distribution).acknowledge({ id, reason });
    acknowledge(
      'AwsSolutions-CFR1',
      'No geo restriction by design: a cross-border exchange (Finland, Estonia, Lithuania, Russia and beyond) whose applicants, companies and coordinators also use it from abroad; nothing is served differently by country.',
    );
    acknowledge(
      'AwsSolutions-CFR3',
      'No CloudFront access logs on purpose: standard logs record the full path, and link paths (/t/{token}) carry bearer tokens. API requests are logged by route key in the API access log (infra/constructs/http-api.ts); the site bucket has server access logs.',
    );
    acknowledge(
      'AwsSolutions-CFR4',
      'No custom domain yet: the default *.cloudfront.net certificate cannot set a minimum TLS version. Adding a domain means an ACM certificate and minimumProtocolVersion TLS_V1_2_2021.',
    );
  }

  /** The site's URL (the distribution's domain), without a trailing slash. */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}
