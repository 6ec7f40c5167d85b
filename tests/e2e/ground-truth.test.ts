// The demo site's ground truth (cli/demo-site/ground-truth.json) is recorded
// exactly by the built extension in real headless Chromium.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './a11y.ts';
import { startHarness, type Harness } from './harness.ts';
import { expectBaseline, HOME_PAGE_CHECKS } from './truth-checks.ts';
import { ROOT } from '../../cli/ensure-build.ts';
import { OCD_UPSTREAM } from '../../lib/core/known-cookies/bundled.ts';
import type { Report } from '../../lib/core/report.ts';
import { KNOWN_COOKIES } from '../../lib/core/known-cookies/index.ts';
import { buildOcdAsset } from '../../scripts/ocd-asset.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/**
 * The first column of a popup table, once its rows are there (a table's rows
 * are fetched when its tab opens, and again after each live update).
 */
async function firstColumn(popup: Page, table: string, including?: string): Promise<string[]> {
  const cells = popup.locator(`table[aria-label="${table}"] tbody tr td:first-child`);
  await (including ? cells.filter({ hasText: including }) : cells)
    .first()
    .waitFor({ timeout: 5_000 });
  return cells.allTextContents();
}

describe('demo shop home page', () => {
  let view: NonNullable<Awaited<ReturnType<Harness['tabView']>>['view']>;
  let pageUrl: string | null;
  let tabId: number;
  beforeAll(async () => {
    ({ tabId } = await h.visit(h.truth.pages.home!.url));
    const res = await h.tabView(tabId);
    pageUrl = res.pageUrl;
    view = res.view!;
  });

  // The records, held to the ground truth (the same checks run in Firefox).
  for (const [name, check] of Object.entries(HOME_PAGE_CHECKS)) {
    it(name, () => check({ pageUrl, view }, h.truth.pages.home!));
  }

  it('the Google Analytics loader is analytics, corrected, and no advertising finding rests on it', async () => {
    const gtag = view.requests.find((r) => r.url.includes('/gtag/js?id=G-DEMO123'))!;
    expect(gtag.tracker).toMatchObject({
      vendor: 'Google',
      category: 'analytics',
      // The demo URL has a port, which the database's filter does not match: its domain does.
      rule: 'googletagmanager.com',
      correction: {
        pattern: 'www.googletagmanager.com/gtag/js',
        replaced: { category: 'advertising', vendor: 'Google' },
      },
    });
    // The policy (analytics with Google Analytics) is read after the load: wait for it.
    let report: Report | null = null;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      const res = await h.browser.send<{ report: Report }>({
        type: 'get-report',
        site: 'shop.test',
      });
      report = res.report;
      if (report.declared?.source === 'policy-text') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(report!.declared!.categories).toContain('analytics');
    const advertising = (report!.discrepancies ?? []).filter(
      (d) =>
        d.subject === 'advertising' ||
        d.evidence.requests.some((r) => r.category === 'advertising'),
    );
    // The Meta pixel is advertising (and a vendor, and a pixel) the policy does not declare:
    // those findings stay, on its request alone.
    expect(
      advertising.map((d) => [d.kind, d.evidence.requests.map((r) => new URL(r.url).hostname)]),
    ).toEqual([
      ['undeclared-category', ['www.facebook.com']],
      ['undeclared-vendor', ['www.facebook.com']],
      ['undeclared-technology', ['www.facebook.com']],
    ]);
  });

  it('shows the same records in the popup, keyboard-navigable', async () => {
    const popup = await h.browser.context.newPage();
    await popup.setViewportSize({ width: 720, height: 560 });
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    const count = (id: string) => popup.getByTestId(`count-${id}`).textContent();
    await popup.getByTestId('count-cookies').waitFor();
    expect(await popup.locator('h1').textContent()).toBe('shop.test');
    expect(await count('cookies')).toBe('5');
    expect(await count('third-party-cookies')).toBe('1');
    expect(await count('storage-keys')).toBe('3');
    expect(await count('third-parties')).toBe('3');
    expect(await count('beacons')).toBe('1');
    expect(await count('pixels')).toBe('1');
    // Findings come first; the records are one tab away.
    expect(await popup.getByRole('tab', { selected: true }).textContent()).toMatch(/^Findings/);
    await popup.screenshot({ path: 'test-results/popup-findings.png', fullPage: true });
    await popup.getByRole('tab', { name: 'Cookies' }).click();
    const names = await firstColumn(popup, 'Cookies');
    expect(names.sort()).toEqual(['_ga', '_ga_DEMO123', 'fr', 'prefs', 'sid']);
    await popup.screenshot({ path: 'test-results/popup-cookies.png', fullPage: true });
    // Arrow keys move between the record tabs.
    await popup.getByRole('tab', { name: 'Cookies' }).focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getByRole('tab', { selected: true }).textContent()).toBe('Storage');
    const keys = await firstColumn(popup, 'Storage on the device');
    expect(keys.sort()).toEqual(['cart', 'checkout_step', 'recently_viewed']);
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getByRole('tab', { selected: true }).textContent()).toBe('Beacons & pixels');
    await popup.screenshot({ path: 'test-results/popup-beacons.png', fullPage: true });
    // Export from the popup: the same report the CLI writes.
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'report.json' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('shop.test-report.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect([exported.schemaVersion, exported.site, exported.cookies.length]).toEqual([
      1,
      'shop.test',
      5,
    ]);
    const [csv] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'cookies.csv' }).click(),
    ]);
    expect(readFileSync((await csv.path())!, 'utf8').split(/\r?\n/)[0]).toMatch(
      /^name,domain,path,party,/,
    );
    await popup.close();
  });

  it('passes the WCAG 2.1 AA checks (axe-core) on every popup tab', async () => {
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('count-cookies').waitFor();
    const found: Record<string, string[]> = {};
    for (const name of [
      'Findings',
      'Cookies',
      'Storage',
      'Third parties',
      'Beacons & pixels',
      'DNT / GPC',
      'Declaration',
    ]) {
      await popup.getByRole('tab', { name: new RegExp(`^${name.replace(/[/&]/g, '.')}`) }).click();
      // Findings expanded, so their evidence is checked too.
      for (const d of await popup.locator('details').all())
        await d.evaluate((e) => e.setAttribute('open', ''));
      if (['Cookies', 'Storage', 'Third parties', 'Beacons & pixels'].includes(name)) {
        await popup.locator('#panel table').first().waitFor();
      }
      found[name] = await axeViolations(popup);
    }
    expect(found).toEqual({
      Findings: [],
      Cookies: [],
      Storage: [],
      'Third parties': [],
      'Beacons & pixels': [],
      'DNT / GPC': [],
      Declaration: [],
    });
    await popup.close();
  });

  it('shows a loading state until the background answers', async () => {
    const popup = await h.browser.context.newPage();
    await popup.setViewportSize({ width: 720, height: 200 });
    // Hold the popup's question to the background, and make its stored
    // summary unreadable (as before the first one is stored): it must say it
    // is loading.
    await popup.addInitScript(() => {
      indexedDB.open = () => {
        throw new Error('held by the test');
      };
      const rt = (globalThis as unknown as { chrome: { runtime: Record<string, unknown> } }).chrome
        .runtime;
      rt.sendMessage = () => new Promise(() => {});
    });
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('loading').waitFor();
    expect(await popup.locator('main').getAttribute('aria-busy')).toBe('true');
    await popup.screenshot({ path: 'test-results/popup-loading.png' });
    await popup.close();
  });

  it('updates the open popup live when the page writes a new cookie', async () => {
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('count-cookies').waitFor();
    expect(await popup.getByTestId('count-cookies').textContent()).toBe('5');
    await popup.getByRole('tab', { name: 'Cookies' }).click();
    const shop = h.browser.context.pages().find((p) => p.url() === h.truth.pages.home!.url)!;
    await shop.evaluate(() => {
      document.cookie = 'newsletter_seen=1; Path=/; Max-Age=600';
    });
    await popup.getByTestId('count-cookies').filter({ hasText: '6' }).waitFor({ timeout: 5_000 });
    const names = await firstColumn(popup, 'Cookies', 'newsletter_seen');
    expect(names).toContain('newsletter_seen');
    await popup.close();
  });
});

