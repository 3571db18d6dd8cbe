import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import type { CfnElement } from 'aws-cdk-lib';
import { functions, scheduleExpression, type FunctionDef, type FunctionName } from '#functions/catalog';
import { ENV } from '#shared/platform/config';
import { domainTable, outboxStreamFilter } from '#shared/platform/table';
import { IDEMPOTENCY_ACTIONS } from '#functions/catalog';
import { rulePatterns } from '#events/patterns';
import { resourcesOf, synthApp } from './support.ts';

const { statelessTemplate: template, stateless, stateful } = synthApp();
const catalog = Object.entries(functions) as [FunctionName, FunctionDef][];
const byKind = (kind: FunctionDef['trigger']['kind']) => catalog.filter(([, def]) => def.trigger.kind === kind);

const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stateless.getLogicalId(construct.node.defaultChild as CfnElement);
const fnId = (name: FunctionName) => logicalId(stateless.functions[name].fn);
const fnArn = (name: FunctionName) => ({ 'Fn::GetAtt': [fnId(name), 'Arn'] });

/** Every statement of every policy attached to a function's role. */
/** Every statement a function's role has: its own policy and the shared managed policies attached to it. */
function statementsOf(name: FunctionName): { Action: string | string[]; Resource: unknown }[] {
  const role = stateless.functions[name].role;
  const roleRef = { Ref: logicalId(role) };
  const attached = (template.toJSON().Resources[logicalId(role)].Properties.ManagedPolicyArns ?? []) as unknown[];
  return [
    ...resourcesOf(template, 'AWS::IAM::Policy').filter(([, policy]) => policy.Properties.Roles.some((r: unknown) => isDeepStrictEqual(r, roleRef))),
    ...resourcesOf(template, 'AWS::IAM::ManagedPolicy').filter(([id]) => attached.some((arn) => isDeepStrictEqual(arn, { Ref: id }))),
  ].flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement);
}
const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

// References to the stateful stack, resolved as this stack sees them (cross-stack references).
const tableArn = stateless.resolve(stateful.table.tableArn);
const indexArns = domainTable.indexes.map((index) => stateless.resolve(`${stateful.table.tableArn}/index/${index.name}`));
const idempotencyArn = stateless.resolve(stateful.idempotencyTable.tableArn);
const streamArn = stateless.resolve(stateful.table.tableStreamArn);

/** The actions a function may use on `resource`, collected over all its statements. */
function actionsOn(name: FunctionName, resource: unknown, prefix: string): string[] {
  const actions = statementsOf(name)
    .filter((s) => list(s.Resource).some((r) => isDeepStrictEqual(r, resource)))
    .flatMap((s) => list(s.Action))
    .filter((a) => a.startsWith(prefix));
  return [...new Set(actions)].sort();
}

