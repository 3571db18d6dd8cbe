import { inject } from 'vitest';
import type { BusEventRecord } from '#local/bus';

export const urls = () => inject('stack').urls;

/** Polls until `probe` returns a value (not undefined), or fails after the deadline. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  /** Reply-To, as the sender set it. */
  replyTo?: string[];
  body: { html?: string; text?: string };
  at: number;
}

export async function emailsTo(address: string): Promise<StoredEmail[]> {
  const response = await fetch(`${urls().mail}/store`);
  const { emails } = (await response.json()) as { emails: StoredEmail[] };
  return emails.filter((e) => e.destination.to.some((to) => to.includes(address)));
}

export const waitForEmail = (address: string, count = 1) =>
  waitFor(async () => {
    const emails = await emailsTo(address);
    return emails.length >= count ? emails : undefined;
  }, `${count} email(s) to ${address}`);

export async function busEvents(): Promise<BusEventRecord[]> {
  return (await (await fetch(urls().bus)).json()) as BusEventRecord[];
}

/** The first link to this service in a text. */
export function linkIn(text: string): string {
  const match = /https?:\/\/[^\s"'<>]+\/t\/[A-Za-z0-9_-]{43}/.exec(text);
  if (!match) throw new Error('no link found');
  return match[0];
}

export const api = (path: string, init?: RequestInit) => fetch(`${urls().api}${path}`, init);

export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  api(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
