// The demo site's ground truth (cli/demo-site/ground-truth.json) is recorded
// exactly by the built add-on in real headless Firefox: the same checks as in
// Chromium (tests/e2e/truth-checks.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForNetworkIdle } from './firefox.ts';
import { expectBaseline, HOME_PAGE_CHECKS, type Visited } from '../e2e/truth-checks.ts';
import { FIREFOX, startFirefoxHarness, type FirefoxHarness } from './harness.ts';

describe.skipIf(!FIREFOX)('Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('demo shop home page', () => {
    let res: Visited;
    beforeAll(async () => {
      const { tabId } = await h.visit(h.truth.pages.home!.url);
      res = await h.tabView(tabId);
    });
    for (const [name, check] of Object.entries(HOME_PAGE_CHECKS)) {
      it(name, () => check(res, h.truth.pages.home!));
    }
  });

  describe('no-tracking baseline page', () => {
    it('records no third party, no cookie, no storage, no beacon, no pixel', async () => {
      const { tabId } = await h.visit(h.truth.pages.about!.url);
      const { view } = await h.tabView(tabId);
      expectBaseline(view!, h.truth.pages.about!);
    });
  });

  // Without documentId (below), a request is given to its page by tab, frame,
  // document URL and time. The unload beacon still goes to the page it left.
  it("gives a page's unload beacon to that page, not to the next one in the tab", async () => {
    const leave = `${h.demo.origin('shop.test')}/leave`;
    const { page } = await h.visit(leave);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/about"]')]);
    await waitForNetworkIdle(page);
    await h.ff.send({ type: 'flush' });
    const { report } = await h.ff.send<{
      report: { requests: { url: string; type: string; page: string }[] };
    }>({ type: 'get-report', site: 'shop.test' });
    const beacons = report.requests.filter((r) => r.url.includes('en=page_leave'));
    expect(beacons.map((r) => [r.type, r.page])).toEqual([['ping', leave]]);
    await page.close();
  });

  // Chrome ties each request and each content-script report to its document
  // (webRequest documentId, MessageSender.documentId). Firefox 153 ESR gives
  // both, and they agree; older Firefox releases may not (not checked here),
  // and then a record goes to its page by tab, frame, document URL and time.
  it('gives documentIds in webRequest details and message senders, but no documentLifecycle', async () => {
    await h.ff.inExtension(() => {
      const g = globalThis as unknown as {
        seen: Record<string, unknown>[];
        senders: Record<string, unknown>[];
        browser: {
          webRequest: { onBeforeRequest: { addListener(cb: object, f: object): void } };
          runtime: { onMessage: { addListener(cb: object): void } };
        };
      };
      g.seen = [];
      g.senders = [];
      g.browser.webRequest.onBeforeRequest.addListener(
        (d: Record<string, unknown>) => void g.seen.push(d),
        { urls: ['*://www.google-analytics.com/*'] },
      );
      // The relay content script's page reports reach extension pages too; this
      // listener answers nothing, so the background's answer stands.
      g.browser.runtime.onMessage.addListener(
        (m: { type?: string }, sender: Record<string, unknown>) =>
          void (m.type === 'page-reports' && g.senders.push(sender)),
      );
    }, null);
    const { page } = await h.visit(h.truth.pages.home!.url);
    const got = JSON.parse(
      await h.ff.inExtension(() => {
        const g = globalThis as unknown as { seen: unknown[]; senders: unknown[] };
        return JSON.stringify({ seen: g.seen, senders: g.senders });
      }, null),
    ) as { seen: Record<string, unknown>[]; senders: Record<string, unknown>[] };
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const beacon = got.seen.find((d) => String(d.url).includes('/g/collect'))!;
    // A beacon is type "beacon" (recorded as "ping", like Chrome's); the
    // initiator is originUrl, not Chrome's initiator origin.
    expect(beacon).toMatchObject({
      type: 'beacon',
      documentUrl: h.truth.pages.home!.url,
      originUrl: h.truth.pages.home!.url,
      documentId: expect.stringMatching(uuid),
    });
    // No prerendering in Firefox, and no documentLifecycle to say so.
    expect('documentLifecycle' in beacon).toBe(false);
    // The content script's reports come from the same document as the beacon.
    expect(got.senders.length).toBeGreaterThan(0);
    expect([...new Set(got.senders.map((s) => s.documentId))]).toEqual([beacon.documentId]);
    await page.close();
  });
});
