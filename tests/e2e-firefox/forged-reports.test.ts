// The hostile page of tests/e2e/forged-page.ts in Firefox: forged and hidden
// page reports and faked writers (issue 14 item 4). Firefox hands the
// channel node over through the document's wrappedJSObject (see
// lib/core/hook-channel.ts); Error.prepareStackTrace and stackTraceLimit mean
// nothing to SpiderMonkey, so there the page's stack games change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORGED_HOST, expectOnlyRealWrites, startForgedSite } from '../e2e/forged-page.ts';
import { FIREFOX, startFirefoxHarness, type FirefoxHarness } from './harness.ts';

describe.skipIf(!FIREFOX)('Firefox: a page cannot forge or hide page reports', () => {
  let h: FirefoxHarness;
  let site: Awaited<ReturnType<typeof startForgedSite>>;
  beforeAll(async () => {
    site = await startForgedSite();
    h = await startFirefoxHarness({ extraHosts: [FORGED_HOST] });
  });
  afterAll(async () => {
    await h?.close();
    await site?.close();
  });

  it('records only the real writes, with the real script', async () => {
    const { page, tabId } = await h.visit(`${site.origin}/`);
    expect(await page.evaluate(() => (window as { __done?: boolean }).__done)).toBe(true);
    expect(await page.evaluate(() => (window as { __stolen?: boolean }).__stolen)).toBeUndefined();
    // The expando that carried the node is gone before the page's scripts run.
    expect(
      await page.evaluate(() =>
        Object.getOwnPropertyNames(document).filter((k) => k.startsWith('__cookie_audit')),
      ),
    ).toEqual([]);
    await h.ff.send({ type: 'flush' });
    const { view } = await h.tabView(tabId);
    expectOnlyRealWrites(view!, site.origin);
  });
});
