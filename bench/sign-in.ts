/**
 * Sign-in answers alike for known and unknown addresses (shared/sign-in/request.ts): the same
 * work, the same page. Here, timed: POST /sign-in for a known address (a demo school's
 * coordinator) and for unknown ones, interleaved one by one against `npm start`'s stack in a
 * child process, 300 each after 20 to warm up. The figure is the ratio of the two medians (and
 * of the p90s): what a stranger timing the form could tell the two apart by.
 *
 *   npm run bench -- signIn
 */
import { randomUUID } from 'node:crypto';
import { percentile, round1, withStackProcess } from './stack.ts';

const KNOWN = 'anna.virtanen@sasky.example';

async function ask(api: string, email: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${api}/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, lang: 'en' }).toString(),
    redirect: 'manual',
  });
  await response.arrayBuffer();
  if (response.status !== 303) throw new Error(`POST /sign-in: ${response.status}`);
  return performance.now() - started;
}

export async function benchSignIn({ each = 300 } = {}): Promise<Record<string, unknown>> {
  return withStackProcess(async (stack) => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < each + 20; i++) {
      // In pairs, which one first drawn at random: both see the same machine state (the
      // consumers of earlier requests running meanwhile), and neither is always first after the pause.
      const stranger = `nobody-${randomUUID().slice(0, 8)}@example.com`;
      let k: number;
      let u: number;
      if (Math.random() < 0.5) {
        k = await ask(stack.urls.api, KNOWN);
        u = await ask(stack.urls.api, stranger);
      } else {
        u = await ask(stack.urls.api, stranger);
        k = await ask(stack.urls.api, KNOWN);
      }
      if (i >= 20) {
        known.push(k);
        unknown.push(u);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const figures = (sample: number[]) => ({ p50Ms: round1(percentile(sample, 50)), p90Ms: round1(percentile(sample, 90)), p99Ms: round1(percentile(sample, 99)) });
    const k = figures(known);
    const u = figures(unknown);
    const p50Ratio = Math.round((k.p50Ms / u.p50Ms) * 100) / 100;
    const p90Ratio = Math.round((k.p90Ms / u.p90Ms) * 100) / 100;
    return {
      method: `POST /sign-in over HTTP to \`npm start\`'s stack in a child process, ${each} requests for a known address (a demo coordinator) interleaved with ${each} for unknown ones (each a new address), in pairs whose order is drawn at random, one at a time, 20 ms apart, after 20 pairs to warm up. The request does the same work for both (one transaction: the request item, its event, the client's count); who the address is, is worked out later by the consumer.`,
      target: 'known / unknown p50 and p90 within 0.9–1.1 (within noise)',
      known: k,
      unknown: u,
      p50Ratio,
      p90Ratio,
      verdict: p50Ratio >= 0.9 && p50Ratio <= 1.1 && p90Ratio >= 0.9 && p90Ratio <= 1.1 ? 'PASS' : 'MISS',
    };
  });
}
