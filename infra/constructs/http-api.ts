import { Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, type HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Route } from '#functions/catalog';

/** Steady-state requests per second and burst for the whole stage: forms, not machines, call it. */
const THROTTLE = { rateLimit: 50, burstLimit: 100 };

/**
 * Access-log fields. The route key (`GET /t/{token}`) is logged instead of the path, because
 * link paths carry single-use tokens; no header or body is logged.
 */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
  sourceIp: '$context.identity.sourceIp',
};

/** The public HTTP API: one Lambda integration per function, one route per catalog route. */
export class LiikeHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    // The default stage is added by hand: HttpApi's automatic one takes no throttle or logging settings.
    this.api = new HttpApi(this, 'Api', { description: 'Liike public API', createDefaultStage: false });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Public by design (docs/users-and-flow.md): applicants and companies have no accounts; actions behind email links are authorised by single-use, expiring tokens checked in the handler.',
    });
  }

  /** The stage's invoke URL, without a trailing slash. */
  get url(): string {
    return `https://${this.api.apiId}.execute-api.${this.api.stack.region}.${this.api.stack.urlSuffix}`;
  }

  addFunction(id: string, fn: IFunction, routes: readonly Route[]) {
    const integration = new HttpLambdaIntegration(`${id}Integration`, fn);
    for (const route of routes) {
      this.api.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
    }
  }
}
