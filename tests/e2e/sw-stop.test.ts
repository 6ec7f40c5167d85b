// Stopping the MV3 service worker in the middle of a page load loses no
// record: what was observed before is durable, and the worker restarted by
// the next event attributes the rest to the same page visit.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { waitForNetworkIdle } from '../../cli/browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

it('keeps every request and cookie of a page whose load spans a worker stop', async () => {
  const url = `${h.demo.origin('shop.test')}/slow`;
  const page = await h.browser.context.newPage();
  const cdp = await h.browser.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (v.scriptURL.startsWith(`chrome-extension://${h.browser.extensionId}/`))
        statuses.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');

  const loaded = page.goto(url, { waitUntil: 'load' });
  // Wait until the page and its first (immediate) image — request and
  // response — are recorded, so the worker is idle when it is stopped, as
  // when Chrome stops an idle worker (a stop in the middle of delivering an
  // event is not something Chrome does).
  const deadline = Date.now() + 10_000;
  const tabIdOf = () => h.browser.tabIdOf(url);
  for (;;) {
    const id = await tabIdOf();
    const v = id === null ? null : await h.tabView(id);
    const first = v?.view?.requests.find((r) => r.url.endsWith('/slow-asset?n=1&delay=0'));
    if (first?.status === 200) break;
    if (Date.now() > deadline) throw new Error('first image never recorded');
    await new Promise((r) => setTimeout(r, 50));
  }
  // …and all three images have reached the server, then stop the worker
  // while images 2 and 3 are still pending there.
  while ((h.demo.hits.get('shop.test /slow-asset') ?? 0) < 3) {
    if (Date.now() > deadline) throw new Error('images never requested');
    await new Promise((r) => setTimeout(r, 25));
  }
  await cdp.send('ServiceWorker.stopAllWorkers');
  const stopDeadline = Date.now() + 5_000;
  while (!statuses.includes('stopped') && Date.now() < stopDeadline) {
    await new Promise((r) => setTimeout(r, 25));
  }
  expect(statuses).toContain('stopped');

  await loaded;
  await waitForNetworkIdle(page);
  await h.browser.send({ type: 'flush' });
  // The late responses woke the worker up again.
  expect(statuses.lastIndexOf('running')).toBeGreaterThan(statuses.indexOf('stopped'));

  const tabId = (await tabIdOf())!;
  const { view, pageUrl } = await h.tabView(tabId);
  expect(pageUrl).toBe(url);
  expect(view!.pages).toHaveLength(1);
  const assets = view!.requests
    .filter((r) => r.url.includes('/slow-asset'))
    .map((r) => [new URL(r.url).searchParams.get('n'), r.status, r.contentType]);
  expect(assets).toEqual([
    ['1', 200, 'image/gif'],
    ['2', 200, 'image/gif'],
    ['3', 200, 'image/gif'],
    ['4', 200, 'image/gif'],
  ]);
  expect(view!.requests.map((r) => r.type)).toEqual(
    expect.arrayContaining(['main_frame', 'image', 'image', 'image']),
  );
  expect(
    view!.cookies.map((c) => [c.name, c.setBy, c.lifetimeDays, c.blocked, c.page]).sort(),
  ).toEqual([
    ['late_1', 'http', 0.042, false, url],
    ['late_2', 'http', 0.042, false, url],
    ['late_3', 'http', 0.042, false, url],
    ['late_4', 'http', 0.042, false, url],
    ['late_js', 'script', 0.042, false, url],
  ]);
});

it("gives a page's unload beacon to that page, not to the next one in the tab", async () => {
  const leave = `${h.demo.origin('shop.test')}/leave`;
  const page = await h.browser.context.newPage();
  await page.goto(leave, { waitUntil: 'load' });
  await waitForNetworkIdle(page);
  await page.click('a[href="/about"]');
  await page.waitForURL(/\/about$/);
  await waitForNetworkIdle(page);
  await h.browser.send({ type: 'flush' });
  const { report } = await h.browser.send<{
    report: { requests: { url: string; type: string; page: string }[] };
  }>({ type: 'get-report', site: 'shop.test' });
  const beacons = report.requests.filter((r) => r.url.includes('en=page_leave'));
  expect(beacons.map((r) => [r.type, r.page])).toEqual([['ping', leave]]);
  await page.close();
});
