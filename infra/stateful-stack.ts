import { Annotations, Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PublicHostedZone } from 'aws-cdk-lib/aws-route53';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  MailFromBehaviorOnMxFailure,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import { EVENT_SOURCE } from '#events/define-event';
import { domainTable, idempotencyTable } from '#shared/platform/table';
import type { LiikeConfig } from './config.ts';

export interface StatefulStackProps extends StackProps {
  mail: Pick<LiikeConfig, 'mailDomain' | 'mailFromDomain' | 'hostedZone' | 'mailFromIsPlaceholder'>;
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
    // Bounces and complaints go to the account's default bus (the only bus SES can publish to),
    // as events of source `aws.ses`; a rule there hands them to the deliverability consumer.
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.emailIdentity = this.senderIdentity(props.mail);
  }

  /**
   * The sender's whole domain is the identity (an address identity is verified by clicking a
   * link, and signs nothing): Easy DKIM signs every message with the domain, and a custom MAIL FROM
   * subdomain aligns SPF, so receivers can check both and DMARC passes. With the domain's hosted
   * zone the records are created in it; without, the outputs print them to add by hand.
   */
  private senderIdentity(mail: StatefulStackProps['mail']) {
    const zone = mail.hostedZone && PublicHostedZone.fromHostedZoneAttributes(this, 'MailZone', mail.hostedZone);
    const identity = new EmailIdentity(this, 'Sender', {
      identity: zone ? Identity.publicHostedZone(zone) : Identity.domain(mail.mailDomain),
      configurationSet: this.configurationSet,
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      dkimSigning: true,
      mailFromDomain: mail.mailFromDomain,
      // Until the MAIL FROM records resolve, SES falls back to its own amazonses.com MAIL FROM, so mail still goes out (unaligned SPF, DKIM still aligned).
      mailFromBehaviorOnMxFailure: MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
    });
    if (mail.mailFromIsPlaceholder) {
      Annotations.of(identity).addWarningV2(
        'liike:mailFromPlaceholder',
        'mailFrom is the placeholder of a reserved domain, which SES can never verify: deploy with -c mailFrom=no-reply@<a domain you control> (README, "Deploy")',
      );
    }
    if (!zone) {
      identity.dkimRecords.forEach((record, i) => {
        new CfnOutput(this, `DkimRecord${i + 1}`, {
          description: `Easy DKIM: add a CNAME record with this name and value at the DNS of ${mail.mailDomain} (${i + 1} of 3)`,
          value: `${record.name} CNAME ${record.value}`,
        });
      });
      new CfnOutput(this, 'MailFromMxRecord', {
        description: `Custom MAIL FROM: add an MX record at the DNS of ${mail.mailDomain}`,
        value: `${mail.mailFromDomain} MX 10 feedback-smtp.${Aws.REGION}.amazonses.com`,
      });
      new CfnOutput(this, 'MailFromTxtRecord', {
        description: `Custom MAIL FROM: add a TXT (SPF) record at the DNS of ${mail.mailDomain}`,
        value: `${mail.mailFromDomain} TXT "v=spf1 include:amazonses.com ~all"`,
      });
    }
    return identity;
  }
}
