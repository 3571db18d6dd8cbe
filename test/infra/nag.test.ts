import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { buildApp } from '#infra/liike-app';
import { synthApp } from './support.ts';

describe('cdk-nag (AwsSolutions, Serverless)', () => {
  it('finds nothing unacknowledged: synthesis passes and the validation report is empty', () => {
    const { report } = synthApp();
    expect(report.pluginReports).toEqual([]);
  });

  it('also with an alarm email subscription', () => {
    const { report } = synthApp({ alarmEmail: 'ops@liike.example' });
    expect(report.pluginReports).toEqual([]);
  });

  it('is registered on the app: a violation fails the synthesis', () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'liike-cdk-'));
    const { app, stateless } = buildApp({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
    new Queue(stateless, 'UnencryptedPlainQueue', { enforceSSL: false });
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS4[\s\S]*Serverless-SQSRedrivePolicy|Serverless-SQSRedrivePolicy[\s\S]*AwsSolutions-SQS4/);
  });
});
