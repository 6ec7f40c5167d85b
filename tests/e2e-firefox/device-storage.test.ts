// Storage on the device beyond cookies and Web Storage (issue 11) in real
// headless Firefox: IndexedDB, Cache Storage, service-worker registrations and
// cookieStore.set, first party and from a third-party iframe, against the same
// ground truth as Chromium (pages.storage in cli/demo-site/ground-truth.json).
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { TabViewResponse } from '../../lib/core/protocol.ts';
import { STORAGE_PAGE_CHECKS, storagePageSettled } from '../e2e/truth-checks.ts';
import { FIREFOX, startFirefoxHarness, type FirefoxHarness } from './harness.ts';

describe.skipIf(!FIREFOX)('Firefox: device storage page', () => {
  let h: FirefoxHarness;
  let view: NonNullable<TabViewResponse['view']>;
  beforeAll(async () => {
    h = await startFirefoxHarness();
    const { tabId } = await h.visit(h.truth.pages.storage!.url);
    // cookieStore.set, cache writes and the service worker's own cookie are
    // asynchronous: flush until all of the page's truth has arrived (10 s at most).
    const deadline = Date.now() + 10_000;
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      await h.ff.send({ type: 'flush' });
      view = (await h.tabView(tabId)).view!;
      if (storagePageSettled(view, h.truth.pages.storage!) || Date.now() > deadline) break;
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const [name, check] of Object.entries(STORAGE_PAGE_CHECKS)) {
    it(name, () => check(view, h.truth.pages.storage!));
  }
});
