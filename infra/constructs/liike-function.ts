import { Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal, type IManagedPolicy } from 'aws-cdk-lib/aws-iam';
import { Architecture, type CfnFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_ENV, ENV } from '#shared/platform/config';
import { IDEMPOTENCY_ACTIONS, type FunctionDef, type TableAction } from '#functions/catalog';
import { domainTable } from '#shared/platform/table';
import { BUNDLING } from '../bundling.ts';

/** The repository root: catalog entries are relative to it. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A value for every name in `ENV`: the compiler makes sure none is forgotten. */
export type FunctionEnvironment = Record<keyof typeof ENV, string>;

/** Values for the API functions' own variables; unset ones keep their default (see API_ENV). */
export type ApiFunctionEnvironment = Partial<Record<keyof typeof API_ENV, string>>;

export interface LiikeFunctionProps {
  def: FunctionDef;
  environment: FunctionEnvironment;
  /** Only for a function behind the HTTP API. */
  apiEnvironment?: ApiFunctionEnvironment;
  /** Required for functions triggered by a bus rule: where failed async invocations go. */
  asyncFailureQueue?: IQueue;
  /** The permissions every function shares (FunctionPolicies), attached to its role. */
  shared: FunctionPolicies;
  memorySize?: number;
  timeout?: Duration;
}

/** Timeouts by trigger: the API must answer well within API Gateway's 30 s; stream batches may be slow. */
const TIMEOUTS = { http: Duration.seconds(10), rule: Duration.seconds(30), ses: Duration.seconds(30), schedule: Duration.seconds(120), stream: Duration.seconds(60) };

/**
 * One Liike Lambda function with the project's defaults (Node 22 on ARM, bundled ESM with the
 * SDK inside, source maps, X-Ray, its own log group and role) and grant methods that add only
 * the named actions, so each role lists exactly what its catalog entry says.
 */
export class LiikeFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: LiikeFunctionProps) {
    super(scope, id);
    const { def } = props;
    const kind = def.trigger.kind;
    const isAsync = kind === 'rule' || kind === 'schedule' || kind === 'ses';
    if (isAsync && !props.asyncFailureQueue) throw new Error(`${id}: an asynchronously invoked function needs an asyncFailureQueue`);

    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });
    // Own role instead of the default: no AWS-managed policy, log writes only to this log group.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Liike ${id}`,
    });
    this.logGroup.grantWrite(this.role);

    const environment: Record<string, string> = { NODE_OPTIONS: '--enable-source-maps' };
    for (const [key, name] of Object.entries(ENV)) environment[name] = props.environment[key as keyof typeof ENV];
    if (props.apiEnvironment && kind !== 'http') throw new Error(`${id}: only an API function takes the API's variables`);
    for (const [key, name] of Object.entries(API_ENV)) {
      const value = props.apiEnvironment?.[key as keyof typeof API_ENV];
      if (value !== undefined) environment[name] = value;
    }

    this.fn = new NodejsFunction(this, 'Function', {
      entry: path.join(ROOT, def.entry),
      handler: 'handler',
      description: def.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? TIMEOUTS[kind],
      // X-Ray is switched on below, its permission comes from the shared tracing policy.
      role: this.role,
      logGroup: this.logGroup,
      environment,
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      bundling: {
        // The SDK is bundled: a pinned, tested version instead of whatever the runtime ships.
        externalModules: [],
        format: OutputFormat.ESM,
        mainFields: [...BUNDLING.mainFields],
        banner: BUNDLING.banner,
        target: BUNDLING.target,
        minify: BUNDLING.minify,
        sourceMap: true,
        sourcesContent: false,
      },
      ...(props.asyncFailureQueue
        ? {
            onFailure: new SqsDestination(props.asyncFailureQueue),
            retryAttempts: 2,
            maxEventAge: Duration.hours(6),
          }
        : {}),
    });

    // Active tracing, set on the function itself: `tracing: Tracing.ACTIVE` would add the X-Ray
    // statement (on "*", X-Ray has no resource-level permissions) to each role's own policy; it
    // is granted once, in the shared tracing policy, instead.
    (this.fn.node.defaultChild as CfnFunction).tracingConfig = { mode: 'Active' };
    this.role.addManagedPolicy(props.shared.tracing);
    if (kind === 'stream') {
      Validations.of(this.role.node.findChild('DefaultPolicy')).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'dynamodb:ListStreams, which has no resource-level permissions, for the stream event source. Tests assert no other action is on "*".',
      });
    }
    const runtimeReason =
      'Node.js 22 is the runtime the handlers are built and tested for (esbuild target node22); moving to a newer runtime is a deliberate, tested change.';
    Validations.of(this.fn).acknowledge({ id: 'AwsSolutions-L1', reason: runtimeReason });
    Validations.of(this.fn).acknowledge({ id: 'Serverless-LambdaLatestVersion', reason: runtimeReason });
    Validations.of(this.fn).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        isAsync
          ? 'Async failures go to an on-failure destination (SQS), which records the error and supersedes the legacy DeadLetterConfig.'
          : kind === 'http'
            ? 'Invoked synchronously by API Gateway only; the caller gets the error, there is no async event to dead-letter.'
            : 'Invoked by a DynamoDB stream event source mapping, whose on-failure destination (SQS) keeps failed batches.',
    });
  }

  /** Exactly these domain-table actions on the table and its indexes (Query on a GSI needs the index ARN). */
  grantTable(table: ITable, actions: readonly TableAction[]) {
    if (actions.length === 0) return;
    const indexArns = domainTable.indexes.map((index) => `${table.tableArn}/index/${index.name}`);
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: [...actions], resources: [table.tableArn, ...indexArns] }));
  }

  /** The consumers' records of handled work (shared/platform/idempotency.ts) and the API's Idempotency-Key records. */
  grantIdempotency(table: ITable) {
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: [...IDEMPOTENCY_ACTIONS], resources: [table.tableArn] }));
  }

  /** Sending mail as Liike (the shared send policy, FunctionPolicies). */
  grantSendEmail(shared: FunctionPolicies) {
    this.role.addManagedPolicy(shared.sendEmail);
  }

  grantPutEvents(bus: IEventBus) {
    bus.grantPutEventsTo(this.role);
  }
}

