// Records what an extension page asks the background, and where each answer
// came from (`from` of a tab summary), to assert what the popup fetches when.
import type { Page } from 'playwright-core';

export interface SentMessage {
  type: string;
  table?: string;
  /** The answer's `from`, once it arrived. */
  from?: string;
}

/** Call before the page loads; `sent()` reads the log. */
export async function watchMessages(page: Page): Promise<{ sent(): Promise<SentMessage[]> }> {
  await page.addInitScript(() => {
    const rt = (globalThis as unknown as { chrome: { runtime: Record<string, unknown> } }).chrome
      .runtime;
    const send = rt.sendMessage as (...a: unknown[]) => Promise<{ from?: string } | undefined>;
    const log: SentMessage[] = [];
    (globalThis as unknown as { sentMessages: SentMessage[] }).sentMessages = log;
    rt.sendMessage = async (...a: unknown[]) => {
      const m = a[0] as { type: string; table?: string };
      const entry: SentMessage = { type: m.type, ...(m.table ? { table: m.table } : {}) };
      log.push(entry);
      const res = await send.apply(rt, a);
      if (res?.from) entry.from = res.from;
      return res;
    };
  });
  return {
    sent: () =>
      page.evaluate(() => (globalThis as unknown as { sentMessages: SentMessage[] }).sentMessages),
  };
}
