import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { ConfigurationSet, ConfigurationSetTlsPolicy, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import { EVENT_SOURCE } from '#events/define-event';
import { domainTable, idempotencyTable } from '#shared/platform/table';

export interface StatefulStackProps extends StackProps {
  mailFrom: string;
}

/**
 * Everything that holds data or identity and must outlive redeployments of the code: the two
 * tables, the bus (with its archive) and the SES sender. Kept apart so the stateless stack
 * can be replaced freely.
 */
export class StatefulStack extends Stack {
  readonly table: Table;
  readonly idempotencyTable: Table;
  readonly bus: EventBus;
  readonly emailIdentity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);

    this.table = new Table(this, 'DomainTable', {
      partitionKey: { name: domainTable.partitionKey, type: AttributeType.STRING },
      sortKey: { name: domainTable.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      stream: StreamViewType[domainTable.streamView],
      timeToLiveAttribute: domainTable.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of domainTable.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }

    // Losing idempotency records would let a retried write run twice, so it is kept and recoverable too.
    this.idempotencyTable = new Table(this, 'IdempotencyTable', {
      partitionKey: { name: idempotencyTable.partitionKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: idempotencyTable.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bus = new EventBus(this, 'Bus', { description: 'Liike domain events (published from the table outbox)' });
    // The archive allows replaying Liike's own events after a consumer bug is fixed.
    this.bus.archive('Archive', {
      description: 'Every Liike event, for replay',
      eventPattern: { source: [EVENT_SOURCE] },
      retention: Duration.days(90),
    });

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.emailIdentity = new EmailIdentity(this, 'Sender', {
      identity: Identity.email(props.mailFrom),
      configurationSet: this.configurationSet,
    });
  }
}
