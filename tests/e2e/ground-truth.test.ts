// The demo site's ground truth (cli/demo-site/ground-truth.json) is recorded
// exactly by the built extension in real headless Chromium.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ClassifiedCookie as CookieRow,
  ClassifiedRequest as RequestRow,
  ClassifiedStorage as StorageRow,
} from '../../lib/core/audit/classify-view.ts';
import type { Page } from 'playwright-core';
import { axeViolations } from './a11y.ts';
import { startHarness, type Harness } from './harness.ts';
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

const pick = <T extends object>(o: T, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
const byName = (a: { name?: unknown; key?: unknown }, b: { name?: unknown; key?: unknown }) =>
  String(a.name ?? a.key).localeCompare(String(b.name ?? b.key));

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

  it('attributes everything to the visited page', () => {
    expect(pageUrl).toBe(h.truth.pages.home!.url);
    expect(view.pages.map((p) => p.site)).toEqual(['shop.test']);
  });

  it('records every cookie with its attributes, party and setter', () => {
    const expected = h.truth.pages.home!.cookies;
    const keys = Object.keys(expected[0]!);
    const actual = view.cookies.map((c: CookieRow) => pick(c, keys));
    expect(actual.sort(byName)).toEqual([...expected].sort(byName));
  });

  it('records cookie values only as length, hash prefix and entropy', () => {
    for (const c of view.cookies) {
      expect(Object.keys(c.value).sort()).toEqual(['entropy', 'hashPrefix', 'length']);
      expect(c.value.hashPrefix).toMatch(/^[0-9a-f]{16}$/);
    }
    const fr = view.cookies.find((c) => c.name === 'fr')!;
    expect(fr.value.length).toBe('0xAbCdEf1234567890.1700000000'.length);
  });

  it('records the storage keys with the script that wrote them', () => {
    const expected = h.truth.pages.home!.storage;
    const keys = Object.keys(expected[0]!);
    const actual = view.storage.map((s: StorageRow) => pick(s, keys));
    expect(actual.sort(byName)).toEqual([...expected].sort(byName));
  });

  it('records the beacon and the pixel, and nothing else as either', () => {
    const pickReq = (r: RequestRow, keys: string[]) => pick(r, keys);
    const b = h.truth.pages.home!.beacons;
    expect(view.beacons.map((r) => pickReq(r, Object.keys(b[0]!)))).toEqual(b);
    const p = h.truth.pages.home!.pixels;
    expect(view.pixels.map((r) => pickReq(r, Object.keys(p[0]!)))).toEqual(p);
  });

  it('lists exactly the third parties, by registrable domain', () => {
    expect(view.thirdParties.map((t) => t.domain).sort()).toEqual(h.truth.pages.home!.thirdParties);
    const firstHosts = [
      ...new Set(view.requests.filter((r) => r.party === 'first').map((r) => r.host)),
    ];
    expect(firstHosts.sort()).toEqual(h.truth.pages.home!.firstPartyHosts);
  });

  it('classifies every tracker request with vendor, category and the list rule', () => {
    const rows = view.requests
      .filter((r) => r.tracker)
      .map((r) => [r.type, new URL(r.url).hostname, r.tracker!.vendor, r.tracker!.category]);
    expect(rows).toEqual(h.truth.pages.home!.trackerRequests);
    expect(
      Object.fromEntries(view.thirdParties.map((t) => [t.domain, [t.vendor, t.category]])),
    ).toEqual(h.truth.pages.home!.thirdPartyVendors);
  });

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

  it('records the requests of the page with type, status and size', () => {
    const rows = view.requests.map((r) => [r.type, new URL(r.url).host.split(':')[0], r.status]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['main_frame', 'shop.test', 200],
        ['stylesheet', 'shop.test', 200],
        ['script', 'www.googletagmanager.com', 200],
        ['script', 'static.shop.test', 200],
        ['image', 'www.facebook.com', 200],
        ['ping', 'www.google-analytics.com', 204],
      ]),
    );
    const pixel = view.requests.find((r) => r.url.includes('/tr?'))!;
    expect(pixel.contentType).toBe('image/gif');
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
    const t = h.truth.pages.about!;
    expect(view!.thirdParties.map((x) => x.domain)).toEqual(t.thirdParties);
    expect(view!.requests.filter((r) => r.tracker)).toEqual(t.trackerRequests);
    expect(view!.requests.filter((r) => r.party === 'third')).toEqual([]);
    expect(view!.cookies).toEqual(t.cookies);
    expect(view!.storage).toEqual(t.storage);
    expect(view!.beacons).toEqual(t.beacons);
    expect(view!.pixels).toEqual(t.pixels);
    expect(view!.requests.length).toBeGreaterThan(0);
  });
});
