/*
 * The stream publisher in a process of its own, as a Lambda invocation: reads a DynamoDB stream
 * event as JSON on stdin, runs the real handler, prints its response. The publisher-death test
 * kills this process mid-batch (run with `node --import tsx`).
 */
import type { DynamoDBStreamEvent } from 'aws-lambda';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as DynamoDBStreamEvent;
const { handler } = await import('#functions/publisher/stream-publisher');
process.stdout.write(JSON.stringify(await handler(event)));
