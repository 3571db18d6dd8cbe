import { randomUUID } from 'node:crypto';
import { functions, type FunctionName, type ScheduleDef } from '#functions/catalog';
import { lambdaContext, loadHandler } from './lambda.ts';

/** The event a scheduled EventBridge rule sends the function, for the moment `at`. */
export function scheduledEvent(name: FunctionName, at: Date) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: at.toISOString(),
    region: process.env.AWS_REGION ?? 'eu-north-1',
    resources: [`arn:aws:events:local:000000000000:rule/${name}Schedule`],
    detail: {},
  };
}

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
      const event = scheduledEvent(name, new Date());
      try {
        await handler(event, lambdaContext(name, 60_000));
        log(`[schedule] ${name} ran`);
      } catch (error) {
        log(`[schedule] ${name} failed: ${(error as Error).message}`);
      }
    };
    const schedule: ScheduleDef = def.schedule;
    if ('everyMinutes' in schedule) {
      timers.push(setInterval(() => void tick(), schedule.everyMinutes * 60_000));
      continue;
    }
    // Monthly: a timer to the next occurrence, re-armed (timers cannot wait a whole month).
    const arm = () => {
      const wait = nextMonthly(schedule.monthly, new Date()).getTime() - Date.now();
      const timer = setTimeout(() => {
        timers.splice(timers.indexOf(timer), 1);
        if (wait <= MAX_TIMER_MS) void tick();
        arm();
      }, Math.min(wait, MAX_TIMER_MS));
      timers.push(timer);
    };
    arm();
  }
  return () => timers.forEach(clearTimeout);
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/** The next time after `now` that falls on the day of the month at the hour (UTC). */
export function nextMonthly({ day, hourUtc }: { day: number; hourUtc: number }, now: Date): Date {
  for (let month = 0; ; month++) {
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + month, day, hourUtc));
    if (at > now) return at;
  }
}
