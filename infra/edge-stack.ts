import { CfnOutput, Duration, Stack, Token, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Construct } from 'constructs';
import { EDGE_REGION } from './config.ts';
import { AlarmTopic } from './constructs/alarms.ts';
import { EdgeWebAcl, RULE_METRICS } from './constructs/web-acl.ts';

export interface EdgeStackProps extends StackProps {
  /** Optional address subscribed to this stack's alarm topic (the same as the stateless stack's). */
  alarmEmail?: string;
}

/**
 * What must be in us-east-1 for the CloudFront distribution: its WAF web ACL (CLOUDFRONT scope
 * exists only there), and, since WAF publishes the web ACL's metrics there too, the alarm on them
 * and the topic it notifies. The stateless stack, in the main region, attaches the web ACL to the
 * distribution by its ARN, read from this stack's output (Fn::GetStackOutput, across regions).
 */
export class EdgeStack extends Stack {
  readonly webAcl: EdgeWebAcl;
  readonly alarmTopic: AlarmTopic;
  readonly rateLimitAlarm: Alarm;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    if (Token.isUnresolved(this.region) || this.region !== EDGE_REGION) {
      throw new Error(`${id}: a CLOUDFRONT-scope web ACL must be deployed in ${EDGE_REGION}, not ${this.region}`);
    }
    this.webAcl = new EdgeWebAcl(this, 'WebAcl');
    this.alarmTopic = new AlarmTopic(this, 'Alarms', props.alarmEmail ? { email: props.alarmEmail } : {});

    // Blocks by the rate rules: a flood from one address, or (worth a look at the sampled
    // requests) a school's NAT over a figure that was meant to fit it. The managed groups block
    // scanners every day, and alarming on them would only be noise; their metrics are there.
    const blocked = (rule: string) =>
      new Metric({
        namespace: 'AWS/WAFV2',
        metricName: 'BlockedRequests',
        dimensionsMap: { WebACL: this.webAcl.name, Rule: rule },
        statistic: 'Sum',
        period: Duration.minutes(5),
      });
    this.rateLimitAlarm = new Alarm(this, 'RateLimitedAlarm', {
      alarmDescription: 'The web ACL rate-limited a client IP (a flood, or a school NAT over the limit): see its sampled requests',
      metric: new MathExpression({
        expression: 'FILL(writes, 0) + FILL(all, 0)',
        usingMetrics: { writes: blocked(RULE_METRICS.writes), all: blocked(RULE_METRICS.all) },
        label: 'Requests blocked by the rate rules',
        period: Duration.minutes(5),
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.rateLimitAlarm.addAlarmAction(new SnsAction(this.alarmTopic.topic));

    new CfnOutput(this, 'WebAclName', { description: 'The web ACL in front of the site and the API (WAF console, Global / CloudFront)', value: this.webAcl.name });
  }

  /** The web ACL's ARN, which the distribution's `webAclId` takes. */
  get webAclArn(): string {
    return this.webAcl.webAcl.attrArn;
  }
}