describe('functions', () => {
  it('one Lambda per catalog entry, with the project defaults and every ENV variable', () => {
    template.resourceCountIs('AWS::Lambda::Function', catalog.length);
    for (const [name, def] of catalog) {
      const fn = template.toJSON().Resources[fnId(name)].Properties;
      expect(fn).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Description: def.description,
        Handler: 'index.handler',
      });
      expect(fn.MemorySize, name).toBe(def.memoryMb ?? 512);
      expect(fn.Timeout).toBeGreaterThan(3);
      if (def.timeoutSeconds) expect(fn.Timeout, name).toBe(def.timeoutSeconds);
      expect(fn.LoggingConfig.LogGroup).toBeDefined();
      expect(fn.Environment.Variables.NODE_OPTIONS).toContain('--enable-source-maps');
      for (const variable of Object.values(ENV)) expect(fn.Environment.Variables[variable], `${name} ${variable}`).toBeDefined();
    }
  });

  it('every log group has a retention', () => {
    for (const [id, group] of resourcesOf(template, 'AWS::Logs::LogGroup')) {
      expect(group.Properties?.RetentionInDays, id).toBeGreaterThan(0);
    }
  });

  it('each role grants exactly the catalog table actions, on the table and its indexes', () => {
    for (const [name, def] of catalog) {
      const expected = [...(def.table ?? [])].sort();
      expect(actionsOn(name, tableArn, 'dynamodb:'), name).toEqual(expected);
      for (const indexArn of indexArns) expect(actionsOn(name, indexArn, 'dynamodb:'), `${name} index`).toEqual(expected);
    }
  });

  it('idempotency-table access exactly when the catalog says so', () => {
    for (const [name, def] of catalog) {
      const expected = def.idempotency ? [...IDEMPOTENCY_ACTIONS].sort() : [];
      expect(actionsOn(name, idempotencyArn, 'dynamodb:'), name).toEqual(expected);
    }
  });

  it('no DynamoDB access beyond the table, its indexes, the idempotency table and (publisher) the stream', () => {
    const allowed = [tableArn, ...indexArns, idempotencyArn];
    for (const [name, def] of catalog) {
      for (const statement of statementsOf(name)) {
        if (!list(statement.Action).some((a) => a.startsWith('dynamodb:'))) continue;
        for (const resource of list(statement.Resource)) {
          if (def.trigger.kind === 'stream' && (isDeepStrictEqual(resource, streamArn) || resource === '*')) continue;
          expect(allowed.some((arn) => isDeepStrictEqual(arn, resource)), `${name}: ${JSON.stringify(resource)}`).toBe(true);
        }
      }
    }
  });

  it('"*" only for actions without resource-level permissions', () => {
    for (const [name, def] of catalog) {
      const starActions = statementsOf(name)
        .filter((s) => list(s.Resource).includes('*'))
        .flatMap((s) => list(s.Action));
      const allowed = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];
      if (def.trigger.kind === 'stream') allowed.push('dynamodb:ListStreams');
      expect(starActions.filter((a) => !allowed.includes(a)), name).toEqual([]);
      // Every function traces: active on the function, its upload granted by the shared policy.
      expect(starActions, name).toEqual(expect.arrayContaining(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']));
      expect(template.toJSON().Resources[fnId(name)].Properties.TracingConfig, name).toEqual({ Mode: 'Active' });
    }
  });

  it('SES and bus permissions exactly for the flagged functions', () => {
    const sesArn = (resource: string, resourceName: string) => stateless.resolve(stateless.formatArn({ service: 'ses', resource, resourceName }));
    const sesResources = [sesArn('identity', '*'), sesArn('configuration-set', stateful.configurationSet.configurationSetName)];
    const sorted = (values: unknown) => list(values).map((v) => JSON.stringify(v)).sort();
    expect(JSON.stringify(sesResources[0])).toContain(':identity/*');
    const mailFrom = template.toJSON().Resources[fnId('sendApplicationReceipt')].Properties.Environment.Variables[ENV.mailFrom];
    expect(mailFrom).toMatch(/^[^<>\s]+@[^<>\s]+$/);
    const busArn = stateless.resolve(stateful.bus.eventBusArn);
    for (const [name, def] of catalog) {
      const ses = statementsOf(name).filter((s) => list(s.Action).some((a) => a.startsWith('ses:')));
      const events = statementsOf(name).flatMap((s) => list(s.Action)).filter((a) => a.startsWith('events:'));
      if (def.email) {
        expect(ses, name).toHaveLength(1);
        expect(list(ses[0]!.Action).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
        // Any recipient, sandbox included: SES also checks a recipient that is a verified identity
        // (every sandbox recipient) on its own identity ARN, so every identity of this account and
        // region; held to Liike's sender by the From address, and to its configuration set.
        expect(sorted(ses[0]!.Resource), name).toEqual(sorted(sesResources));
        expect((ses[0] as { Condition?: unknown }).Condition, name).toEqual({ StringEquals: { 'ses:FromAddress': mailFrom } });
      } else {
        expect(ses, name).toEqual([]);
      }
      expect(events, name).toEqual(def.bus ? ['events:PutEvents'] : []);
      if (def.bus) expect(actionsOn(name, busArn, 'events:')).toEqual(['events:PutEvents']);
    }
  });

  it('every function is an API or stream function, or has an async failure destination', () => {
    const integrations = resourcesOf(template, 'AWS::ApiGatewayV2::Integration').map(([, i]) => i.Properties.IntegrationUri);
    const mappings = resourcesOf(template, 'AWS::Lambda::EventSourceMapping').map(([, m]) => m.Properties.FunctionName);
    const invokeConfigs = resourcesOf(template, 'AWS::Lambda::EventInvokeConfig').map(([, c]) => c.Properties);
    for (const [id] of resourcesOf(template, 'AWS::Lambda::Function')) {
      const isApi = integrations.some((uri) => isDeepStrictEqual(uri, { 'Fn::GetAtt': [id, 'Arn'] }));
      const isStream = mappings.some((fn) => isDeepStrictEqual(fn, { Ref: id }));
      const config = invokeConfigs.find((c) => isDeepStrictEqual(c.FunctionName, { Ref: id }));
      if (!isApi && !isStream) expect(config?.DestinationConfig?.OnFailure?.Destination, id).toBeDefined();
    }
    for (const [name] of byKind('rule')) {
      const config = invokeConfigs.find((c) => isDeepStrictEqual(c.FunctionName, { Ref: fnId(name) }));
      expect(config?.DestinationConfig?.OnFailure?.Destination, name).toBeDefined();
    }
  });
});

