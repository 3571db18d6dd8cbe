import { readFileSync } from 'node:fs';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
(Validations.prototype as any).acknowledge = () => {};
const { buildApp } = await import('../../../infra/liike-app.ts');
const context = { ...JSON.parse(readFileSync('cdk.json', 'utf8')).context, 'aws:cdk:bundling-stacks': [], ...JSON.parse(process.env.CTX ?? '{}') };
const { app } = buildApp({ context, outdir: '/tmp/liike/out3' });
app.synth({ skipValidation: true } as any);
for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
  const r = pack.validateScope(app);
  for (const v of r.violations) console.log(v.severity, v.ruleName, v.violatingResources.map((x: any) => x.constructPath).join(' | '));
}
