// Firefox counterpart of tests/e2e/sw-stop.test.ts. Firefox's MV3 background
// is an event page, not a service worker, and no protocol stops it on
// command; Firefox suspends it once it has had no event for
// `extensions.background.idle.timeout` (30 s by default, also while BiDi is
// attached). The test lowers that timeout, lets the page suspend in the middle
// of a load, and checks that nothing recorded before or after is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_HEAVY } from '../../cli/demo-site/server.ts';
import type { StatusResponse } from '../../lib/core/protocol.ts';
import { expectHeavyLoadRecords } from '../e2e/truth-checks.ts';
import { waitForNetworkIdle } from './firefox.ts';
import { FIREFOX, startFirefoxHarness, type FirefoxHarness } from './harness.ts';

/** Longer than the recorder's flush delay (250 ms), short for a test. */
const IDLE_TIMEOUT_MS = 2_000;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!FIREFOX)('Firefox event page', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness({ idleTimeoutMs: IDLE_TIMEOUT_MS });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps every record of a heavy load across an idle suspension in its middle', async () => {
    const url = `${h.demo.origin('shop.test')}/slow-heavy`;
    const page = await h.ff.browser.newPage();
    const hits = () => h.demo.hits.get('shop.test /slow-asset') ?? 0;
    const before = hits();
    const loaded = page.goto(url, { waitUntil: 'load' });
    // The page's first part is recorded and its held images have reached the server…
    const deadline = Date.now() + 30_000;
    for (;;) {
      const id = await h.ff.tabIdOf(url);
      const v = id === null ? null : await h.tabView(id);
      const answered = v?.view?.requests.filter((r) => /n=a\d/.test(r.url) && r.status === 200);
      const scripted = v?.view?.cookies.filter(
        (c) => c.name.startsWith('js_before_') && c.setBy === 'script',
      );
      if (
        answered?.length === SLOW_HEAVY.now &&
        scripted?.length === SLOW_HEAVY.scriptCookies &&
        hits() - before >= SLOW_HEAVY.now + SLOW_HEAVY.held
      )
        break;
      if (Date.now() > deadline) throw new Error('the first part was never recorded');
      await wait(100);
    }
    // …and no event is queued; then nothing wakes the event page until Firefox suspends it.
    for (;;) {
      const a = await h.ff.send<StatusResponse>({ type: 'status' });
      await h.ff.send({ type: 'flush' });
      await wait(100);
      const b = await h.ff.send<StatusResponse>({ type: 'status' });
      if (a.observed === b.observed) break;
      if (Date.now() > deadline) throw new Error('events never stopped coming');
    }
    expect(await h.backgroundRunning()).toBe(true);
    const suspendDeadline = Date.now() + IDLE_TIMEOUT_MS + 30_000;
    while ((await h.backgroundRunning()) && Date.now() < suspendDeadline) await wait(200);
    expect(await h.backgroundRunning()).toBe(false);
    expect(hits() - before).toBe(SLOW_HEAVY.now + SLOW_HEAVY.held);

    h.demo.release();
    // The held responses wake it up again (it then runs for at least the idle timeout).
    const wakeDeadline = Date.now() + 15_000;
    while (!(await h.backgroundRunning()) && Date.now() < wakeDeadline) await wait(50);
    expect(await h.backgroundRunning()).toBe(true);
    await loaded;
    while (hits() - before < SLOW_HEAVY.now + SLOW_HEAVY.held + SLOW_HEAVY.after) {
      if (Date.now() > deadline + 30_000) throw new Error('the later images were never requested');
      await wait(50);
    }
    await waitForNetworkIdle(page);
    await h.ff.send({ type: 'flush' });

    const tabId = (await h.ff.tabIdOf(url))!;
    const { view } = await h.tabView(tabId);
    expectHeavyLoadRecords(view!, url);
    await page.close();
  });
});
