import { Duration, Validations } from 'aws-cdk-lib';
import { ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The encrypted SNS topic every alarm of Liike notifies. */
export class AlarmTopic extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: { email?: string }) {
    super(scope, id);
    // A customer-managed key: CloudWatch cannot publish to a topic under the AWS-managed SNS key.
    const key = new Key(this, 'Key', { description: 'Liike alarm topic', enableKeyRotation: true });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Topic', { masterKey: key, enforceSSL: true, displayName: 'Liike alarms' });
    if (props.email) {
      // An email that cannot be delivered is kept, and alarms like any other dead letter.
      const dlq = new DeadLetterQueue(this, 'EmailDlq', { alarmTopic: this.topic });
      this.topic.addSubscription(new EmailSubscription(props.email, { deadLetterQueue: dlq.queue }));
    }
  }
}

/**
 * An encrypted, TLS-only SQS queue that receives failed deliveries, with an alarm as soon as
 * one message is in it: a dead letter is a lost business event until someone looks at it.
 */
export class DeadLetterQueue extends Construct {
  readonly queue: Queue;

  constructor(scope: Construct, id: string, props: { alarmTopic: Topic }) {
    super(scope, id);
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const alarm = this.queue
      .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' })
      .createAlarm(this, 'Alarm', {
        alarmDescription: `Failed deliveries waiting in ${this.node.path}`,
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    alarm.addAlarmAction(new SnsAction(props.alarmTopic));

    const reason =
      'This queue is itself a dead-letter queue (Lambda/EventBridge/SNS failure destination); a DLQ of a DLQ would hide messages from its alarm.';
    Validations.of(this.queue).acknowledge({ id: 'AwsSolutions-SQS3', reason });
    Validations.of(this.queue).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason });
  }
}
