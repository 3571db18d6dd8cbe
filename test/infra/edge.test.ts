import { describe, expect, it } from 'vitest';
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { buildApp } from '#infra/liike-app';
import { DEFAULT_REGION, EDGE_REGION } from '#infra/config';
import { BOARD_PATH, MANAGED_RULE_GROUPS, RATE_LIMITS, RATE_WINDOW_SECONDS, RULE_METRICS, SEARCH_QUERY, WRITE_PATHS } from '#infra/constructs/web-acl';
import { cdkJson, resourcesOf, synthApp } from './support.ts';

const { edgeTemplate, statelessTemplate, edge, stateless, stateful, site, app } = synthApp();
const [[webAclId, webAclResource]] = resourcesOf(edgeTemplate, 'AWS::WAFv2::WebACL') as [[string, any]];
const webAcl = webAclResource.Properties;
const rule = (name: string) => webAcl.Rules.find((r: any) => r.Name === name);
const distribution = (Object.values(statelessTemplate.findResources('AWS::CloudFront::Distribution'))[0] as any).Properties.DistributionConfig;

describe('regions', () => {
  it('the edge stack is in us-east-1; data, code and pages in the configured region (eu-north-1 by default)', () => {
    expect(edge.region).toBe(EDGE_REGION);
    for (const stack of [stateful, stateless, site]) expect(stack.region, stack.stackName).toBe(DEFAULT_REGION);
  });

  it('context region moves the main stacks, never the edge stack; a region that is no region name fails the synth', () => {
    const built = buildApp({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], region: 'eu-west-1' } });
    expect([built.stateful.region, built.stateless.region, built.site.region]).toEqual(['eu-west-1', 'eu-west-1', 'eu-west-1']);
    expect(built.edge.region).toBe(EDGE_REGION);
    expect(() => buildApp({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], region: 'Europe' } })).toThrow(/region/);
  });
});

