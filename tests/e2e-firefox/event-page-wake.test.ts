// A page that wakes Firefox's suspended event page: Firefox replays the
// queued webRequest event of its main-frame request and delivers the relay's
// runtime message of the page's script reports in no promised order. The
// reports used to be skipped when they came first (no page for the tab yet):
// before the fix, 9 of 10 such loads had all 60 of their script cookies
// recorded with the setter unknown. When the tab already had a page of the
// same site, the reports went to that earlier page instead; the recorder now
// takes each batch in the order the events happened. Each load here starts
// with the event page suspended: the first in a new tab, the others in the
// same tab as the load before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_HEAVY } from '../../cli/demo-site/server.ts';
import { FIREFOX, startFirefoxHarness, type FirefoxHarness } from './harness.ts';

const IDLE_TIMEOUT_MS = 1_000;
const LOADS = 3;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!FIREFOX)('Firefox event page woken by a page load', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness({ idleTimeoutMs: IDLE_TIMEOUT_MS });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the setter of every script cookie the waking page writes first thing', async () => {
    const seen: string[] = [];
    let page: Awaited<ReturnType<typeof h.ff.browser.newPage>> | undefined;
    for (let i = 0; i < LOADS; i++) {
      const idle = Date.now() + IDLE_TIMEOUT_MS + 30_000;
      while ((await h.backgroundRunning()) && Date.now() < idle) await wait(100);
      expect(await h.backgroundRunning()).toBe(false);
      const url = `${h.demo.origin('shop.test')}/slow-heavy?load=${i}`;
      page ??= await h.ff.browser.newPage();
      void page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
      let line = '';
      for (const end = Date.now() + 30_000; Date.now() < end;) {
        const id = await h.ff.tabIdOf(url);
        const v = id === null ? null : await h.tabView(id);
        const written = v?.view?.cookies.filter((c) => c.name.startsWith('js_before_')) ?? [];
        const byScript = written.filter((c) => c.setBy === 'script');
        line = `load ${i}: ${written.length} written, ${byScript.length} by script`;
        if (byScript.length === SLOW_HEAVY.scriptCookies) break;
        await wait(200);
      }
      seen.push(line);
      h.demo.release();
    }
    await page?.close();
    const all = `${SLOW_HEAVY.scriptCookies} written, ${SLOW_HEAVY.scriptCookies} by script`;
    expect(seen).toEqual(Array.from({ length: LOADS }, (_, i) => `load ${i}: ${all}`));
  });
});