describe('HTTP API', () => {
  it('routes equal the catalog routes, each integrated with its function', () => {
    const integrations = Object.fromEntries(resourcesOf(template, 'AWS::ApiGatewayV2::Integration'));
    const actual = resourcesOf(template, 'AWS::ApiGatewayV2::Route').map(([, route]) => {
      const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref as string;
      return { routeKey: route.Properties.RouteKey as string, uri: integrations[integrationId]!.Properties.IntegrationUri };
    });
    const expected = byKind('http').flatMap(([name, def]) =>
      def.trigger.kind === 'http' ? def.trigger.routes.map((r) => ({ routeKey: `${r.method} ${r.path}`, uri: fnArn(name) })) : [],
    );
    const byKey = (a: { routeKey: string }, b: { routeKey: string }) => a.routeKey.localeCompare(b.routeKey);
    expect(actual.sort(byKey)).toEqual(expected.sort(byKey));
  });

  it('default stage throttles and writes JSON access logs without the path (tokens)', () => {
    const [[, stage]] = resourcesOf(template, 'AWS::ApiGatewayV2::Stage') as [[string, any]];
    expect(stage.Properties.StageName).toBe('$default');
    expect(stage.Properties.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(stage.Properties.DefaultRouteSettings.ThrottlingBurstLimit).toBeGreaterThan(0);
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format);
    expect(format.requestId).toBe('$context.requestId');
    expect(stage.Properties.AccessLogSettings.Format).not.toContain('$context.path');
  });
});