describe('web ACL', () => {
  it('is CLOUDFRONT-scoped, allows by default, with metrics and sampled requests on itself and on every rule', () => {
    expect(webAcl.Scope).toBe('CLOUDFRONT');
    expect(webAcl.DefaultAction).toEqual({ Allow: {} });
    for (const config of [webAcl.VisibilityConfig, ...webAcl.Rules.map((r: any) => r.VisibilityConfig)]) {
      expect(config).toMatchObject({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true });
    }
    const priorities = webAcl.Rules.map((r: any) => r.Priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('rate-limits every client IP, and POSTs to /applications and /roles more strictly, with a 429 that says when to retry', () => {
    const writes = rule(RULE_METRICS.writes);
    const all = rule(RULE_METRICS.all);
    expect(writes.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: 'IP', Limit: RATE_LIMITS.writes, EvaluationWindowSec: RATE_WINDOW_SECONDS });
    expect(all.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: 'IP', Limit: RATE_LIMITS.all, EvaluationWindowSec: RATE_WINDOW_SECONDS });
    expect(all.Statement.RateBasedStatement.ScopeDownStatement).toBeUndefined();
    // The stricter rule first, so what it blocks is not counted twice.
    expect(writes.Priority).toBeLessThan(all.Priority);

    const [method, paths] = writes.Statement.RateBasedStatement.ScopeDownStatement.AndStatement.Statements;
    expect(method.ByteMatchStatement).toMatchObject({ FieldToMatch: { Method: {} }, PositionalConstraint: 'EXACTLY', SearchString: 'POST' });
    expect(paths.OrStatement.Statements.map((s: any) => [s.ByteMatchStatement.SearchString, s.ByteMatchStatement.PositionalConstraint])).toEqual(
      WRITE_PATHS.map((p) => [p, 'EXACTLY']),
    );

    for (const r of [writes, all]) {
      const response = r.Action.Block.CustomResponse;
      expect(response.ResponseCode).toBe(429);
      expect(response.ResponseHeaders).toEqual([{ Name: 'retry-after', Value: String(RATE_WINDOW_SECONDS) }]);
      const body = webAcl.CustomResponseBodies[response.CustomResponseBodyKey];
      expect(body.ContentType).toBe('APPLICATION_JSON');
      // A problem naming no field, which the forms show as "too many from this network".
      expect(JSON.parse(body.Content)).toMatchObject({ status: 429, errors: [] });
    }
  });

  it('rate-limits searches of the board (GET /roles with q or field: each distinct one misses the cache) between the two, with the same 429', () => {
    const searches = rule(RULE_METRICS.searches);
    expect(searches.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: 'IP', Limit: RATE_LIMITS.searches, EvaluationWindowSec: RATE_WINDOW_SECONDS });
    expect(searches.Priority).toBeGreaterThan(rule(RULE_METRICS.writes).Priority);
    expect(searches.Priority).toBeLessThan(rule(RULE_METRICS.all).Priority);
    const [path, query] = searches.Statement.RateBasedStatement.ScopeDownStatement.AndStatement.Statements;
    expect(path.ByteMatchStatement).toMatchObject({ FieldToMatch: { UriPath: {} }, PositionalConstraint: 'EXACTLY', SearchString: BOARD_PATH });
    expect(query.RegexMatchStatement).toMatchObject({ FieldToMatch: { QueryString: {} }, RegexString: SEARCH_QUERY, TextTransformations: [{ Priority: 0, Type: 'URL_DECODE' }] });
    // What the expression counts, as WAF reads the decoded query string.
    const search = new RegExp(SEARCH_QUERY);
    for (const counted of ['q=tallinn', 'country=FI&q=ta', 'field=0732', 'limit=5&field=07&cursor=x']) expect(search.test(counted), counted).toBe(true);
    for (const free of ['', 'country=FI&sector=construction', 'cursor=abcq=', 'freq=1', 'subfield=1']) expect(search.test(free), free).toBe(false);
    expect(searches.Action).toEqual(rule(RULE_METRICS.all).Action);
  });

  it('the rate figures fit a school: 30 students at once from one NAT address', () => {
    // A class filling in the forms in the same five minutes: ~10 requests a page view, a few views each.
    expect(RATE_LIMITS.all).toBeGreaterThanOrEqual(30 * 10 * 5);
    // Each submitting, correcting twice and retrying once.
    expect(RATE_LIMITS.writes).toBeGreaterThanOrEqual(30 * 4);
    expect(RATE_LIMITS.writes).toBeLessThan(RATE_LIMITS.all);
    // Each choosing roles with some 20 searches as they type.
    expect(RATE_LIMITS.searches).toBeGreaterThanOrEqual(30 * 20 * 2);
    expect(RATE_LIMITS.searches).toBeLessThan(RATE_LIMITS.all);
  });

  it('runs the AWS managed rule groups (IP reputation, known bad inputs, common rules) with their own actions', () => {
    const names = ['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesCommonRuleSet'];
    expect(MANAGED_RULE_GROUPS.map((g) => g.name)).toEqual(names);
    for (const name of names) {
      const r = rule(name);
      expect(r.Statement.ManagedRuleGroupStatement).toMatchObject({ VendorName: 'AWS', Name: name });
      expect(r.OverrideAction).toEqual({ None: {} });
      // After the rate rules: a flood is stopped by its count, before the heavier inspections.
      expect(r.Priority).toBeGreaterThan(rule(RULE_METRICS.all).Priority);
    }
  });

  it('only counts the common rules that would refuse legitimate bodies (size over 8 KB, markup in free text), with a reason each', () => {
    const overrides = rule('AWSManagedRulesCommonRuleSet').Statement.ManagedRuleGroupStatement.RuleActionOverrides;
    expect(overrides).toEqual([
      { Name: 'CrossSiteScripting_BODY', ActionToUse: { Count: {} } },
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
    for (const group of MANAGED_RULE_GROUPS) for (const reason of Object.values(group.countOnly)) expect(reason.length).toBeGreaterThan(40);
    for (const name of ['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesKnownBadInputsRuleSet']) {
      expect(rule(name).Statement.ManagedRuleGroupStatement.RuleActionOverrides).toBeUndefined();
    }
  });

  it('is attached to the distribution, by its ARN read from the edge stack in us-east-1 (no custom resource)', () => {
    const reference = distribution.WebACLId['Fn::GetStackOutput'];
    expect(reference).toMatchObject({ StackName: edge.stackName, Region: EDGE_REGION });
    expect(edgeTemplate.toJSON().Outputs[reference.OutputName].Value).toEqual({ 'Fn::GetAtt': [webAclId, 'Arn'] });
    expect(stateless.dependencies).toContain(edge);
    for (const template of [edgeTemplate, statelessTemplate]) {
      expect(Object.values(template.toJSON().Resources).map((r: any) => r.Type)).not.toContain('Custom::CrossRegionExportReader');
    }
  });

  it('alarms on the rate rules’ blocks, to a topic of its own region', () => {
    const [[, alarm]] = resourcesOf(edgeTemplate, 'AWS::CloudWatch::Alarm') as [[string, any]];
    const metrics = alarm.Properties.Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat.Metric);
    expect(metrics).toHaveLength(2);
    for (const metric of metrics) {
      expect(metric).toMatchObject({ Namespace: 'AWS/WAFV2', MetricName: 'BlockedRequests' });
      const dimensions = Object.fromEntries(metric.Dimensions.map((d: any) => [d.Name, d.Value]));
      expect(dimensions.WebACL).toBe(webAcl.Name);
      expect([RULE_METRICS.writes, RULE_METRICS.all]).toContain(dimensions.Rule);
    }
    expect(webAcl.VisibilityConfig.MetricName).toBe(webAcl.Name);
    expect(alarm.Properties.AlarmActions).toEqual([edge.resolve(edge.alarmTopic.topic.topicArn)]);
  });
});

describe('cdk-nag acknowledgements', () => {
  const acknowledged = (scope: IConstruct) =>
    scope.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.keys(m.data as Record<string, string>));

  it('no CloudFront distribution goes without WAF any more (CFR2), and the edge stack acknowledges nothing', () => {
    expect(acknowledged(app).filter((id) => id.includes('CFR2'))).toEqual([]);
    expect(acknowledged(edge)).toEqual([]);
  });
});
