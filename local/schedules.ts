import { randomUUID } from 'node:crypto';
import { functions, type FunctionName } from '#functions/catalog';
import { lambdaContext, loadHandler } from './lambda.ts';

/**
 * The scheduled rules of the catalogue, as timers: each tick invokes the function with the
 * event a scheduled EventBridge rule sends. Returns a function that stops the timers.
 */
export async function startSchedules(log: (line: string) => void): Promise<() => void> {
  const timers: NodeJS.Timeout[] = [];
  for (const [name, def] of Object.entries(functions) as [FunctionName, (typeof functions)[FunctionName]][]) {
    if (!('schedule' in def)) continue;
    const handler = await loadHandler(name);
    const tick = async () => {
      const event = {
        version: '0',
        id: randomUUID(),
        'detail-type': 'Scheduled Event',
        source: 'aws.events',
        account: '000000000000',
        time: new Date().toISOString(),
        region: process.env.AWS_REGION ?? 'eu-north-1',
        resources: [`arn:aws:events:local:000000000000:rule/${name}Schedule`],
        detail: {},
      };
      try {
        await handler(event, lambdaContext(name, 60_000));
        log(`[schedule] ${name} ran`);
      } catch (error) {
        log(`[schedule] ${name} failed: ${(error as Error).message}`);
      }
    };
    timers.push(setInterval(() => void tick(), def.schedule.everyMinutes * 60_000));
  }
  return () => timers.forEach(clearInterval);
}
