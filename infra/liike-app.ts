import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { readConfig } from './config.ts';
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

  // Env-agnostic stacks: synth needs no account or lookups; deploy targets the CLI's credentials.
  const stateful = new StatefulStack(app, 'LiikeStateful', {
    description: 'Liike data: tables, event bus, SES identity',
    mail: config,
  });
  const stateless = new StatelessStack(app, 'LiikeStateless', {
    description: 'Liike code: HTTP API, functions, rules, dead-letter queues and alarms',
    stateful,
    config,
  });
  const site = new SiteStack(app, 'LiikeSite', {
    description: 'Liike web pages: the built forms, uploaded to the site bucket behind CloudFront',
    site: stateless.site,
  });

  // cdk-nag v3 runs as policy-validation plugins on every synth; findings fail the synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stateful, stateless, site };
}
