import { describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { EVENT_SOURCE } from '#events/define-event';
import { domainTable, idempotencyTable } from '#shared/platform/table';
import { resourcesOf, synthApp } from './support.ts';

const mailFrom = 'sender@liike-mail.fi';
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

  it('SES: the domain of the sender from context is an identity with Easy DKIM and a custom MAIL FROM, using the configuration set', () => {
    const [[configSetId]] = resourcesOf(template, 'AWS::SES::ConfigurationSet') as [[string, unknown]];
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'liike-mail.fi',
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configSetId } },
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: { MailFromDomain: 'mail.liike-mail.fi', BehaviorOnMxFailure: 'USE_DEFAULT_VALUE' },
    });
  });

  it('without a hosted zone: the three DKIM CNAMEs and the MAIL FROM MX and TXT are outputs, no record is created', () => {
    const [[identityId]] = resourcesOf(template, 'AWS::SES::EmailIdentity') as [[string, unknown]];
    const outputs = template.findOutputs('*');
    for (const n of [1, 2, 3]) {
      expect(outputs[`DkimRecord${n}`]?.Value).toEqual({
        'Fn::Join': ['', [{ 'Fn::GetAtt': [identityId, `DkimDNSTokenName${n}`] }, ' CNAME ', { 'Fn::GetAtt': [identityId, `DkimDNSTokenValue${n}`] }]],
      });
    }
    expect(JSON.stringify(outputs.MailFromMxRecord?.Value)).toMatch(/mail\.liike-mail\.fi MX 10 feedback-smtp\..*amazonses\.com/);
    expect(outputs.MailFromTxtRecord?.Value).toBe('mail.liike-mail.fi TXT "v=spf1 include:amazonses.com ~all"');
    template.resourceCountIs('AWS::Route53::RecordSet', 0);
  });

  it('with the hosted zone from context: the DKIM CNAMEs and the MAIL FROM MX and TXT are created in it, nothing to print', () => {
    const zoned = synthApp({ mailFrom, hostedZoneId: 'Z0123456789ABC', hostedZoneName: 'liike-mail.fi' }).statefulTemplate;
    zoned.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'liike-mail.fi', MailFromAttributes: { MailFromDomain: 'mail.liike-mail.fi' } });
    const records = resourcesOf(zoned, 'AWS::Route53::RecordSet').map(([, r]) => r.Properties);
    for (const record of records) expect(record.HostedZoneId).toBe('Z0123456789ABC');
    expect(records.filter((r) => r.Type === 'CNAME')).toHaveLength(3);
    expect(records.find((r) => r.Type === 'MX')).toMatchObject({ Name: 'mail.liike-mail.fi.' });
    expect(records.find((r) => r.Type === 'TXT')).toMatchObject({ Name: 'mail.liike-mail.fi.', ResourceRecords: ['"v=spf1 include:amazonses.com ~all"'] });
    expect(Object.keys(zoned.findOutputs('*')).filter((k) => /Dkim|MailFrom/.test(k))).toEqual([]);
  });

  it('mail context is checked at synth: the zone must be the sender domain, MAIL FROM a subdomain of it', () => {
    expect(() => synthApp({ mailFrom, hostedZoneId: 'Z1', hostedZoneName: 'other.fi' })).toThrow(/hostedZoneName/);
    expect(() => synthApp({ mailFrom, hostedZoneId: 'Z1' })).toThrow(/both or neither/);
    expect(() => synthApp({ mailFrom, mailFromDomain: 'bounce.other.fi' })).toThrow(/subdomain/);
    expect(() => synthApp({ mailFrom: 'no-reply@under_score.fi' })).toThrow(/domain name/);
  });

  it('SES: bounces and complaints of the configuration set are published to the default bus', () => {
    const [[configSetId]] = resourcesOf(template, 'AWS::SES::ConfigurationSet') as [[string, unknown]];
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: configSetId },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        EventBridgeDestination: { EventBusArn: { 'Fn::Join': ['', Match.arrayWith([':event-bus/default'])] } },
      },
    });
  });
});
