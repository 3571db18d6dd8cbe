import { describe, expect, it } from 'vitest';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { buildApp } from '#infra/liike-app';
import { cdkJson, synthApp, withOutdir } from './support.ts';

// A full synthesis takes seconds, more while the local stack shares the CPU.
const SYNTH_TIMEOUT = 120_000;

// A deployable sender and a contact address: the placeholder of cdk.json and a missing contact
// add their own warnings (last test).
const mailFrom = 'no-reply@liike-mail.fi';
const contactAddress = 'liike@liike-mail.fi';

describe('cdk-nag (AwsSolutions, Serverless)', () => {
  it('finds nothing unacknowledged: synthesis passes and the validation report is empty', () => {
    const { report } = synthApp({ mailFrom, contactAddress });
    expect(report.pluginReports).toEqual([]);
  }, SYNTH_TIMEOUT);

  it('also with an alarm email subscription and a hosted zone for the mail records', () => {
    const { report } = synthApp({ mailFrom, contactAddress, alarmEmail: 'ops@liike.example', hostedZoneId: 'Z0123456789ABC', hostedZoneName: 'liike-mail.fi' });
    expect(report.pluginReports).toEqual([]);
  }, SYNTH_TIMEOUT);

  it('is registered on the app: a violation fails the synthesis', () => {
    withOutdir((outdir) => {
      const { app, stateless } = buildApp({ outdir, context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
      new Queue(stateless, 'PlainQueue');
      expect(() => app.synth()).toThrow(/AwsSolutions-SQS4[\s\S]*Serverless-SQSRedrivePolicy/);
    });
  }, SYNTH_TIMEOUT);

  it('checks the site stack too', () => {
    withOutdir((outdir) => {
      const { app, site } = buildApp({ outdir, context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
      new Bucket(site, 'PlainBucket');
      expect(() => app.synth()).toThrow(/LiikeSite\/PlainBucket[\s\S]*AwsSolutions-S1|AwsSolutions-S1[\s\S]*LiikeSite\/PlainBucket/);
    });
  }, SYNTH_TIMEOUT);

  it('warns, without failing the synth, while mailFrom is the placeholder SES can never verify, and without a contact address', () => {
    const { report } = synthApp();
    const rules = report.pluginReports.flatMap((p) => p.violations.map((v) => v.ruleName));
    expect(rules.sort()).toEqual(['Annotation::liike:mailFromPlaceholder', 'Annotation::liike:noContactAddress']);
  }, SYNTH_TIMEOUT);
});
