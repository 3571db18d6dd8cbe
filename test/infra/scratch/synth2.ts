import { readFileSync } from 'node:fs';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { buildApp } from '../../../infra/liike-app.ts';
const context = { ...JSON.parse(readFileSync('/work/main/cdk.json', 'utf8')).context, 'aws:cdk:bundling-stacks': [] };
const { app, stateless } = buildApp({ context, outdir: '/tmp/liike/out2' });
new Queue(stateless, 'BadQueue');
try { const a = app.synth(); console.log('ok', a.directory); } catch (e) { console.log(String(e).slice(0, 5000)); }
