// Firefox e2e set-up: the demo server and headless Firefox with the built
// add-on (./firefox.ts), answering the same questions as the Chromium harness.
import type { Page } from 'puppeteer-core';
import { DEMO_HOSTS, startDemoServer, type DemoServer } from '../../cli/demo-site/server.ts';
import { SCENARIO_HOSTS } from '../../cli/demo-site/scenarios.ts';
import { FIREFOX_BUILD } from '../../cli/ensure-build.ts';
import type { TabViewResponse } from '../../lib/core/protocol.ts';
import { loadTruth, type GroundTruth } from '../e2e/harness.ts';
import { findFirefox, launchFirefoxAudit, visit, type FirefoxAudit } from './firefox.ts';

/**
 * Firefox is not there: the tests skip, saying so. CI installs it
 * (scripts/ensure-firefox.sh), and there a missing Firefox fails instead.
 */
export const FIREFOX = findFirefox();
if (!FIREFOX) {
  if (process.env.CI) throw new Error('CI must run the Firefox e2e: Firefox was not found.');
  console.warn(
    '\n*** Firefox not found: the Firefox e2e tests are SKIPPED (run scripts/ensure-firefox.sh). ***\n',
  );
}

export interface FirefoxHarness {
  demo: DemoServer;
  ff: FirefoxAudit;
  truth: GroundTruth;
  visit(url: string): Promise<{ page: Page; tabId: number }>;
  tabView(tabId: number): Promise<TabViewResponse>;
  /**
   * Whether the background page is alive, asked without waking it:
   * runtime.getContexts (Firefox 128+) lists it only while it runs.
   */
  backgroundRunning(): Promise<boolean>;
  close(): Promise<void>;
}

export async function startFirefoxHarness(
  opts: { idleTimeoutMs?: number; extraHosts?: readonly string[] } = {},
): Promise<FirefoxHarness> {
  const demo = await startDemoServer();
  let ff: FirefoxAudit;
  try {
    ff = await launchFirefoxAudit({
      extensionDir: FIREFOX_BUILD,
      localHosts: [
        ...new Set([...Object.values(DEMO_HOSTS), ...SCENARIO_HOSTS, ...(opts.extraHosts ?? [])]),
      ],
      ...(opts.idleTimeoutMs !== undefined ? { idleTimeoutMs: opts.idleTimeoutMs } : {}),
    });
  } catch (e) {
    await demo.close();
    throw e;
  }
  return {
    demo,
    ff,
    truth: loadTruth(demo),
    visit: (url) => visit(ff, url),
    tabView: (tabId) => ff.send<TabViewResponse>({ type: 'get-tab-view', tabId }),
    backgroundRunning: () =>
      ff.inExtension(
        async () =>
          (
            await (
              globalThis as unknown as {
                browser: { runtime: { getContexts(f: object): Promise<unknown[]> } };
              }
            ).browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] })
          ).length > 0,
        null,
      ),
    async close() {
      await ff.close();
      await demo.close();
    },
  };
}