describe('options page', () => {
  it('lists the bundled data with versions and licences, and credits them', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await page.locator('table[aria-label="Lists"] tbody tr').first().waitFor();
    const rows = await page
      .locator('table[aria-label="Lists"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td')].map((td) =>
            (td.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ),
        ),
      );
    const ocd = buildOcdAsset(ROOT);
    expect(rows).toEqual([
      [
        'Ghostery Tracker Database',
        'in use',
        'bundled',
        'trackerdb',
        '—',
        '1.0.945',
        'packaged',
        'CC-BY-NC-SA-4.0 no commercial use',
        'https://github.com/ghostery/trackerdb',
        '',
      ],
      [
        'Cookie Audit known cookies',
        'in use',
        'bundled',
        'known-cookies',
        String(KNOWN_COOKIES.length),
        '—',
        'packaged',
        'MIT',
        '—',
        '',
      ],
      [
        'Open Cookie Database',
        'in use',
        'bundled',
        'ocd',
        ocd.entries.length.toLocaleString('en'),
        ocd.version,
        'packaged',
        'Apache-2.0',
        OCD_UPSTREAM.csv,
        'Update daily',
      ],
    ]);
    const credits = await page.locator('.attribution').textContent();
    expect(credits).toContain('© Ghostery GmbH');
    expect(credits).toContain(
      'Open Cookie Database (github.com/jkwakman/Open-Cookie-Database), © its contributors, licensed under Apache-2.0',
    );
    await page.screenshot({ path: 'test-results/options.png', fullPage: true });
    await page.close();
  });
});

describe('no-tracking baseline page', () => {
  it('records no third party, no cookie, no storage, no beacon, no pixel', async () => {
    const { tabId } = await h.visit(h.truth.pages.about!.url);
    const { view } = await h.tabView(tabId);
    expectBaseline(view!, h.truth.pages.about!);
  });
});