describe('events', () => {
  const rules = resourcesOf(template, 'AWS::Events::Rule').map(([, rule]) => rule.Properties);

  it('every rule target has a retry policy and a dead-letter queue', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      for (const target of rule.Targets) {
        expect(target.DeadLetterConfig?.Arn).toBeDefined();
        expect(target.RetryPolicy?.MaximumRetryAttempts).toBeGreaterThan(0);
        expect(target.RetryPolicy?.MaximumEventAgeInSeconds).toBeGreaterThan(0);
      }
    }
  });

  it("rules are on the custom bus and match exactly the consumers' contracts", () => {
    const busName = stateless.resolve(stateful.bus.eventBusName);
    // SES's events come on the default bus (next test); every other event rule is on Liike's bus.
    const eventRules = rules.filter((rule) => rule.EventPattern && rule.EventPattern.source?.[0] !== 'aws.ses');
    let expectedRules = 0;
    for (const [name, def] of byKind('rule')) {
      if (def.trigger.kind !== 'rule') continue;
      const expected = rulePatterns(def.trigger.events);
      const actual = eventRules.filter((rule) => rule.Targets.some((t: any) => isDeepStrictEqual(t.Arn, fnArn(name))));
      expect(actual.map((rule) => rule.EventPattern), name).toEqual(expected);
      for (const rule of actual) expect(rule.EventBusName).toEqual(busName);
      expectedRules += expected.length;
    }
    expect(eventRules).toHaveLength(expectedRules);
  });

  it("SES's bounces and complaints: a rule on the default bus to recordUndeliverable, with retries and its DLQ", () => {
    const sesRules = rules.filter((rule) => rule.EventPattern?.source?.[0] === 'aws.ses');
    expect(sesRules).toHaveLength(1);
    const [rule] = sesRules;
    expect(rule.EventBusName).toBeUndefined();
    expect(rule.EventPattern).toEqual({ source: ['aws.ses'], 'detail-type': ['Email Bounced', 'Email Complaint Received'] });
    expect(rule.Targets).toEqual([
      expect.objectContaining({ Arn: fnArn('recordUndeliverable'), RetryPolicy: expect.objectContaining({ MaximumRetryAttempts: 20 }), DeadLetterConfig: expect.anything() }),
    ]);
  });

  it('every schedule of the catalogue is a scheduled rule targeting its function', () => {
    const scheduled = rules.filter((rule) => rule.ScheduleExpression);
    const expected = catalog.flatMap(([name, def]) =>
      def.schedule ? [{ name, expression: scheduleExpression(def.schedule) }] : [],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(scheduled).toHaveLength(expected.length);
    for (const { name, expression } of expected) {
      const rule = scheduled.find((r) => r.Targets.some((t: any) => isDeepStrictEqual(t.Arn, fnArn(name))));
      expect(rule?.ScheduleExpression, name).toBe(expression);
    }
  });
});

describe('stream publisher', () => {
  it('reads the table stream with the shared outbox filter, bisects, reports item failures, dead-letters', () => {
    const mappings = resourcesOf(template, 'AWS::Lambda::EventSourceMapping').map(([, m]) => m.Properties);
    expect(mappings).toHaveLength(byKind('stream').length);
    for (const [name] of byKind('stream')) {
      const mapping = mappings.find((m) => isDeepStrictEqual(m.FunctionName, { Ref: fnId(name) }));
      expect(mapping, name).toBeDefined();
      expect(mapping.EventSourceArn).toEqual(streamArn);
      expect(mapping.FilterCriteria.Filters.map((f: { Pattern: string }) => JSON.parse(f.Pattern))).toEqual([outboxStreamFilter]);
      expect(mapping.BisectBatchOnFunctionError).toBe(true);
      expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
      expect(mapping.MaximumRetryAttempts).toBeGreaterThan(0);
      expect(mapping.StartingPosition).toBe('TRIM_HORIZON');
      expect(mapping.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][1]).toBe('Arn');
    }
  });
});

