import { describe, expect, it } from 'vitest';
import { invocationOf } from '../../scripts/redrive/deployed.ts';

/** The shapes a deployed dead-letter queue holds, and what redrive sends where. */
describe('redrive of deployed dead letters', () => {
  const event = { version: '0', id: 'e-1', 'detail-type': 'role.submitted', source: 'liike', detail: { metadata: { eventId: 'x' }, data: {} } };
  const arn = 'arn:aws:lambda:eu-north-1:123456789012:function:LiikeStateless-sendRoleVerification';

  it('an EventBridge target dead letter: the body is the event, the target in TARGET_ARN', () => {
    const message = { Body: JSON.stringify(event), MessageAttributes: { TARGET_ARN: { DataType: 'String', StringValue: arn } } };
    expect(invocationOf(message)).toEqual({ functionArn: arn, payload: event });
  });

  it('a Lambda on-failure record: the event is its requestPayload, the function in requestContext', () => {
    const body = { version: '1.0', requestContext: { requestId: 'r', functionArn: `${arn}:$LATEST`, condition: 'RetriesExhausted', approximateInvokeCount: 3 }, requestPayload: event, responsePayload: { errorType: 'Error' } };
    expect(invocationOf({ Body: JSON.stringify(body) })).toEqual({ functionArn: `${arn}:$LATEST`, payload: event });
  });

  it("the stream publisher's on-failure record names no function and holds no event", () => {
    const body = { requestContext: { condition: 'RetryAttemptsExhausted' }, DDBStreamBatchInfo: { shardId: 's', startSequenceNumber: '1', endSequenceNumber: '2' } };
    expect(invocationOf({ Body: JSON.stringify(body) })).toBeUndefined();
  });
});
