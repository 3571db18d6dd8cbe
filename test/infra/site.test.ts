import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import vm from 'node:vm';
import type { CfnElement } from 'aws-cdk-lib';
import { functions, type FunctionDef } from '#functions/catalog';
import { API_ENV, ENV } from '#shared/platform/config';
import { ORIGIN_VERIFY_HEADER } from '#shared/platform/http/origin';
import { DIRECTORY_INDEX_FUNCTION, NOT_FOUND_STATUS_FUNCTION, SITE_BUCKET_NAME, UNCACHED_ERRORS } from '#infra/constructs/static-site';
import { SITE_PAGES } from '../../web/site-map.ts';
import { resourcesOf, synthApp } from './support.ts';

const { statelessTemplate: template, siteTemplate, stateless, site } = synthApp();
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: any }>;
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stateless.getLogicalId(construct.node.defaultChild as CfnElement);

const bucketId = logicalId(stateless.site.bucket);
const distributionId = logicalId(stateless.site.distribution);
const distribution = resources[distributionId]!.Properties.DistributionConfig;
const behaviors: any[] = distribution.CacheBehaviors;
const originById = (id: string) => distribution.Origins.find((o: any) => o.Id === id);
/** Behaviors to the API (a custom origin), not the bucket's exact page behaviors. */
const apiBehaviors = behaviors.filter((b) => originById(b.TargetOriginId).CustomOriginConfig);

// AWS managed policies (ids from the CloudFront developer guide).
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

/** Every HTTP route of the catalog, with its function's name and a concrete path (parameters filled in). */
// CloudFront's quota of cache behaviors per distribution (adjustable, but not to be needed).
const BEHAVIOR_QUOTA = 25;

const routes = (Object.entries(functions) as [string, FunctionDef][]).flatMap(([name, def]) =>
  def.trigger.kind === 'http'
    ? def.trigger.routes.map((route) => ({ ...route, name, sample: route.path.replace(/\{[^}]+\}/g, 'sample-token_123') }))
    : [],
);

/** CloudFront path-pattern matching: `*` any characters, `?` one, case-sensitive. */
function matches(pattern: string, path: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(path);
}
/** The behavior CloudFront uses for a path: the first matching pattern, else the default. */
const behaviorFor = (path: string) => behaviors.find((b) => matches(b.PathPattern, path)) ?? distribution.DefaultCacheBehavior;
const headersPolicy = (behavior: any) => resources[behavior.ResponseHeadersPolicyId.Ref]!.Properties.ResponseHeadersPolicyConfig;

