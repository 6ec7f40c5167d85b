// The popup's first script: paints the page's stored summary as plain DOM
// before React (250 kB, about 100–400 ms to load and run on a busy machine)
// is loaded, then loads it. No React, Dexie or polyfill here: the raw
// `browser`/`chrome` namespace (promise-returning in MV3 Chrome and Firefox),
// raw IndexedDB (snapshot-read.ts), and a view built in lib/core.
import { browser } from '@wxt-dev/browser';
import { firstPaintView } from '../../lib/core/first-paint.ts';
import { renderView } from '../../lib/platform/dom-render.ts';
import { readStoredAnswer, type StoredAnswer } from '../../lib/platform/snapshot-read.ts';
import { markReady } from './ready.ts';
import './style.css';

/** What the boot script learnt and painted, handed to React. */
export interface Boot {
  /** The tab shown; null: none found (React says so). */
  tabId: number | null;
  /** The stored summary painted, if one was. */
  stored: StoredAnswer | null;
}

/** How long the first paint waits for the stored summary before React loads without it. */
const STORED_WAIT_MS = 1_000;

async function targetTabId(): Promise<number | null> {
  // ?tabId= lets tests and the CLI show a given tab's audit.
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function paintStored(): Promise<Boot> {
  performance.mark('popup:boot');
  const tabId = await targetTabId().catch(() => null);
  performance.mark('popup:tab');
  if (tabId === null) return { tabId, stored: null };
  const stored = await Promise.race([
    readStoredAnswer(tabId, {
      extensionVersion: browser.runtime.getManifest().version,
      // Asked alongside the database, not before it.
      tabUrl: browser.tabs.get(tabId).then(
        (tab) => tab.url ?? null,
        () => null,
      ),
    }),
    // A database slow to open (the worker upgrading its schema after an
    // update) must not hold React back: the worker's answer comes then.
    new Promise<null>((resolve) => setTimeout(() => resolve(null), STORED_WAIT_MS)),
  ]);
  performance.mark('popup:stored');
  const { summary, site } = stored?.data ?? {};
  if (!stored || !summary || !site) return { tabId, stored: null };
  const { pageUrl, declared, sitePages } = stored.data;
  const view = renderView(
    document,
    firstPaintView({ site, pageUrl, summary, declared, sitePages }),
  );
  // Shown, not yet live: its buttons do nothing until React's render takes
  // its place. Inert (no look of its own) so that a click or a focus in those
  // few frames is not silently lost on a dead button: it reaches none.
  view.inert = true;
  document.getElementById('root')!.replaceChildren(view);
  performance.mark('popup:rendered');
  markReady();
  return { tabId, stored };
}

/** Resolves once the browser has painted what was rendered before the call. */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

void paintStored()
  .catch((): Boot => ({ tabId: null, stored: null }))
  .then(async (boot) => {
    // React's loading and first render would delay the frame that shows the
    // stored summary: they start after it.
    if (boot.stored) await afterNextPaint();
    const { start } = await import('./main.tsx');
    start(boot);
  });
