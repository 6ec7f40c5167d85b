// The popup opened after Chrome stopped the service worker paints the page's
// stored summary (read from IndexedDB, without waiting for the worker to
// start), marks it when records changed since it was stored, and replaces it
// with the worker's answer.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness, watchWorker } from './harness.ts';
import { waitForNetworkIdle } from '../../cli/browser.ts';

let h: Harness;
let page: Page;
let tabId: number;
let cdp: CDPSession;
let statuses: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  ({ page, tabId } = await h.visit(`${h.demo.origin('shop.test')}/heavy?n=20`));
  ({ cdp, statuses } = await watchWorker(h, page));
}, 120_000);
afterAll(async () => {
  await h?.close();
});

async function stopWorker() {
  statuses.length = 0;
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 5_000;
  while (!statuses.includes('stopped')) {
    if (Date.now() > deadline) throw new Error('the worker never stopped');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** What the popup shows, each time it paints a summary: origin, notice, counts, findings. */
type Paint = {
  origin: string;
  stale: boolean;
  requests: string;
  cookies: string;
  findings: string;
};

/** The markup of each stored-summary paint, and whether React rendered it. */
type StoredMarkup = { react: boolean; inert: boolean; html: string };

async function openPopup(): Promise<{
  popup: Page;
  paints: () => Promise<Paint[]>;
  storedMarkup: () => Promise<StoredMarkup[]>;
}> {
  const popup = await h.browser.context.newPage();
  // Recorded in the page from its first paint on, so that the stored
  // summary's paint is seen even when the worker's answer follows at once.
  await popup.addInitScript(() => {
    const w = window as unknown as { __paints: unknown[]; __stored: StoredMarkup[] };
    w.__paints = [];
    w.__stored = [];
    const seen = () => {
      const main = document.querySelector('main[data-origin]');
      if (!main) return;
      if (main.getAttribute('data-origin') === 'stored') {
        // The stored summary's markup, evidence of folded findings left out
        // (React's render has it, the first paint does not).
        const copy = main.cloneNode(true) as Element;
        copy.querySelectorAll('.finding-body').forEach((e) => e.remove());
        copy.removeAttribute('inert');
        const markup = {
          react: Object.keys(main).some((k) => k.startsWith('__react')),
          inert: main.hasAttribute('inert'),
          html: copy.outerHTML,
        };
        const lastMarkup = w.__stored[w.__stored.length - 1];
        if (JSON.stringify(lastMarkup) !== JSON.stringify(markup)) w.__stored.push(markup);
      }
      const text = (id: string) =>
        document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      const paint = {
        origin: main.getAttribute('data-origin')!,
        stale: !!document.querySelector('[data-testid="stale-notice"]'),
        requests: text('count-requests'),
        cookies: text('count-cookies'),
        findings: Array.from(document.querySelectorAll('ol.findings > li'))
          .map((li) => (li as HTMLElement).dataset.kind)
          .join(','),
      };
      const last = w.__paints[w.__paints.length - 1];
      if (JSON.stringify(last) !== JSON.stringify(paint)) w.__paints.push(paint);
    };
    new MutationObserver(seen).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('main[data-origin="worker"]').waitFor();
  return {
    popup,
    paints: () => popup.evaluate(() => (window as unknown as { __paints: Paint[] }).__paints),
    storedMarkup: () =>
      popup.evaluate(() => (window as unknown as { __stored: StoredMarkup[] }).__stored),
  };
}

let fresh: Paint;

it('answers from the stored summary after a worker stop, with the same counts and findings', async () => {
  // The worker computes and stores the page's summary.
  const first = await openPopup();
  fresh = (await first.paints()).at(-1)!;
  expect(fresh.origin).toBe('worker');
  expect(fresh.requests).toBe('22');
  expect(fresh.findings).not.toBe('');
  await first.popup.close();

  await stopWorker();
  const { popup, paints, storedMarkup } = await openPopup();
  const seen = await paints();
  // The stored summary first, current; then the restarted worker's, equal.
  expect(seen[0]).toEqual({ ...fresh, origin: 'stored', stale: false });
  expect(seen.at(-1)).toEqual(fresh);
  expect(seen.some((p) => p.stale)).toBe(false);
  // Painted before React loaded (boot.ts), as the markup React's first
  // render then puts in its place: no visible change when it takes over.
  const markup = await storedMarkup();
  // Inert until then: nothing in it can be clicked or focused in vain.
  expect(markup[0]).toMatchObject({ react: false, inert: true });
  const byReact = markup.find((m) => m.react);
  expect(byReact).toEqual({ ...markup[0], react: true, inert: false });
  await popup.screenshot({ path: 'test-results/popup-stored.png' });
  await popup.close();
});

it('marks a stored summary that records made stale, then replaces it', async () => {
  // One more request of the page, recorded (and flushed) after the summary was stored.
  await page.evaluate(() => fetch('/favicon.ico?late=1').then((r) => r.arrayBuffer()));
  await waitForNetworkIdle(page);
  await h.browser.send({ type: 'flush' });
  await stopWorker();

  const { popup, paints } = await openPopup();
  const seen = await paints();
  // The stored summary first (painted while its records are counted, or
  // once they are), marked stale before the restarted worker's answer.
  const { requests, cookies, findings } = fresh;
  expect(seen[0]).toMatchObject({ origin: 'stored', requests, cookies, findings });
  expect(seen).toContainEqual({ ...fresh, origin: 'stored', stale: true });
  expect(seen.at(-1)).toEqual({ ...fresh, requests: '23' });
  expect(await popup.getByTestId('stale-notice').count()).toBe(0);
  await popup.close();
});
