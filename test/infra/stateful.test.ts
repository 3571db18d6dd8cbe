import { describe, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { EVENT_SOURCE } from '#events/define-event';
import { domainTable, idempotencyTable } from '#shared/platform/table';
import { resourcesOf, synthApp } from './support.ts';

const mailFrom = 'sender@liike.example';
const { statefulTemplate: template, stateful } = synthApp({ mailFrom });

describe('stateful stack', () => {
  it('domain table: keys and indexes from shared/platform/table, stream, PITR, TTL, deletion protection, retained', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        KeySchema: [
          { AttributeName: domainTable.partitionKey, KeyType: 'HASH' },
          { AttributeName: domainTable.sortKey, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: domainTable.ttlAttribute, Enabled: true },
        DeletionProtectionEnabled: true,
        GlobalSecondaryIndexes: domainTable.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    });
  });

  it('idempotency table: Powertools key, TTL, PITR', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: idempotencyTable.partitionKey, KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: idempotencyTable.ttlAttribute, Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
  });

  it('custom bus with an archive of every Liike event', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
    const busId = stateful.getLogicalId(stateful.bus.node.defaultChild as never);
    template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [busId, 'Arn'] },
      EventPattern: { source: [EVENT_SOURCE] },
      RetentionDays: Match.anyValue(),
    });
  });

  it('SES: the sender from context is an identity using the configuration set', () => {
    const [[configSetId]] = resourcesOf(template, 'AWS::SES::ConfigurationSet') as [[string, unknown]];
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: mailFrom,
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configSetId } },
    });
  });
});