/**
 * The permissions many functions share, each written once as a managed policy and attached to
 * the roles that need it, so each is reviewed (and acknowledged to cdk-nag) in one place.
 */
export class FunctionPolicies extends Construct {
  /** X-Ray trace upload, for every function. */
  readonly tracing: IManagedPolicy;
  /** Sending mail from Liike's sender, for the functions whose catalog entry says `email`. */
  readonly sendEmail: IManagedPolicy;

  constructor(scope: Construct, id: string, props: { mailFrom: string; configurationSetName: string }) {
    super(scope, id);
    const stack = Stack.of(this);
    this.tracing = new ManagedPolicy(this, 'Tracing', {
      description: 'Liike functions: X-Ray trace upload',
      statements: [new PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] })],
    });
    Validations.of(this.tracing).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray trace upload has no resource-level permissions: the actions accept only "*".',
    });

    /*
     * SES authorises a SendEmail or SendRawEmail on the identity of the From address, on the
     * configuration set named in the call, and on each recipient that is itself a verified
     * identity of the account: in the sandbox every recipient is one (only verified addresses
     * receive mail there), and later so is any address kept verified for testing. A grant on the
     * sender's domain identity alone is therefore denied for every sandbox recipient (and for
     * those later). So: every identity of this account and region, held to our sender by the
     * From address condition (no other verified domain of the account can be used), and our
     * configuration set; no other account, region or From address.
     */
    const identities = stack.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' });
    const configurationSet = stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: props.configurationSetName });
    this.sendEmail = new ManagedPolicy(this, 'SendEmail', {
      description: "Liike functions: send mail from Liike's sender",
      statements: [
        new PolicyStatement({
          actions: ['ses:SendEmail', 'ses:SendRawEmail'],
          resources: [identities, configurationSet],
          conditions: { StringEquals: { 'ses:FromAddress': props.mailFrom } },
        }),
      ],
    });
    // cdk-nag names the resource as synthesized: literal where the stack's region is known.
    const literal = (value: string, token: string) => (Token.isUnresolved(value) ? token : value);
    Validations.of(this.sendEmail).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:${literal(stack.partition, '<AWS::Partition>')}:ses:${literal(stack.region, '<AWS::Region>')}:<AWS::AccountId>:identity/*]`,
      reason:
        "SES also authorises sending on each recipient that is a verified identity of the account (every recipient, in the SES sandbox), and recipients are not known at deploy time; the statement is held to Liike's sender by the ses:FromAddress condition and to this account and region.",
    });
  }
}
