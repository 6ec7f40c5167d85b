// Stopping the MV3 service worker in the middle of a page load loses no
// record: what was observed before is durable, and the worker restarted by
// the next event attributes the rest to the same page visit.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness, watchWorker } from './harness.ts';
import { waitForNetworkIdle } from '../../cli/browser.ts';
import { PACED, SLOW_HEAVY } from '../../cli/demo-site/server.ts';
import type { StatusResponse } from '../../lib/core/protocol.ts';
import { expectHeavyLoadRecords } from './truth-checks.ts';

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
  const { cdp, statuses } = await watchWorker(h, page);

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

it('keeps every record of a heavy load across a worker stop in its middle', async () => {
  const url = `${h.demo.origin('shop.test')}/slow-heavy`;
  const page = await h.browser.context.newPage();
  const { cdp, statuses } = await watchWorker(h, page);
  const hits = () => h.demo.hits.get('shop.test /slow-asset') ?? 0;
  const before = hits();
  const loaded = page.goto(url, { waitUntil: 'load' });
  // The page's first part is recorded (80 images answered at once, each with
  // a cookie, and 60 script cookies) and its held images have reached the
  // server…
  const deadline = Date.now() + 15_000;
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  for (;;) {
    const id = await h.browser.tabIdOf(url);
    const v = id === null ? null : await h.tabView(id);
    const answered = v?.view?.requests.filter((r) => /n=a\d/.test(r.url) && r.status === 200);
    const scripted = v?.view?.cookies.filter((c) => c.name.startsWith('js_before_'));
    if (
      answered?.length === SLOW_HEAVY.now &&
      scripted?.length === SLOW_HEAVY.scriptCookies &&
      hits() - before >= SLOW_HEAVY.now + SLOW_HEAVY.held
    )
      break;
    if (Date.now() > deadline) throw new Error('the first part was never recorded');
    await wait(50);
  }
  // …and the worker has nothing queued (no event came during a flush), as
  // when Chrome stops a worker that had no event for 30 s: stop it while the
  // load goes on.
  for (;;) {
    const a = await h.browser.send<StatusResponse>({ type: 'status' });
    await h.browser.send({ type: 'flush' });
    await wait(100);
    const b = await h.browser.send<StatusResponse>({ type: 'status' });
    if (a.observed === b.observed) break;
    if (Date.now() > deadline) throw new Error('events never stopped coming');
  }
  await cdp.send('ServiceWorker.stopAllWorkers');
  const stopDeadline = Date.now() + 5_000;
  while (!statuses.includes('stopped') && Date.now() < stopDeadline) await wait(25);
  expect(statuses).toContain('stopped');
  expect(hits() - before).toBe(SLOW_HEAVY.now + SLOW_HEAVY.held);

  h.demo.release();
  await loaded;
  // The held responses, then the images and cookies made after the stop.
  while (hits() - before < SLOW_HEAVY.now + SLOW_HEAVY.held + SLOW_HEAVY.after) {
    if (Date.now() > deadline + 15_000) throw new Error('the later images were never requested');
    await wait(50);
  }
  await waitForNetworkIdle(page);
  await h.browser.send({ type: 'flush' });
  expect(statuses.lastIndexOf('running')).toBeGreaterThan(statuses.indexOf('stopped'));

  const tabId = (await h.browser.tabIdOf(url))!;
  const { view } = await h.tabView(tabId);
  expectHeavyLoadRecords(view!, url);
  await page.close();
});

it('loses and duplicates nothing when the worker is stopped 50 times while a page loads', async () => {
  // Each round: the page loads a burst (12 images, half of them setting a
  // first-party cookie, half a Facebook pixel, and one script cookie); as
  // soon as it has loaded, while the worker still holds the burst's events
  // in its queue or is writing them (its batch waits for the events to pause, FLUSH_QUIET_MS), the
  // worker is stopped; the next burst starts it again. Without the journal
  // each stop took its batch with it.
  const STOPS = 50;
  const url = `${h.demo.origin('shop.test')}/paced`;
  const page = await h.browser.context.newPage();
  const { cdp, statuses } = await watchWorker(h, page);
  await page.goto(url, { waitUntil: 'load' });
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  let stopped = 0;
  for (let round = 0; round < STOPS; round++) {
    await page.evaluate(() => (window as unknown as { burst: () => Promise<number> }).burst());
    // The events of the loads have reached the worker's listeners: a
    // message sent now is answered after them. (A stop with events still
    // in the worker's own task queue loses them, journal or not: they were
    // never handed to the extension's code.)
    await h.browser.send({ type: 'status' });
    const before = statuses.length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 5_000;
    while (!statuses.slice(before).includes('stopped') && Date.now() < deadline) await wait(10);
    if (statuses.slice(before).includes('stopped')) stopped++;
  }
  expect(stopped).toBe(STOPS);
  await waitForNetworkIdle(page);
  await h.browser.send({ type: 'flush' });

  const tabId = (await h.browser.tabIdOf(url))!;
  const { view } = await h.tabView(tabId);
  expect(view!.pages.map((p) => p.url)).toEqual([url]);
  const n = STOPS * PACED.perBurst;
  const expected = Array.from({ length: n }, (_, k) =>
    k % 2 === 0 ? `tr ${k} 200` : `slow-asset p${k} 200`,
  ).sort();
  const images = view!.requests
    .filter((r) => r.url.includes('id=paced') || r.url.includes('n=p'))
    .map((r) => {
      const u = new URL(r.url);
      return u.pathname === '/tr'
        ? `tr ${u.searchParams.get('i')} ${r.status}`
        : `slow-asset ${u.searchParams.get('n')} ${r.status}`;
    })
    .sort();
  expect(images).toEqual(expected);
  // Facebook's cookie, set again by every pixel, is one cookie of the page.
  expect(view!.cookies.map((c) => `${c.name} ${c.setBy}`).sort()).toEqual(
    [
      ...Array.from({ length: n / 2 }, (_, i) => `late_p${2 * i + 1} http`),
      ...Array.from({ length: STOPS }, (_, b) => `js_b${b} script`),
      'fr http',
    ].sort(),
  );
  await page.close();
}, 180_000);

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
