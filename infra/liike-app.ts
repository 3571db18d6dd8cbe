import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { EDGE_REGION, readConfig } from './config.ts';
import { EdgeStack } from './edge-stack.ts';
import { StatefulStack } from './stateful-stack.ts';
import { SiteStack } from './site-stack.ts';
import { StatelessStack } from './stateless-stack.ts';

/**
 * Builds the Liike CDK app: the CLI entry (`infra/app.ts`) and the infra tests use the same
 * composition, so the tests check what `cdk synth` produces.
 */
export function buildApp(props: AppProps = {}) {
  const app = new App(props);
  const config = readConfig(app.node);

  // Explicit regions, no account: synth needs no credentials or lookups, deploy targets the CLI's
  // account. The regions are needed for the edge stack, which must be in us-east-1 whatever the
  // main region is: the stateless stack reads the web ACL's ARN from it with Fn::GetStackOutput
  // (a weak reference, the default set in cdk.json), which names the other stack's region.
  const env = { region: config.region };
  const edge = new EdgeStack(app, 'LiikeEdge', {
    description: 'Liike edge: the WAF web ACL of the CloudFront distribution (us-east-1) and its alarm',
    env: { region: EDGE_REGION },
    ...(config.alarmEmail ? { alarmEmail: config.alarmEmail } : {}),
  });
  const stateful = new StatefulStack(app, 'LiikeStateful', {
    description: 'Liike data: tables, event bus, SES identity',
    env,
    mail: config,
  });
  const stateless = new StatelessStack(app, 'LiikeStateless', {
    description: 'Liike code: HTTP API, functions, rules, dead-letter queues and alarms',
    env,
    stateful,
    config,
    webAclArn: edge.webAclArn,
  });
  const site = new SiteStack(app, 'LiikeSite', {
    description: 'Liike web pages: the built forms, uploaded to the site bucket behind CloudFront',
    env,
    site: stateless.site,
    pages: {
      retentionUntil: config.retentionUntil,
      ...(config.contactAddress ? { contactAddress: config.contactAddress } : {}),
      ...(config.programmeOperator ? { programmeOperator: config.programmeOperator } : {}),
    },
  });

  // cdk-nag v3 runs as policy-validation plugins on every synth; findings fail the synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, edge, stateful, stateless, site };
}
