import { AssetHashType, DockerImage, Duration, Stack, Token, Validations, type StackProps } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source, type ISource } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct, IConstruct } from 'constructs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SITE_BUCKET_NAME, type StaticSite } from './constructs/static-site.ts';
import type { SiteOptions } from '../web/build.ts';
import { NOT_FOUND_FILE, NOT_FOUND_METADATA } from '../web/site-map.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The web pages' sources and their build, `buildWeb(outDir: string, options?: SiteOptions): Promise<void>`. */
export const WEB_DIR = path.join(ROOT, 'web');
export const WEB_BUILD = path.join(WEB_DIR, 'build.ts');

/**
 * Runs `buildWeb(outDir)` of `web/build.ts` to completion. Asset bundling is synchronous and
 * the build is not, so it runs in a child Node process with the tsx loader, as esbuild runs for
 * the functions; its output goes to stderr, away from the synthesised template on stdout.
 */
export function buildWebSync(outDir: string, options: SiteOptions = {}): void {
  const script = 'const [url, outDir, options] = process.argv.slice(1); const { buildWeb } = await import(url); await buildWeb(outDir, JSON.parse(options));';
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script, pathToFileURL(WEB_BUILD).href, outDir, JSON.stringify(options)],
    { cwd: ROOT, stdio: ['ignore', 2, 2] },
  );
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`web build (${path.relative(ROOT, WEB_BUILD)}) failed with exit code ${result.status}`);
}

/**
 * The built web pages as a deployment source. They are built during synthesis by asset bundling,
 * so `cdk synth` needs no separate step, and a synthesis that skips bundling (context
 * `aws:cdk:bundling-stacks`, as the infra tests do) skips the web build too. The asset hash is
 * that of the output: the pages also depend on `shared/` (schemas, translations).
 */
export function webSource(options: SiteOptions = {}): ISource {
  return Source.asset(WEB_DIR, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      local: {
        tryBundle(outputDir) {
          buildWebSync(outputDir, options);
          return true;
        },
      },
      // Required by the API but never used: the local build either succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:20-slim'),
    },
  });
}

export interface SiteStackProps extends StackProps {
  /** Bucket and distribution, from the stateless stack. */
  site: StaticSite;
  /** What the pages say from the deployment's settings (the privacy notice's operator, contact, retention date). */
  pages?: SiteOptions;
}

/**
 * The web pages, uploaded to the site bucket on every deploy, with the CloudFront cache
 * invalidated afterwards. A stack of its own, deployed after the stateless stack: the upload is
 * a custom resource with its own Lambda function, and the bucket and distribution must stay in
 * the stateless stack, whose functions link to the distribution's URL.
 */
export class SiteStack extends Stack {
  readonly deployment: BucketDeployment;
  readonly notFoundDeployment: BucketDeployment;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const { site } = props;
    this.addStackDependency(Stack.of(site));

    const source = webSource(props.pages);
    const common = {
      sources: [source],
      // By its fixed name, not by reference: see SITE_BUCKET_NAME.
      destinationBucket: Bucket.fromBucketName(this, 'SiteBucket', SITE_BUCKET_NAME),
      distribution: site.distribution,
      // Browsers revalidate every time (a 304 from the edge); the edge keeps a day, and each
      // deploy invalidates it, so a new build never mixes with an old one.
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.seconds(0)), CacheControl.sMaxAge(Duration.days(1))],
      memoryLimit: 512,
    };
    this.deployment = new BucketDeployment(this, 'Pages', {
      ...common,
      // Files of an earlier build are removed; deleting this stack empties the bucket. The 404
      // page is uploaded by the deployment below (excluded files are neither uploaded nor pruned).
      exclude: [NOT_FOUND_FILE],
      prune: true,
      retainOnDelete: false,
      distributionPaths: ['/*'],
      logGroup: new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_MONTH }),
    });
    // The 404 page alone, with the metadata by which CloudFront answers it with status 404
    // (NOT_FOUND_STATUS_FUNCTION in infra/constructs/static-site.ts).
    this.notFoundDeployment = new BucketDeployment(this, 'NotFoundPage', {
      ...common,
      exclude: ['*'],
      include: [NOT_FOUND_FILE],
      metadata: NOT_FOUND_METADATA,
      prune: false,
      retainOnDelete: false,
      distributionPaths: [`/${NOT_FOUND_FILE}`],
      logGroup: new LogGroup(this, 'NotFoundDeploymentLogs', { retention: RetentionDays.ONE_MONTH }),
    });
    this.notFoundDeployment.node.addDependency(this.deployment);

    this.acknowledgeDeploymentHandler();
  }

  /**
   * The upload handler is CDK's own singleton function (Custom::CDKBucketDeployment): its code,
   * runtime and role are not ours to change. Acknowledged on that function and its role only.
   */
  private acknowledgeDeploymentHandler() {
    const handler = this.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('BucketDeployment handler not found: CDK changed its construct id');
    const role = handler.node.findChild('ServiceRole');
    const policy = role.node.findChild('DefaultPolicy');
    const cfnFunction = handler.node.findChild('Resource');
    const cdkOwned = 'CDK-provided BucketDeployment handler (a custom resource provider, AWS-maintained code)';
    const acknowledge = (construct: IConstruct, ids: string[], reason: string) => {
      for (const id of ids) Validations.of(construct).acknowledge({ id, reason: `${cdkOwned}: ${reason}` });
    };

    acknowledge(
      role,
      ['AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]'],
      'the basic execution role lets it write its own log group.',
    );
    acknowledge(
      policy,
      ['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => `AwsSolutions-IAM5[Action::${action}]`),
      "CDK's read grant on the asset bucket and read-write grant on the site bucket, both scoped to those two buckets.",
    );
    // Resources as cdk-nag prints them: the partition and region by name when the stack has a
    // region (it does; infra/liike-app.ts), as pseudo parameters otherwise.
    const named = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
    const arnPrefix = `arn:${named(this.partition, 'Partition')}:s3:::`;
    acknowledge(
      policy,
      [
        // The CDK asset bucket of the default bootstrap (qualifier hnb659fds).
        `AwsSolutions-IAM5[Resource::${arnPrefix}cdk-hnb659fds-assets-<AWS::AccountId>-${named(this.region, 'Region')}/*]`,
        // Named with the pseudo parameter whatever the stack's region: see SITE_BUCKET_NAME.
        `AwsSolutions-IAM5[Resource::${arnPrefix}liike-site-<AWS::AccountId>-<AWS::Region>/*]`,
      ],
      'object keys inside the asset bucket (read) and the site bucket (upload, prune).',
    );
    acknowledge(
      policy,
      ['AwsSolutions-IAM5[Resource::*]'],
      'cloudfront:CreateInvalidation and cloudfront:GetInvalidation, which CDK grants on "*", for the invalidation after each upload.',
    );
    acknowledge(cfnFunction, ['AwsSolutions-L1', 'Serverless-LambdaLatestVersion'], 'its runtime is chosen and updated by aws-cdk-lib.');
    acknowledge(
      cfnFunction,
      ['Serverless-LambdaDLQ', 'Serverless-LambdaAsyncFailureDestination'],
      'invoked synchronously by CloudFormation during a deploy; a failure fails the deploy, there is no event to keep.',
    );
    acknowledge(
      cfnFunction,
      ['Serverless-LambdaTracing'],
      'runs only during a deploy and its result is in the CloudFormation events and its log group; tracing would add nothing.',
    );
  }
}