describe('dead-letter queues', () => {
  const queues = resourcesOf(template, 'AWS::SQS::Queue');
  const alarms = resourcesOf(template, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
  const topicRefs = resourcesOf(template, 'AWS::SNS::Topic').map(([id]) => ({ Ref: id }));

  it('every failure destination and target DLQ is one of the queues', () => {
    const queueArns = queues.map(([id]) => ({ 'Fn::GetAtt': [id, 'Arn'] }));
    const destinations = [
      ...resourcesOf(template, 'AWS::Events::Rule').flatMap(([, r]) => r.Properties.Targets.map((t: any) => t.DeadLetterConfig.Arn)),
      ...resourcesOf(template, 'AWS::Lambda::EventInvokeConfig').map(([, c]) => c.Properties.DestinationConfig.OnFailure.Destination),
      ...resourcesOf(template, 'AWS::Lambda::EventSourceMapping').map(([, m]) => m.Properties.DestinationConfig.OnFailure.Destination),
    ];
    for (const destination of destinations) expect(queueArns).toContainEqual(destination);
  });

  it('every queue is encrypted and refuses non-TLS requests', () => {
    const policies = resourcesOf(template, 'AWS::SQS::QueuePolicy').map(([, p]) => p.Properties);
    for (const [id, queue] of queues) {
      expect(queue.Properties.SqsManagedSseEnabled || queue.Properties.KmsMasterKeyId, id).toBeTruthy();
      const denyInsecure = policies.some(
        (p) =>
          p.Queues.some((q: unknown) => isDeepStrictEqual(q, { Ref: id })) &&
          p.PolicyDocument.Statement.some(
            (s: any) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false',
          ),
      );
      expect(denyInsecure, id).toBe(true);
    }
  });

  it('every queue alarms on its first visible message, to the encrypted alarm topic', () => {
    for (const [id] of queues) {
      const alarm = alarms.find((a) =>
        a.Dimensions?.some((d: any) => d.Name === 'QueueName' && isDeepStrictEqual(d.Value, { 'Fn::GetAtt': [id, 'QueueName'] })),
      );
      expect(alarm, id).toMatchObject({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
      });
      expect(topicRefs).toContainEqual(alarm.AlarmActions[0]);
    }
    for (const [id, topic] of resourcesOf(template, 'AWS::SNS::Topic')) expect(topic.Properties.KmsMasterKeyId, id).toBeDefined();
  });
});

describe('outbox sweep and redrive', () => {
  const busArn = stateless.resolve(stateful.bus.eventBusArn);

  it('sweepOutbox runs every 5 minutes, reads the unpublished index and marks, and may put events: nothing else on the table', () => {
    const rule = resourcesOf(template, 'AWS::Events::Rule')
      .map(([, r]) => r.Properties)
      .find((r) => r.ScheduleExpression && r.Targets.some((t: any) => isDeepStrictEqual(t.Arn, fnArn('sweepOutbox'))));
    expect(rule?.ScheduleExpression).toBe('rate(5 minutes)');
    expect(rule.Targets[0].DeadLetterConfig?.Arn).toBeDefined();
    expect(actionsOn('sweepOutbox', tableArn, 'dynamodb:')).toEqual(['dynamodb:Query', 'dynamodb:UpdateItem']);
    const gsi2 = indexArns[domainTable.indexes.findIndex((i) => i.name === 'gsi2')];
    expect(actionsOn('sweepOutbox', gsi2, 'dynamodb:')).toEqual(['dynamodb:Query', 'dynamodb:UpdateItem']);
    expect(actionsOn('sweepOutbox', busArn, 'events:')).toEqual(['events:PutEvents']);
  });

  it('the stream publisher may only mark outbox items on the table (UpdateItem), beside reading the stream', () => {
    expect(actionsOn('streamPublisher', tableArn, 'dynamodb:')).toEqual(['dynamodb:UpdateItem']);
  });

  it('the DeadLetterQueues output maps every non-API function to the URL of its DLQ (npm run redrive)', () => {
    const output = template.toJSON().Outputs.DeadLetterQueues;
    expect(output).toBeDefined();
    const resolved = JSON.stringify(output.Value);
    const queueIds = resourcesOf(template, 'AWS::SQS::Queue').map(([id]) => id);
    for (const [name, def] of catalog) {
      if (def.trigger.kind === 'http') {
        expect(resolved, name).not.toContain(`\\"${name}\\"`);
        continue;
      }
      expect(resolved, name).toContain(`\\"${name}\\":`);
      const dlqId = queueIds.find((id) => id.startsWith(`${name}Dlq`));
      expect(dlqId, name).toBeDefined();
      expect(resolved).toContain(`"Ref":"${dlqId}"`);
    }
  });
});
