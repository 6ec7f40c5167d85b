// Storage on the device beyond cookies and Web Storage (issue 11): IndexedDB,
// Cache Storage, service-worker registrations and cookieStore.set, first
// party and from a third-party iframe, recorded exactly (ground truth:
// pages.storage in cli/demo-site/ground-truth.json) by the built extension in
// real headless Chromium.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { STORAGE_PAGE_CHECKS, storagePageSettled } from './truth-checks.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import { storageCsv, type Report } from '../../lib/core/report.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('device storage page', () => {
  let view: NonNullable<Awaited<ReturnType<Harness['tabView']>>['view']>;
  let tabId: number;
  beforeAll(async () => {
    ({ tabId } = await h.visit(h.truth.pages.storage!.url));
    // cookieStore.set, cache writes and the service worker's own cookie are
    // asynchronous: flush until all of the page's truth has arrived (10 s at most).
    const deadline = Date.now() + 10_000;
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      await h.browser.send({ type: 'flush' });
      view = (await h.tabView(tabId)).view!;
      if (storagePageSettled(view, h.truth.pages.storage!) || Date.now() > deadline) break;
    }
  });

  for (const [name, check] of Object.entries(STORAGE_PAGE_CHECKS)) {
    it(name, () => check(view, h.truth.pages.storage!));
  }

  it("shows them in the popup's Storage tab with kind and scope", async () => {
    const popup = await h.browser.context.newPage();
    await popup.setViewportSize({ width: 720, height: 560 });
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('count-storage-keys').waitFor();
    expect(await popup.getByTestId('count-storage-keys').textContent()).toBe('6');
    await popup.getByRole('tab', { name: 'Storage' }).click();
    const rows = popup.locator('table[aria-label="Storage on the device"] tbody tr');
    await rows.filter({ hasText: 'widget-db' }).first().waitFor({ timeout: 5_000 });
    const kinds = await popup
      .locator('table[aria-label="Storage on the device"] tbody tr td:nth-child(2)')
      .allTextContents();
    expect(kinds.sort()).toEqual([
      'cacheStorage',
      'cacheStorage',
      'indexedDB',
      'indexedDB',
      'serviceWorker',
      'serviceWorker',
    ]);
    await popup.screenshot({ path: 'test-results/popup-device-storage.png', fullPage: true });
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'storage.csv' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('shop.test-storage.csv');
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv.length).toBe(7);
    expect(csv.filter((l) => l.startsWith('serviceWorker,')).length).toBe(2);
    await popup.close();
  });

  it('shows the new kinds in report.json, report.html and storage.csv', async () => {
    const res = await h.browser.send<{ ok: boolean; report: Report }>({
      type: 'get-report',
      site: 'shop.test',
    });
    expect(res.ok).toBe(true);
    const kinds = new Set(res.report.storage.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['cacheStorage', 'indexedDB', 'serviceWorker']);
    const sw = res.report.storage.find((s) => s.key.endsWith('/widget-sw.js'))!;
    expect(sw.scope).toBe(`${h.demo.origin('storage-widget.test')}/`);
    const html = buildReportHtml(res.report);
    expect(html).toContain('widget-db');
    expect(html).toContain('serviceWorker');
    const csv = storageCsv(res.report).split('\r\n');
    expect(csv[0]).toBe(
      'kind,key,scope,origin,party,setter,category,vendor,frameUrl,writes,removed,firstSeen,page',
    );
    expect(csv.some((l) => l.startsWith('indexedDB,shop-db,,'))).toBe(true);
  });
});
