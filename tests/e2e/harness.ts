// Shared e2e set-up: the demo server and Chromium with the built extension,
// launched exactly as the CLI launches it.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { launchAuditBrowser, waitForNetworkIdle, type AuditBrowser } from '../../cli/browser.ts';
import { startDemoServer, type DemoServer } from '../../cli/demo-site/server.ts';
import { CHROME_BUILD } from '../../cli/ensure-build.ts';
import type { TabViewResponse } from '../../lib/core/protocol.ts';

export interface Harness {
  demo: DemoServer;
  browser: AuditBrowser;
  /** Ground-truth JSON with {https:HOST} placeholders resolved for this server. */
  truth: GroundTruth;
  visit(url: string): Promise<{ page: Page; tabId: number }>;
  tabView(tabId: number): Promise<TabViewResponse>;
  /** Waits until the policy linked from the tab's page has been fetched and read. */
  policyRead(tabId: number): Promise<void>;
  close(): Promise<void>;
}

export interface GroundTruth {
  pages: Record<
    string,
    {
      url: string;
      site: string;
      cookies: Record<string, unknown>[];
      storage: Record<string, unknown>[];
      beacons: Record<string, unknown>[];
      pixels: Record<string, unknown>[];
      thirdParties: string[];
      firstPartyHosts: string[];
      thirdPartyVendors: Record<string, [string, string]>;
      trackerRequests: [string, string, string, string][];
    }
  >;
}

export function loadTruth(demo: DemoServer): GroundTruth {
  const raw = readFileSync(
    new URL('../../cli/demo-site/ground-truth.json', import.meta.url),
    'utf8',
  );
  return JSON.parse(
    raw.replace(/\{https:([a-z0-9.-]+)\}/g, (_, h: string) => demo.origin(h)),
  ) as GroundTruth;
}

export async function startHarness(
  opts: { extraHeaders?: Record<string, string>; netLog?: string } = {},
): Promise<Harness> {
  const demo = await startDemoServer();
  let browser: AuditBrowser;
  try {
    browser = await launchAuditBrowser({
      extensionDir: CHROME_BUILD,
      hostResolverRules: 'MAP * 127.0.0.1, EXCLUDE localhost',
      insecure: true,
      ...(opts.extraHeaders ? { extraHeaders: opts.extraHeaders } : {}),
      ...(opts.netLog ? { netLog: opts.netLog } : {}),
    });
  } catch (e) {
    await demo.close();
    throw e;
  }
  const tabIdOf = async (url: string): Promise<number> => {
    const found = await browser.tabIdOf(url);
    if (found === null) throw new Error(`no tab shows ${url}`);
    return found;
  };
  return {
    demo,
    browser,
    truth: loadTruth(demo),
    async visit(url) {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await waitForNetworkIdle(page);
      await browser.send({ type: 'flush' });
      return { page, tabId: await tabIdOf(page.url()) };
    },
    tabView: (tabId) => browser.send<TabViewResponse>({ type: 'get-tab-view', tabId }),
    async policyRead(tabId) {
      const deadline = Date.now() + 20_000;
      while (!(await browser.send<TabViewResponse>({ type: 'get-tab-view', tabId })).declared) {
        if (Date.now() > deadline) throw new Error('the policy was never read');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      await browser.close();
      await demo.close();
    },
  };
}

/**
 * A CDP session on `page` reporting the extension's service-worker running
 * statuses ("starting", "running", "stopping", "stopped"), in order, from now on.
 */
export async function watchWorker(
  h: Harness,
  page: Page,
): Promise<{ cdp: CDPSession; statuses: string[] }> {
  const cdp = await h.browser.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (v.scriptURL.startsWith(`chrome-extension://${h.browser.extensionId}/`))
        statuses.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, statuses };
}