describe('site bucket', () => {
  const bucket = resources[bucketId]!.Properties;
  const policy = resourcesOf(template, 'AWS::S3::BucketPolicy').find(([, p]) =>
    isDeepStrictEqual(p.Properties.Bucket, { Ref: bucketId }),
  )![1].Properties.PolicyDocument;

  it('is private, encrypted, not a website, and refuses plain HTTP', () => {
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBeDefined();
    expect(bucket.WebsiteConfiguration).toBeUndefined();
    expect(bucket.AccessControl).toBeUndefined();
    expect(bucket.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logicalId(stateless.site.logBucket) });
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('is read only by this distribution, through origin access control (no OAI, no public grant)', () => {
    const allows = policy.Statement.filter((s: any) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({ Action: 's3:GetObject', Principal: { Service: 'cloudfront.amazonaws.com' } });
    expect(JSON.stringify(allows[0].Condition.StringEquals['AWS:SourceArn'])).toContain(JSON.stringify({ Ref: distributionId }));
    expect(resourcesOf(template, 'AWS::CloudFront::CloudFrontOriginAccessIdentity')).toEqual([]);

    const s3Origin = originById(distribution.DefaultCacheBehavior.TargetOriginId);
    expect(s3Origin.DomainName).toEqual({ 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] });
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe('');
    const oacId = s3Origin.OriginAccessControlId['Fn::GetAtt'][0];
    expect(resources[oacId]!.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
  });
});

describe('distribution: API on the same domain', () => {
  it('every catalog route reaches the API origin with its method and every header but Host; only edge-cached routes are cached', () => {
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const behavior = behaviorFor(route.sample);
      const label = `${route.method} ${route.path}`;
      expect(behavior.PathPattern, label).toBeDefined();
      const origin = originById(behavior.TargetOriginId);
      expect(origin.DomainName, label).toEqual({
        'Fn::Join': ['', [{ Ref: logicalId(stateless.httpApi.api) }, `.execute-api.${stateless.region}.`, { Ref: 'AWS::URLSuffix' }]],
      });
      expect(origin.OriginPath, label).toBeUndefined();
      expect(origin.CustomOriginConfig, label).toEqual({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
      expect(behavior.AllowedMethods, label).toContain(route.method);
      // A POST under an edge-cached GET (POST /roles) shares its behavior: CloudFront never caches a POST.
      const cached = routes.some((r) => r.method === 'GET' && r.edgeCached && behaviorFor(r.sample) === behavior);
      if (cached) expect(behavior.CachePolicyId, label).toEqual({ Ref: expect.any(String) });
      else expect(behavior.CachePolicyId, label).toBe(CACHING_DISABLED);
      expect(behavior.OriginRequestPolicyId, label).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
      expect(behavior.ViewerProtocolPolicy, label).toBe('https-only');
      expect(behavior.FunctionAssociations, label).toBeUndefined();
    }
  });

  it('link pages answer HEAD and POST; GET-only paths refuse writes at the edge', () => {
    const link = routes.find((r) => r.path.startsWith('/t/'))!;
    expect(behaviorFor(link.sample).AllowedMethods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST']));
    for (const route of routes) {
      const all = routes.filter((r) => behaviorFor(r.sample) === behaviorFor(route.sample)).map((r) => r.method);
      if (all.every((m) => m === 'GET' || m === 'HEAD')) expect(behaviorFor(route.sample).AllowedMethods).toEqual(['GET', 'HEAD']);
    }
  });

  it('no behavior beyond the catalog routes goes to the API; the pages do not', () => {
    for (const behavior of apiBehaviors) {
      expect(routes.some((r) => matches(behavior.PathPattern, r.sample)), behavior.PathPattern).toBe(true);
    }
    for (const page of ['/', '/index.html', '/apply/', '/apply', '/role/', '/assets/app.js']) {
      expect(behaviorFor(page), page).toBe(distribution.DefaultCacheBehavior);
    }
    // Every page of the site reaches the bucket, whatever API pattern shares its first segment.
    for (const page of [...SITE_PAGES, '/roles/']) {
      expect(originById(behaviorFor(page).TargetOriginId).S3OriginConfig, page).toBeDefined();
    }
  });

  it('one or two behaviors per first path segment, far under the quota of 25, however many routes a segment has', () => {
    const segments = new Set(routes.map((r) => r.path.split('/')[1]));
    for (const segment of segments) {
      const own = apiBehaviors.filter((b) => b.PathPattern.split('/')[1] === segment).map((b) => b.PathPattern);
      expect(own.length, segment).toBeGreaterThanOrEqual(1);
      expect(own.every((p) => p === `/${segment}` || p === `/${segment}/*`), own.join(' ')).toBe(true);
    }
    expect(apiBehaviors.length).toBeLessThanOrEqual(2 * segments.size);
    // The desks alone have a dozen routes: one pattern each would have passed 20 behaviors.
    expect(routes.filter((r) => r.path.startsWith('/desk/')).length).toBeGreaterThan(8);
    expect(behaviors.length + 1).toBeLessThanOrEqual(BEHAVIOR_QUOTA - 10);
  });

  it('/roles/ (the board page) goes to the bucket as the default behavior does, and comes before /roles/*', () => {
    const patterns = behaviors.map((b) => b.PathPattern);
    const page = behaviors.find((b) => b.PathPattern === '/roles/')!;
    expect(page).toBeDefined();
    expect(patterns.indexOf('/roles/')).toBeLessThan(patterns.indexOf('/roles/*'));
    expect(behaviorFor('/roles/')).toBe(page);
    // Same origin, functions (directory index, 404 status), policies and methods as the default behavior.
    const { PathPattern: _p, ...rest } = page;
    expect(rest).toEqual(distribution.DefaultCacheBehavior);
    // While a role's JSON and the board's stay with the API.
    expect(behaviorFor('/roles/0d6f1c9e-1a51-4f0e-9a01-000000000001').PathPattern).toBe('/roles/*');
    expect(behaviorFor('/roles').PathPattern).toBe('/roles');
  });

  it('the board (GET /roles, /roles/{roleId}) is cached briefly, keyed by its query strings only; POST /roles still gets its headers', () => {
    const board = behaviorFor('/roles');
    const role = behaviorFor('/roles/sample');
    expect(role.CachePolicyId).toEqual(board.CachePolicyId);
    const policy = resources[board.CachePolicyId.Ref]!.Properties.CachePolicyConfig;
    expect(policy.DefaultTTL).toBe(60);
    expect(policy.MinTTL).toBe(0);
    expect(policy.MaxTTL).toBe(300);
    const key = policy.ParametersInCacheKeyAndForwardedToOrigin;
    expect(key.QueryStringsConfig.QueryStringBehavior).toBe('all');
    expect(key.HeadersConfig.HeaderBehavior).toBe('none');
    expect(key.CookiesConfig.CookieBehavior).toBe('none');
    // POST /roles (createRole) shares the `/roles` behavior: every header but Host reaches it
    // (Content-Type, Idempotency-Key); CloudFront never caches a POST.
    expect(board.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST']));
    expect(board.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
    expect(role.AllowedMethods).toEqual(['GET', 'HEAD']);
    // No other API path is cached.
    for (const behavior of apiBehaviors.filter((b) => b !== board && b !== role)) expect(behavior.CachePolicyId, behavior.PathPattern).toBe(CACHING_DISABLED);
  });

  it('API responses keep their own CSP and referrer policy; HSTS, nosniff and frame denial are added', () => {
    const config = headersPolicy(behaviorFor(routes[0]!.sample)).SecurityHeadersConfig;
    expect(config.ContentSecurityPolicy.Override).toBe(false);
    expect(config.ReferrerPolicy.Override).toBe(false);
    expect(config.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(config.ContentTypeOptions.Override).toBe(true);
    expect(config.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
  });

  it('has no custom error pages, which would replace API errors for every path; a 5xx is never kept at the edge', () => {
    const errors: any[] = distribution.CustomErrorResponses;
    // Only the caching of errors: no page, no other status, so the API's answer passes as it is.
    for (const error of errors) expect(Object.keys(error).sort(), String(error.ErrorCode)).toEqual(['ErrorCachingMinTTL', 'ErrorCode']);
    // A 503 (DynamoDB throttled one board request) kept 10 seconds, CloudFront's default, would
    // answer every reader of that filter; CloudFront ignores the API's `no-store` on a 5xx.
    expect(errors.map((e) => [e.ErrorCode, e.ErrorCachingMinTTL])).toEqual(UNCACHED_ERRORS.map((code) => [code, 0]));
    expect(UNCACHED_ERRORS).toEqual(expect.arrayContaining([500, 502, 503, 504]));
  });
});

describe('the API is reached through the distribution only', () => {
  // The UUID that ends the stateless stack's id, resolved by CloudFormation at deploy time.
  const stackUuid = { 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] };
  const apiOrigins = distribution.Origins.filter((o: any) => o.CustomOriginConfig);
  const functionsOf = () => resourcesOf(template, 'AWS::Lambda::Function').filter(([id]) => !id.startsWith('CustomS3AutoDeleteObjects'));

  it('CloudFront sends x-origin-verify to the API origin, with the stack id’s UUID, never a literal', () => {
    expect(apiOrigins).toHaveLength(1);
    expect(apiOrigins[0].OriginCustomHeaders).toEqual([{ HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: stackUuid }]);
    // Not to the bucket: S3 needs no secret (origin access control signs its requests).
    expect(originById(distribution.DefaultCacheBehavior.TargetOriginId).OriginCustomHeaders).toBeUndefined();
  });

  it('every API function requires the same value (ORIGIN_VERIFY); no other function gets it', () => {
    const apiNames = new Set(routes.map((r) => r.name));
    const byId = new Map(Object.entries(stateless.functions).map(([name, fn]) => [logicalId(fn.fn), name]));
    let api = 0;
    for (const [id, fn] of functionsOf()) {
      const name = byId.get(id);
      const value = fn.Properties.Environment?.Variables?.[API_ENV.originVerify];
      if (name && apiNames.has(name)) {
        api++;
        expect(value, name).toEqual(stackUuid);
      } else {
        expect(value, name ?? id).toBeUndefined();
      }
    }
    expect(api).toBe(apiNames.size);
  });
});

describe('distribution: static pages', () => {
  const defaultBehavior = distribution.DefaultCacheBehavior;

  it('default behavior: the bucket, GET/HEAD, cached, HTTPS, the directory-index function on viewer request, the 404 status on viewer response', () => {
    expect(originById(defaultBehavior.TargetOriginId).DomainName).toEqual({ 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] });
    expect(defaultBehavior.AllowedMethods).toEqual(['GET', 'HEAD']);
    expect(defaultBehavior.CachePolicyId).not.toBe(CACHING_DISABLED);
    expect(defaultBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(distribution.DefaultRootObject).toBe('index.html');
    expect(defaultBehavior.FunctionAssociations).toHaveLength(2);
    const code = (eventType: string) => {
      const association = defaultBehavior.FunctionAssociations.find((a: any) => a.EventType === eventType);
      const fn = resources[association.FunctionARN['Fn::GetAtt'][0]]!.Properties;
      expect(fn.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
      return fn.FunctionCode;
    };
    expect(code('viewer-request')).toBe(DIRECTORY_INDEX_FUNCTION);
    expect(code('viewer-response')).toBe(NOT_FOUND_STATUS_FUNCTION);
  });

  it('has no custom error pages (they would replace the API’s own 404 pages), and no function on an API path', () => {
    expect(distribution.CustomErrorResponses.filter((e: any) => e.ResponsePagePath !== undefined || e.ResponseCode !== undefined)).toEqual([]);
    expect(apiBehaviors.length).toBeGreaterThan(0);
    for (const behavior of apiBehaviors) expect(behavior.FunctionAssociations, behavior.PathPattern).toBeUndefined();
  });

  it('security headers: CSP with own scripts and styles only, HSTS, frame denial, nosniff, referrer policy', () => {
    const config = headersPolicy(defaultBehavior).SecurityHeadersConfig;
    const csp = config.ContentSecurityPolicy.ContentSecurityPolicy as string;
    const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe');
    expect(config.ContentSecurityPolicy.Override).toBe(true);
    expect(config.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Override: true });
    expect(config.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(config.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(config.ContentTypeOptions).toEqual({ Override: true });
    expect(config.ReferrerPolicy.ReferrerPolicy).toBe('strict-origin-when-cross-origin');
  });
});

describe('directory-index function (run in a VM as CloudFront Functions would)', () => {
  type Query = Record<string, { value: string; multiValue?: { value: string }[] }>;
  const run = (uri: string, querystring: Query = {}) => {
    const event = { version: '1.0', context: { eventType: 'viewer-request' }, request: { method: 'GET', uri, querystring, headers: {}, cookies: {} } };
    return vm.runInNewContext(`${DIRECTORY_INDEX_FUNCTION}\nhandler(event);`, { event }) as any;
  };
  const location = (result: any) => (result.statusCode === 301 || result.statusCode === 302 ? result.headers.location.value : undefined);

  it('a directory gets its index.html', () => {
    expect(run('/').uri).toBe('/index.html');
    expect(run('/apply/').uri).toBe('/apply/index.html');
    expect(run('/role/', { lang: { value: 'et' } })).toMatchObject({ uri: '/role/index.html', querystring: { lang: { value: 'et' } } });
  });

  it('a directory without its slash is redirected to it, query kept', () => {
    expect(location(run('/apply'))).toBe('/apply/');
    expect(location(run('/apply', { lang: { value: 'fi' } }))).toBe('/apply/?lang=fi');
    expect(location(run('/role', { a: { value: '1', multiValue: [{ value: '1' }, { value: '2' }] }, b: { value: '' } }))).toBe(
      '/role/?a=1&a=2&b',
    );
  });

  it('an asset and a page’s index.html pass unchanged', () => {
    expect(run('/assets/site.css')).toMatchObject({ uri: '/assets/site.css' });
    expect(run('/apply/index.html')).toMatchObject({ uri: '/apply/index.html' });
    expect(run('/privacy/et/')).toMatchObject({ uri: '/privacy/et/index.html' });
  });

  it('a path that is no page gets the 404 page', () => {
    for (const uri of ['/app.js', '/nope', '/nope/', '/apply/old', '/privacy/sv/', '/robots.txt', '/t', '/404.html']) {
      expect(run(uri), uri).toMatchObject({ uri: '/404.html' });
    }
  });

  it('never redirects to another host', () => {
    expect(run('//evil.example/x')).toMatchObject({ uri: '/404.html' });
    expect(run('/\\evil.example/x')).toMatchObject({ uri: '/404.html' });
    expect(run('//apply')).toMatchObject({ uri: '/404.html' });
  });
});

describe('404 status function (viewer response)', () => {
  const run = (statusCode: number, headers: Record<string, { value: string }>) => {
    const event = { version: '1.0', context: { eventType: 'viewer-response' }, request: { method: 'GET', uri: '/404.html', querystring: {}, headers: {}, cookies: {} }, response: { statusCode, statusDescription: 'OK', headers, cookies: {} } };
    return vm.runInNewContext(`${NOT_FOUND_STATUS_FUNCTION}\nhandler(event);`, { event }) as any;
  };

  it('answers the object uploaded as the 404 page with 404, and drops the marker', () => {
    const result = run(200, { 'x-amz-meta-liike-status': { value: '404' }, 'content-type': { value: 'text/html' } });
    expect(result.statusCode).toBe(404);
    expect(result.headers).toEqual({ 'content-type': { value: 'text/html' } });
  });

  it('leaves every other response alone, and a revalidation’s 304', () => {
    expect(run(200, { 'content-type': { value: 'text/html' } })).toMatchObject({ statusCode: 200 });
    expect(run(304, { 'x-amz-meta-liike-status': { value: '404' } })).toMatchObject({ statusCode: 304, headers: {} });
  });
});

describe('site stack', () => {
  const deployments = resourcesOf(siteTemplate, 'Custom::CDKBucketDeployment').map(([, d]) => d as any);
  const deployment = deployments.find((d) => d.Properties.Prune === true)!;
  const notFound = deployments.find((d) => d.Properties.Prune === false)!;

  it('uploads the 404 page on its own, with the metadata by which CloudFront answers it with 404', () => {
    expect(deployments).toHaveLength(2);
    expect(deployment.Properties.Exclude).toEqual(['404.html']);
    expect(notFound.Properties.Exclude).toEqual(['*']);
    expect(notFound.Properties.Include).toEqual(['404.html']);
    expect(notFound.Properties.UserMetadata).toEqual({ 'liike-status': '404' });
    expect(notFound.Properties.DestinationBucketName).toEqual(stateless.resolve(SITE_BUCKET_NAME));
  });

  it('uploads to the site bucket, prunes old files, invalidates the whole distribution', () => {
    expect(resources[bucketId]!.Properties.BucketName).toEqual(stateless.resolve(SITE_BUCKET_NAME));
    expect(deployment.Properties.DestinationBucketName).toEqual(stateless.resolve(SITE_BUCKET_NAME));
    expect(deployment.Properties.DistributionId).toEqual(site.resolve(stateless.site.distribution.distributionId));
    expect(deployment.Properties.DistributionPaths).toEqual(['/*']);
    expect(deployment.Properties.Prune).toBe(true);
    expect(deployment.Properties.RetainOnDelete).toBe(false);
  });

  it('depends on the stateless stack, never the other way round', () => {
    expect(site.dependencies).toContain(stateless);
    expect(stateless.dependencies).not.toContain(site);
  });
});

describe('links in emails', () => {
  const baseUrls = (t: typeof template) =>
    resourcesOf(t, 'AWS::Lambda::Function').map(([, fn]) => fn.Properties.Environment.Variables[ENV.publicBaseUrl]);

  it("point at the distribution's domain when no publicBaseUrl is configured", () => {
    const urls = baseUrls(template);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toEqual({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] });
    }
  });

  it('point at the configured publicBaseUrl otherwise', () => {
    const { statelessTemplate } = synthApp({ publicBaseUrl: 'https://liike.example/' });
    for (const url of baseUrls(statelessTemplate)) expect(url).toBe('https://liike.example');
  }, 120_000);
});
