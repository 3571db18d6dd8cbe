import { Annotations, CfnOutput, Duration, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import { functions, scheduleExpression, type FunctionDef, type FunctionName } from '#functions/catalog';
import { outboxStreamFilter } from '#shared/platform/table';
import type { LiikeConfig } from './config.ts';
import { AlarmTopic, DeadLetterQueue } from './constructs/alarms.ts';
import { LiikeHttpApi } from './constructs/http-api.ts';
import { FunctionPolicies, LiikeFunction } from './constructs/liike-function.ts';
import { StaticSite } from './constructs/static-site.ts';
import { rulePatterns } from '#events/patterns';
import { toCdkPattern } from './event-patterns.ts';
import type { StatefulStack } from './stateful-stack.ts';

export interface StatelessStackProps extends StackProps {
  stateful: StatefulStack;
  config: LiikeConfig;
  /** ARN of the web ACL the distribution is attached to (infra/edge-stack.ts, in us-east-1). */
  webAclArn: string;
}

/**
 * The code and its wiring, all derived from `functions/catalog.ts`: a Lambda per entry, API
 * routes, bus rules, the outbox stream publisher, dead-letter queues and their alarms.
 */
export class StatelessStack extends Stack {
  readonly functions: Record<FunctionName, LiikeFunction>;
  readonly httpApi: LiikeHttpApi;
  readonly site: StaticSite;
  readonly alarmTopic: AlarmTopic;
  readonly deadLetterQueues: DeadLetterQueue[] = [];

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { stateful, config } = props;

    this.alarmTopic = new AlarmTopic(this, 'Alarms', config.alarmEmail ? { email: config.alarmEmail } : {});
    this.httpApi = new LiikeHttpApi(this, 'HttpApi');
    // The secret CloudFront sends to the API and the API functions require (x-origin-verify,
    // shared/platform/http/origin.ts): the UUID that ends this stack's id
    // (arn:aws:cloudformation:<region>:<account>:stack/LiikeStateless/<uuid>). It exists only once
    // the stack does, so it is in no source file and no template (which holds only the
    // expression), CloudFormation resolves it for the distribution and the functions alike, and no
    // one outside the account sees it: it is not in any URL, page or response. It changes only
    // when the stack is created anew. A stack id's UUID is time-based, not random: guessing it
    // still means guessing the creation time to the 100 ns, a 14-bit clock sequence and the node,
    // one request per guess through the API stage's throttle of 50 a second.
    const originVerify = Fn.select(2, Fn.split('/', this.stackId));
    // The site and the API share the distribution's domain; every catalog route goes to the API.
    this.site = new StaticSite(this, 'Site', {
      api: this.httpApi.api,
      apiRoutes: Object.values(functions).flatMap((def: FunctionDef) => (def.trigger.kind === 'http' ? def.trigger.routes : [])),
      originVerify,
      webAclArn: props.webAclArn,
    });

    const environment = {
      tableName: stateful.table.tableName,
      idempotencyTableName: stateful.idempotencyTable.tableName,
      busName: stateful.bus.eventBusName,
      // Without a configured base URL, links point at the site's distribution, which passes /t/* to the API.
      publicBaseUrl: config.publicBaseUrl ?? this.site.url,
      mailFrom: config.mailFrom,
      sesConfigurationSet: stateful.configurationSet.configurationSetName,
      retentionUntil: config.retentionUntil,
      reportRecipients: config.reportRecipients.join(','),
      programmeStaff: config.programmeStaff.join(','),
      contactAddress: config.contactAddress ?? '',
    };
    if (!config.contactAddress) {
      Annotations.of(this).addWarningV2(
        'liike:noContactAddress',
        'no contactAddress: emails have no Reply-To and say not to reply, and the privacy notice names no address; deploy with -c contactAddress=<the programme\'s mailbox> (README, "Deploy")',
      );
    }

    const shared = new FunctionPolicies(this, 'FunctionPolicies', {
      mailFrom: config.mailFrom,
      configurationSetName: stateful.configurationSet.configurationSetName,
    });
    const built: Partial<Record<FunctionName, LiikeFunction>> = {};
    const dlqUrls: Partial<Record<FunctionName, string>> = {};
    for (const [name, def] of Object.entries(functions) as [FunctionName, FunctionDef][]) {
      const dlq = def.trigger.kind === 'http' ? undefined : this.deadLetterQueue(`${name}Dlq`);
      if (dlq) dlqUrls[name] = dlq.queue.queueUrl;
      const fn = new LiikeFunction(this, name, {
        shared,
        def,
        environment,
        ...(def.trigger.kind === 'http' ? { apiEnvironment: { originVerify } } : {}),
        ...(def.timeoutSeconds ? { timeout: Duration.seconds(def.timeoutSeconds) } : {}),
        ...(def.memoryMb ? { memorySize: def.memoryMb } : {}),
        ...((def.trigger.kind === 'rule' || def.trigger.kind === 'schedule' || def.trigger.kind === 'ses') && dlq ? { asyncFailureQueue: dlq.queue } : {}),
      });
      built[name] = fn;

      if (def.table) fn.grantTable(stateful.table, def.table);
      if (def.idempotency) fn.grantIdempotency(stateful.idempotencyTable);
      if (def.email) {
        fn.grantSendEmail(shared);
      }
      if (def.bus) fn.grantPutEvents(stateful.bus);

      const trigger = def.trigger;
      switch (trigger.kind) {
        case 'http':
          this.httpApi.addFunction(name, fn.fn, trigger.routes);
          break;
        case 'stream':
          fn.fn.addEventSource(
            new DynamoEventSource(stateful.table, {
              // The outbox must be published from its first item, not from "now".
              startingPosition: StartingPosition.TRIM_HORIZON,
              filters: [FilterCriteria.filter(outboxStreamFilter)],
              batchSize: 100,
              maxBatchingWindow: Duration.seconds(1),
              bisectBatchOnError: true,
              reportBatchItemFailures: true,
              retryAttempts: 10,
              onFailure: new SqsDlq(dlq!.queue),
            }),
          );
          break;
        case 'rule':
          rulePatterns(trigger.events).forEach((pattern, i) => {
            new Rule(this, `${name}Rule${i === 0 ? '' : i + 1}`, {
              description: `${trigger.events.map((e) => e.detailType).join(', ')} → ${name}`,
              eventBus: stateful.bus,
              eventPattern: toCdkPattern(pattern),
              targets: [
                new LambdaFunction(fn.fn, {
                  deadLetterQueue: dlq!.queue,
                  retryAttempts: 20,
                  maxEventAge: Duration.hours(24),
                }),
              ],
            });
          });
          break;
        case 'ses':
          // SES publishes only to the default bus; the same retry and DLQ as the liike bus's rules.
          new Rule(this, `${name}Rule`, {
            description: `${trigger.source}: ${trigger.detailTypes.join(', ')} → ${name}`,
            eventPattern: { source: [trigger.source], detailType: [...trigger.detailTypes] },
            targets: [new LambdaFunction(fn.fn, { deadLetterQueue: dlq!.queue, retryAttempts: 20, maxEventAge: Duration.hours(24) })],
          });
          break;
        case 'schedule':
          // Only its scheduled rule, below, invokes it.
          break;
      }

      if (def.schedule) {
        // Scheduled rules live on the default bus; the target keeps the same retry and DLQ.
        new Rule(this, `${name}Schedule`, {
          description: `${scheduleExpression(def.schedule)} → ${name}`,
          schedule: Schedule.expression(scheduleExpression(def.schedule)),
          targets: [new LambdaFunction(fn.fn, { deadLetterQueue: dlq!.queue, retryAttempts: 2, maxEventAge: Duration.minutes(10) })],
        });
      }
    }
    this.functions = built as Record<FunctionName, LiikeFunction>;

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url });
    new CfnOutput(this, 'SiteUrl', { description: 'The web pages, with the API on the same domain', value: this.site.url });
    // What `npm run redrive` reads to find every function's dead-letter queue.
    new CfnOutput(this, 'DeadLetterQueues', {
      description: 'JSON: function name → URL of its dead-letter queue (npm run redrive)',
      value: this.toJsonString(dlqUrls),
    });
  }

  /** A dead-letter queue that alarms on the first message; one per non-API function. */
  private deadLetterQueue(id: string): DeadLetterQueue {
    const dlq = new DeadLetterQueue(this, id, { alarmTopic: this.alarmTopic.topic });
    this.deadLetterQueues.push(dlq);
    return dlq;
  }
}
