import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { functions, type FunctionName } from '#functions/catalog';
import { sweepOutbox } from '#shared/outbox/sweep';
import { REDRIVE_MIN_AGE_MS } from './min-age.ts';

/*
 * Redrive of the deployed stack's dead-letter queues, one per non-API function (output
 * `DeadLetterQueues` of the stateless stack). Each message is one of:
 *  - an EventBridge rule target's dead letter: the event itself, the target in the TARGET_ARN
 *    message attribute;
 *  - a Lambda async on-failure record: `{ requestContext: { functionArn }, requestPayload }`;
 *  - the stream publisher's on-failure record: shard and sequence numbers only, no event.
 * The first two are sent to their function again (a synchronous Invoke with the same event, so
 * its idempotency on the event id or the tick's id holds), and deleted once it succeeded; not
 * re-put on the bus, which would reach every rule again, long after the other consumers'
 * idempotency records (2 days) may have expired. The third is resolved through the outbox: every
 * unmarked outbox item is republished (the sweep's work, now), then those messages are deleted.
 */

export interface DeployedRedriveResult {
  redriven: number;
  kept: number;
  republished: number;
}

const sqs = new SQSClient({});
const lambda = new LambdaClient({});

export async function deadLetterQueues(stackName: string): Promise<Partial<Record<FunctionName, string>>> {
  const { Stacks } = await new CloudFormationClient({}).send(new DescribeStacksCommand({ StackName: stackName }));
  const output = Stacks?.[0]?.Outputs?.find((o) => o.OutputKey === 'DeadLetterQueues')?.OutputValue;
  if (!output) throw new Error(`stack ${stackName} has no DeadLetterQueues output (deploy this version first)`);
  return JSON.parse(output) as Partial<Record<FunctionName, string>>;
}

/** Every message now visible in the queue; they stay hidden for `visibilitySeconds` while handled. */
async function receiveAll(queueUrl: string, visibilitySeconds: number): Promise<Message[]> {
  const messages: Message[] = [];
  for (;;) {
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        VisibilityTimeout: visibilitySeconds,
        MessageAttributeNames: ['All'],
      }),
    );
    if (!Messages?.length) return messages;
    messages.push(...Messages);
  }
}

/** The function and the event a consumer's or a scheduled function's dead letter holds. */
export function invocationOf(message: Message): { functionArn: string; payload: unknown } | undefined {
  const body = JSON.parse(message.Body ?? 'null') as Record<string, any> | null;
  if (!body) return undefined;
  if (body.requestContext?.functionArn && 'requestPayload' in body) return { functionArn: body.requestContext.functionArn, payload: body.requestPayload };
  const target = message.MessageAttributes?.TARGET_ARN?.StringValue;
  return target ? { functionArn: target, payload: body } : undefined;
}

const remove = (queueUrl: string, message: Message) => sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle! }));

export async function redriveDeployed(stackName: string, log: (line: string) => void): Promise<DeployedRedriveResult> {
  const queues = await deadLetterQueues(stackName);
  const result: DeployedRedriveResult = { redriven: 0, kept: 0, republished: 0 };
  for (const [name, queueUrl] of Object.entries(queues) as [FunctionName, string][]) {
    const def = functions[name];
    // Long enough for the slowest function (a matching round, 5 minutes) to finish before a message shows again.
    const messages = await receiveAll(queueUrl, 900);
    if (messages.length === 0) continue;
    log(`${name}: ${messages.length} dead letter(s)`);

    if (def?.trigger.kind === 'stream') {
      // The record is not in the message: republish every unmarked outbox item, until none is left.
      try {
        for (let round = 0; round < 100; round++) {
          const swept = await sweepOutbox(new Date(), { minAgeMs: REDRIVE_MIN_AGE_MS });
          result.republished += swept.republished;
          if (swept.found === 0) break;
        }
        for (const message of messages) await remove(queueUrl, message);
        result.redriven += messages.length;
      } catch (error) {
        log(`${name}: the outbox could not be republished (${(error as Error).message}); its dead letters are kept`);
        result.kept += messages.length;
      }
      continue;
    }

    for (const message of messages) {
      const invocation = invocationOf(message);
      if (!invocation) {
        log(`${name}: message ${message.MessageId} holds no event redrive understands; kept`);
        result.kept += 1;
        continue;
      }
      const response = await lambda.send(
        new InvokeCommand({ FunctionName: invocation.functionArn, InvocationType: 'RequestResponse', Payload: Buffer.from(JSON.stringify(invocation.payload)) }),
      );
      if (response.FunctionError) {
        log(`${name}: message ${message.MessageId} failed again (${response.FunctionError}); kept`);
        result.kept += 1;
        continue;
      }
      await remove(queueUrl, message);
      result.redriven += 1;
    }
  }
  return result;
}
